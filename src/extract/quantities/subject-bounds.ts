// The outer bounds of a subject, read after every other correction (rules/subject-cues.yaml bounds):
// a quoted title keeps no predicate written after its closing quote, a procedure the count went
// through (经评审) and a preposition before a measured attribute (在海拔) are no part of it.
import { foldToSimplified } from '../../normalize/fold.js';
import { longestFirst } from '../refiners/regex.js';

export interface Bounds {
  predicates: string[];
  procedures: string[];
  preposed: string[];
}

/** a tally after the quote: 24名, 三届 */
const TALLY = /^[0-9０-９一二三四五六七八九十两百千]+[名个人家项届批期次]/;
/** “T”tail with no other quote inside */
const QUOTED = /^[“"]([^“”"]{2,20})[”"](.+)$/;

/** “某某工匠”出炉 → 某某工匠: the title alone when what follows its quote is a predicate or a tally */
function titleBeforePredicate(s: string, b: Bounds): string {
  const m = QUOTED.exec(s);
  if (!m) return s;
  const tail = m[2];
  return TALLY.test(tail) || b.predicates.some((w) => tail.startsWith(w)) ? m[1] : s;
}

/** 经资格审查进入评审环节的 → 进入评审环节的; 长期工作在海拔 → 海拔 (what is measured after where) */
function leadingFrame(s: string, b: Bounds): string {
  const proc = b.procedures.find((w) => s.startsWith(w) && /^[\u4e00-\u9fa5]{2}/.test(s.slice(w.length)) && !s.startsWith('合格', w.length));
  if (proc) return s.slice(proc.length);
  const at = b.preposed.find((w) => s.endsWith(`在${w}`));
  if (at) return at;
  return s;
}

/** the subject without the frames around its outer edges */
export function outerBounds(subject: string, b: Bounds): string {
  if (!subject) return subject;
  return leadingFrame(titleBeforePredicate(subject, b), b);
}

export interface GluedOwners {
  owners: string[];
  times: string[];
  opens: string[];
  measures: string[];
}

/** 园区废水处理成本 → 废水处理成本, 合作社今年香菇产量 → 香菇产量: a body or a place written right before a
 *  measure (no 的) owns it, as 班组的日产量 does; the measure with its own noun is the subject. The last owner
 *  counts (景区马术项目游客投诉率 → 游客投诉率); a bare measure (车间产值, 班组日产量) keeps its owner. */
export function withoutGluedOwner(written: string, g: GluedOwners): string {
  const s = foldToSimplified(written);
  if (s.length !== written.length) return written;
  let cut = -1;
  for (const o of g.owners) {
    for (let i = s.indexOf(o); i >= 0; i = s.indexOf(o, i + 1)) {
      const at = i + o.length;
      const time = g.times.find((w) => s.startsWith(w, at));
      const end = at + (time?.length ?? 0);
      if (end > cut && ownedMeasure(s.slice(end), g)) cut = end;
    }
  }
  return cut > 0 ? written.slice(cut) : written;
}

/** what is left after the owner: a measure with a noun or a verb of its own before it (细纱断头率, 销售额) */
function ownedMeasure(rest: string, g: GluedOwners): boolean {
  if (/[、的，,和及与]/.test(rest) || g.opens.some((w) => rest.startsWith(w))) return false;
  return g.measures.some((m) => rest.endsWith(m) && rest.length >= m.length + 2);
}

/** 要 as the last character of a noun (需要, 纪要, 摘要) is no adverb */
const NOUN_YAO = /[需主重纪紀摘概提必想只首紧緊]要$/;

/** 蔬菜种植面积常年, 器械包合格率连续保持, 旅游接待量去年: an adverb of time or frequency the reader carried
 *  past the noun belongs to the predicate after it (rules/subject-cues.yaml trailingAdverbs) */
export function withoutTrailingAdverb(written: string, words: string[]): string {
  const s = foldToSimplified(written);
  if (s.length !== written.length) return written;
  const w = longestFirst(words).find((x) => s.endsWith(x) && s.length - x.length >= 2);
  if (!w || (w === '要' && NOUN_YAO.test(s))) return written;
  return written.slice(0, s.length - w.length);
}
