// Runs the pipeline stages directly on one sample (no database) and scores it against its gold.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ingestFile } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import { structure } from '../../src/structure/index.js';
import { extractAll } from '../../src/extract/index.js';
import type { Canonical, ExtractContext, Extraction } from '../../src/types.js';
import { loadGold, sampleFiles, stemOf } from './eval-gold.js';
import {
  ENTITY_TYPES, matchAwards, matchEntities, matchQuantities, matchWorkshops, total, type KindResult,
} from './eval-match.js';

export function pageAtFor(c: Canonical): (offset: number) => number | null {
  const lines = c.lines;
  return (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    let ans: number | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid].start <= offset) { ans = lines[mid].page; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  };
}

export async function extractFile(path: string): Promise<{ text: string; extraction: Extraction }> {
  const bytes = await readFile(path);
  const ing = await ingestFile(path, bytes);
  const canon = normalize(ing);
  const st = structure(canon, ing.format);
  const ctx: ExtractContext = { text: canon.text, meta: st.meta, sections: st.sections, pageAt: pageAtFor(canon) };
  const failures: string[] = [];
  const extraction = extractAll(ctx, undefined, failures);
  // a reader that failed is an error of the run, not a quiet miss of the score
  if (failures.length) throw new Error(failures.join('; '));
  return { text: canon.text, extraction };
}

export type Kind = 'quantities' | 'awards' | 'workshops' | 'org' | 'policy' | 'person';
export const KINDS: Kind[] = ['quantities', 'awards', 'workshops', 'org', 'policy', 'person'];

export interface SampleResult {
  file: string;
  stem: string;
  error?: string;
  kinds: Partial<Record<Kind, KindResult>>;
}

export interface EvalReport {
  samples: SampleResult[];
  /** per kind, summed over every sample file that has gold for it */
  totals: Partial<Record<Kind, KindResult & { subjectRate?: number }>>;
}

export async function evaluateFile(path: string, goldDir: string): Promise<SampleResult> {
  const stem = stemOf(path);
  const gold = loadGold(goldDir, stem);
  const res: SampleResult = { file: basename(path), stem, kinds: {} };
  if (!gold.quantities && !gold.named) return res;
  let ex: Extraction;
  try {
    ex = (await extractFile(path)).extraction;
  } catch (e) {
    res.error = (e as Error).message;
    ex = { quantities: [], awards: [], workshops: [], entities: [], citations: [] };
  }
  if (gold.quantities) res.kinds.quantities = matchQuantities(gold.quantities, ex.quantities);
  if (gold.named?.awards) res.kinds.awards = matchAwards(gold.named.awards, ex.awards);
  if (gold.named?.workshops) res.kinds.workshops = matchWorkshops(gold.named.workshops, ex.workshops);
  if (gold.named?.entities) for (const t of ENTITY_TYPES) res.kinds[t] = matchEntities(gold.named.entities, ex.entities, t);
  return res;
}

export async function evaluate(samplesDir: string, goldDir: string, only?: (file: string) => boolean): Promise<EvalReport> {
  const samples: SampleResult[] = [];
  for (const f of sampleFiles(samplesDir)) {
    if (only && !only(f)) continue;
    samples.push(await evaluateFile(f, goldDir));
  }
  const totals: EvalReport['totals'] = {};
  for (const k of KINDS) {
    const rs = samples.map((s) => s.kinds[k]).filter((x): x is KindResult => !!x);
    if (!rs.length) continue;
    const t = total(rs);
    totals[k] = { ...t, subjectRate: t.subjectRight !== undefined ? (t.score.tp ? t.subjectRight / t.score.tp : 1) : undefined };
  }
  return { samples, totals };
}
