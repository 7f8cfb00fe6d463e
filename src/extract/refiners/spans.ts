// Refining a list of found spans: which of two overlapping items stays (the first found, or the
// longest), whether an item lies inside a span that owns it (a 《…》 title, a longer name), and
// one item per span. Shared by the extractors and the refiners of src/extract/named and
// src/extract/quantities, which used to keep a copy each.

export interface Span {
  start: number;
  end: number;
}

/** whether a and b share at least one character */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;

/** whether `inner` lies within `outer` (the same span included) */
export const contains = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** whether the span [start, end) lies within one of `spans` (e.g. inside a 《…》 title) */
export const insideAny = (spans: readonly Span[], start: number, end: number): boolean =>
  spans.some((t) => start >= t.start && end <= t.end);

/** First found wins: `items` in their order, each kept unless it overlaps one kept before it. */
export function firstWins<T extends Span>(items: readonly T[]): T[] {
  const kept: T[] = [];
  for (const x of items) if (!kept.some((k) => overlaps(k, x))) kept.push(x);
  return kept;
}

/**
 * Longest match wins: `items` are taken longest first (equal lengths: by `tie`, else in their
 * order) and each is kept unless it overlaps one kept before it; `lost(item, kept)` is told of
 * each item that is not kept, with the items kept so far. Returns the kept items, longest first.
 */
export function longestWins<T extends Span>(items: readonly T[], lost: (item: T, kept: readonly T[]) => void, tie?: (a: T, b: T) => number): T[] {
  const order = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || (tie ? tie(a, b) : 0));
  const kept: T[] = [];
  for (const x of order) {
    if (kept.some((k) => overlaps(k, x))) lost(x, kept);
    else kept.push(x);
  }
  return kept;
}

/** One item per span: the items whose [start, end) an earlier item of `items` already had. */
export function duplicateSpans<T extends Span>(items: readonly T[]): Set<T> {
  const seen = new Set<string>();
  const dups = new Set<T>();
  for (const x of items) {
    const key = `${x.start}:${x.end}`;
    if (seen.has(key)) dups.add(x);
    seen.add(key);
  }
  return dups;
}
