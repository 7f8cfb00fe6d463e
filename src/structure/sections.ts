// Splitting the body into numbered sections: 一、(1)  （一）(2)  1. 1． 1、(3)  一是 (4).
//
// A marker counts only where official writing puts it and only when its number continues the
// numbering it belongs to:
//  - 一、 （一） 1. start a paragraph (never in the middle of a sentence);
//  - 一是 starts a paragraph or follows a clause break (。；：，) inside one;
//  - 一、 is 一 or the last 一、 + 1; （一） is （一） or the previous （N） under the same 一、 + 1;
//    1. is 1 or the previous 1. + 1 (notices number 1. on across their （一） blocks);
//    二是 needs an open 一是 directly before it in the same section.
//  - 1. must not be followed by a digit (1.5万, 2021.) and numbers have at most two digits.
import type { Section } from '../types.js';
import type { Line } from './lines.js';
import { parseNum } from './util.js';

const CN = '一二三四五六七八九十百';
const LINE_MARKERS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^([${CN}]{1,3})、`) },
  { level: 2, re: new RegExp(`^[（(]([${CN}]{1,3})[）)]`) },
  { level: 3, re: /^(\d{1,2})(?:[.．]|、)(?![\d.．%％])/ },
];
const INLINE4 = new RegExp(`(?<=^|[。；;：:，,！？*\\s])([一二三四五六七八九十]{1,2})是(?=[^，。；、\\s])`, 'g');

interface Open { index: number; level: number; n: number }

export function findSections(text: string, lines: Line[], bodyStart: number, bodyEnd: number): Section[] {
  const out: Section[] = [];
  let stack: Open[] = [];
  let lastL1 = 0;
  let lastL3 = 0;
  const lastL2ByParent = new Map<number, number>();

  const push = (level: number, n: number, marker: string, start: number, markerEnd: number, headingEnd: number) => {
    stack = stack.filter((o) => o.level < level);
    const parent = stack.length ? stack[stack.length - 1]!.index : null;
    let hs = markerEnd;
    let he = headingEnd;
    while (hs < he && /[\s*]/.test(text[hs]!)) hs++;
    while (he > hs && /[\s*#]/.test(text[he - 1]!)) he--;
    out.push({ level, marker, heading: text.slice(hs, he), start, end: bodyEnd, headingEnd: he, parent });
    stack.push({ index: out.length - 1, level, n });
  };
  const nearest = (level: number): Open | undefined => [...stack].reverse().find((o) => o.level === level);

  for (const line of lines) {
    if (line.textStart < bodyStart || line.textStart >= bodyEnd) continue;
    const t = line.text;
    const lineEnd = Math.min(line.textStart + t.length, bodyEnd);
    let consumed = 0;
    for (const { level, re } of LINE_MARKERS) {
      const m = re.exec(t);
      if (!m) continue;
      const n = parseNum(m[1]!);
      if (n === null || n < 1) break;
      let ok = false;
      if (level === 1) ok = n === 1 || n === lastL1 + 1;
      else if (level === 2) {
        const p = nearest(1)?.index ?? -1;
        const last = lastL2ByParent.get(p) ?? 0;
        ok = n === 1 || n === last + 1;
      } else ok = n === 1 || n === lastL3 + 1;
      if (!ok) break;
      // heading: to the first sentence end, else the whole line
      const rest = t.slice(m[0].length);
      const stop = rest.search(/[。！？]/);
      const he = line.textStart + m[0].length + (stop >= 0 ? stop : rest.length);
      push(level, n, m[0], line.textStart, line.textStart + m[0].length, Math.min(he, lineEnd));
      if (level === 1) { lastL1 = n; lastL3 = 0; }
      else if (level === 2) lastL2ByParent.set(nearest(1)?.index ?? -1, n);
      else lastL3 = n;
      consumed = m[0].length;
      break;
    }
    // 一是 / 二是 … at the start of the paragraph or after a clause break inside it
    INLINE4.lastIndex = consumed;
    // every match holds a 是 at or after `consumed`: a paragraph without one is not scanned
    for (let m = t.indexOf('是', consumed) < 0 ? null : INLINE4.exec(t); m; m = INLINE4.exec(t)) {
      const n = parseNum(m[1]!);
      if (n === null) continue;
      const top = stack[stack.length - 1];
      const ok = n === 1 || (top !== undefined && top.level === 4 && top.n === n - 1);
      if (!ok) continue;
      const at = m.index;
      const rest = t.slice(at + m[0].length);
      // heading ends at the first 。 or ；, or where the next 二是 begins
      let stop = rest.search(/[。；;！？]/);
      INLINE4.lastIndex = at + m[0].length;
      const nextM = new RegExp(INLINE4.source, 'g');
      nextM.lastIndex = at + m[0].length;
      const nm = nextM.exec(t);
      if (nm && nm[1] && parseNum(nm[1]) === n + 1) {
        const rel = nm.index - (at + m[0].length);
        if (stop < 0 || rel < stop) stop = rel;
      }
      const he = line.textStart + at + m[0].length + (stop >= 0 ? stop : rest.length);
      const start = line.textStart + at;
      push(4, n, m[0], start, start + m[0].length, Math.min(he, lineEnd));
      INLINE4.lastIndex = at + m[0].length;
    }
  }

  // end: the start of the next section at the same or a higher level, within the parent, within the body
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    let end = bodyEnd;
    for (let j = i + 1; j < out.length; j++) if (out[j]!.level <= s.level) { end = out[j]!.start; break; }
    if (s.parent !== null) end = Math.min(end, out[s.parent]!.end);
    // do not let a section swallow the line break before the next one
    while (end > s.start && text[end - 1] === '\n') end--;
    s.end = Math.max(end, s.headingEnd);
  }
  return out;
}
