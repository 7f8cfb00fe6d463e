// Hostile files: truncations, bit flips and shuffled zip entries of every sample format, run
// through the whole pipeline. Each must either parse or fail with an IngestError (a clear
// reason); any other exception is a crash, and not finishing in time is a hang.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IngestError } from '../../src/types.js';
import { processFile } from '../../src/pipeline/process.js';

export interface MutationReport {
  files: number;
  mutations: number;
  parsed: number;
  refused: number; // clear IngestError
  crashes: string[]; // anything else (must be empty)
  hangs: string[]; // not done within the time limit (must be empty)
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export async function* mutations(bytes: Buffer, isZip: boolean, perKind: number, seed: number): AsyncGenerator<{ name: string; data: Buffer }> {
  const random = rng(seed);
  for (let i = 1; i <= perKind; i++) {
    const cut = Math.floor((bytes.length * i) / (perKind + 1));
    yield { name: `truncate@${cut}`, data: bytes.subarray(0, cut) };
  }
  for (let i = 0; i < perKind; i++) {
    const data = Buffer.from(bytes);
    const flips = 1 + Math.floor(random() * 8);
    for (let f = 0; f < flips; f++) {
      const at = Math.floor(random() * data.length);
      data[at] ^= 1 << Math.floor(random() * 8);
    }
    yield { name: `bitflip#${i}x${flips}`, data };
  }
  if (isZip) {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    for (let i = 0; i < Math.max(1, Math.floor(perKind / 2)); i++) {
      const order = [...names].sort(() => random() - 0.5);
      const out = new JSZip();
      for (const n of order) out.file(n, await zip.files[n].async('uint8array'));
      yield { name: `shuffled#${i}`, data: await out.generateAsync({ type: 'nodebuffer' }) };
      // and one with an entry dropped
      const drop = order[Math.floor(random() * order.length)];
      const dropped = new JSZip();
      for (const n of order) if (n !== drop) dropped.file(n, await zip.files[n].async('uint8array'));
      yield { name: `dropped:${drop}`, data: await dropped.generateAsync({ type: 'nodebuffer' }) };
    }
  }
}

export async function mutateFiles(paths: string[], perKind: number, timeoutMs = 20_000, seed = 7): Promise<MutationReport> {
  const report: MutationReport = { files: paths.length, mutations: 0, parsed: 0, refused: 0, crashes: [], hangs: [] };
  for (const path of paths) {
    const bytes = readFileSync(path);
    const isZip = bytes.subarray(0, 2).toString('latin1') === 'PK';
    for await (const m of mutations(bytes, isZip, perKind, seed)) {
      report.mutations++;
      const label = `${basename(path)} ${m.name}`;
      let timer: NodeJS.Timeout | undefined;
      const hang = new Promise<'hang'>((res) => (timer = setTimeout(() => res('hang'), timeoutMs)));
      try {
        const r = await Promise.race([processFile(path, m.data).then(() => 'ok' as const), hang]);
        if (r === 'hang') report.hangs.push(label);
        else report.parsed++;
      } catch (e) {
        if (e instanceof IngestError && e.reason.trim().length > 0) report.refused++;
        else report.crashes.push(`${label}: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}`);
      } finally {
        clearTimeout(timer);
      }
    }
  }
  return report;
}
