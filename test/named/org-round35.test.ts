// Organisations, round 35: a party group's member post (党组成员) names the body before it, a pronoun body after
// a verb (会同你局), a clause's verbs and pronouns before a body, a selection step (并报/并经), a preposition
// before a town, and an autonomous county written short (丰宁县 holds 宁县, a Gansu county); on sentences
// written for this test, each with the cases it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { docPlace } from '../../src/extract/named/gazetteer.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): { name: string; canonical: string }[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => ({ name: e.name.replace(/\s+/g, ''), canonical: e.canonical }));
}
const names = (text: string) => orgs(text).map((o) => o.name);

describe('party group posts', () => {
  it('党组成员 after a body is a post: the body is the union, not its 党组', () => {
    const a = names('6月3日，咸宁市总工会党组成员、副主席张某带队到通山县调研。');
    expect(a).toContain('咸宁市总工会');
    expect(a).not.toContain('咸宁市总工会党组');
  });
  it('a 党组 that meets is the body itself', () => {
    expect(names('经专家评审，并经孝感市总工会党组会议研究，决定命名。')).toContain('孝感市总工会党组');
  });
});

describe('left edges', () => {
  it('并报 opens the body of a selection step', () => {
    const a = names('经专家评审并报汉川市总工会党组会议研究，决定命名5个工作室。');
    expect(a.some((n) => n.startsWith('专家'))).toBe(false);
  });
  it('a pronoun body after a verb is the addressee, not a name', () => {
    expect(names('市人社局将会同你局开展年度评估。').some((n) => n.includes('你局'))).toBe(false);
  });
  it('a pronoun and 要求 open a clause', () => {
    expect(names('他要求应城市建筑业协会抓好培训。')).toContain('应城市建筑业协会');
  });
});

describe('autonomous county written short', () => {
  it('丰宁县 is 丰宁满族自治县, not Gansu 宁县', () => {
    const t = '丰宁县总工会召开大会。丰宁县人民医院、丰宁县公路管理站获表彰。丰宁满族自治县人民政府出席。';
    expect(docPlace(t).county).toBe('丰宁满族自治县');
  });
  it('沧县 alone stays Hebei 沧县', () => {
    expect(docPlace('沧县总工会召开大会，沧县人民政府领导出席。').county).toBe('沧县');
  });
});

describe('a line of unit names glued out of a PDF', () => {
  it('a county name after a unit ending opens the next name; the sub-unit stays with its body', () => {
    const a = names('附件1\n光山县公路管理站养护三班光山县自来水公司抄表服务组光山县消防救援大队特勤班\n');
    expect(a).toContain('光山县公路管理站养护三班');
    expect(a).toContain('光山县自来水公司抄表服务组');
    expect(a).toContain('光山县消防救援大队特勤班');
  });
  it('a branch named under its system keeps its place inside (…有限公司光山县分公司)', () => {
    expect(names('中国邮政集团有限公司光山县分公司开展培训。')).toContain('中国邮政集团有限公司光山县分公司');
  });
  it('a short form or a generic district after a unit is its sub-unit (支队某江大队)', () => {
    expect(names('授予简阳市公安局交通警察支队城区中队称号。').some((n) => n === '城区中队')).toBe(false);
  });
});
