// Web pages from many CMS layouts (test/fixtures/html/pages, written for this test): each page's
// header (title, date, issuer, byline, 文号) as its YAML states it, written before the pages were
// run, and none of the site's chrome in the canonical text but the footer's sponsor fields (主办/版权所有…). GONGWEN_SCORE=1 prints the per-field tally.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { processFile } from '../../../src/pipeline/process.js';
import { htmlPageRules } from '../../../src/rules/html-page.js';
import { lineFields, placedSource, titleFromDocTitle } from '../../../src/ingest/html/page-header.js';
import { foldToSimplified } from '../../../src/normalize/fold.js';
import { sponsorFields } from '../../../src/normalize/footer.js';

const dir = fileURLToPath(new URL('../../fixtures/html/pages/', import.meta.url));
const FIELDS = ['title', 'date', 'issuer', 'byline', 'docNumber'] as const;
type Field = (typeof FIELDS)[number];
interface Expected extends Record<Field, string | null> { notInText?: string[]; footer?: string }

const pages = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
const tally = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
/** spaces in a title or byline are layout (落幕 47名, 记者 王某): the normaliser drops those between
 * Han characters, so both are compared without them */
const bare = (s: string | null) => (s == null ? null : s.replace(/[\s\u3000]+/g, ''));

describe('rules/html-page.yaml examples', () => {
  const r = htmlPageRules();
  for (const { line, ...want } of r.v.examples.fields)
    it(`fields of ${line}`, () => expect(lineFields(r, line)).toEqual(want));
  for (const { title, want } of r.v.examples.titles)
    it(`title of ${title}`, () => expect(titleFromDocTitle(r, title, new Set()).title).toBe(want));
  for (const line of r.v.examples.chrome)
    it(`chrome: ${line}`, () => expect(r.chromeLines.some((re) => re.test(foldToSimplified(line)))).toBe(true));
  for (const { line, want } of r.v.examples.sponsors)
    it(`footer sponsors of ${line}`, () => expect(sponsorFields(r, line)).toBe(want));
  for (const { source, sites, want } of r.v.examples.placed)
    it(`source ${source} on ${sites.join('、')}`, () => expect(placedSource(r, source, sites)).toBe(want));
  it('an article sentence is no chrome and gives no field', () => {
    const s = '据统计，今年以来全县已举办各类创业培训9期，培训返乡人员520人次。';
    expect(r.chromeLines.some((re) => re.test(s))).toBe(false);
    expect(lineFields(r, s)).toEqual({});
  });
});

describe('web pages: header and chrome', () => {
  it('has at least 12 pages, each with its YAML', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });
  for (const page of pages) {
    it(page, async () => {
      const want = parse(readFileSync(`${dir}${page.replace(/\.html?$/, '.yaml')}`, 'utf8')) as Expected;
      const d = (await processFile(`${dir}${page}`)).json.document;
      const got: Record<Field, string | null> = {
        title: bare(d.title), date: d.date, issuer: d.issuers[0] ?? null, byline: bare(d.byline), docNumber: d.docNumber,
      };
      for (const f of FIELDS) {
        const w = f === 'title' || f === 'byline' ? bare(want[f] ?? null) : want[f] ?? null;
        if (got[f] === w) tally[f]++;
        expect.soft(got[f], `${page} ${f}`).toBe(w);
      }
      for (const c of want.notInText ?? []) expect.soft(d.text, `${page}: chrome 「${c}」 in the text`).not.toContain(c);
      // the footer's sponsor fields (主办：…, 某局 版权所有) are the text's closing line
      if (want.footer) expect.soft(bare(d.text.split('\n').at(-1)!), `${page}: footer`).toBe(bare(want.footer));
    });
  }
  afterAll(() => {
    if (process.env.GONGWEN_SCORE) console.log(`pages right of ${pages.length}: ${FIELDS.map((f) => `${f} ${tally[f]}`).join(', ')}`);
  });
});
