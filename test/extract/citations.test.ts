// The citations extractor (document numbers cited in the text): the examples of
// rules/citations.yaml, a whole notice (its own number is not a citation, a cited one is), and
// the row the archive stores.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsExtractor } from '../../src/extract/citations/index.js';
import { citationRules } from '../../src/extract/citations/rules.js';
import { buildDoc } from '../../src/extract/doc.js';
import { textContext } from '../../src/extract/named/doc.js';
import { processFile } from '../../src/pipeline/process.js';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { sha256 } from '../../src/pipeline/hash.js';

const cite = (text: string) => citationsExtractor.extract(buildDoc(textContext(text)));

describe('rules/citations.yaml examples', () => {
  for (const r of citationRules()) {
    for (const ex of r.examples.cites) {
      it(`${r.id} cites ${ex.docNumber} in ${ex.text}`, () => {
        const got = cite(ex.text);
        expect(got, JSON.stringify(got)).toHaveLength(1);
        const c = got[0];
        expect({ docNumber: c.docNumber, prefix: c.prefix, year: c.year, number: c.number, title: c.title }).toEqual({
          docNumber: ex.docNumber, prefix: ex.prefix, year: ex.year, number: ex.number, title: ex.title,
        });
        expect(ex.text.slice(c.start, c.end)).toBe(c.text);
        expect(c.sentence).toBe(ex.text);
        expect(c.rule).toBe(r.id);
      });
    }
    for (const ex of r.examples.citesNothing) {
      it(`${r.id} finds nothing in ${ex.text} (${ex.why})`, () => {
        expect(cite(ex.text)).toEqual([]);
      });
    }
  }
});

describe('citations in a notice', () => {
  const notice = readFileSync('samples/notice-yungongtong-2022-21.txt', 'utf8');
  const cited = '根据《关于做好全省职工技能竞赛工作的通知》（云工发〔2021〕8号）精神，结合工作实际。';

  it('leave out the notice\'s own number in its header, and find one its body cites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cite-'));
    try {
      const file = join(dir, 'notice.txt');
      writeFileSync(file, `${notice.trimEnd()}\n${cited}\n`);
      const bytes = readFileSync(file);
      const pd = await processFile(file, bytes);
      expect(pd.json.document.docNumber).toBe('云工通〔2022〕21号');
      const got = pd.json.citations ?? [];
      expect(got.map((c) => c.docNumber)).toEqual(['云工发〔2021〕8号']);
      expect(got[0].title).toBe('关于做好全省职工技能竞赛工作的通知');
      expect(pd.json.document.text.slice(got[0].start, got[0].end)).toBe('云工发〔2021〕8号');

      const db = openDb(join(dir, 'a.db'));
      try {
        new Archive(db).store(pd, { fileHash: sha256(bytes), path: file, size: bytes.length });
        const rows = db.prepare('SELECT doc_number, prefix, year, number, title, start, end, rule FROM citations').all();
        expect(rows).toEqual([{
          doc_number: '云工发〔2021〕8号', prefix: '云工发', year: 2021, number: 8, title: '关于做好全省职工技能竞赛工作的通知',
          start: got[0].start, end: got[0].end, rule: 'citation.doc-number',
        }]);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
