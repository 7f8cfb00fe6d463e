// Small archives for the analysis and compare tests: real sample text (figures changed by
// hand), documents and quantities built by hand and written with the store's writer.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { openDb, type DB } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { documentJson } from '../../src/pipeline/process.js';
import { sentenceAt } from '../../src/extract/sentences.js';
import type { ProcessedDocument, Quantity } from '../../src/types.js';

export const SAMPLES = join(__dirname, '..', '..', 'samples');
export const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

export function tempDb(): { db: DB; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-analysis-'));
  const path = join(dir, 'test.db');
  return { db: openDb(path), path };
}

export interface QSpec {
  /** the figure as written in the text */
  text: string;
  /** which occurrence of `text` (0-based), or the first after this string */
  after?: string;
  value: string;
  kind?: Quantity['kind'];
  unit?: string;
  approx?: boolean;
  qualifier?: string | null;
  subject: string;
  scope?: string | null;
  period?: string | null;
  cumulative?: boolean;
  /** index (in the spec list) of the total this is a part of */
  partOf?: number | null;
}

export interface DocSpec {
  name: string;
  text: string;
  series?: string | null;
  year?: number | null;
  issue?: number | null;
  totalIssue?: number | null;
  date?: string | null;
  docNumber?: string | null;
  issuers?: string[];
  title?: string | null;
  byline?: string | null;
  quantities?: QSpec[];
}

export function locate(text: string, figure: string, after?: string): number {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`not in the text: ${after}`);
  const i = text.indexOf(figure, from);
  if (i < 0) throw new Error(`not in the text: ${figure} (after ${after ?? 'start'})`);
  return i;
}

export function makeDoc(s: DocSpec): ProcessedDocument {
  const id = createHash('sha256').update(s.name + '\0' + s.text).digest('hex');
  const quantities: Quantity[] = (s.quantities ?? []).map((q) => {
    const start = locate(s.text, q.text, q.after);
    const end = start + q.text.length;
    const sp = sentenceAt(s.text, start);
    return {
      kind: q.kind ?? 'count',
      value: Number(q.value),
      valueText: q.value,
      unit: q.unit ?? '人',
      approx: q.approx ?? false,
      qualifier: q.qualifier ?? null,
      valueHigh: null,
      subject: q.subject,
      scope: q.scope ?? null,
      period: q.period ?? null,
      text: q.text,
      start,
      end,
      sentence: s.text.slice(sp.start, sp.end),
      page: null,
      partOf: q.partOf ?? null,
      cumulative: q.cumulative ?? false,
      rule: 'test',
    };
  });
  const meta = {
    kind: 'bulletin' as const,
    series: s.series ?? null,
    year: s.year ?? null,
    issue: s.issue ?? null,
    totalIssue: s.totalIssue ?? null,
    date: s.date ?? null,
    docNumber: s.docNumber ?? null,
    issuers: s.issuers ?? [],
    title: s.title ?? null,
    byline: s.byline ?? null,
    distribution: { bao: [], song: [] },
    attachmentTitle: null,
    bodyStart: 0,
  };
  return {
    json: documentJson({ id, source: s.name, format: 'txt', text: s.text }, meta, { quantities, awards: [], workshops: [], entities: [] }),
    meta,
    sections: [],
    lines: [],
    pageCount: null,
    encoding: 'UTF-8',
    contentKey: id,
    rulesVersion: 'test',
  };
}

export function store(db: DB, ...docs: ProcessedDocument[]): void {
  const w = new Archive(db);
  db.transaction(() => docs.forEach((d) => w.writeDocument(d)))();
}

// ------------------------------------------------------------------ the tobacco bulletin
export const TOBACCO = 'kuaibao-2022-23-tobacco.txt';
export const TOBACCO_META = {
  series: '改革快报',
  year: 2022,
  issue: 23,
  totalIssue: 74,
  date: '2022-10-09',
  issuers: ['云南省新时期产业工人队伍建设改革工作协调领导小组办公室'],
  title: '云南省烟草专卖局（公司）“五坚持五聚力”全力推动产业工人队伍建设改革走深走实',
};

/** The technical staff total and its five parts, as the tobacco bulletin states them. */
export function tobaccoStaff(total = '11490'): QSpec[] {
  const after = '各级技术技能人员达到了';
  return [
    { text: `${total} 人`, after, value: total, subject: '技术技能人员', scope: '云南烟草商业', cumulative: true },
    { text: '125 人', after, value: '125', subject: '高级技师', scope: '云南烟草商业', partOf: 0 },
    { text: '1122 人', after, value: '1122', subject: '技师', scope: '云南烟草商业', partOf: 0 },
    { text: '5631 人', after, value: '5631', subject: '高级技能人员', scope: '云南烟草商业', partOf: 0 },
    { text: '3445 人', after, value: '3445', subject: '中级技能人员', scope: '云南烟草商业', partOf: 0 },
    { text: '1167 人', after, value: '1167', subject: '初级技能人员', scope: '云南烟草商业', partOf: 0 },
  ];
}

/** Other figures of the tobacco bulletin (a 24 = 19 + 5 breakdown, a studio count, a 2021 count). */
export function tobaccoOther(): QSpec[] {
  return [
    { text: '24 家', value: '24', unit: '家', subject: '基层单位', scope: null },
    { text: '19 家', value: '19', unit: '家', subject: '单位', partOf: 0 },
    { text: '5 家', after: '制度，涵盖职工 17679', value: '5', unit: '家', subject: '单位', partOf: 0 },
    { text: '16 个', value: '16', unit: '个', subject: '技能类工作室', scope: '全省烟草商业', cumulative: true },
    { text: '1287 个', value: '1287', unit: '个', subject: '技能技术培训班', scope: '全省', period: '2021 年' },
    { text: '约 1.6 万人', value: '16000', approx: true, subject: '干部职工', scope: '全省', period: '2021 年' },
    { text: '6000 多万元', value: '60000000', kind: 'money', unit: '元', approx: true, subject: '烟农增收', cumulative: true },
  ].map((q, i) => (i === 1 || i === 2 ? { ...q, partOf: 0 } : q)) as QSpec[];
}

export interface Sub {
  /** the figure as written in the sample, and what replaces it (text and spec) */
  from: string;
  to: string;
  value?: string;
  approx?: boolean;
}

/**
 * The tobacco bulletin with figures changed by hand: each Sub replaces its figure in the text
 * and in the quantity spec that names it (value and approx too). Spec indexes: staff total 0,
 * parts 1–5; 24家 6, 19家 7, 5家 8, 16个 9, 1287个 10, 约1.6万人 11, 6000多万元 12.
 */
export function tobaccoDoc(name: string, base: string, meta: Partial<DocSpec> = {}, subs: Sub[] = []): ProcessedDocument {
  let text = base;
  const others = tobaccoOther().map((q) => (q.partOf != null ? { ...q, partOf: q.partOf + 6 } : q));
  let specs: QSpec[] = [...tobaccoStaff('11490'), ...others];
  for (const sub of subs) {
    if (!text.includes(sub.from)) throw new Error(`not in the text: ${sub.from}`);
    text = text.replace(sub.from, sub.to);
    specs = specs.map((q) =>
      q.text === sub.from
        ? { ...q, text: sub.to, value: sub.value ?? q.value, approx: sub.approx ?? q.approx }
        : q,
    );
  }
  return makeDoc({ name, text, ...TOBACCO_META, ...meta, quantities: specs });
}

/** The tobacco bulletin renumbered: 第 N 期（总第 M 期） and its date. */
export function renumber(issue: number, total: number, date?: [number, number]): Sub[] {
  const out: Sub[] = [{ from: '第 23 期（总第 74 期）', to: `第 ${issue} 期（总第 ${total} 期）` }];
  if (date) out.push({ from: '2022 年 10 月 9 日', to: `2022 年 ${date[0]} 月 ${date[1]} 日` });
  return out;
}
