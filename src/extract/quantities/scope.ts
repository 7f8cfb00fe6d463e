// Scope: whose figure it is (全省烟草商业, 省属企业, 经开区), resolved to the document's place
// where the text says 全省 / 全市 (from the issuers, title, byline or the head of the text).
import type { Doc } from '../doc.js';
import type { QuantityRules } from './rules.js';
import { WHOLE_AREA } from './territory.js';

const WHOLE_AREA_ALONE = new RegExp(`^${WHOLE_AREA}$`);

/** a scope word at the head of a subject: 全省烟草商业技能类工作室 → 全省烟草商业 + 技能类工作室 */
export function splitScope(subject: string, rules: QuantityRules): { scope: string | null; subject: string } {
  const starts = rules.words('scope-start');
  const ends = rules.words('scope-end');
  const compounds = rules.words('scope-compound');
  const st = starts.find((w) => subject.startsWith(w));
  if (!st) return { scope: null, subject };
  // 全市各类职工创新工作室: 各类 / 各种 quantifies the subject; the scope is the territory alone
  const kinds = /^(?:各类|各种)(.{2,})$/.exec(subject.slice(st.length));
  if (kinds) return { scope: st, subject: kinds[1] };
  let cut = st.length;
  let best = -1;
  for (const e of ends) {
    const i = subject.indexOf(e, st.length);
    // 全市职工书屋: an end word that begins a compound noun does not end the scope
    if (i >= 0 && compounds.some((c) => subject.startsWith(c, i + e.length))) continue;
    if (i >= 0 && i + e.length < subject.length && i - st.length <= 8) {
      if (best < 0 || i < best) { best = i; cut = i + e.length; }
    }
  }
  // end words in a row make one scope (全州企业职工 | 工资集体协商覆盖率), unless a compound begins
  for (let more = best >= 0; more; ) {
    more = false;
    const e = ends.find((w) => subject.startsWith(w, cut) && !compounds.some((c) => subject.startsWith(c, cut + w.length)));
    if (e && cut + e.length < subject.length - 1) { cut += e.length; more = true; }
  }
  const rest = subject.slice(cut);
  if (!rest) return { scope: null, subject };
  // a bare 全省/全市 splits off only before a sector word or a plain territorial head
  if (best < 0 && !WHOLE_AREA_ALONE.test(st)) return { scope: null, subject };
  if (best < 0 && rest.length < 2) return { scope: null, subject };
  return { scope: subject.slice(0, cut), subject: rest };
}

/** the last scope phrase in the sentence before the figure */
export function scopeBefore(left: string, rules: QuantityRules, subject = ''): string | null {
  let s = left.replace(/\s+/g, '');
  if (subject) {
    const i = s.lastIndexOf(subject);
    if (i >= 0) s = s.slice(0, i);
  }
  const starts = rules.words('scope-start');
  const ends = rules.words('scope-end');
  let at = -1;
  let st = '';
  for (const w of starts) {
    const i = s.lastIndexOf(w);
    if (i > at) { at = i; st = w; }
  }
  if (at < 0) return null;
  const tail = s.slice(at + st.length, at + st.length + 10);
  const compounds = rules.words('scope-compound');
  const verbs = rules.words('verb').filter((v) => v.length > 1);
  let cut = 0;
  for (const e of ends) {
    const i = tail.indexOf(e);
    if (i < 0 || /[，。；：、]/.test(tail.slice(0, i)) || compounds.some((c) => tail.startsWith(c, i + e.length))) continue;
    // 全市已连续举办8届职工…: a verb between the territory and the end word: no scope phrase
    if (/[\d０-９]/.test(tail.slice(0, i)) || verbs.some((v) => tail.slice(0, i).includes(v))) continue;
    if (cut === 0 || i + e.length < cut) cut = i + e.length;
  }
  return st + tail.slice(0, cut);
}

/** the place of the document's header whose name ends in `suffix` (云南省, 曲靖市): read from the
 * issuers, title, byline and the document's first lines (the whole document's, in a window);
 * asked only for 全省/全市/全州/全县 scopes, so not kept */
function placeOf(doc: Doc, suffix: string): string | null {
  const cands = [...doc.meta.issuers, doc.meta.title ?? '', doc.meta.byline ?? '',
    ...doc.head.slice(0, 600).split('\n')].map((s) => s.replace(/^\s*[（(]?\s*(中共)?/, '')).filter((s) => !/^[各全本该]/.test(s));
  const re = new RegExp(`^(?:[\\u4e00-\\u9fa5]{2,3}?省)?([\\u4e00-\\u9fa5]{2,3}?${suffix})`);
  const reProv = /^([\u4e00-\u9fa5]{2,3}?省)/;
  let found: string | null = null;
  for (const c of cands) {
    const mm = suffix === '省' ? reProv.exec(c) : re.exec(c);
    if (mm) { found = mm[1]; break; }
  }
  return found;
}

export function resolveScope(scope: string, doc: Doc): string {
  const m = /^全(省|市|州|县)/.exec(scope);
  if (!m) return scope;
  const place = placeOf(doc, m[1]);
  return place ? place + scope.slice(2) : scope;
}
