// A minimal PDF writer for the benchmark corpus: A4 pages, the non-embedded CID font
// STSong-Light (one of the fonts every PDF reader must know for Chinese), encoding
// UniGB-UCS2-H so text is written as hex UCS-2 strings, ~35 characters per line, the page
// number `— N —` centred at the foot of every page, FlateDecode content streams and a
// correct cross-reference table. No dependency: the bytes are assembled by hand.
import { deflateSync } from 'node:zlib';

export interface PdfParagraph {
  text: string;
  /** a heading or title line: centred, never indented */
  heading?: boolean;
}

export interface PdfOptions {
  /** width of a line in full-width characters (an ASCII character counts half) */
  charsPerLine?: number;
  fontSize?: number;
  title?: string;
  /** fixed creation date, so that the bytes depend on the content only */
  date?: string;
  /** another non-embedded CID font and its encoding; default STSong-Light with UniGB-UCS2-H */
  font?: CidFont;
}

/** A non-embedded CID font of one of Adobe's orderings, with a built-in encoding CMap. */
export interface CidFont {
  baseFont: string;
  /** a built-in CMap: UniGB-UCS2-H, UniCNS-UCS2-H, UniJIS-UCS2-H … (UCS-2, the default `hex`), GB-EUC-H … */
  encoding: string;
  /** GB1, CNS1, Japan1, Korea1 */
  ordering: string;
  supplement: number;
  /** the string's bytes in that encoding, in hex; default UCS-2 */
  hex?: (text: string) => string;
}

const STSONG: CidFont = { baseFont: 'STSong-Light', encoding: 'UniGB-UCS2-H', ordering: 'GB1', supplement: 4 };

const PAGE_W = 595.28;
const PAGE_H = 841.89;

/** width of one character in em: ASCII (CIDs 1–95 of Adobe-GB1) is half-width. */
function charWidth(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x20 && c < 0x7f ? 0.5 : 1;
}

function ucs2Hex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return out;
}

/** Breaks a paragraph into lines of at most `width` em, first line indented by `indent` em. */
export function wrap(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let cur = '';
  let w = indent;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width && cur) {
      lines.push(cur);
      cur = '';
      w = 0;
    }
    cur += ch;
    w += cw;
  }
  if (cur) lines.push(cur);
  return lines;
}

function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Writes the paragraphs as a PDF; returns its bytes. */
export function writePdf(paragraphs: PdfParagraph[], opts: PdfOptions = {}): Buffer {
  const cpl = opts.charsPerLine ?? 35;
  const size = opts.fontSize ?? 12;
  const leading = size * 1.65;
  const left = (PAGE_W - cpl * size) / 2;
  const top = PAGE_H - 80;
  const bottom = 90;
  const linesPerPage = Math.floor((top - bottom) / leading) + 1;

  // lay out: each line is [x, text]
  type Line = { x: number; text: string };
  const pages: Line[][] = [];
  let page: Line[] = [];
  const push = (l: Line) => {
    if (page.length >= linesPerPage) {
      pages.push(page);
      page = [];
    }
    page.push(l);
  };
  for (const p of paragraphs) {
    const t = p.text.trim();
    if (!t) continue;
    if (p.heading) {
      for (const line of wrap(t, cpl)) push({ x: (PAGE_W - textWidth(line) * size) / 2, text: line });
    } else {
      wrap(t, cpl, 2).forEach((line, i) => push({ x: left + (i === 0 ? 2 * size : 0), text: line }));
    }
  }
  if (page.length || !pages.length) pages.push(page);

  // objects: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 info, then page+content pairs
  const objs: (Buffer | string)[] = [];
  const n = pages.length;
  const pageObj = (k: number) => 7 + 2 * k;
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pages.map((_, k) => `${pageObj(k)} 0 R`).join(' ')}] /Count ${n} >>`;
  const f = opts.font ?? STSONG;
  const hex = f.hex ?? ucs2Hex;
  objs[3] = `<< /Type /Font /Subtype /Type0 /BaseFont /${f.baseFont} /Encoding /${f.encoding} /DescendantFonts [4 0 R] >>`;
  objs[4] =
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${f.baseFont} ` +
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (${f.ordering}) /Supplement ${f.supplement} >> ` +
    // half-width ASCII: CIDs 1–95 (and 814–939) of Adobe-GB1
    `/FontDescriptor 5 0 R /DW 1000${f.ordering === 'GB1' ? ' /W [1 95 500 814 939 500]' : ''} >>`;
  objs[5] =
    `<< /Type /FontDescriptor /FontName /${f.baseFont} /Flags 6 /FontBBox [-25 -254 1000 880] ` +
    '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  const date = opts.date ?? 'D:20220101000000Z';
  objs[6] = `<< /Producer (gongwen bench pdf-writer) /CreationDate (${date})${opts.title ? ` /Title <FEFF${ucs2Hex(opts.title)}>` : ''} >>`;
  pages.forEach((lines, k) => {
    let s = `BT\n/F1 ${size} Tf\n`;
    lines.forEach((l, i) => {
      s += `1 0 0 1 ${l.x.toFixed(2)} ${(top - i * leading).toFixed(2)} Tm <${hex(l.text)}> Tj\n`;
    });
    const num = `— ${k + 1} —`;
    s += `/F1 ${size - 1} Tf\n1 0 0 1 ${((PAGE_W - textWidth(num) * (size - 1)) / 2).toFixed(2)} 50 Tm <${hex(num)}> Tj\nET\n`;
    const data = deflateSync(Buffer.from(s, 'latin1'));
    objs[pageObj(k)] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObj(k) + 1} 0 R >>`;
    objs[pageObj(k) + 1] = Buffer.concat([
      Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  });

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let pos = chunks[0].length;
  const offsets: number[] = [];
  for (let i = 1; i < objs.length; i++) {
    offsets[i] = pos;
    const body = objs[i];
    const b = Buffer.concat([
      Buffer.from(`${i} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(b);
    pos += b.length;
  }
  const size_ = objs.length;
  let xref = `xref\n0 ${size_}\n0000000000 65535 f \n`;
  for (let i = 1; i < size_; i++) xref += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${size_} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${pos}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
