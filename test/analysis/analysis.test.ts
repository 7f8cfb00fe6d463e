import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { search } from '../../src/analysis/search.js';
import { exportString } from '../../src/analysis/export.js';
import { metrics } from '../../src/analysis/metrics.js';
import { loadSynonyms } from '../../src/analysis/synonyms.js';
import { openDb, type DB } from '../../src/store/db.js';
import { SynonymRuleSchema } from '../../src/analysis/synonyms.js';
import { loadRuleFile } from '../../src/rules/loader.js';
import { TOBACCO, makeDoc, sample, store, tempDb, tobaccoDoc } from './helpers.js';

const tobacco = sample(TOBACCO);
const qujing = sample('kuaibao-2021-10-qujing.md');
const notice = sample('notice-yungongtong-2022-21.txt');
let dbs: DB[] = [];
afterEach(() => {
  dbs.forEach((d) => d.close());
  dbs = [];
});

function archive() {
  const { db, path } = tempDb();
  dbs.push(db);
  const t = tobaccoDoc('tobacco.txt', tobacco);
  const q = makeDoc({ name: 'qujing.md', text: qujing, series: '改革快报', year: 2021, issue: 10, totalIssue: 36, date: '2021-05-13', byline: '曲靖市经开区总工会 杨付坤' });
  const n = makeDoc({ name: 'notice.txt', text: notice, docNumber: '云工通〔2022〕21号', date: '2022-09-28', title: '关于印发《关于发挥企业主体作用 积极推进产业工人队伍建设改革的实施意见》的通知' });
  store(db, t, q, n);
  return { db, path, ids: { t: t.json.document.id, q: q.json.document.id, n: n.json.document.id } };
}

describe('search', () => {
  it('finds 1-, 2- and 3+-character terms with offsets into documents.text and a marked snippet', () => {
    const { db, ids } = archive();
    const check = (term: string) => {
      const hits = search(db, term);
      for (const h of hits) {
        const text = (db.prepare('SELECT text FROM documents WHERE id = ?').get(h.documentId) as { text: string }).text;
        expect(text.slice(h.start, h.end)).toBe(term);
        expect(h.snippet).toContain(`【${term}】`);
        expect(h.start).toBe(text.indexOf(term));
      }
      return hits.map((h) => h.documentId);
    };
    expect(check('烟')).toEqual([ids.t]);
    expect(check('劳模').sort()).toEqual([ids.t, ids.n].sort()); // 劳模 is in the notice too
    expect(check('曲靖')).toEqual([ids.q]);
    expect(check('产业工人').sort()).toEqual([ids.t, ids.q, ids.n].sort());
    expect(check('技能大师工作室')).toEqual([ids.n, ids.q]); // newest first
    expect(check('QC')).toEqual([ids.t]);
    expect(search(db, '无此词语甲乙')).toEqual([]);
  });

  it('several words narrow the search; --limit; newest first', () => {
    const { db, ids } = archive();
    expect(search(db, '劳模 袁坤').map((h) => h.documentId)).toEqual([ids.t]);
    expect(search(db, '产业工人 劳模').map((h) => h.documentId)).toEqual([ids.t, ids.n]);
    expect(search(db, '工会 曲靖 经开区').map((h) => h.documentId)).toEqual([ids.q]);
    expect(search(db, '产业工人', { limit: 2 }).map((h) => h.date)).toEqual(['2022-10-09', '2022-09-28']);
    const h = search(db, '劳模 袁坤')[0];
    expect(h.matches.some((m) => m.term === '袁坤')).toBe(true);
  });

  it('works on a read-only connection before the per-character index is filled', () => {
    const { db, path, ids } = archive();
    db.close();
    dbs = [];
    const ro = openDb(path, { readonly: true });
    dbs.push(ro);
    expect(search(ro, '烟').map((h) => h.documentId)).toEqual([ids.t]);
    expect(search(ro, '劳模 袁坤').map((h) => h.documentId)).toEqual([ids.t]);
    expect(search(ro, '烟草商业').map((h) => h.documentId)).toEqual([ids.t]);
  });
});

describe('search over the trigram index without positions (schema v5)', () => {
  const texts = () => [tobacco, qujing, notice];
  // every document the term occurs in as written (3+ characters) or with spaces/tabs between its characters (1–2)
  const holders = (db: DB, term: string) => {
    const re = Array.from(term).length >= 3 ? new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu') : new RegExp(Array.from(term).join('[ \\t]*'), 'iu');
    return (db.prepare('SELECT id, text FROM documents').all() as { id: string; text: string }[]).filter((r) => re.test(r.text)).map((r) => r.id).sort();
  };

  it('a term whose trigrams all occur in a document, but not in a row, is not a hit', () => {
    const { db, path } = archive();
    // the notice has 产业工(人) and (企)业工会, never 产业工会
    expect(notice).toContain('产业工');
    expect(notice).toContain('业工会');
    for (const t of texts()) expect(t).not.toContain('产业工会');
    expect(search(db, '产业工会')).toEqual([]);
    expect(search(db, '产业工会 劳模')).toEqual([]);
    // the trigram index alone proposes it: each trigram is a one-token query
    const fts = db.prepare(`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH '"产业工" AND "业工会"'`).get() as { n: number };
    expect(fts.n).toBeGreaterThan(0);
    db.close();
    dbs = [];
    const ro = openDb(path, { readonly: true });
    dbs.push(ro);
    expect(search(ro, '产业工会')).toEqual([]);
  });

  it('1-, 2-, 3- and 7-character terms: every document holding the term, offsets of each match, newest first', () => {
    const { db, ids } = archive();
    for (const term of ['烟', '模', '劳模', '曲靖', '工作室', '经开区', '产业工人', '技能大师工作室', '产业工人队伍建', 'QC小组']) {
      const hits = search(db, term, { limit: 100 });
      expect(hits.map((h) => h.documentId).sort(), term).toEqual(holders(db, term));
      for (const h of hits) {
        const text = (db.prepare('SELECT text FROM documents WHERE id = ?').get(h.documentId) as { text: string }).text;
        const all = [...text.matchAll(new RegExp(Array.from(term).join('[ \\t]*'), 'giu'))];
        expect(h.matchCount, term).toBe(all.length);
        expect(h.matches.map((m) => [m.start, m.end]), term).toEqual(all.slice(0, 100).map((m) => [m.index, m.index! + m[0].length]));
        expect([h.start, h.end]).toEqual(h.matches[0] && [all[0].index, all[0].index! + all[0][0].length]);
      }
    }
    expect(search(db, '工作室').map((h) => h.documentId)).toEqual([ids.t, ids.n, ids.q]);
    expect(search(db, '技能大师工作室').map((h) => [h.documentId, h.text, h.matchCount])).toEqual([
      [ids.n, '技能大师工作室', 2],
      [ids.q, '技能大师工作室', 1],
    ]);
  });

  it('a term does not span a line break (as with the positional index of schema v2)', () => {
    const { db } = archive();
    const all = texts().join('\n');
    // a line break between two CJK characters whose joined forms occur nowhere in the archive
    const lines = notice.split('\n');
    let found = 0;
    for (let i = 0; i + 1 < lines.length && found < 3; i++) {
      const a = lines[i], b = lines[i + 1];
      if (!/[\u4e00-\u9fff]{2}$/u.test(a) || !/^[\u4e00-\u9fff]{2}/u.test(b)) continue;
      const two = a.slice(-1) + b[0];
      const four = a.slice(-2) + b.slice(0, 2);
      if (all.includes(two) || all.includes(four)) continue;
      found++;
      expect(notice).toContain(a.slice(-2) + '\n' + b.slice(0, 2));
      expect(search(db, two), two).toEqual([]);
      expect(search(db, four), four).toEqual([]);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('many documents holding the trigrams apart: the one holding the term is still found, on a read-only archive too', () => {
    const { db, path } = tempDb();
    dbs.push(db);
    // 130 copies of the notice (产业工 and 业工会 apart), and one where the first 产业工人 reads 产业工会
    const i0 = notice.indexOf('产业工人');
    expect(i0).toBeGreaterThan(0);
    const docs = Array.from({ length: 130 }, (_, i) => makeDoc({ name: `n${i}.txt`, text: notice + `\n${i}`, date: `2022-09-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const edited = notice.slice(0, i0) + '产业工会' + notice.slice(i0 + 4);
    const one = makeDoc({ name: 'edited.txt', text: edited, date: '2021-01-01' });
    store(db, ...docs, one);
    const check = (d: DB) => {
      const hits = search(d, '产业工会');
      expect(hits.map((h) => [h.documentId, h.start, h.end, h.matchCount])).toEqual([[one.json.document.id, i0, i0 + 4, 1]]);
      expect(hits[0].snippet).toContain('【产业工会】');
      expect(search(d, '产业工会 工会', { limit: 5 }).map((h) => h.documentId)).toEqual([one.json.document.id]);
    };
    db.close();
    dbs = [];
    const ro = openDb(path, { readonly: true }); // documents_uni not filled yet: scanned
    dbs.push(ro);
    check(ro);
    ro.close();
    dbs = [];
    const rw = openDb(path);
    dbs.push(rw);
    check(rw);
  });
});

describe('export', () => {
  it('CSV: UTF-8 BOM, header, RFC 4180 quoting of commas, quotes and line breaks', () => {
    const { db } = tempDb();
    dbs.push(db);
    store(db, makeDoc({ name: 'q.txt', text: '第一段，含“引号"和逗号,\n第二段 11490 人。', title: '标题,含"引号"', date: '2022-01-01', issuers: ['甲单位', '乙单位'],
      quantities: [{ text: '11490 人', value: '11490', subject: '技术技能人员, "总数"' }] }));
    const csv = exportString(db, 'documents', 'csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, 12)).toBe('id,source,f');
    expect(csv).toContain('"标题,含""引号"""');
    expect(csv).toContain('甲单位、乙单位');
    expect(csv).toContain('"第一段，含“引号""和逗号,\n第二段 11490 人。"');
    expect(csv.split('\r\n').length).toBe(3); // header, one row, final empty
    const qcsv = exportString(db, 'quantities', 'csv');
    expect(qcsv).toContain('"技术技能人员, ""总数"""');
    expect(qcsv.split('\r\n')[0]).toContain('series');
    const json = JSON.parse(exportString(db, 'quantities', 'json'));
    expect(json[0]).toMatchObject({ value: 11490, approx: false, issuers: ['甲单位', '乙单位'], date: '2022-01-01', source: 'q.txt' });
    const lines = exportString(db, 'documents', 'jsonl').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).issuers).toEqual(['甲单位', '乙单位']);
    expect(JSON.parse(exportString(db, 'awards', 'json'))).toEqual([]);
  });
});

describe('views and metrics', () => {
  it('v_quantities / v_workshops answer "studio counts by place and year" in one SELECT', () => {
    const { db } = archive();
    const pd = tobaccoDoc('t2.txt', tobacco.replace('第 23 期', '第 20 期'), { issue: 20, totalIssue: 71, date: '2022-08-01' });
    const i = pd.json.document.text.indexOf('共成立 16 个');
    pd.json.workshops.push({ name: null, type: '劳模创新工作室', level: null, count: 16, leader: null, text: '16 个', start: i + 4, end: i + 8, rule: 'test' });
    store(db, pd);
    const rows = db.prepare(`SELECT scope, year, sum(count) AS n FROM v_workshops WHERE type = '劳模创新工作室' GROUP BY scope, year`).all();
    expect(rows).toEqual([{ scope: '全省烟草商业', year: 2022, n: 16 }]);
    const q = db.prepare(`SELECT series, year, issue, date, title, source FROM v_quantities WHERE subject = '技能类工作室' ORDER BY date`).all();
    expect(q).toHaveLength(2);
    expect(q[0]).toMatchObject({ series: '改革快报', year: 2022, issue: 20, date: '2022-08-01' });
  });

  it('metrics folds synonyms (劳模 = 劳动模范) and keeps 职工创新工作室 apart; ordered by date', () => {
    const { db } = tempDb();
    dbs.push(db);
    const text = '全市建成劳模创新工作室 12 个，职工创新工作室 30 个。';
    const later = '全市建成劳动模范创新工作室 15 个，职工创新工作室 31 个。';
    const mk = (name: string, t: string, date: string, a: string, b: string) =>
      makeDoc({ name, text: t, date, byline: '曲靖市总工会', quantities: [
        { text: a, value: a.split(' ')[0], unit: '个', subject: t.includes('劳动模范') ? '劳动模范创新工作室' : '劳模创新工作室', scope: '全市' },
        { text: b, value: b.split(' ')[0], unit: '个', subject: '职工创新工作室', scope: '全市' },
      ] });
    store(db, mk('b.txt', later, '2022-06-01', '15 个', '31 个'), mk('a.txt', text, '2021-06-01', '12 个', '30 个'));
    const rows = metrics(db, { subject: '劳模创新工作室' });
    expect(rows.map((r) => [r.date, r.value, r.subject])).toEqual([
      ['2021-06-01', 12, '劳模创新工作室'],
      ['2022-06-01', 15, '劳动模范创新工作室'],
    ]);
    expect(metrics(db, { subject: '职工创新工作室' }).map((r) => r.value)).toEqual([30, 31]);
    expect(metrics(db, { scope: '曲靖市', subject: '劳动模范' }).map((r) => r.value)).toEqual([12, 15]);
    expect(metrics(db, { kind: 'money' })).toEqual([]);
  });
});

describe('synonyms (rules/synonyms.yaml)', () => {
  it('every rule example holds', () => {
    const syn = loadSynonyms();
    const rules = loadRuleFile('synonyms.yaml', SynonymRuleSchema);
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) {
      const norm = (s: string) => (r.kind === 'unit' ? syn.normUnit(s) : r.kind === 'scope' ? syn.normScope(s) : syn.normSubject(s));
      for (const [a, b] of r.examples.positive) expect(norm(a), `${r.id}: ${a} = ${b}`).toBe(norm(b));
      for (const [a, b] of r.examples.negative) expect(norm(a), `${r.id}: ${a} ≠ ${b}`).not.toBe(norm(b));
    }
  });

  it('全市 / 全省 resolve to the document\'s place; unresolved stays tied to its document', () => {
    const syn = loadSynonyms();
    const doc = { id: 'x', issuers: ['云南省新时期产业工人队伍建设改革工作协调领导小组办公室'], title: null, byline: '曲靖市经开区总工会 杨付坤' };
    expect(syn.normScope('全市', doc)).toBe('曲靖市');
    expect(syn.normScope('全省烟草商业', doc)).toBe('云南省烟草商业');
    expect(syn.normScope('全县', { id: 'y', issuers: [], title: null, byline: null })).toBe('全县@y');
  });
});

describe('schema v2 migration text', () => {
  it('is appended after version 1, versions consecutive in the order they are listed', () => {
    const src = readFileSync(join(__dirname, '..', '..', 'src', 'store', 'migrations.ts'), 'utf8');
    const versions = [...src.matchAll(/version:\s*(\d+),/g)].map((m) => Number(m[1]));
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.length).toBeGreaterThanOrEqual(5);
  });
});
