// Organisations, round 17 of issue 18: the writer's own body before a connector (我局会同…), a place's short
// body after 的 or 根据, the endings of a place's job market, works team and town office, a kind of plant
// named by no place, and a proper name the tagger cut after its place; on sentences written for this test,
// each with the cases it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): { name: string; canonical: string }[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => ({ name: e.name.replace(/\s+/g, ''), canonical: e.canonical }));
}
const names = (text: string) => orgs(text).map((o) => o.name);

describe('the writer\'s own body, then a connector: the body is after it', () => {
  it('我局会同 / 本会联合 / 我委会同', () => {
    const a = names('湄潭县人力资源和社会保障局\n三月，我局会同县总工会在全县企业中聘任首席技师12名。\n');
    expect(a).toContain('县总工会');
    expect(a.some((n) => n.startsWith('我局'))).toBe(false);
    const b = names('松阳县妇女联合会\n本会联合县人社局举办家政技能培训班。\n');
    expect(b).toContain('县人社局');
    expect(b.some((n) => n.startsWith('本会'))).toBe(false);
    expect(names('涞水县发展和改革局\n我局会同县财政局开展专项检查。\n')).toContain('县财政局');
  });
  it('keeps: a body whose own name opens with 本 or a bare 我局', () => {
    expect(names('我局会同有关部门开展检查。\n').some((n) => n.startsWith('我局'))).toBe(false);
  });
});

describe('a place\'s short body after 的 or 根据', () => {
  it('resolves to the document\'s place', () => {
    expect(orgs('松阳县总工会\n根据县人大常委会2025年工作安排，现将有关情况报告如下。\n')).toContainEqual({ name: '县人大常委会', canonical: '松阳县人民代表大会常务委员会' });
    expect(names('湄潭县总工会\n位于城关镇的县人社局今年开展培训3场。\n')).toContain('县人社局');
    expect(names('湄潭县人社局\n据县总工会统计，全县建成驿站5个。\n')).toContain('县总工会');
  });
  it('keeps: a place word after 的 that opens no body', () => {
    expect(names('全县的县级劳模评选工作启动。\n')).toEqual([]);
  });
});

describe('a place\'s job market, works team and town office', () => {
  it('named by the place', () => {
    expect(names('近日，同心县零工市场新增服务窗口3个。\n')).toContain('同心县零工市场');
    expect(names('授予灵武市劳务市场“青年文明号”称号。\n')).toContain('灵武市劳务市场');
    expect(names('（宜城市公路养护工程队），带头人：某某\n')).toContain('宜城市公路养护工程队');
    expect(names('（城关镇党政办　李明）\n')).toContain('城关镇党政办');
  });
  it('keeps: a kind of market, team or plant named by no place', () => {
    expect(names('全县建成零工市场3个，组建施工队5支。\n')).toEqual([]);
    expect(names('；水厂自动化运维工作室由某某领衔。\n')).toEqual([]);
    expect(names('近日，平罗县第二水厂完成设备改造。\n')).toContain('平罗县第二水厂');
  });
});

describe('a proper name the tagger cut after its place', () => {
  it('a one-character morpheme, then a locative, before the school', () => {
    expect(names('（京山市郢中实验学校），带头人：某某\n')).toContain('京山市郢中实验学校');
    expect(names('（成都市蓉中职业技术学校），带头人：某某\n')).toContain('成都市蓉中职业技术学校');
  });
  it('keeps: a locative after a place is no name of its own', () => {
    expect(names('在市中职业技术学校举办竞赛。\n')).not.toContain('在市中职业技术学校');
  });
});
