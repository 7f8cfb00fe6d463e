// Organisations, round 62: 和 inside a name joins two portfolios of one body or two services of one centre,
// never a body to the task or the people before it; a pasture, a visitors' centre or a project department set
// up with no place before it is a kind; 学会 before what is learned is a verb. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

function orgs(text: string): string[] {
  return extractAll(textContext(text), ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name);
}

describe('和 inside a body’s name', () => {
  it('joins two services of a public centre', () => {
    expect(orgs('授予长治市潞城区公共就业和人才服务中心等单位称号。\n')).toContain('长治市潞城区公共就业和人才服务中心');
    expect(orgs('县综合保障和技术推广中心组织培训。\n')).toContain('县综合保障和技术推广中心');
  });
  it('keeps two portfolios of a bureau or a commission', () => {
    expect(orgs('县发展和改革委员会印发通知。\n')).toContain('县发展和改革委员会');
    expect(orgs('市文化广电和旅游局承办。\n')).toContain('市文化广电和旅游局');
  });
  it('leaves alone: a task or people before 和 and a one-character stem or none after it', () => {
    expect(orgs('比赛采取群众投票和评委打分相结合的方式。\n')).toEqual([]);
    expect(orgs('经单位申报、专家实地评审和局党组会议研究，拟认定工作室。\n')).toEqual([]);
  });
});

describe('a kind of site set up with no place before it', () => {
  it('a pasture, a visitors’ centre, a project department counted', () => {
    expect(orgs('带领合作社建成存栏1200头的标准化牧场，带动周边86户牧民增收。\n')).toEqual([]);
    expect(orgs('在景区、游客集散中心和主要街区建成驿站23个。\n')).toEqual([]);
    expect(orgs('县人社局还在全县12个重点工程项目部设立了农民工维权公示牌。\n')).not.toContain('重点工程项目部');
  });
  it('keeps: one named by its builder', () => {
    expect(orgs('授予中铁建工集团北京分公司项目部等200个班组称号。\n')).toContain('中铁建工集团北京分公司项目部');
  });
});

describe('a common word that ends like a body', () => {
  it('学会 before the skill learned is the verb; the town-and-country fringe is an area', () => {
    expect(orgs('她说：“以后我要让更多的姐妹学会这门手艺。”\n')).toEqual([]);
    expect(orgs('计划在景区停车场、城乡接合部再建驿站2至3个。\n')).toEqual([]);
  });
  it('keeps: a learned society before an adverb of time', () => {
    expect(orgs('县书法学会这次组织了展览。\n')).toContain('县书法学会');
  });
});
