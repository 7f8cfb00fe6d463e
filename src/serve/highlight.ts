// The canonical text as HTML: every sentence a <span class="s" id="s-<start>"> (the anchor other pages
// link to), every extracted item a <mark data-kind data-start data-end> inside it, nested where spans
// nest. A span that crosses another's end (not nested) is closed there and continued in a second
// element without data-kind (class "cont"), so the elements with data-kind are exactly the items.
import { escapeHtml } from './html.js';

export interface Span {
  start: number;
  end: number;
  /** the opening tag; `cont` the tag that continues it after a crossing */
  open: string;
  cont: string;
  close: string;
  /** at the same start, a lower rank opens first (is the outer element): sentences 0, items 1 */
  rank?: number;
}

export interface Marker {
  /** an empty element placed at this offset (a section anchor) */
  at: number;
  html: string;
}

/** Orders spans outermost first: by start, then rank (a sentence holds an item that starts with it, even
 * one running past its end), then longer first, then the given order. */
function order(spans: Span[]): Span[] {
  return spans
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start - b.s.start || (a.s.rank ?? 0) - (b.s.rank ?? 0) || b.s.end - a.s.end || a.i - b.i)
    .map((x) => x.s);
}

/** `text` with `spans` as nested elements and `markers` inserted; every text piece escaped. */
export function markup(text: string, spans: Span[], markers: Marker[] = []): string {
  const sorted = order(spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length));
  const marks = [...markers].sort((a, b) => a.at - b.at);
  const points = new Set<number>([0, text.length]);
  for (const s of sorted) points.add(s.start).add(s.end);
  for (const m of marks) points.add(Math.min(Math.max(0, m.at), text.length));
  const cuts = [...points].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Span[] = [];
  let si = 0;
  let mi = 0;
  for (let c = 0; c < cuts.length; c++) {
    const p = cuts[c];
    // close what ends here; what was opened inside it and goes on is closed and continued
    let lowest = -1;
    for (let k = 0; k < stack.length; k++) if (stack[k].end <= p) { lowest = k; break; }
    const opening: { s: Span; cont: boolean }[] = [];
    if (lowest >= 0) {
      const popped = stack.splice(lowest);
      for (let k = popped.length - 1; k >= 0; k--) out.push(popped[k].close);
      for (const s of popped) if (s.end > p) opening.push({ s, cont: true });
    }
    while (mi < marks.length && marks[mi].at <= p) out.push(marks[mi++].html);
    while (si < sorted.length && sorted[si].start === p) opening.push({ s: sorted[si++], cont: false });
    // continued and new spans open together, outermost first (a sentence starting here holds the
    // continuation of an item from the sentence before)
    if (opening.length > 1) opening.sort((a, b) => (a.s.rank ?? 0) - (b.s.rank ?? 0) || b.s.end - a.s.end);
    for (const o of opening) {
      out.push(o.cont ? o.s.cont : o.s.open);
      stack.push(o.s);
    }
    if (c + 1 < cuts.length) out.push(escapeHtml(text.slice(p, cuts[c + 1])));
  }
  for (let k = stack.length - 1; k >= 0; k--) out.push(stack[k].close);
  return out.join('');
}
