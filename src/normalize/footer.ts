// A web page's footer: the fields that name the bodies running the site (主办：某市人民政府办公室,
// 某市总工会主办, 版权所有 某市人社局, Copyright © 2025 某市人民政府 版权所有, 技术支持：某市大数据中心).
// A reader asking what a body issued needs them, so they close the canonical text; the footer's other
// fields (ICP/公安备案, 网站标识码, 地址, 电话, 邮编, 访客数) stay out.
import { foldToSimplified } from './fold.js';
import { htmlPageRules, type HtmlPageRules } from '../rules/html-page.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** a footer's fields stand apart by spaces or bars, in any order */
const DELIMS = /[\s\u3000\u00a0|｜丨]+/u;
/** copyright noise around a name: Copyright, ©, (C), a year or span of years */
const NOISE = /^(?:copyright|©|\(c\)|（c）|\d{4}(?:\s*[-—–~]\s*\d{4})?|all|rights|reserved\.?)$/iu;
/** a value that is a body's name: no sentence, no colon, no figure run (ICP numbers, phones) */
const nameLike = (s: string) => s.length >= 2 && s.length <= 40 && !/[。，；！？：:]|\d{3}/.test(s) && !/^由/.test(s);

/** the site speaking of itself (本站版权所有): no body named */
const SELF = /^(?:本站|本网|本网站|网站)$/u;

interface Sponsor { before: RegExp; after: RegExp; bare: RegExp }

const compiled = new WeakMap<HtmlPageRules, Sponsor>();

/** the label patterns, compiled once per rules object (the normaliser asks of every line whether it is a footer's) */
function sponsorPatterns(r: HtmlPageRules): Sponsor {
  let p = compiled.get(r);
  if (!p) compiled.set(r, (p = compileSponsor(r)));
  return p;
}

function compileSponsor(r: HtmlPageRules): Sponsor {
  const pre = [...r.v.sponsorLabels.before].sort((a, b) => b.length - a.length).map(esc).join('|');
  const post = [...r.v.sponsorLabels.after].sort((a, b) => b.length - a.length).map(esc).join('|');
  return {
    // 主办：X, 网站主办单位：X, 版权所有©X (the label first; its value may be the next field)
    before: new RegExp(`^(?:网站|本网)?(?:${pre})(?:[：:]|©)?©?(.*)$`, 'u'),
    // X主办, X版权所有 (the label after the name)
    after: new RegExp(`^(.*?)(?:${post})$`, 'u'),
    bare: new RegExp(`^(?:网站|本网)?(?:${pre}|${post})[：:]?$`, 'u'),
  };
}

/** The sponsor fields of one footer line, as written, joined by wide spaces ('' when none). */
export function sponsorFields(r: HtmlPageRules, line: string): string {
  const p = sponsorPatterns(r);
  const tokens = line.trim().split(DELIMS).filter((t) => t && !NOISE.test(t.replace(/^©/, '')));
  const fields: string[] = [];
  let used = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = foldToSimplified(t);
    // a bare label: its value is the field after it (版权所有 某市人社局) or, with none, before it
    if (p.bare.test(f)) {
      const next = tokens[i + 1];
      const prev = i - 1 > used ? tokens[i - 1] : undefined;
      if (next && nameLike(foldToSimplified(next).replace(/^©/, '')) && !p.bare.test(foldToSimplified(next))) {
        fields.push(`${t}　${next}`);
        used = ++i;
      } else if (prev && nameLike(foldToSimplified(prev))) {
        fields.push(`${prev}　${t}`);
        used = i;
      }
      continue;
    }
    const b = p.before.exec(f);
    if (b && nameLike(b[1]!.replace(/^©/, ''))) { fields.push(t); used = i; continue; }
    const a = p.after.exec(f);
    if (a && nameLike(a[1]!) && !SELF.test(a[1]!)) {
      fields.push(t);
      used = i;
    }
  }
  return fields.join('　　');
}

/** A line that is nothing but a footer's sponsor fields (the closing lines the HTML reader adds, or a
 * copy's footer): the readers of an article's last line (its closing byline, its signature) pass it. */
export function isSponsorLine(line: string, r: HtmlPageRules = htmlPageRules()): boolean {
  const squash = (s: string) => s.replace(/[\s\u3000\u00a0|｜丨]+/g, '');
  const kept = sponsorFields(r, line);
  return kept !== '' && squash(kept) === squash(line.replace(/copyright|©|\(c\)|（c）|\d{4}(?:\s*[-—–~]\s*\d{4})?/giu, ''));
}
