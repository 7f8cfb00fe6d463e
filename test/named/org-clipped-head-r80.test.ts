// Organisations, round 80: a name's first one or two characters the tagger cut off with the place that opens it
// (a county read as an adverb and a verb, a town of four characters read as a name and a number, a town's first
// character read as an adjective after 的), and what stays out: a word of its own opening the clause, a county
// whose name is a word (比如) before another county. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe("a name's clipped head", () => {
  it('a county of the gazetteer the tagger cut (都/d|安/v), in a bracket and in a list', () => {
    expect(orgs('作者：蓝春桃（都安密洛陀蜂业有限公司）\n')).toContain('都安密洛陀蜂业有限公司');
    expect(orgs('县教育工会、都安密洛陀蜂业有限公司工会、县卫生健康系统工会\n')).toContain('都安密洛陀蜂业有限公司工会');
  });
  it('a town of four characters (宝/nr|日/m|希勒|镇), in a bracket, at a line start, after a full stop', () => {
    expect(orgs('巴雅斯呼家庭（宝日希勒镇神宝露天煤矿电铲司机）\n')).toContain('宝日希勒镇神宝露天煤矿');
    expect(orgs('宝日希勒镇神宝露天煤矿运输车间职工小家\n')).toContain('宝日希勒镇神宝露天煤矿');
    expect(orgs('全年服务职工两千余人次。宝日希勒镇神宝露天煤矿开展技能比武。\n')).toContain('宝日希勒镇神宝露天煤矿');
  });
  it("a town's first character after 的 (的|暖/a|池塘|镇)", () => {
    const got = orgs('某建筑工程有限公司承建的暖池塘镇中心小学教学楼项目，劳动合同签订率不足60%。\n');
    expect(got).toContain('暖池塘镇中心小学');
    expect(got).not.toContain('池塘镇中心小学');
  });
  it('keeps out: a clause word before the town, a county named like a word before another county', () => {
    expect(orgs('全县建成职工之家12个，其中铁王镇总工会被评为模范职工之家。\n')).not.toContain('其中铁王镇总工会');
    expect(orgs('企业积极参与。比如太康县宏远锅炉制造有限公司设立了技能工作室。\n')).toContain('太康县宏远锅炉制造有限公司');
  });
});
