// Look-ups in sorted number lists (offsets of lines, quotes, newlines), shared by extraction and
// the findings' locator.

/** the first position in the ascending `list` whose value is >= x (list.length if none), i.e. how
 * many values are < x */
export function firstAtOrAfter(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
