// A list of words compiled once for the scans that ask, at a position of a text, which of thousands of
// words (the gazetteer's place names) start there or end there: the lengths the list's words have, by
// the character they start (or end) with. A scan looks up only the slices of those lengths at a position,
// and none where no word starts, instead of every length up to the longest word or every word that
// shares the first character. (A tree of the words' characters did the same walk in 5 MB; this is the
// words themselves and a few thousand small arrays.)

/** Words read forward from a position (`from: 'start'`) or backward from an end (`from: 'end'`). */
export class WordIndex {
  private readonly words: Set<string>;
  /** the distinct lengths of the words, longest first, by the UTF-16 code unit they start (or end) with */
  private readonly lengths = new Map<number, number[]>();

  constructor(words: Iterable<string>, private readonly from: 'start' | 'end' = 'start') {
    this.words = new Set(words);
    for (const w of this.words) {
      if (!w) continue;
      const code = w.charCodeAt(from === 'start' ? 0 : w.length - 1);
      const known = this.lengths.get(code) ?? [];
      if (!known.includes(w.length)) this.lengths.set(code, [...known, w.length].sort((a, b) => b - a));
    }
  }

  /** the lengths of the listed words that `text` holds starting at `pos` (from 'end': ending at `pos`),
   * longest first, none longer than `max` */
  lengthsAt(text: string, pos: number, max = Infinity): number[] {
    const start = this.from === 'start';
    const room = Math.min(max, start ? text.length - pos : pos);
    const out: number[] = [];
    if (room <= 0) return out;
    for (const len of this.lengths.get(text.charCodeAt(start ? pos : pos - 1)) ?? []) {
      if (len <= room && this.words.has(start ? text.slice(pos, pos + len) : text.slice(pos - len, pos))) out.push(len);
    }
    return out;
  }

  /** the length of the longest listed word that `text` holds at `pos` (as lengthsAt), 0 for none */
  longestAt(text: string, pos: number, max = Infinity): number {
    return this.lengthsAt(text, pos, max)[0] ?? 0;
  }
}
