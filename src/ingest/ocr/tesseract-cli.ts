// The tesseract command (Debian: tesseract-ocr tesseract-ocr-chi-sim), read through its TSV output.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanOcrText, type OcrEngine, type OcrLine } from './engine.js';

function run(cmd: string, args: string[], timeout = 120_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, out) => (err ? reject(err) : resolve(out))),
  );
}

/** The command, if installed with Simplified Chinese data; null otherwise. */
export async function tesseractCliAvailable(cmd = process.env.GONGWEN_TESSERACT ?? 'tesseract'): Promise<string | null> {
  try {
    const langs = await run(cmd, ['--list-langs'], 10_000);
    return /^chi_sim$/m.test(langs) ? cmd : null;
  } catch {
    return null;
  }
}

/** TSV rows (level 5 = word) grouped into lines by block/paragraph/line number. */
export function tsvLines(tsv: string): OcrLine[] {
  const lines = new Map<string, { words: string[]; x0: number; y0: number; x1: number; y1: number; conf: number[] }>();
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const [l, t, w, h, conf] = [Number(c[6]), Number(c[7]), Number(c[8]), Number(c[9]), Number(c[10])];
    const key = `${c[2]}.${c[3]}.${c[4]}`;
    const cur = lines.get(key) ?? { words: [], x0: l, y0: t, x1: l + w, y1: t + h, conf: [] };
    cur.words.push(c[11]!);
    cur.x0 = Math.min(cur.x0, l);
    cur.y0 = Math.min(cur.y0, t);
    cur.x1 = Math.max(cur.x1, l + w);
    cur.y1 = Math.max(cur.y1, t + h);
    if (conf >= 0) cur.conf.push(conf);
    lines.set(key, cur);
  }
  const out: OcrLine[] = [];
  for (const v of lines.values()) {
    const text = cleanOcrText(v.words.join(' '));
    if (text) out.push({ text, x0: v.x0, y0: v.y0, x1: v.x1, y1: v.y1, confidence: v.conf.length ? v.conf.reduce((a, b) => a + b, 0) / v.conf.length / 100 : 0 });
  }
  return out;
}

export async function tesseractCli(cmd: string): Promise<OcrEngine> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gongwen-ocr-'));
  let n = 0;
  return {
    name: 'tesseract',
    async recognize(image: Buffer): Promise<OcrLine[]> {
      const file = path.join(dir, `p${n++}.png`);
      await writeFile(file, image);
      return tsvLines(await run(cmd, [file, 'stdout', '-l', 'chi_sim', '--psm', '4', '-c', 'preserve_interword_spaces=1', '-c', 'debug_file=/dev/null', 'tsv']));
    },
    async close() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
