// The benchmark's table and its targets (issue 5). Every row is printed, measured or not: a
// row that could not be measured says why in its note.

export interface Row {
  id: string;
  label: string;
  docs: number | null;
  bytes: number | null;
  ms: number | null;
  /** a baseline's whole process (node start + library load + work), wall clock, measured like an
   * ingest; for an ingest row the same as `ms` (an ingest is always a whole process) */
  processMs: number | null;
  docsPerSec: number | null;
  mbPerSec: number | null;
  /** end-to-end ÷ baseline (throughput ratio; for cold extract: time ratio) */
  ratio: number | null;
  ratioTo: string | null;
  /** baseline's whole-process time ÷ this row's time (not judged: shown next to `ratio`) */
  processRatio: number | null;
  peakRssMb: number | null;
  dbBytesPerDoc: number | null;
  note: string;
}

export interface Target {
  id: string;
  what: string;
  target: string;
  measured: string;
  status: 'PASS' | 'MISS' | 'n/a';
  note?: string;
}

/** For the README's scale section: from the ingest of all formats into a fresh archive. */
export interface Scale {
  docs: number;
  /** database file + -wal + -shm after the ingest */
  dbBytes: number;
  dbBytesPerDoc: number;
  dbBytesPer10kDocs: number;
  docsPerHour: number;
}

export interface BenchReport {
  when: string;
  machine: { cpus: number; node: string; platform: string; totalMemMb: number };
  corpus: { dir: string; docs: number; seed: number; reused: boolean; byFormat: Record<string, { docs: number; bytes: number }> };
  concurrency: number | null;
  rssMethod: string;
  rows: Row[];
  /** null when the all-formats ingest was not measured */
  scale: Scale | null;
  targets: Target[];
  extra: Record<string, unknown>;
}

export function emptyRow(id: string, label: string, note = ''): Row {
  return { id, label, docs: null, bytes: null, ms: null, processMs: null, docsPerSec: null, mbPerSec: null, ratio: null, ratioTo: null, processRatio: null, peakRssMb: null, dbBytesPerDoc: null, note };
}

/** Fills docs/s and MB/s from docs, bytes and ms. */
export function withRates(r: Row): Row {
  if (r.ms && r.ms > 0) {
    if (r.docs != null) r.docsPerSec = (r.docs * 1000) / r.ms;
    if (r.bytes != null) r.mbPerSec = r.bytes / 1048576 / (r.ms / 1000);
  }
  return r;
}

const fmt = (x: number | null, digits = 1): string => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(digits));

/** display width: CJK and full-width characters take two columns */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - displayWidth(s)));
  return right ? fill + s : s + fill;
}

export function renderTable(rep: BenchReport): string {
  const head = ['measurement', 'docs', 'MB', 'time s', 'process s', 'docs/s', 'MB/s', 'ratio', 'ratio proc', 'vs', 'peak RSS MB', 'DB B/doc', 'note'];
  const secs = (ms: number | null) => (ms == null ? '—' : (ms / 1000).toFixed(ms < 10_000 ? 3 : 1));
  const times = (x: number | null) => (x == null ? '—' : `${x.toFixed(2)}×`);
  const body = rep.rows.map((r) => [
    r.label,
    r.docs == null ? '—' : String(r.docs),
    r.bytes == null ? '—' : (r.bytes / 1048576).toFixed(1),
    secs(r.ms),
    secs(r.processMs),
    fmt(r.docsPerSec),
    fmt(r.mbPerSec, 2),
    times(r.ratio),
    times(r.processRatio),
    r.ratioTo ?? '',
    fmt(r.peakRssMb, 0),
    r.dbBytesPerDoc == null ? '—' : r.dbBytesPerDoc.toFixed(0),
    r.note,
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]))));
  const numeric = new Set([1, 2, 3, 4, 5, 6, 7, 8, 10, 11]);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], numeric.has(i))).join('  ').trimEnd();
  const out: string[] = [];
  out.push(
    `gongwen bench — ${rep.corpus.docs} documents (${Object.entries(rep.corpus.byFormat)
      .map(([f, v]) => `${f} ${v.docs}`)
      .join(', ')}), ${rep.machine.cpus} CPUs, Node ${rep.machine.node}, concurrency ${rep.concurrency ?? 'default'}`,
  );
  out.push(`corpus: ${rep.corpus.dir}${rep.corpus.reused ? ' (reused)' : ''}`);
  const la = (k: string) => (Array.isArray(rep.extra[k]) ? (rep.extra[k] as number[]).join(' ') : '?');
  out.push(`load average (1/5/15 min) at start ${la('loadAvgAtStart')}, at end ${la('loadAvgAtEnd')}`);
  out.push('');
  out.push(line(head));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) out.push(line(b));
  out.push('');
  const sc = rep.scale;
  if (sc) {
    const mib = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
    out.push(
      `scale (ingest of all formats, ${sc.docs} documents): ${Math.round(sc.docsPerHour).toLocaleString('en-US')} documents/hour; ` +
        `database ${mib(sc.dbBytes)} = ${Math.round(sc.dbBytesPerDoc).toLocaleString('en-US')} B/document ≈ ${mib(sc.dbBytesPer10kDocs)} per 10,000 documents${sc.docs === 10_000 ? '' : ` (scaled from ${sc.docs})`}`,
    );
    out.push('');
  }
  out.push('targets (issue 5):');
  const tw = Math.max(...rep.targets.map((t) => displayWidth(t.what)));
  const mw = Math.max(...rep.targets.map((t) => displayWidth(t.measured)));
  for (const t of rep.targets) {
    out.push(`  ${pad(t.status, 4)}  ${pad(t.what, tw)}  ${pad(t.measured, mw)}  (target ${t.target})${t.note ? ` — ${t.note}` : ''}`);
  }
  out.push('');
  out.push(`peak RSS: ${rep.rssMethod}`);
  return out.join('\n');
}
