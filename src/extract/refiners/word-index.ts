// A list of words compiled once for the scans that ask, at a position of a text, which of thousands of
// words (the gazetteer's place names) start there or end there: the lengths the list's words have, by
// the two characters they start (or end) with. A scan looks up only the slices of those lengths at a
// position, and none where no word starts with the two characters there, instead of every length up to the
// longest word or every word that shares the first character. (Keyed by one character, 东, 新 or 大 start
// words of six or more lengths and the document's tally sliced each at nearly every position; two
// characters leave ~1 length a key. A tree of the words' characters did the same walk in 5 MB; this is the
// words themselves and a few thousand small arrays.)

const NONE: readonly number[] = [];

/** Words read forward from a position (`from: 'start'`) or backward from an end (`from: 'end'`). */
export class WordIndex {
  private readonly words: Set<string>;
  /** the distinct lengths (2 or more) of the words, longest first, by the UTF-16 code unit they start (or
   * end) with, then by the next one inward (two small-integer keys: a hash of small integers is V8's
   * fastest, where one number of both would not be) */
  private readonly lengths = new Map<number, Map<number, number[]>>();
  /** whether any word is a single character (their pair has no second character) */
  private readonly hasSingles: boolean;

  constructor(words: Iterable<string>, private readonly from: 'start' | 'end' = 'start') {
    this.words = new Set(words);
    let singles = false;
    for (const w of this.words) {
      if (w.length < 2) {
        singles ||= w.length === 1;
        continue;
      }
      const [a, b] = from === 'start' ? [0, 1] : [w.length - 1, w.length - 2];
      const byNext = this.lengths.get(w.charCodeAt(a)) ?? new Map<number, number[]>();
      this.lengths.set(w.charCodeAt(a), byNext);
      const known = byNext.get(w.charCodeAt(b)) ?? [];
      if (!known.includes(w.length)) byNext.set(w.charCodeAt(b), [...known, w.length].sort((x, y) => y - x));
    }
    this.hasSingles = singles;
  }

  /** An index as V8's deserialize gives it back (its fields without the class): the class again, in place. */
  static revive(index: WordIndex): WordIndex {
    return Object.setPrototypeOf(index, WordIndex.prototype) as WordIndex;
  }

  /** the lengths of the listed words that `text` holds starting at `pos` (from 'end': ending at `pos`),
   * longest first, none longer than `max` */
  lengthsAt(text: string, pos: number, max = Infinity): number[] {
    const out: number[] = [];
    for (const len of this.candidateLengths(text, pos, max)) if (this.holds(text, pos, len)) out.push(len);
    if (this.hasSingles && this.roomAt(text, pos, max) >= 1 && this.holds(text, pos, 1)) out.push(1);
    return out;
  }

  /** the length of the longest listed word that `text` holds at `pos` (as lengthsAt), 0 for none */
  longestAt(text: string, pos: number, max = Infinity): number {
    for (const len of this.candidateLengths(text, pos, max)) if (this.holds(text, pos, len)) return len;
    return this.hasSingles && this.roomAt(text, pos, max) >= 1 && this.holds(text, pos, 1) ? 1 : 0;
  }

  /** the lengths (2 or more) of the words sharing the two characters at `pos`, that fit in the room there */
  private candidateLengths(text: string, pos: number, max: number): readonly number[] {
    const start = this.from === 'start';
    const lengths = this.lengths.get(text.charCodeAt(start ? pos : pos - 1))?.get(text.charCodeAt(start ? pos + 1 : pos - 2));
    if (!lengths) return NONE;
    const room = this.roomAt(text, pos, max);
    return lengths[0]! <= room ? lengths : lengths.filter((len) => len <= room);
  }

  private roomAt(text: string, pos: number, max: number): number {
    return Math.min(max, this.from === 'start' ? text.length - pos : pos);
  }

  private holds(text: string, pos: number, len: number): boolean {
    return this.words.has(this.from === 'start' ? text.slice(pos, pos + len) : text.slice(pos - len, pos));
  }
}
