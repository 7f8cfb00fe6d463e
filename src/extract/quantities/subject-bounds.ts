// The outer bounds of a subject, read after every other correction (rules/subject-cues.yaml bounds):
// a quoted title keeps no predicate written after its closing quote, a procedure the count went
// through (经评审) and a preposition before a measured attribute (在海拔) are no part of it.

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
