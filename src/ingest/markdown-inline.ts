// Inline Markdown → plain text, in time linear in the line. The regular expressions this replaces
// (kept as the oracle in test/ingest/markdown-inline.test.ts) rescanned the rest of the line from
// every `[`, `![`, `**`, `~~` or `<b` that had no closer: a 1 MB line of `[` took 54–99 s. Each
// pass here finds a closer through a cached "next occurrence", so a line is read a few times, not
// once per opener; the output is the regular expressions' own.

/** The first index ≥ from of `needle` in s, remembered: calls with growing `from` cost O(n) in all. */
class NextIndex {
  private at = -2;
  constructor(
    private readonly s: string,
    private readonly needle: string,
  ) {}
  from(i: number): number {
    if (this.at === -1 || (this.at >= i && this.at !== -2)) return this.at;
    this.at = this.s.indexOf(this.needle, i);
    return this.at;
  }
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * `[text](url)` (with `![`, an image: removed), `[text][ref]`: the first `]` after the opener,
 * then `(`…first `)` or `[`…first `]`. As /!\[[^\]]*\]\([^)]*\)/g, /\[([^\]]*)\]\([^)]*\)/g and
 * /\[([^\]]*)\]\[[^\]]*\]/g.
 */
function brackets(s: string, kind: 'image' | 'link' | 'ref'): string {
  const close = new NextIndex(s, ']');
  const closeParen = new NextIndex(s, ')');
  const close2 = new NextIndex(s, ']');
  let out = '';
  let copied = 0;
  const open = kind === 'image' ? '![' : '[';
  for (let i = s.indexOf(open); i >= 0; i = s.indexOf(open, i)) {
    const textStart = i + open.length;
    const j = close.from(textStart);
    if (j < 0) break; // no `]` after: no later opener can close either
    const next = s[j + 1];
    const k = kind === 'ref' ? (next === '[' ? close2.from(j + 2) : -1) : next === '(' ? closeParen.from(j + 2) : -1;
    if (k < 0) {
      i++;
      continue;
    }
    out += s.slice(copied, i) + (kind === 'image' ? '' : s.slice(textStart, j));
    copied = i = k + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/**
 * `**text**`, `__text__`, `~~text~~`: the opener followed by a non-space, the nearest closer at
 * least one character on whose preceding character is not a space. As
 * /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g and /~~(?=\S)([\s\S]*?\S)~~/g.
 */
function paired(s: string, delims: string[]): string {
  // nextCloser[d][e]: the smallest index ≥ e where delimiter d closes (preceded by a non-space)
  const closers = delims.map((d) => {
    const next = new Int32Array(s.length + 2).fill(-1);
    for (let e = s.length - d.length; e >= 0; e--) {
      next[e] = s.startsWith(d, e) && e > 0 && !isSpace(s[e - 1]) ? e : next[e + 1]!;
    }
    return next;
  });
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const di = delims.findIndex((d) => s.startsWith(d, i));
    if (di < 0) continue;
    const d = delims[di]!;
    const start = i + d.length;
    if (start >= s.length || isSpace(s[start])) continue;
    const e = start + 1 <= s.length ? closers[di]![start + 1] ?? -1 : -1;
    if (e < 0) continue;
    out += s.slice(copied, i) + s.slice(start, e);
    copied = e + d.length;
    i = copied - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

const TAGS = new Set(['strong', 'b', 'em', 'i', 'u', 'span', 'sup', 'sub', 'font', 'mark']);

/** Inline HTML tags that only style the text. As /<\/?(?:strong|b|em|i|u|span|sup|sub|font|mark)\b[^>]*>/gi. */
function styleTags(s: string): string {
  const gt = new NextIndex(s, '>');
  let out = '';
  let copied = 0;
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
    let j = i + 1;
    if (s[j] === '/') j++;
    const word = /^\w*/.exec(s.slice(j, j + 8))![0];
    if (!TAGS.has(word.toLowerCase()) || /\w/.test(s[j + word.length] ?? '')) continue;
    const k = gt.from(j + word.length);
    if (k < 0) break;
    out += s.slice(copied, i);
    copied = k + 1;
    i = k;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Inline Markdown → plain text. */
export function stripInline(s: string): string {
  let t = brackets(s, 'image');
  t = brackets(t, 'link');
  t = brackets(t, 'ref');
  t = t.replace(/<br\s*\/?>/gi, '');
  t = styleTags(t);
  t = paired(t, ['**', '__']);
  t = t.replace(/\*\*/g, ''); // unbalanced bold marks
  t = t.replace(/(^|[^*\\])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g, '$1$2');
  t = paired(t, ['~~']);
  return t.replace(/`([^`\n]+)`/g, '$1').replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
}
