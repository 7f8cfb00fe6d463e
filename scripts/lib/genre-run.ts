// Runs the whole pipeline (the same processFile that `gongwen extract` uses) on every document of
// a genre set and scores it (scripts/lib/genre-score.ts); prints the per-kind table of the issue.
import { basename } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import type { DocumentJson } from '../../src/types.js';
import { loadGenreSet, type GenreGold } from './genre-gold.js';
import { cleanRenders, renderable, renderAs, type RenderFormat } from './genre-render.js';
import { addInto, emptyScore, scoreDocument, type DocScore, type Rate, type Tally } from './genre-score.js';

export interface GenreDocResult { file: string; gold: GenreGold; score: DocScore; error?: string }
export interface GenreReport { dir: string; docs: GenreDocResult[]; total: DocScore; traditional: DocScore }

const emptyJson = (): DocumentJson => ({
  document: { id: '', source: '', format: '', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null, issuers: [], title: null, byline: null, text: '' },
  quantities: [], awards: [], workshops: [], entities: [],
});

/** scores every document of a set; with `as`, its plain-text documents are first rendered to that format */
export async function evaluateGenre(dir: string, as?: RenderFormat): Promise<GenreReport> {
  const docs: GenreDocResult[] = [];
  const total = emptyScore();
  const traditional = emptyScore();
  for (const c of loadGenreSet(dir)) {
    let json = emptyJson();
    let error: string | undefined;
    try {
      const pd = await processFile(as && renderable(c.file) ? await renderAs(c.file, as) : c.file);
      json = pd.json;
      // a reader that failed on this document is shown as an error beside its score
      const failed = (pd.warnings ?? []).filter((w) => w.includes(' reader failed '));
      if (failed.length) error = failed.join('; ');
    } catch (e) {
      error = (e as Error).message;
    } finally {
      if (as) cleanRenders();
    }
    const score = scoreDocument(c.gold, json);
    addInto(total, score);
    if (c.gold.script === 'traditional') addInto(traditional, score);
    docs.push({ file: basename(c.file), gold: c.gold, score, error });
  }
  return { dir, docs, total, traditional };
}

const f2 = (x: number) => x.toFixed(2).replace(/^0/, '');
const p = (t: Tally) => (t.tp + t.fp ? f2(t.tp / (t.tp + t.fp)) : '—');
const r = (t: Tally) => (t.tp + t.fn ? f2(t.tp / (t.tp + t.fn)) : '—');
const pr = (t: Tally) => `P ${p(t)}  R ${r(t)}`.padEnd(16) + `(tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
const rt = (x: Rate) => `${x.of ? f2(x.right / x.of) : '—'}`.padEnd(16) + `(${x.right} of ${x.of})`;

/** the issue's table for one set, then (unless quiet) every document's misses and false alarms */
export function printGenre(rep: GenreReport, quiet: boolean): string {
  const t = rep.total;
  const out = [
    `#### GENRE ${rep.dir}: ${rep.docs.length} documents`,
    `quantities                    ${pr(t.quantities)}`,
    `quantities, traditional script ${pr(rep.traditional.quantities)}`,
    `quantity subject right        ${rt(t.subject)}`,
    `list parts linked (partOf)    ${rt(t.partOf)}`,
    `honours (name + count)        ${pr(t.honours)}`,
    `  honour level right          ${rt(t.honourLevel)}`,
    `named workshops (name+leader) ${pr(t.workshops)}`,
    `  type and level right        ${rt(t.workshopTypeLevel)}`,
    `organisations                 ${pr(t.orgs)}`,
    `people                        ${pr(t.people)}`,
    `  role right where stated     ${rt(t.role)}`,
    `header: issuers (exact set)   ${rt(t.issuers)}`,
    `header: title                 ${rt(t.title)}`,
    `header: date                  ${rt(t.date)}`,
    `header: docNumber             ${rt(t.docNumber)}`,
    `header: byline                ${rt(t.byline)}`,
    `bulletin articles (title+byline) ${pr(t.articles)}`,
    '',
  ];
  if (quiet) return out.join('\n');
  for (const d of rep.docs) {
    out.push(`== ${d.file} [${d.gold.kind}, ${d.gold.place}${d.gold.script === 'traditional' ? ', 繁體' : ''}]${d.error ? `  ERROR: ${d.error}` : ''}`);
    for (const n of d.score.notes) out.push('   ' + n);
  }
  return out.join('\n') + '\n';
}

/** the totals as plain numbers, for --json and for the recorded baselines */
export function genreSummary(rep: GenreReport): Record<string, unknown> {
  const { notes: _n, ...total } = rep.total;
  return { dir: rep.dir, documents: rep.docs.length, total, traditionalQuantities: rep.traditional.quantities };
}
