// People, round 47: tables whose post column pairs two labels (职务/职称) and whose head the normaliser ran into
// one cell (序号姓名单位职务/职称) — on tables written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`).sort();

describe('a table written one cell a line under a paired head (职务/职称)', () => {
  const table = '附件\n序号\n姓名\n单位\n职务/职称\n1\n柏文涛\n某某机械有限公司\n装配车间主任、高级技师\n2\n乌兰图雅\n某某县人民医院\n护士长、主管护师\n';
  it('reads each name, its role the post before the grade', () => {
    expect(found(table)).toEqual(expect.arrayContaining(['柏文涛/装配车间主任', '乌兰图雅/护士长']));
  });
  it('leaves a slash between words no table knows', () => {
    const other = '序号\n姓名\n单位\n甲方/乙方\n1\n柏文涛\n某某机械有限公司\n某某公司\n';
    expect(found(other).join()).not.toContain('某某公司');
  });
});

describe('a space-aligned table whose head the normaliser glued into one cell', () => {
  const glued = '名单\n序号姓名工作单位职务/职称项目\n1苗思远 某某花木有限公司 技术部经理 园林绿化工\n2吉克阿呷 某某县果业专业合作社 理事长、农艺师 果树修剪\n';
  it('cuts the head back into its labels and reads the post column', () => {
    expect(found(glued)).toEqual(expect.arrayContaining(['苗思远/技术部经理', '吉克阿呷/理事长']));
  });
  it('leaves a glued first line that is no run of labels', () => {
    const prose = '序号靠前的单位先发言\n1苗思远 某某花木有限公司 技术部经理 园林绿化工\n';
    expect(found(prose).join()).not.toContain('/技术部经理');
  });
});

describe('a line of names under a list heading, each with its unit in brackets', () => {
  const annex = '某县五一劳动奖章获得者名单（6名）\n次仁多吉（某县供电公司）、央金拉姆（女，某县人民医院）、格桑尼玛扎西（某镇藏式木雕作坊）\n泽仁旺姆拉措（女，某县人民医院）、柏崇义（某县住房和城乡建设局）、边巴旺堆（某县消防救援大队）\n';
  it('takes a craftsman\'s 作坊 as a unit, so the line and the lines after it are read', () => {
    const names = found(annex).map((x) => x.split('/')[0]);
    expect(names).toEqual(expect.arrayContaining(['次仁多吉', '格桑尼玛扎西', '泽仁旺姆拉措', '柏崇义', '边巴旺堆']));
  });
});

describe('a unit and a post before a Tibetan name of three parts', () => {
  it('reads the six-character name with the post as its role', () => {
    expect(found('某县人民医院藏医科主任医师泽仁旺姆拉措，带领科室开展义诊。')).toContain('泽仁旺姆拉措/藏医科主任医师');
  });
  it('leaves five characters that are no such name', () => {
    expect(found('某县人民医院藏医科主任医师带领科室开展义诊，').join()).not.toContain('带领科室');
  });
});
