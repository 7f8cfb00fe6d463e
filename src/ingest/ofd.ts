// OFD (GB/T 33190-2016): a zip of XML. OFD.xml → DocBody/DocRoot → Document.xml → each page's
// Content.xml (and the template pages it names) → layers of TextObject / PageBlock /
// CompositeObject. Each glyph's position (Boundary origin + CTM of X/Y + DeltaX/DeltaY) is
// computed and the glyphs are laid into lines as the PDF reader does, so the normaliser drops
// page numbers and re-joins lines the same way for both.
import { posix } from 'node:path';
import type { XMLParser } from 'fast-xml-parser';
import type { IngestResult, OcrInfo } from '../types.js';
import { FormatFailure } from './errors.js';
import { itemsToLines, type Item, type PdfLine } from './pdf.js';
import { readZipEntries, type ZipLimits, ZIP_DEFAULTS } from './zip-entries.js';

type Node = Record<string, any>;
type Matrix = [number, number, number, number, number, number];

const MM_TO_PT = 72 / 25.4;
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const ARRAYS = new Set(['DocBody', 'Page', 'TemplatePage', 'Template', 'Layer', 'TextObject', 'TextCode', 'PageBlock', 'CompositeObject', 'ImageObject',
  'Font', 'MultiMedia', 'CompositeGraphicUnit', 'PublicRes', 'DocumentRes', 'PageRes']);

// loaded with the first OFD: a batch without OFD files never loads the XML parser
let parser: XMLParser | null = null;
async function xmlParser(): Promise<XMLParser> {
  const { XMLParser } = await import('fast-xml-parser');
  return (parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ARRAYS.has(name),
  }));
}

const arr = (v: unknown): Node[] => (Array.isArray(v) ? v : v == null ? [] : [v]) as Node[];
const textOf = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as Node)['#text'] ?? '') : '');
const nums = (s: unknown): number[] => textOf(s).trim().split(/[\s,]+/).filter(Boolean).map(Number).filter((n) => Number.isFinite(n));

/** a ∘ b: apply b first, then a (row vectors as in PDF: x' = a·x + c·y + e). */
function compose(a: Matrix, b: Matrix): Matrix {
  return [
    b[0] * a[0] + b[1] * a[2], b[0] * a[1] + b[1] * a[3],
    b[2] * a[0] + b[3] * a[2], b[2] * a[1] + b[3] * a[3],
    b[4] * a[0] + b[5] * a[2] + a[4], b[4] * a[1] + b[5] * a[3] + a[5],
  ];
}
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];
function matrixOf(s: unknown): Matrix {
  const n = nums(s);
  return n.length === 6 ? (n as Matrix) : IDENTITY;
}

/** DeltaX / DeltaY: numbers, where `g N d` stands for N times d. */
export function expandDeltas(s: unknown): number[] {
  const tok = textOf(s).trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tok.length; i++) {
    if (tok[i] === 'g' && i + 2 < tok.length) {
      const n = Number(tok[i + 1]);
      const d = Number(tok[i + 2]);
      for (let k = 0; k < n && k < 100000; k++) out.push(d);
      i += 2;
    } else {
      const d = Number(tok[i]);
      if (Number.isFinite(d)) out.push(d);
    }
  }
  return out;
}

const PUA = /[\uE000-\uF8FF]|[\u{F0000}-\u{10FFFD}]/u;
const isWide = (c: string): boolean => c.charCodeAt(0) >= 0x2e80;

/** One glyph on the page, in points, y from the top (OFD's y already grows downwards). */
interface Glyph {
  ch: string;
  x: number;
  y: number;
  size: number;
  adv: number;
}

/** Everything a page's content refers to by ID: fonts are not needed; composite units and images are. */
interface Resources {
  units: Map<string, Node>;
  media: Map<string, string>;
}

interface PageScan {
  glyphs: Glyph[];
  /** private-use glyphs dropped on this page */
  pua: number;
  /** images with the share of the page they cover, for OCR of image-only pages */
  images: Array<{ path: string; cover: number }>;
  /** image objects whose resource (or its media file) is not in the package */
  lostImages: number;
}

class Package {
  constructor(
    private readonly files: Map<string, Buffer>,
    private readonly parser: XMLParser,
    private readonly damaged: Map<string, string>,
  ) {}

  /** A path as written in the package: absolute from the root, or relative to `base`. */
  resolve(base: string, p: string): string | null {
    const raw = p.trim().replace(/\\/g, '/');
    const tries = raw.startsWith('/') ? [raw.slice(1)] : [posix.join(base, raw), raw];
    for (const t of tries) {
      const n = posix.normalize(t).replace(/^(\.\/)+/, '').replace(/^\/+/, '');
      if (this.files.has(n) || this.damaged.has(n)) return n;
    }
    const lower = posix.normalize(tries[0]!).replace(/^\/+/, '').toLowerCase();
    for (const k of this.files.keys()) if (k.toLowerCase() === lower) return k;
    return null;
  }

  xml(name: string): Node {
    const b = this.files.get(name);
    if (!b) throw new FormatFailure(`damaged OFD: ${name} is ${this.damaged.has(name) ? `damaged (${this.damaged.get(name)})` : 'missing'}`);
    try {
      const decl = b.subarray(0, 100).toString('latin1').match(/encoding\s*=\s*["']([\w-]+)/i)?.[1]?.toLowerCase();
      const text = decl && /^(gb2312|gbk|gb18030|cp936)$/.test(decl) ? new TextDecoder('gb18030').decode(b) : b.toString('utf8');
      return this.parser.parse(text, true) as Node;
    } catch (e) {
      throw new FormatFailure(`damaged OFD: ${name} is not well-formed XML (${(e as Error).message.split('\n')[0]})`);
    }
  }

  bytes(name: string): Buffer | undefined {
    return this.files.get(name);
  }
}

function readResources(pkg: Package, docDir: string, resPaths: string[], into: Resources): void {
  for (const rp of resPaths) {
    const name = pkg.resolve(docDir, rp);
    if (!name) continue;
    const res = pkg.xml(name).Res ?? {};
    const resDir = posix.join(posix.dirname(name), textOf(res['@BaseLoc']) || '.');
    for (const u of arr(res.CompositeGraphicUnits?.CompositeGraphicUnit)) into.units.set(String(u['@ID']), u);
    for (const m of arr(res.MultiMedias?.MultiMedia)) {
      const file = textOf(m.MediaFile);
      const path = file ? pkg.resolve(resDir, file) : null;
      if (path) into.media.set(String(m['@ID']), path);
    }
  }
}

/** Collects the glyphs of one content tree (a page's, a template's or a composite unit's). */
class Walker {
  constructor(
    private readonly res: Resources,
    private readonly scan: PageScan,
    private readonly pageArea: number,
  ) {}

  content(content: Node | undefined, m: Matrix, depth = 0): void {
    if (!content || depth > 8) return;
    for (const layer of arr(content.Layer)) this.block(layer, m, depth);
    // a composite graphic unit's Content holds its objects directly, without layers
    this.block(content, m, depth);
  }

  private block(b: Node, m: Matrix, depth: number): void {
    // Visible="false" hides an object; unfilled text (the text layer over a scan) is still text
    const shown = (o: Node) => String(o['@Visible'] ?? 'true') !== 'false';
    for (const t of arr(b.TextObject)) if (shown(t)) this.text(t, m);
    for (const pb of arr(b.PageBlock)) this.block(pb, m, depth + 1);
    for (const c of arr(b.CompositeObject).filter(shown)) {
      const unit = this.res.units.get(String(c['@ResourceID']));
      if (!unit) continue;
      const [bx, by] = nums(c['@Boundary']);
      this.content(unit.Content, compose(m, compose(translate(bx ?? 0, by ?? 0), matrixOf(c['@CTM']))), depth + 1);
    }
    for (const im of arr(b.ImageObject)) {
      const path = this.res.media.get(String(im['@ResourceID']));
      const bd = nums(im['@Boundary']);
      if (!path) this.scan.lostImages++;
      else if (bd.length === 4) {
        const s = Math.abs(m[0] * m[3] - m[1] * m[2]);
        this.scan.images.push({ path, cover: (bd[2]! * bd[3]! * s) / this.pageArea });
      }
    }
  }

  private text(t: Node, outer: Matrix): void {
    const [bx, by] = nums(t['@Boundary']);
    const m = compose(outer, compose(translate(bx ?? 0, by ?? 0), matrixOf(t['@CTM'])));
    const scale = Math.hypot(m[2], m[3]) || 1;
    const size = Number(t['@Size']) || 3.5;
    let x = 0;
    let y = 0;
    for (const tc of arr(t.TextCode)) {
      // a pretty-printed TextCode's line breaks (and the indentation around them) are not glyphs
      const chars = [...textOf(tc).replace(/[ \t]*[\r\n]+[ \t]*/g, '')];
      if (tc['@X'] != null) x = Number(tc['@X']) || 0;
      if (tc['@Y'] != null) y = Number(tc['@Y']) || 0;
      const dx = expandDeltas(tc['@DeltaX']);
      const dy = expandDeltas(tc['@DeltaY']);
      for (let i = 0; i < chars.length; i++) {
        const ch = chars[i]!;
        const adv = dx[i] ?? (isWide(ch) ? size : size * 0.5);
        if (PUA.test(ch)) this.scan.pua++;
        else {
          const [px, py] = apply(m, x, y);
          this.scan.glyphs.push({ ch, x: px * MM_TO_PT, y: py * MM_TO_PT, size: size * scale * MM_TO_PT, adv: (isWide(ch) ? size : size * 0.5) * scale * MM_TO_PT });
        }
        if (i < chars.length - 1) {
          x += adv;
          y += dy[i] ?? 0;
        }
      }
      if (chars.length) x += isWide(chars.at(-1)!) ? size : size * 0.5;
    }
  }
}

/** Glyphs → runs of glyphs on one baseline with no visible gap: the items the PDF line builder takes. */
function glyphItems(glyphs: Glyph[]): Item[] {
  const items: Item[] = [];
  let cur: (Item & { end: number }) | null = null;
  for (const g of glyphs) {
    const near = cur && Math.abs(g.y - cur.y) <= g.size * 0.2 && g.x >= cur.end - g.size * 0.5 && g.x - cur.end <= g.size * 0.5;
    if (cur && near) {
      cur.str += g.ch;
      cur.end = g.x + g.adv;
      cur.w = cur.end - cur.x;
    } else {
      if (cur) items.push(cur);
      cur = { str: g.ch, x: g.x, y: g.y, w: g.adv, size: g.size, end: g.x + g.adv };
    }
  }
  if (cur) items.push(cur);
  return items.map(({ str, x, y, w, size }) => ({ str, x, y, w, size }));
}

export interface OfdPageImage {
  page: number;
  image: Buffer;
  widthPt: number;
  heightPt: number;
}

export interface OfdOptions {
  limits?: ZipLimits;
  maxPages: number;
  /** reads image-only pages; without it such pages are reported as needing OCR */
  ocr?: (pages: OfdPageImage[]) => Promise<{ lines: PdfLine[]; info: OcrInfo; notes: string[] } | null>;
}

function pageBox(node: Node | undefined): number[] | null {
  const b = nums(node?.PhysicalBox);
  return b.length === 4 && b[2]! > 0 && b[3]! > 0 ? b : null;
}

function pageList(ns: number[]): string {
  return ns.length > 3 ? `${ns.slice(0, 3).join(', ')} … (${ns.length} pages)` : ns.join(', ');
}

export async function readOfd(buf: Buffer, opts: OfdOptions): Promise<IngestResult> {
  const damaged = new Map<string, string>();
  const pkg = new Package(await readZipEntries(buf, 'OFD', opts.limits ?? ZIP_DEFAULTS, damaged), await xmlParser(), damaged);
  const root = pkg.resolve('', 'OFD.xml');
  if (!root) throw new FormatFailure('zip archive but not an OFD (no OFD.xml)');
  const bodies = arr(pkg.xml(root).OFD?.DocBody);
  const info = bodies[0]?.DocInfo ?? {};
  const meta = {
    title: textOf(info.Title).trim() || null,
    date: textOf(info.CreationDate).trim() || null,
    source: textOf(info.Author).trim() || null,
    site: null,
  };
  const lines: PdfLine[] = [];
  const puaPages: number[] = [];
  const imagePages: OfdPageImage[] = [];
  const badPages: string[] = [];
  const lostPages: number[] = [];
  let pageNo = 0;
  for (const body of bodies) {
    const docPath = pkg.resolve('', textOf(body.DocRoot));
    if (!docPath) continue;
    const docDir = posix.dirname(docPath);
    const doc = pkg.xml(docPath).Document ?? {};
    const common = doc.CommonData ?? {};
    const res: Resources = { units: new Map(), media: new Map() };
    readResources(pkg, docDir, [...arr(common.PublicRes), ...arr(common.DocumentRes)].map(textOf), res);
    const templates = new Map<string, string>();
    for (const tp of arr(common.TemplatePage)) {
      const p = pkg.resolve(docDir, textOf(tp['@BaseLoc']));
      if (p) templates.set(String(tp['@ID']), p);
    }
    const defaultBox = pageBox(common.PageArea) ?? [0, 0, 210, 297];
    const pages = arr(doc.Pages?.Page);
    if (pageNo + pages.length > opts.maxPages)
      throw new FormatFailure(`refused: OFD has more than ${opts.maxPages} pages (maxPages)`);
    for (const p of pages) {
      pageNo++;
      try {
        const path = pkg.resolve(docDir, textOf(p['@BaseLoc']));
        if (!path) throw new FormatFailure(`damaged OFD: page ${pageNo} (${textOf(p['@BaseLoc'])}) is missing`);
        const page = arr(pkg.xml(path).Page)[0] ?? {};
        const pageDir = posix.dirname(path);
        const pres: Resources = { units: new Map(res.units), media: new Map(res.media) };
        readResources(pkg, pageDir, arr(page.PageRes).map(textOf), pres);
        const box = pageBox(page.Area) ?? defaultBox;
        const scan: PageScan = { glyphs: [], pua: 0, images: [], lostImages: 0 };
        const walker = new Walker(pres, scan, box[2]! * box[3]!);
        const origin = translate(-box[0]!, -box[1]!);
        for (const t of arr(page.Template)) {
          const tpath = templates.get(String(t['@TemplateID']));
          if (tpath) walker.content(arr(pkg.xml(tpath).Page)[0]?.Content, origin);
        }
        walker.content(page.Content, origin);
        const widthPt = box[2]! * MM_TO_PT;
        const heightPt = box[3]! * MM_TO_PT;
        const pl = itemsToLines(glyphItems(scan.glyphs), pageNo, widthPt, heightPt);
        // mostly glyph codes: what is left is scraps (a page number), the page is reported instead
        if (scan.pua > 0 && scan.pua >= scan.glyphs.length) {
          puaPages.push(pageNo);
          continue;
        }
        if (!pl.length) {
          const big = scan.images.sort((a, b) => b.cover - a.cover)[0];
          const image = big && big.cover >= 0.3 ? pkg.bytes(big.path) : undefined;
          if (image) imagePages.push({ page: pageNo, image, widthPt, heightPt });
          else if (scan.lostImages) lostPages.push(pageNo);
        }
        lines.push(...pl);
      } catch (e) {
        // a damaged page is reported and the others are read
        if (!(e instanceof FormatFailure)) throw e;
        badPages.push(e.reason);
      }
    }
  }
  if (pageNo === 0) throw new FormatFailure('damaged OFD: no pages (OFD.xml names no readable DocRoot)');
  const notes: string[] = [...badPages];
  if (puaPages.length)
    notes.push(`page ${pageList(puaPages)}: text in private-use code points (glyph codes of an embedded font): cannot be recovered as text`);
  if (lostPages.length) notes.push(`page ${pageList(lostPages)}: no text, and its image is not in the package (missing resource)`);
  let ocr: OcrInfo | null = null;
  if (imagePages.length) {
    const read = opts.ocr ? await opts.ocr(imagePages) : null;
    if (read) {
      notes.push(...read.notes);
      lines.push(...read.lines);
      lines.sort((a, b) => a.page - b.page);
      ocr = read.info.pages.length ? read.info : null;
    } else notes.push(`page ${pageList(imagePages.map((p) => p.page))}: image only, needs OCR`);
  }
  if (!lines.length) {
    if (badPages.length) throw new FormatFailure(badPages[0]!);
    if (puaPages.length) throw new FormatFailure(`OFD text is in private-use code points on every page (embedded-font glyph codes): cannot be recovered; needs OCR`);
    if (imagePages.length) throw new FormatFailure(`OFD pages are images only: needs OCR (${imagePages.length} page${imagePages.length > 1 ? 's' : ''})`);
    throw new FormatFailure('OFD has no text (drawn as outlines or images only?): needs OCR of rendered pages, which is not done for OFD');
  }
  return { format: 'ofd', lines, pageCount: pageNo, encoding: null, ocr, notes, meta };
}
