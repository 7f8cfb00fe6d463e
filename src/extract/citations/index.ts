// Citations: the document numbers a text cites (云工通〔2022〕21号), so that an archive can be
// searched by the documents it refers to. The patterns are data (rules/citations.yaml); this
// file only turns each rule into a regular expression and reads the issuer code and title
// around a match. The document's own number in its header is left out: it is its docNumber.
import type { Citation } from '../../types.js';
import type { Doc } from '../doc.js';
import type { Extractor } from '../extractor.js';
import type { CitationRule } from './rules.js';
import { escapeClass, escapeRe } from '../refiners/regex.js';

const DIGITS = '[0-9０-９]';
const toAscii = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** bracketed year, optional 第, serial number, suffix; the pair of brackets is checked after */
function patternOf(rule: CitationRule): RegExp {
  const opens = rule.brackets.map((b) => b[0]).join('');
  const closes = rule.brackets.map((b) => b[1]).join('');
  const suffix = rule.suffixes.map(escapeRe).join('|');
  return new RegExp(
    `([${escapeClass(opens)}])\\s*((?:19|20)${DIGITS}{2})\\s*([${escapeClass(closes)}])\\s*(第?)\\s*(${DIGITS}{1,5})\\s*(?:${suffix})`,
    'g',
  );
}

/** the issuer code written right before `at`: the run of Chinese characters after the last
 * notPrefix word, or null when there is none or it is longer than an issuer code can be */
function prefixBefore(text: string, at: number, rule: CitationRule): { prefix: string; start: number } | null {
  let s = at;
  while (s > 0 && at - s <= rule.prefixMaxLength + 4 && /[\u4e00-\u9fa5]/.test(text[s - 1])) s--;
  let run = text.slice(s, at);
  let cut = 0;
  for (const w of rule.notPrefix) {
    const i = run.lastIndexOf(w);
    if (i >= 0) cut = Math.max(cut, i + w.length);
  }
  run = run.slice(cut);
  if (!run || run.length > rule.prefixMaxLength) return null;
  return { prefix: run, start: at - run.length };
}

/** the 《…》 title written right before `at` (only brackets or blanks between), if any */
function titleBefore(text: string, at: number): string | null {
  const m = /《([^《》\n]{1,120})》[\s（(]*$/.exec(text.slice(Math.max(0, at - 130), at));
  return m ? m[1] : null;
}

function citationsOf(doc: Doc, rule: CitationRule): Citation[] {
  const { text, meta } = doc;
  const pairs = new Set(rule.brackets);
  const out: Citation[] = [];
  const re = patternOf(rule);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!pairs.has(m[1] + m[3])) continue;
    const pre = prefixBefore(text, m.index, rule);
    const start = pre ? pre.start : m.index;
    const end = m.index + m[0].length;
    const written = text.slice(start, end).replace(/\s+/g, '');
    // the document's own number, in its header
    if (start < meta.bodyStart && written === meta.docNumber) continue;
    const s = doc.sentenceAt(start);
    out.push({
      docNumber: written,
      prefix: pre ? pre.prefix : null,
      year: Number(toAscii(m[2])),
      number: Number(toAscii(m[5])),
      title: titleBefore(text, start),
      text: text.slice(start, end),
      start,
      end,
      sentence: text.slice(s.start, s.end),
      rule: rule.id,
    });
  }
  return out;
}

export const citationsExtractor: Extractor<'citations'> = {
  table: 'citations',
  family: 'citations',
  extract: (doc) => doc.rules.citations.flatMap((rule) => citationsOf(doc, rule)).sort((a, b) => a.start - b.start),
};
