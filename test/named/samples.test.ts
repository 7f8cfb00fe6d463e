// The named-thing extractors on the real samples, through the pipeline stages.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import { structure } from '../../src/structure/index.js';
import { extractAwards } from '../../src/extract/awards.js';
import { extractWorkshops } from '../../src/extract/workshops.js';
import { extractEntities } from '../../src/extract/entities.js';
import { explainNamed } from '../../src/extract/named/explain.js';
import { namedRules } from '../../src/extract/named/rules.js';
import { RuleFileError } from '../../src/rules/loader.js';
import type { ExtractContext } from '../../src/types.js';

async function ctxOf(path: string): Promise<ExtractContext> {
  const r = await ingestFile(path);
  const c = normalize(r);
  const s = structure(c, r.format);
  return { text: c.text, meta: s.meta, sections: s.sections, pageAt: () => null };
}

const spansExact = (text: string, items: Array<{ text: string; start: number; end: number }>) => {
  for (const i of items) expect(text.slice(i.start, i.end)).toBe(i.text);
};

describe('tobacco bulletin', async () => {
  const ctx = await ctxOf('samples/kuaibao-2022-23-tobacco.txt');
  const awards = extractAwards(ctx);
  it('finds the conferred honours with level and count', () => {
    const key = awards.map((a) => `${a.name}|${a.level}|${a.count}`);
    expect(key).toContain('全国烟草行业先进集体|industry|2');
    expect(key).toContain('云南省五一劳动奖章|provincial|4');
    expect(key).toContain('省局（公司）技术能手|enterprise|39');
    expect(key).toContain('全国劳动模范|national|1');
    expect(awards.find((a) => a.recipients.includes('袁坤'))?.name).toBe('全国劳动模范');
    spansExact(ctx.text, awards);
  });
  it('does not take policy talk or 劳模精神 for awards', () => {
    expect(awards.every((a) => !/精神|工匠创新/.test(a.text))).toBe(true);
    expect(awards.some((a) => a.name.includes('劳模协会'))).toBe(false);
  });
  it('finds the workshops, the list items and the named one', () => {
    const ws = extractWorkshops(ctx);
    expect(ws.map((w) => `${w.type}|${w.level}|${w.count}`)).toEqual(
      expect.arrayContaining(['技能类工作室|null|16', '技能类工作室|provincial|2', '技能类工作室|municipal|14']),
    );
    const named = ws.find((w) => w.name === '袁坤劳模工作室');
    expect(named?.leader).toBe('袁坤');
    expect(named?.type).toBe('劳模创新工作室');
    spansExact(ctx.text, ws);
  });
  it('finds people with roles, orgs and policy titles', () => {
    const es = extractEntities(ctx);
    const p = (n: string) => es.find((e) => e.type === 'person' && e.name === n);
    expect(p('朱兵芬')?.role).toBe('班长');
    // (the body written before the post at the clause's start is part of the role, as the genre golds write it)
    expect(p('李欣萍')?.role).toBe('进出口公司工会主席');
    expect(p('王树芬')).toBeTruthy();
    const canon = es.filter((e) => e.type === 'org').map((e) => e.canonical);
    expect(canon).toContain('中华全国总工会办公厅');
    expect(canon).toContain('国家烟草专卖局');
    expect(canon).toContain('云南烟叶复烤有限责任公司');
    expect(es.filter((e) => e.type === 'policy').length).toBeGreaterThanOrEqual(9);
    spansExact(ctx.text, es);
  });
  it('explains a sentence: fired and rejected rules', () => {
    const s = '大力弘扬劳模精神、劳动精神、工匠精神，持续推进劳模工匠创新工作室建设。';
    const lines = explainNamed(s);
    expect(lines.some((l) => l.kind === 'award' && l.rejected?.includes('精神'))).toBe(true);
    expect(lines.some((l) => l.kind === 'workshop' && l.rejected?.includes('policy talk'))).toBe(true);
  });
});

describe('notice and qujing', async () => {
  it('notice: no awards from policy talk; issuers and provincial aliases', async () => {
    const ctx = await ctxOf('samples/notice-yungongtong-2022-21.txt');
    expect(extractAwards(ctx)).toEqual([]);
    expect(extractWorkshops(ctx)).toEqual([]);
    const canon = extractEntities(ctx).map((e) => e.canonical);
    expect(canon).toContain('云南省人民政府办公厅');
    expect(canon).toContain('健康云南2030规划纲要');
  });
  it('qujing: 省总工会 → 云南省总工会, persons by role, 同志 and byline', async () => {
    const ctx = await ctxOf('samples/kuaibao-2021-10-qujing.md');
    const es = extractEntities(ctx);
    expect(es.some((e) => e.name === '省总工会' && e.canonical === '云南省总工会')).toBe(true);
    expect(es.find((e) => e.name === '毛建桥')?.role).toBe('党工委书记');
    for (const n of ['杨付坤', '李小三', '邱江']) expect(es.some((e) => e.type === 'person' && e.name === n)).toBe(true);
    spansExact(ctx.text, es);
  });
});

describe('invalid rule files', () => {
  it('names the file and the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-badrules-'));
    for (const f of ['levels.yaml', 'workshops.yaml', 'orgs.yaml', 'places.yaml', 'roles.yaml', 'people.yaml']) {
      writeFileSync(join(dir, f), readFileSync(join('rules', f)));
    }
    writeFileSync(join(dir, 'awards.yaml'), 'rules:\n  - id: award.broken\n    name: 劳动模范\n    aliases: []\n    examples: {positive: [], negative: []}\n');
    expect(() => namedRules(dir)).toThrow(RuleFileError);
    expect(() => namedRules(dir)).toThrow(/awards\.yaml.*award\.broken/);
  });
});
