// Organisations by mechanisms of official writing, each tested on sentences of our own (other
// provinces, bodies and wordings than the genre corpus) before the corpus: where a name starts, what
// ends it, which short forms name the document's own bodies.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

/** the organisations found in `text` (names as written, spaces dropped), the issuers given */
function orgs(text: string, issuers: string[] = []): string[] {
  const ctx = textContext(foldToSimplified(text));
  ctx.meta.issuers = issuers;
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}
const canon = (text: string, issuers: string[] = []): string[] => {
  const ctx = textContext(foldToSimplified(text));
  ctx.meta.issuers = issuers;
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.canonical);
};

describe('a space inside a name only where no new name starts after it', () => {
  it('a list line: a person, a space, then the unit', () => {
    expect(orgs('获奖名单\n1. 达瓦次仁 日喀则市城市建设投资有限公司\n2. 古丽娜 阿克苏地区第一人民医院\n')).toEqual(expect.arrayContaining(['日喀则市城市建设投资有限公司', '阿克苏地区第一人民医院']));
    expect(orgs('获奖名单\n1. 达瓦次仁 日喀则市城市建设投资有限公司\n').some((n) => n.includes('达瓦'))).toBe(false);
    expect(orgs('3. 包斯琴 赤峰市巴林右旗蒙医医院主治医师\n').some((n) => n.startsWith('包'))).toBe(false);
  });
  it('a masthead: the issue number, a space, then the issuer', () => {
    const got = orgs('工作简报\n2024年第3期 共青团赣州市委办公室 2024年3月8日\n');
    expect(got).toContain('共青团赣州市委办公室');
    expect(got.some((n) => n.startsWith('期'))).toBe(false);
  });
  it('a table row: a workshop, a space, then its unit', () => {
    const got = orgs('序号 工作室名称 所在单位\n2 焊接工艺创新工作室 鞍钢集团朝阳钢铁有限公司 李某\n3 数控技能大师工作室 柳州五菱汽车工业有限公司 王某\n');
    expect(got).toEqual(expect.arrayContaining(['鞍钢集团朝阳钢铁有限公司', '柳州五菱汽车工业有限公司']));
    expect(got.some((n) => n.includes('工作室'))).toBe(false);
  });
  it('keeps a body broken after its place whole (昆明市 总工会)', () => {
    expect(orgs('主办单位：昆明市 总工会\n')).toContain('昆明市总工会');
    expect(orgs('承办：遵义市 人力资源和社会保障局\n')).toContain('遵义市人力资源和社会保障局');
  });
});
