// Where mammoth's default style map puts a paragraph (mammoth 1.13, lib/options-reader.js
// _defaultStyleMap, first matching rule wins), reduced to what the lines depend on: a heading
// level, or whether the outer HTML element is a <p> (a note's back-link <p> merges into it) or a
// list (ul/ol > li; ends lines like <p> but never takes the back-link).

/** paragraph as mammoth's document tree gives it (lib/documents.js Paragraph) */
export interface StyledParagraph {
  styleId: string | null;
  styleName: string | null;
  numbering: { level: unknown; isOrdered: unknown } | null;
}

export type Placement = { kind: 'heading'; level: number } | { kind: 'p' } | { kind: 'list' };

const P: Placement = { kind: 'p' };
const LIST: Placement = { kind: 'list' };
const H: Placement[] = [1, 2, 3, 4, 5, 6].map((level) => ({ kind: 'heading', level }));

// style names compare as mammoth's equalTo does: both sides toUpperCase()
const HEADING_NAMES = [1, 2, 3, 4, 5, 6].map((n) => `HEADING ${n}`);
// 'footnote text', 'endnote text', 'annotation text', LibreOffice 'Footnote', 'Endnote' => p:fresh
const NOTE_NAMES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);

/** p:unordered-list(1..5) / p:ordered-list(1..5); mammoth compares with ==, and so do we */
function isListLevel(n: StyledParagraph['numbering']): boolean {
  if (!n) return false;
  // eslint-disable-next-line eqeqeq
  const level = [0, 1, 2, 3, 4].some((i) => n.level == i);
  // eslint-disable-next-line eqeqeq
  return level && (n.isOrdered == false || n.isOrdered == true);
}

export function placeParagraph(p: StyledParagraph): Placement {
  // p.Heading1 … p.Heading6, then the names 'Heading 1' … (and 'heading 1' …, the same once upper-cased)
  const id = p.styleId;
  if (id !== null && /^Heading[1-6]$/.test(id)) return H[Number(id[7]) - 1]!;
  const name = typeof p.styleName === 'string' && p.styleName !== '' ? p.styleName.toUpperCase() : null;
  if (name !== null) {
    const i = HEADING_NAMES.indexOf(name);
    if (i >= 0) return H[i]!;
  }
  // Apple Pages: p.Heading, p[style-name='Heading'] => h1
  if (id === 'Heading' || name === 'HEADING') return H[0]!;
  if (name !== null && NOTE_NAMES.has(name)) return P;
  if (isListLevel(p.numbering)) return LIST;
  return P; // 'Normal', 'Body' and every unmapped style: <p>
}
