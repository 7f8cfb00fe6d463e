// Traditional → simplified folding for MATCHING, never for storage.
//
// Copies of mainland reports circulate in traditional script (寶雞市總工會, 12萬人次, 4800餘人). The
// rules are written in simplified characters, so extractors read a folded copy of the text in which
// every traditional character is replaced by its simplified form. The fold is one UTF-16 code unit
// for one code unit: an offset into the folded copy is the same offset into the stored original, so
// every item's span stays exact and its `text` is re-sliced from the original afterwards.
//
// The character table is OpenCC's (opencc-js, traditional → mainland simplified), applied one
// character at a time: phrase conversions that could change the length (or pick a different
// character by context) are deliberately not used. A character whose conversion is not exactly one
// code unit is left as it is. The table is OpenCC's conversion of every Han character, written out
// by scripts/t2s-table.ts (t2s-table.ts; a test holds it to opencc-js): building OpenCC's converter
// cost every process ~20 ms, a twentieth of a cold `gongwen extract`.
import type { DocMeta, Extraction } from '../types.js';
import { isHan } from './han.js';
import { T2S_PAIRS } from './t2s-table.js';

/** traditional character → simplified, for the characters OpenCC changes: indexed by the code unit
 * (0: unchanged), so that looking a character up is one load (the fold reads every character of
 * every text; a Map looked up after a Han range test was ~1.5 % of an ingest worker, profiled).
 * Every pair of the table is one Han code unit for one, which scripts/t2s-table.ts guarantees. */
const simplifiedOf = new Uint16Array(0x10000);
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) simplifiedOf[T2S_PAIRS[i].charCodeAt(0)] = T2S_PAIRS[i + 1].charCodeAt(0);

function foldChar(ch: string): string {
  const f = simplifiedOf[ch.charCodeAt(0)];
  return f ? String.fromCharCode(f) : ch;
}

/** The text with every traditional character folded to simplified; same length, same offsets.
 * Most texts have none: the copy is made of the unchanged stretches and the folded characters. */
export function foldToSimplified(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const f = simplifiedOf[text.charCodeAt(i)];
    if (f === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Share of Han characters that fold to something else: > ~0.05 means a traditional-script text. */
export function traditionalShare(text: string): number {
  let han = 0;
  let trad = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    han++;
    if (foldChar(text[i]) !== text[i]) trad++;
  }
  return han ? trad / han : 0;
}

/** a workshop's name and leader as the text writes them: both are quoted from it (a name inside its span,
 * a leader on a line of its record, after or before it), so each is sliced from the nearest place the
 * folded copy holds it; the type stays folded (a normalised value from rules/workshops.yaml) */
function asWritten(original: string, folded: string, x: Record<string, unknown>, at: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['name', 'leader'] as const) {
    const v = x[k];
    if (typeof v !== 'string' || !v) continue;
    const i = nearest(folded, v, at);
    if (i >= 0) out[k] = original.slice(i, i + v.length);
  }
  return out;
}

/** the offset of the occurrence of s in text nearest to `at` (after it first when equally near), or -1 */
function nearest(text: string, s: string, at: number): number {
  const after = text.indexOf(s, at);
  const before = text.lastIndexOf(s, at);
  if (after < 0) return before;
  if (before < 0) return after;
  return after - at <= at - before ? after : before;
}

/** the original's text of a span found in the folded copy */
function reslice(original: string, folded: string, s: string, near: number): string {
  if (!s) return s;
  const at = folded.lastIndexOf(s, near);
  const i = at >= 0 ? at : folded.indexOf(s);
  return i >= 0 ? original.slice(i, i + s.length) : respaced(original, folded, s);
}

/** s found in the folded text with its spaces as the header reader set them (a title's layout space
 * dropped, a byline's role set apart: 通讯员 黄某 from 通讯员黄某): the original's characters, s's spaces */
function respaced(original: string, folded: string, s: string): string {
  const chars = [...s.replace(/\s+/g, '')];
  if (chars.length < 2) return s;
  const m = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')).exec(folded);
  if (!m) return s;
  let j = m.index;
  let out = '';
  for (const c of s) {
    if (/\s/.test(c)) { out += c; continue; }
    while (j < folded.length && /\s/.test(folded[j]!) && folded[j] !== c) j++;
    out += original[j] ?? c;
    j++;
  }
  return out;
}

/**
 * Items extracted from the folded copy, given back the original's characters where they quote the
 * text: `text` (by offsets, so text === original.slice(start, end) holds), a quantity's `sentence`
 * an entity's `name` and a workshop's `name` and `leader` (as written). Canonical names, subjects and award names stay folded:
 * they are normalised values, and simplified is the archive's normal form.
 */
export function restoreOriginal(ex: Extraction, original: string, folded: string): Extraction {
  if (original === folded) return ex;
  const out: Record<string, unknown[]> = {};
  for (const [table, items] of Object.entries(ex) as [string, Record<string, unknown>[]][]) {
    out[table] = items.map((x) => {
      const start = x.start as number;
      const end = x.end as number;
      const y: Record<string, unknown> = { ...x, text: original.slice(start, end) };
      if (typeof x.sentence === 'string') y.sentence = reslice(original, folded, x.sentence, start);
      if (table === 'entities' && folded.slice(start, end) === x.name) y.name = original.slice(start, end);
      if (table === 'workshops') Object.assign(y, asWritten(original, folded, x, start));
      return y;
    });
  }
  return out as unknown as Extraction;
}

/** the header read from the folded copy, with its quoted fields (title, issuers, byline …) in the original's characters */
export function restoreMeta(meta: DocMeta, original: string, folded: string): DocMeta {
  if (original === folded) return meta;
  const back = (s: string | null) => (s === null ? s : reslice(original, folded, s, folded.length));
  return {
    ...meta,
    series: back(meta.series),
    docNumber: back(meta.docNumber),
    title: back(meta.title),
    byline: back(meta.byline),
    attachmentTitle: back(meta.attachmentTitle),
    issuers: meta.issuers.map((x) => back(x) ?? x),
    articles: meta.articles?.map((a) => ({ ...a, title: back(a.title) ?? a.title, byline: back(a.byline) })),
    distribution: { bao: meta.distribution.bao.map((x) => back(x) ?? x), song: meta.distribution.song.map((x) => back(x) ?? x) },
  };
}
