// Benchmark corpus generator. From the three samples (a 改革快报 bulletin as text, a bulletin as
// Markdown, a 红头文件 notice as text) it writes N distinct documents in a mix of formats:
//   30 % .txt UTF-8, 10 % .txt GB18030, 20 % .md, 20 % .docx, 20 % .pdf
// under <cache>/corpus-v<V>-n<N>-s<seed>/{text,docx,pdf}/<shard>/<nnnnnn>.<ext>.
// Every document gets its own issuing province (云南 → 22 provinces), city, issue number,
// total number (总第 k 期, unique within its series), document number, dates and a scale factor
// for every figure, so no two documents share a hash (checked while writing).
// A finished corpus has manifest.json; a folder with a matching manifest is reused.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDocx, type DocxParagraph } from './docx-writer.js';
import { encodeGb18030 } from './gb18030.js';
import { repoRoot } from './paths.js';
import { writePdf } from './pdf-writer.js';

export const GENERATOR_VERSION = 1;

export type CorpusFormat = 'txt' | 'txt-gb18030' | 'md' | 'docx' | 'pdf';
export type CorpusGroup = 'text' | 'docx' | 'pdf';

export interface CorpusFile {
  /** relative to the corpus folder */
  path: string;
  format: CorpusFormat;
  group: CorpusGroup;
  template: string;
  bytes: number;
  sha256: string;
}

export interface CorpusManifest {
  generatorVersion: number;
  docs: number;
  seed: number;
  files: CorpusFile[];
}

export interface Corpus extends CorpusManifest {
  dir: string;
  reused: boolean;
}

export const GROUP_OF: Record<CorpusFormat, CorpusGroup> = {
  txt: 'text',
  'txt-gb18030': 'text',
  md: 'text',
  docx: 'docx',
  pdf: 'pdf',
};

/** format of document i: a fixed cycle of ten. */
const FORMAT_CYCLE: CorpusFormat[] = ['txt', 'txt', 'txt', 'txt-gb18030', 'md', 'md', 'docx', 'docx', 'pdf', 'pdf'];

const PROVINCES: [string, string][] = [
  ['云南', '云'], ['贵州', '黔'], ['四川', '川'], ['湖南', '湘'], ['江西', '赣'],
  ['甘肃', '甘'], ['陕西', '陕'], ['河南', '豫'], ['山西', '晋'], ['安徽', '皖'], ['湖北', '鄂'],
  ['福建', '闽'], ['浙江', '浙'], ['江苏', '苏'], ['山东', '鲁'], ['河北', '冀'], ['辽宁', '辽'],
  ['吉林', '吉'], ['黑龙江', '黑'], ['广东', '粤'], ['海南', '琼'], ['青海', '青'],
];
const CITIES = [
  '曲靖', '普洱', '保山', '玉溪', '大理', '红河', '楚雄', '文山', '丽江', '临沧', '昭通', '遵义',
  '六盘水', '绵阳', '柳州', '株洲', '赣州', '天水', '宝鸡', '洛阳', '大同', '芜湖', '宜昌', '泉州',
];

interface Template {
  name: string;
  /** Markdown form: `#`/`##` lines are headings */
  md: string;
}

function stripMd(md: string): string {
  return md
    .split('\n')
    .filter((l) => l.trim() !== '---')
    .map((l) => l.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/\s+$/, ''))
    .join('\n');
}

const HEADING = /^([一二三四五六七八九十]+、|文件$)/;

function toMarkdown(plain: string): string {
  let first = true;
  return plain
    .split('\n')
    .map((l) => {
      if (!l.trim()) return l;
      if (first) {
        first = false;
        return `# ${l.trim()}`;
      }
      return HEADING.test(l.trim()) ? `## ${l.trim()}` : l;
    })
    .join('\n');
}

export function loadTemplates(root = repoRoot()): Template[] {
  const read = (f: string) => readFileSync(join(root, 'samples', f), 'utf8').replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
  return [
    { name: 'kuaibao-tobacco', md: toMarkdown(read('kuaibao-2022-23-tobacco.txt')) },
    { name: 'kuaibao-qujing', md: read('kuaibao-2021-10-qujing.md') },
    { name: 'notice-yungongtong', md: toMarkdown(read('notice-yungongtong-2022-21.txt')) },
  ];
}

const SKIP_AFTER = /^\s*(年|月|日|期|号|〕|%|％|、|\.(?!\d)|．)/;

/** Scales every figure by f, leaving dates, issue and document numbers, list markers and percents. */
function scaleFigures(text: string, f: number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (m, off: number) => {
    const before = text.slice(Math.max(0, off - 2), off).replace(/\s+$/, '');
    const prev = before.slice(-1);
    if (prev === '第' || prev === '〔' || prev === '.' || /\d/.test(prev)) return m;
    if (SKIP_AFTER.test(text.slice(off + m.length, off + m.length + 4))) return m;
    if (/^(19|20)\d\d$/.test(m)) return m; // a year (健康云南 2030 规划纲要)
    const dot = m.indexOf('.');
    const n = Number(m) * f;
    if (dot >= 0) return n.toFixed(m.length - dot - 1);
    return String(Math.max(1, Math.round(n)));
  });
}

export interface Variant {
  province: string;
  abbr: string;
  city: string;
  year: number;
  issue: number;
  total: number;
  month: number;
  day: number;
  factor: number;
}

export function variantOf(i: number, seed: number): Variant {
  const p = i % PROVINCES.length;
  const k = Math.floor(i / PROVINCES.length); // position within the province's series
  const [province, abbr] = PROVINCES[p];
  const h = createHash('sha256').update(`${seed}:${i}`).digest();
  const issue = (k % 24) + 1;
  return {
    province,
    abbr,
    city: CITIES[h[0] % CITIES.length],
    year: 2018 + Math.floor(k / 24),
    issue,
    total: k + 1,
    month: Math.min(12, Math.floor((issue - 1) / 2) + 1),
    day: 1 + (h[1] % 28),
    factor: 0.5 + h.readUInt16BE(2) / 65536,
  };
}

/** The Markdown form of document i (from template t), with every varied field applied. */
export function varyText(md: string, v: Variant): string {
  let t = scaleFigures(md, v.factor);
  t = t.replace(
    /(\d{4})(\s*)年第(\s*)(\d+)(\s*)期（总第(\s*)(\d+)(\s*)期）/g,
    (_m, _y, a, b, _i, c, d, _t, e) => `${v.year}${a}年第${b}${v.issue}${c}期（总第${d}${v.total}${e}期）`,
  );
  let nth = 0;
  t = t.replace(/(\d{4})(\s*)年(\s*)(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日/g, (_m, _y, a, b, _mo, c, d, _d, e) => {
    const shift = nth++;
    const month = ((v.month - 1 + shift) % 12) + 1;
    const day = ((v.day - 1 + shift * 3) % 28) + 1;
    return `${v.year}${a}年${b}${month}${c}月${d}${day}${e}日`;
  });
  t = t.replace(/〔\d{4}〕\d+号/g, `〔${v.year}〕${v.total}号`);
  t = t.replace(/云工通/g, `${v.abbr}工通`).replace(/云南/g, v.province).replace(/曲靖/g, v.city);
  return t;
}

function paragraphsOf(md: string): DocxParagraph[] {
  return md
    .split('\n')
    .filter((l) => l.trim() && l.trim() !== '---')
    .map((l) => ({ text: stripMd(l).trim(), heading: /^#/.test(l) }));
}

export function corpusDir(docs: number, seed: number, cacheRoot = join(repoRoot(), '.bench-cache')): string {
  return join(cacheRoot, `corpus-v${GENERATOR_VERSION}-n${docs}-s${seed}`);
}

export const EXT: Record<CorpusFormat, string> = { txt: 'txt', 'txt-gb18030': 'txt', md: 'md', docx: 'docx', pdf: 'pdf' };

/** Renders document i: its format and bytes. */
export async function renderDocument(i: number, seed: number, templates: Template[]): Promise<{ format: CorpusFormat; template: string; bytes: Buffer }> {
  const format = FORMAT_CYCLE[i % FORMAT_CYCLE.length];
  const tpl = templates[Math.floor(i / FORMAT_CYCLE.length) % templates.length];
  const md = varyText(tpl.md, variantOf(i, seed));
  let bytes: Buffer;
  switch (format) {
    case 'txt':
      bytes = Buffer.from(stripMd(md), 'utf8');
      break;
    case 'txt-gb18030':
      bytes = encodeGb18030(stripMd(md));
      break;
    case 'md':
      bytes = Buffer.from(md, 'utf8');
      break;
    case 'docx':
      bytes = await writeDocx(paragraphsOf(md));
      break;
    case 'pdf':
      bytes = writePdf(paragraphsOf(md), { title: paragraphsOf(md)[0]?.text });
      break;
  }
  return { format, template: tpl.name, bytes };
}

export interface GenerateOptions {
  docs?: number;
  seed?: number;
  cacheRoot?: string;
  /** regenerate even when a matching corpus exists */
  fresh?: boolean;
  log?: (msg: string) => void;
}

export async function generateCorpus(opts: GenerateOptions = {}): Promise<Corpus> {
  const docs = opts.docs ?? 2000;
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(docs) || docs < 1 || docs > 100_000) throw new Error(`--docs must be 1…100000 (got ${docs})`);
  const dir = corpusDir(docs, seed, opts.cacheRoot);
  const manifestPath = join(dir, 'manifest.json');
  if (!opts.fresh && existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
      if (m.generatorVersion === GENERATOR_VERSION && m.docs === docs && m.seed === seed && m.files.length === docs) {
        return { ...m, dir, reused: true };
      }
    } catch {
      /* regenerate */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const templates = loadTemplates();
  const files: CorpusFile[] = [];
  const seen = new Map<string, number>();
  const t0 = Date.now();
  for (let i = 0; i < docs; i++) {
    const { format, template, bytes } = await renderDocument(i, seed, templates);
    const group = GROUP_OF[format];
    const shard = String(Math.floor(i / 1000)).padStart(3, '0');
    const rel = join(group, shard, `${String(i).padStart(6, '0')}.${EXT[format]}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const dup = seen.get(sha256);
    if (dup !== undefined) throw new Error(`corpus: documents ${dup} and ${i} have the same bytes`);
    seen.set(sha256, i);
    mkdirSync(join(dir, group, shard), { recursive: true });
    writeFileSync(join(dir, rel), bytes);
    files.push({ path: rel, format, group, template, bytes: bytes.length, sha256 });
    if (opts.log && (i + 1) % 5000 === 0) opts.log(`corpus: ${i + 1}/${docs} written (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const manifest: CorpusManifest = { generatorVersion: GENERATOR_VERSION, docs, seed, files };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { ...manifest, dir, reused: false };
}
