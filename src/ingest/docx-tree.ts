// mammoth's document tree → the lines htmlToLines(convertToHtml(…)) gives, without writing and
// re-parsing the HTML. What mammoth's HTML conversion does that the lines depend on (mammoth 1.13,
// lib/document-to-html.js, lib/html/simplify.js):
//  - paragraphs (p, h1–h6, li), tables, rows, cells and line breaks (<br />) end a line; runs,
//    links, bookmarks, note anchors (<sup>) do not; page and column breaks write nothing;
//  - an element left without content is dropped, so an empty paragraph ends no line (a bookmark,
//    checkbox or image counts as content; a table, row or cell is always written);
//  - a note reference writes "[n]", n counting every reference converted so far; the notes
//    referenced from the body follow it, in that order, each with a back-link " ↑" that joins
//    the note's last paragraph when that is a <p> (non-fresh <p> merging) and is a paragraph of
//    its own otherwise;
//  - comments are never written (the default style map ignores their references).
// When the tree leaves the HTML's lines uncertain, treeToLines returns null and the caller
// converts to HTML: see NeedHtml.
import type { SourceLine } from '../types.js';
import { LineSink } from './docx-lines.js';
import { placeParagraph, type StyledParagraph } from './docx-style.js';

// ---------------------------------------------------------------- the tree (lib/documents.js)
interface Parent {
  children: Node[];
}
interface Paragraph extends Parent, StyledParagraph {
  type: 'paragraph';
}
interface Hyperlink extends Parent {
  type: 'hyperlink';
  href?: unknown;
  anchor?: unknown;
  targetFrame?: unknown;
}
interface NoteReference {
  type: 'noteReference';
  noteType: string;
  noteId: string;
}
type Node =
  | Paragraph
  | Hyperlink
  | NoteReference
  | ({ type: 'run' | 'table' | 'tableRow' | 'tableCell' } & Parent)
  | { type: 'text'; value: string }
  | { type: 'break'; breakType: string }
  | { type: 'tab' | 'image' | 'checkbox' | 'bookmarkStart' | 'commentReference' };
interface Note {
  type: 'note';
  body: Node[];
}
interface DocxTree extends Parent {
  type: 'document';
  notes: { resolve(ref: NoteReference): Note | null };
}

/** The HTML is needed to know the lines; the message names the construct. */
class NeedHtml extends Error {}

// ---------------------------------------------------------------- content, as simplify() sees it
const NONE = 0; // dropped: nothing inside
const MAYBE = 1; // images only: written if mammoth can read one, dropped if not (a missing or external file)
const SURE = 2; // written

function content(n: Node): number {
  switch (n.type) {
    case 'text':
      return n.value.length ? SURE : NONE;
    case 'break':
      return n.breakType === 'line' ? SURE : NONE;
    case 'tab':
    case 'noteReference':
    case 'checkbox':
    case 'bookmarkStart':
    case 'table':
    case 'tableRow':
    case 'tableCell':
      return SURE;
    case 'image':
      return MAYBE;
    case 'commentReference':
      return NONE;
    case 'paragraph':
    case 'run':
    case 'hyperlink': {
      let c = NONE;
      for (const child of n.children) {
        const k = content(child);
        if (k === SURE) return SURE;
        if (k > c) c = k;
      }
      return c;
    }
    default:
      throw new NeedHtml(`element ${(n as { type: unknown }).type}`);
  }
}

/** text, tabs, runs, links and bookmarks only: nothing that would end a line or write a note */
function plainRuns(n: Node): boolean {
  if (n.type === 'text' || n.type === 'tab' || n.type === 'bookmarkStart' || n.type === 'commentReference') return true;
  if (n.type === 'run' || n.type === 'hyperlink' || n.type === 'paragraph') return n.children.every(plainRuns);
  return false;
}

// ---------------------------------------------------------------- the walk
class Walk {
  private readonly sink = new LineSink();
  private readonly refs: NoteReference[] = [];
  private noteNumber = 1;

  document(doc: DocxTree): SourceLine[] {
    this.nodes(doc.children);
    // only the body's references are written; references inside notes are numbered, not followed
    const notes = this.refs.map((r) => doc.notes.resolve(r) ?? this.fail(`a ${r.noteType} reference to a missing note`));
    for (const note of notes) this.note(note);
    return this.sink.finish();
  }

  private fail(why: string): never {
    throw new NeedHtml(why);
  }

  private nodes(ns: Node[]): void {
    for (const n of ns) this.node(n);
  }

  private node(n: Node): void {
    switch (n.type) {
      case 'text':
        this.sink.text(n.value);
        break;
      case 'tab':
        this.sink.text('\t');
        break;
      case 'break':
        if (n.breakType === 'line') this.sink.boundary();
        break;
      case 'noteReference':
        this.refs.push(n);
        this.sink.text(`[${this.noteNumber++}]`);
        break;
      case 'hyperlink':
        // mammoth's HTML writer throws on an href that is not a string (a missing relationship)
        if (!n.anchor && typeof n.href !== 'string') this.fail('a hyperlink without a target');
        if (n.targetFrame != null && typeof n.targetFrame !== 'string') this.fail('a hyperlink target frame');
        this.nodes(n.children);
        break;
      case 'run':
        this.nodes(n.children);
        break;
      case 'paragraph':
        this.paragraph(n, '');
        break;
      case 'tableRow':
        if (this.rowLine(n)) break;
      // falls through: a row whose cells hold more than a paragraph each is read cell by cell
      case 'table':
      case 'tableCell':
        this.sink.boundary();
        this.nodes(n.children);
        this.sink.boundary();
        break;
      case 'image':
      case 'checkbox':
      case 'bookmarkStart':
      case 'commentReference':
        break;
      default:
        this.fail(`element ${(n as { type: unknown }).type}`);
    }
  }

  /**
   * A row of one-paragraph cells (a name list, 文号 beside 签发人) is one line, its written cells
   * joined by a space, so a table reads row by row as the same page printed does. The HTML path
   * does the same (rowsAsLines in docx-html.ts).
   */
  private rowLine(row: Parent): boolean {
    const cells: Paragraph[] = [];
    for (const cell of row.children) {
      if (cell.type !== 'tableCell') return false;
      const written = cell.children.filter((c) => content(c) !== NONE);
      if (written.length > 1) return false;
      const p = written[0];
      if (!p) continue;
      if (p.type !== 'paragraph' || content(p) !== SURE || placeParagraph(p).kind !== 'p' || !plainRuns(p)) return false;
      cells.push(p);
    }
    this.sink.boundary();
    cells.forEach((p, i) => {
      if (i) this.sink.text(' ');
      this.nodes(p.children);
    });
    this.sink.boundary();
    return true;
  }

  /** tail: text written before the paragraph closes (a note's back-link merged into it) */
  private paragraph(p: Paragraph, tail: string): void {
    const c = content(p);
    if (c === NONE) return;
    const place = placeParagraph(p);
    const level = place.kind === 'heading' ? place.level : 0;
    if (c === MAYBE) {
      // whether it is written changes the lines only if it would end collected text or a heading
      if (this.sink.pending !== '' || (level && this.sink.heading)) this.fail('an image-only paragraph inside a line');
      this.nodes(p.children); // no text, but links in it must still be writable
      return;
    }
    this.sink.boundary();
    if (level) this.sink.setHeading(level);
    this.nodes(p.children);
    this.sink.text(tail);
    this.sink.boundary();
    if (level) this.sink.setHeading(0);
  }

  private note(note: Note): void {
    const body = note.body;
    let last = body.length - 1; // the element the back-link follows: the last one written
    for (; last >= 0; last--) {
      const c = content(body[last]!);
      if (c === MAYBE) this.fail('a note ending in an image-only paragraph');
      if (c === SURE) break;
    }
    const tail = last >= 0 ? body[last]! : null;
    if (tail && tail.type !== 'paragraph' && tail.type !== 'table') this.fail(`a note ending in ${tail.type}`);
    const merge = tail?.type === 'paragraph' && placeParagraph(tail).kind === 'p';
    this.sink.boundary(); // <li>
    for (const [i, n] of body.entries()) {
      if (merge && i === last) this.paragraph(n as Paragraph, ' ↑');
      else this.node(n);
    }
    if (!merge) {
      this.sink.boundary();
      this.sink.text(' ↑');
      this.sink.boundary();
    }
    this.sink.boundary(); // </li>
  }
}

/**
 * The lines of the tree mammoth's reader gives (the transformDocument argument), or null when
 * only the HTML conversion can tell: an element type this walk does not know, a hyperlink the
 * HTML writer would fail on, a reference to a missing note, an image-only paragraph whose being
 * written or dropped would change a line, a note that does not end in a paragraph or table.
 */
export function treeToLines(doc: unknown): SourceLine[] | null {
  const d = doc as DocxTree | null;
  if (d?.type !== 'document' || !Array.isArray(d.children)) return null;
  try {
    return new Walk().document(d);
  } catch {
    // NeedHtml, or a tree of a shape this walk does not expect: the HTML path decides (and
    // reports mammoth's own error if it has one)
    return null;
  }
}
