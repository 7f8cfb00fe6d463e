// The line rules both DOCX readers share: text collects until a block boundary (an HTML block
// tag, or the tree element that would have written one); a boundary ends the line, which is
// kept unless blank. nbsp and tab read as spaces; the heading level is the one in force when the
// line ends, as set by the last <hN> opened (0 after its close).
import type { SourceLine } from '../types.js';

export class LineSink {
  readonly lines: SourceLine[] = [];
  private buf = '';
  private level = 0;

  /** decode: applied to a line's collected text before the rules (HTML entities on the HTML path) */
  constructor(private readonly decode: (s: string) => string = (s) => s) {}

  text(s: string): void {
    this.buf += s;
  }

  /** collected text since the last boundary ('' when none) */
  get pending(): string {
    return this.buf;
  }

  get heading(): number {
    return this.level;
  }

  boundary(): void {
    const text = this.decode(this.buf).replace(/[\u00a0\t]/g, ' ');
    if (text.trim()) this.lines.push(this.level ? { text, page: null, kind: 'heading', level: this.level } : { text, page: null, kind: 'para' });
    this.buf = '';
  }

  /** <hN> sets the level of the lines that follow, </hN> resets it to 0 */
  setHeading(level: number): void {
    this.level = level;
  }

  finish(): SourceLine[] {
    this.boundary();
    return this.lines;
  }
}
