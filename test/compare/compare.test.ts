import { afterEach, describe, expect, it } from 'vitest';
import { compareArchive, checkDocument, formatFindingsText, hasErrors } from '../../src/compare/index.js';
import type { DB } from '../../src/store/db.js';
import type { Finding } from '../../src/types.js';
import { TOBACCO, makeDoc, renumber, sample, store, tempDb, tobaccoDoc } from '../analysis/helpers.js';

const tobacco = sample(TOBACCO);
let db: DB | null = null;
afterEach(() => {
  db?.close();
  db = null;
});
const fresh = () => (db = tempDb().db);
const ofType = (f: Finding[], t: string) => f.filter((x) => x.type === t);

function checkSpans(f: Finding, texts: Map<string, string>) {
  for (const it of f.items) {
    if (it.end > it.start) expect(texts.get(it.documentId)!.slice(it.start, it.end)).toBe(it.text);
  }
}

describe('compare on real sample text', () => {
  it('the unchanged samples give no error-severity finding (11490 = 125 + 1122 + 5631 + 3445 + 1167)', () => {
    const d = fresh();
    const qujing = sample('kuaibao-2021-10-qujing.md');
    store(
      d,
      tobaccoDoc('tobacco.txt', tobacco),
      makeDoc({
        name: 'qujing.md', text: qujing, series: '改革快报', year: 2021, issue: 10, totalIssue: 36, date: '2021-05-13',
        issuers: ['云南省新时期产业工人队伍建设改革工作协调领导小组办公室'], byline: '曲靖市经开区总工会 杨付坤',
        quantities: [
          { text: '10余次', value: '10', approx: true, unit: '次', subject: '产改会议', scope: '经开区' },
          { text: '2次', after: '其中领导小组会', value: '2', unit: '次', subject: '领导小组会', scope: '经开区', partOf: 0 },
          { text: '6次', after: '产改工作推进会', value: '6', unit: '次', subject: '产改工作推进会', scope: '经开区', partOf: 0 },
          { text: '5次', after: '领导小组办公室会', value: '5', unit: '次', subject: '领导小组办公室会', scope: '经开区', partOf: 0 },
        ],
      }),
    );
    const findings = compareArchive(d);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ofType(findings, 'sum-mismatch')).toEqual([]);
  });

  it('sum-mismatch: 11490 changed to 11590 no longer adds up; items are the total and its five parts', () => {
    const d = fresh();
    const pd = tobaccoDoc('tobacco-11590.txt', tobacco, {}, [{ from: '11490 人', to: '11590 人', value: '11590' }]);
    const text = pd.json.document.text;
    store(d, pd);
    const f = ofType(compareArchive(d), 'sum-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((i) => i.text)).toEqual(['11590 人', '125 人', '1122 人', '5631 人', '3445 人', '1167 人']);
    expect(f[0].items.map((i) => i.value)).toEqual([11590, 125, 1122, 5631, 3445, 1167]);
    const start = text.indexOf('11590 人');
    expect(f[0].items[0]).toMatchObject({ documentId: pd.json.document.id, source: 'tobacco-11590.txt', start, end: start + 7 });
    expect(f[0].items[0].sentence).toContain('其中高级技师 125 人');
    expect(f[0].message).toContain('11490');
    checkSpans(f[0], new Map([[pd.json.document.id, text]]));
  });

  it('sum-mismatch: an approximate total that covers its parts is tolerated; parts exceeding it are not', () => {
    const d = fresh();
    // 11000余 covers [11000, 12000): 11490 is inside
    store(d, tobaccoDoc('approx.txt', tobacco, {}, [{ from: '11490 人', to: '11000 余人', value: '11000', approx: true }]));
    expect(ofType(compareArchive(d), 'sum-mismatch')).toEqual([]);
    const d2 = fresh();
    store(d2, tobaccoDoc('over.txt', tobacco, {}, [{ from: '5631 人', to: '5731 人', value: '5731' }]));
    const f = ofType(compareArchive(d2), 'sum-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('超过');
  });

  it('issue-sequence: total number inconsistent with the issue, a gap, a duplicate, a later issue dated earlier', () => {
    const d = fresh();
    const t23 = tobaccoDoc('t23.txt', tobacco);
    // 第24期 must be 总第75期: 总第76期 is inconsistent
    const t24 = tobaccoDoc('t24.txt', tobacco, { issue: 24, totalIssue: 76, date: '2022-10-20' }, renumber(24, 76, [10, 20]));
    store(d, t23, t24);
    let f = ofType(compareArchive(d), 'issue-sequence');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((i) => i.text)).toEqual(['第 23 期', '总第 74 期', '第 24 期', '总第 76 期']);
    checkSpans(f[0], new Map([[t23.json.document.id, t23.json.document.text], [t24.json.document.id, t24.json.document.text]]));

    // 第26期 = 总第77期 after 第23期 = 总第74期 is consistent but skips 24 and 25; dated before 23 → date order
    const d2 = fresh();
    const t26 = tobaccoDoc('t26.txt', tobacco, { issue: 26, totalIssue: 77, date: '2022-09-01' }, renumber(26, 77, [9, 1]));
    store(d2, t23, t26);
    f = ofType(compareArchive(d2), 'issue-sequence');
    const gap = f.find((x) => x.message.includes('缺少'))!;
    expect(gap.severity).toBe('warning');
    expect(gap.message).toContain('第24–25期');
    const order = f.find((x) => x.message.includes('日期倒序'))!;
    expect(order.severity).toBe('error');
    expect(order.items.map((i) => i.text)).toEqual(['2022 年 10 月 9 日', '2022 年 9 月 1 日']);
    expect(f.some((x) => x.message.includes('总期号'))).toBe(false);

    // the same issue stored twice (different files, different text)
    const d3 = fresh();
    const dup = tobaccoDoc('dup.txt', tobacco, {}, [{ from: '1287 个', to: '1287 个', value: '1287' }, { from: '各司其职', to: '各负其责' }]);
    store(d3, t23, dup);
    f = ofType(compareArchive(d3), 'issue-sequence');
    expect(f.some((x) => x.severity === 'error' && x.message.includes('出现两次'))).toBe(true);
  });

  it('conflict: the 2021 training-class count restated differently in a later issue', () => {
    const d = fresh();
    const t23 = tobaccoDoc('t23.txt', tobacco);
    const t24 = tobaccoDoc('t24.txt', tobacco, { issue: 24, totalIssue: 75, date: '2022-10-20' }, [
      ...renumber(24, 75, [10, 20]),
      { from: '1287 个', to: '1387 个', value: '1387' },
      // 约1.6万 covers 15500–16500: an exact 16500 does not conflict
      { from: '约 1.6 万人', to: '1.65 万人', value: '16500', approx: false },
    ]);
    store(d, t23, t24);
    const f = ofType(compareArchive(d), 'conflict');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((x) => [x.source, x.text, x.value])).toEqual([
      ['t23.txt', '1287 个', 1287],
      ['t24.txt', '1387 个', 1387],
    ]);
    const i = t24.json.document.text.indexOf('1387 个');
    expect(f[0].items[1]).toMatchObject({ start: i, end: i + 6 });
    expect(f[0].items[0].sentence).toContain('2021 年全省各级共举办技能技术培训班');
  });

  it('conflict: an approximate figure conflicts only with values it cannot cover', () => {
    const d = fresh();
    const t23 = tobaccoDoc('t23.txt', tobacco);
    const t24 = tobaccoDoc('t24.txt', tobacco, { issue: 24, totalIssue: 75, date: '2022-10-20' }, [
      ...renumber(24, 75, [10, 20]),
      { from: '约 1.6 万人', to: '1.8 万人', value: '18000', approx: false },
    ]);
    store(d, t23, t24);
    const f = ofType(compareArchive(d), 'conflict');
    expect(f).toHaveLength(1);
    expect(f[0].items.map((x) => x.text)).toEqual(['约 1.6 万人', '1.8 万人']);
  });

  it('cumulative-decrease: the studio count falls from 16 to 14 in a later issue; 6000多万 → 6500万 does not', () => {
    const d = fresh();
    const t23 = tobaccoDoc('t23.txt', tobacco);
    const t24 = tobaccoDoc('t24.txt', tobacco, { issue: 24, totalIssue: 75, date: '2022-10-20' }, [
      ...renumber(24, 75, [10, 20]),
      { from: '16 个', to: '14 个', value: '14' },
      { from: '6000 多万元', to: '6500 万元', value: '65000000', approx: false },
    ]);
    store(d, t23, t24);
    const f = ofType(compareArchive(d), 'cumulative-decrease');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((x) => [x.source, x.text, x.value])).toEqual([
      ['t23.txt', '16 个', 16],
      ['t24.txt', '14 个', 14],
    ]);
    const text = t24.json.document.text;
    expect(text.slice(f[0].items[1].start, f[0].items[1].end)).toBe('14 个');
    expect(f[0].items[1].start).toBe(text.indexOf('共成立 14 个') + 4);
  });

  it('percent-mismatch: a share its part and whole contradict; the right share is not reported', () => {
    const bad = tobacco.replace('所属 24 家基层单位均建立职工（代表）大会制度，职工（代表）大会建制率达 100%', '所属 24 家基层单位中 20 家建立职工（代表）大会制度，建制率达 100%');
    const good = bad.replace('建制率达 100%', '建制率达 83.3%');
    const mk = (name: string, text: string, pct: string) =>
      makeDoc({
        name, text, series: '改革快报', year: 2022, issue: 23, totalIssue: 74, date: '2022-10-09',
        quantities: [
          { text: '24 家', value: '24', unit: '家', subject: '基层单位' },
          { text: '20 家', value: '20', unit: '家', subject: '基层单位', partOf: 0 },
          { text: `${pct}%`, value: pct, kind: 'percent', unit: '%', subject: '建制率' },
        ],
      });
    const d = fresh();
    store(d, mk('bad.txt', bad, '100'));
    const f = ofType(compareArchive(d), 'percent-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((x) => x.text)).toEqual(['100%', '20 家', '24 家']);
    const d2 = fresh();
    store(d2, mk('good.txt', good, '83.3'));
    expect(ofType(compareArchive(d2), 'percent-mismatch')).toEqual([]);
  });

  it('check: a draft against the archive (issue numbers, a falling cumulative count), nothing stored', () => {
    const d = fresh();
    store(d, tobaccoDoc('t23.txt', tobacco));
    const draft = tobaccoDoc('draft.txt', tobacco, { issue: 24, totalIssue: 76, date: '2022-10-20' }, [
      ...renumber(24, 76, [10, 20]),
      { from: '16 个', to: '15 个', value: '15' },
    ]);
    const before = (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const f = checkDocument(d, draft);
    expect((d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(before);
    expect(f.map((x) => x.type).sort()).toEqual(['cumulative-decrease', 'issue-sequence']);
    expect(hasErrors(f)).toBe(true);
    expect(f.every((x) => x.items.some((it) => it.documentId === draft.json.document.id))).toBe(true);
    const report = formatFindingsText(f);
    expect(report).toContain('错误');
    expect(report).toContain('【15 个】');
    // the stored bulletin checked again is not a duplicate of itself
    expect(checkDocument(d, tobaccoDoc('t23.txt', tobacco))).toEqual([]);
  });
});
