// A synthetic ProcessedDocument for store tests (no parsing involved).
import { createHash } from 'node:crypto';
import type { ProcessedDocument } from '../../src/types.js';
import { contentKey } from '../../src/normalize/similar.js';

export function fakeDoc(text: string, over: Partial<ProcessedDocument['json']['document']> = {}, rulesVersion = 'r1'): ProcessedDocument {
  const id = createHash('sha256').update(text + JSON.stringify(over)).digest('hex');
  const at = (s: string) => text.indexOf(s);
  const q = '11.45万人';
  const qs = Math.max(0, at(q));
  const lines = text.split('\n');
  let pos = 0;
  const canon = lines.map((l, i) => {
    const r = { start: pos, end: pos + l.length, page: i + 1, heading: false };
    pos += l.length + 1;
    return r;
  });
  return {
    json: {
      document: {
        id, source: `/x/${id.slice(0, 6)}.txt`, format: 'txt', series: '改革快报', year: 2021, issue: 14, totalIssue: 40,
        date: '2021-07-30', docNumber: null, issuers: ['甲办公室', '乙办公室'], title: '标题', byline: null, text, ...over,
      },
      quantities: [
        { kind: 'count', value: 114500, valueText: '114500', unit: '人', approx: false, subject: '产业工人', scope: '普洱市',
          period: null, text: q, start: qs, end: qs + q.length, sentence: text.split('\n')[0], page: null, partOf: null, rule: 'q.test' },
        { kind: 'percent', value: 12.5, unit: '%', approx: true, subject: '增长', scope: null, period: null, text: '12.5%',
          start: 0, end: 5, sentence: 's', page: 1, partOf: 0, rule: 'q.pct' },
      ],
      awards: [{ name: '全国劳动模范', level: 'national', count: 2, recipients: ['袁坤'], text: '全国劳模', start: 1, end: 5, rule: 'a' }],
      workshops: [{ name: null, type: '劳模创新工作室', level: null, count: 16, leader: null, text: '16个', start: 2, end: 5, rule: 'w' }],
      entities: [{ type: 'org', name: '省总工会', canonical: '云南省总工会', role: null, text: '省总工会', start: 3, end: 7, rule: 'e' }],
    },
    meta: {
      kind: 'bulletin', series: '改革快报', year: 2021, issue: 14, totalIssue: 40, date: '2021-07-30', docNumber: null,
      issuers: ['甲办公室', '乙办公室'], title: '标题', byline: null, distribution: { bao: ['省总工会'], song: [] },
      attachmentTitle: null, bodyStart: 0, ...(over as object),
    },
    sections: [
      { level: 1, marker: '一、', heading: '总体', start: 0, end: text.length, headingEnd: 4, parent: null },
      { level: 2, marker: '（一）', heading: '细节', start: 2, end: text.length, headingEnd: 6, parent: 0 },
    ],
    lines: canon,
    pageCount: lines.length,
    encoding: 'UTF-8',
    contentKey: contentKey(text),
    rulesVersion,
  };
}

/**
 * Takes an archive back from schema 11 to the tables of schema 10 (sections and the item tables as
 * tables with document_id, no documents.doc), rows kept: for tests that rebuild an older archive.
 */
export function undoItemKeys(db: { exec(sql: string): unknown }): void {
  for (const t of ['sections', 'quantities', 'awards', 'workshops', 'entities', 'citations']) {
    db.exec(`CREATE TEMP TABLE undo_${t} AS SELECT * FROM ${t}; DROP VIEW ${t}; DROP TABLE ${t}_rows;
      CREATE TABLE ${t} AS SELECT * FROM temp.undo_${t}; DROP TABLE temp.undo_${t};`);
  }
  db.exec(`DROP TRIGGER documents_doc_ai; DROP TRIGGER documents_rows_ad; DROP INDEX documents_doc; ALTER TABLE documents DROP COLUMN doc;`);
}
