// Offsets → source pages, from the canonical lines (each line knows its page).
/** page of an offset from the canonical lines (null for unpaged formats). */
export function pageLookup(pd: { lines: { start: number; end: number; page: number | null }[] }): (o: number) => number | null {
  const lines = pd.lines;
  return (o: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid].start <= o) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans >= 0 ? lines[ans].page : null;
  };
}
