// Scores the notice format corpus (test/fixtures/formats/notices): every document, in every
// format, through processFile, against its gold header and key figures. Shared by the test and
// by `NOTICE_FORMATS_TABLE=1 npx vite-node test/ingest/formats/notice-formats-score.ts [--detail]` (prints the format × field table).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { processFile } from '../../../src/pipeline/process.js';

export const DIR = fileURLToPath(new URL('../../fixtures/formats/notices/', import.meta.url));
/** the formats each document arrives in: the HTML source and what LibreOffice and Chromium made of it */
export const FORMATS = ['html', 'docx', 'doc', 'lo.pdf', 'chrome.pdf', 'spaced.pdf'] as const;
export type Fmt = (typeof FORMATS)[number];
export const HEADER_FIELDS = ['title', 'issuers', 'date', 'docNumber', 'series', 'issue'] as const;

export interface Gold {
  title: string; issuers: string[]; date: string; docNumber: string | null;
  series?: string; year?: number; issue?: number; totalIssue?: number;
  figures: { text: string; value: string }[];
}

export const docNames = (): string[] =>
  readdirSync(`${DIR}gold`).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

export const goldOf = (name: string): Gold => parse(readFileSync(`${DIR}gold/${name}.yaml`, 'utf8')) as Gold;

export const fileOf = (name: string, fmt: Fmt): string => (fmt === 'html' ? `${DIR}src/${name}.html` : `${DIR}${name}.${fmt}`);

export interface Scored {
  name: string; fmt: Fmt;
  header: Record<(typeof HEADER_FIELDS)[number], unknown>;
  /** per header field: right, or null when the gold has no such field (notices have no series) */
  right: Record<(typeof HEADER_FIELDS)[number], boolean | null>;
  figuresFound: number; figuresGold: number; missing: string[];
  /** the document's figures as comparable strings (kind value unit text), sorted */
  figures: string[];
  /** the canonical text's lines */
  lines: string[];
}

/** lines of b not in a, counting repeats (a multiset difference) */
export function linesNotIn(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const l of a) left.set(l, (left.get(l) ?? 0) + 1);
  let n = 0;
  for (const l of b) {
    const k = left.get(l) ?? 0;
    if (k) left.set(l, k - 1);
    else n++;
  }
  return n;
}

export async function score(name: string, fmt: Fmt): Promise<Scored> {
  const gold = goldOf(name);
  const { json } = await processFile(fileOf(name, fmt));
  const d = json.document;
  const header = { title: d.title, issuers: d.issuers, date: d.date, docNumber: d.docNumber, series: d.series, issue: d.issue };
  const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const right = {
    title: eq(d.title, gold.title),
    issuers: eq(d.issuers, gold.issuers),
    date: eq(d.date, gold.date),
    docNumber: eq(d.docNumber, gold.docNumber),
    series: gold.series === undefined ? null : eq(d.series, gold.series),
    issue: gold.issue === undefined ? null : eq([d.year, d.issue, d.totalIssue], [gold.year, gold.issue, gold.totalIssue]),
  };
  const qs = json.quantities;
  const missing = gold.figures.filter((g) => !qs.some((q) => q.text.replace(/\s+/g, '').includes(g.text) && String(q.value) === g.value)).map((g) => g.text);
  const figures = qs.map((q) => `${q.kind} ${String(q.value)} ${q.unit} ${q.text.replace(/\s+/g, '')}`).sort();
  return { name, fmt, header, right, figuresFound: gold.figures.length - missing.length, figuresGold: gold.figures.length, missing, figures, lines: d.text.split('\n') };
}

/** format × field: right / applicable, and figures found / gold */
export function table(all: Scored[]): string {
  const rows = [`| format | ${HEADER_FIELDS.join(' | ')} | figures | = HTML figures | lines not in HTML |`, `|${' --- |'.repeat(HEADER_FIELDS.length + 4)}`];
  const html = new Map(all.filter((s) => s.fmt === 'html').map((s) => [s.name, s.figures.join('\n')]));
  const htmlLines = new Map(all.filter((s) => s.fmt === 'html').map((s) => [s.name, s.lines]));
  for (const fmt of FORMATS) {
    const ss = all.filter((s) => s.fmt === fmt);
    const cells = HEADER_FIELDS.map((f) => {
      const ap = ss.filter((s) => s.right[f] !== null);
      return `${ap.filter((s) => s.right[f]).length}/${ap.length}`;
    });
    const fig = `${ss.reduce((n, s) => n + s.figuresFound, 0)}/${ss.reduce((n, s) => n + s.figuresGold, 0)}`;
    const same = `${ss.filter((s) => html.get(s.name) === s.figures.join('\n')).length}/${ss.length}`;
    const off = ss.reduce((n, s) => n + linesNotIn(htmlLines.get(s.name) ?? [], s.lines), 0);
    const total = ss.reduce((n, s) => n + s.lines.length, 0);
    rows.push(`| ${fmt} | ${cells.join(' | ')} | ${fig} | ${same} | ${off}/${total} |`);
  }
  return rows.join('\n');
}

if (process.env.NOTICE_FORMATS_TABLE) {
  const all: Scored[] = [];
  for (const n of docNames()) for (const f of FORMATS) all.push(await score(n, f));
  console.log(table(all));
  if (process.argv.includes('--detail')) {
    for (const s of all) {
      const wrong = Object.entries(s.right).filter(([, v]) => v === false).map(([k]) => `${k}=${JSON.stringify(s.header[k as keyof typeof s.header])}`);
      if (wrong.length || s.missing.length) console.log(`${s.name} ${s.fmt}: ${wrong.join(' ')} ${s.missing.length ? 'missing ' + s.missing.join(',') : ''}`);
    }
  }
}
