// Links to a site's other articles that a page copied as text keeps under the story (上一篇：…,
// a 相关新闻 list): their words are the titles of other articles, so no figure is read from them.
// The HTML reader drops these lines; a text copy keeps them (spans point into the stored text), so
// readers ask for their spans instead. Words: rules/page-layout.yaml (links).
import type { PageLayoutRules } from './page.js';
import { compact } from './util.js';
import { foldToSimplified } from '../normalize/fold.js';

export interface LinkSpan { start: number; end: number }

interface LinkRes { line: RegExp; heading: RegExp; sentence: RegExp }
const compiled = new WeakMap<PageLayoutRules, LinkRes | null>();

function linkRes(p: PageLayoutRules): LinkRes | null {
  if (!compiled.has(p)) {
    const l = p.v.links;
    compiled.set(p, l ? { line: new RegExp(l.line), heading: new RegExp(l.heading), sentence: new RegExp(l.sentence) } : null);
  }
  return compiled.get(p)!;
}

/** the text's link lines: each 上一篇/下一篇 line, and a related-links heading with the titles under
 * it up to a blank line (a line closing like a sentence is the story's again) */
export function linkLines(text: string, p: PageLayoutRules): LinkSpan[] {
  const res = linkRes(p);
  if (!res) return [];
  const out: LinkSpan[] = [];
  let inList = false;
  let at = 0;
  for (const raw of text.split('\n')) {
    const span = { start: at, end: at + raw.length };
    at = span.end + 1;
    const line = foldToSimplified(compact(raw));
    if (!line) { inList = false; continue; }
    if (res.line.test(line)) { out.push(span); continue; }
    if (res.heading.test(line)) { inList = true; out.push(span); continue; }
    if (inList && !res.sentence.test(line)) out.push(span);
    else inList = false;
  }
  return out;
}

/** whether offset lies on a link line */
export const onLinkLine = (spans: readonly LinkSpan[], offset: number): boolean => spans.some((s) => offset >= s.start && offset < s.end);
