// Summarises the .cpuprofile files that `node --cpu-prof` writes (one per thread: the main
// thread and every worker) into self time by area (a package under node_modules, a folder of
// gongwen's src/, Node internals, GC, idle) and the top functions by self time.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  threads: { file: string; thread: 'main' | 'worker'; wallMs: number; busyMs: number }[];
  byArea: { area: string; ms: number; pct: number }[];
  topFunctions: { fn: string; area: string; ms: number; pct: number }[];
}

export function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const src = /\/(?:dist\/)?src\/([^/]+)(?:\/([^/]+))?/.exec(url);
  if (src) return `gongwen src/${src[1]}${src[2] && !src[2].includes('.') ? `/${src[2]}` : ''}`;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summarizeProfiles(dir: string, top = 15, only?: 'main' | 'worker'): ProfileSummary {
  const byArea = new Map<string, number>();
  const byFn = new Map<string, { area: string; ms: number }>();
  const threads: ProfileSummary['threads'] = [];
  let total = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.cpuprofile')).sort()) {
    // CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile: thread id 0 is the main thread
    const tid = f.split('.').slice(-3)[0];
    if (only && (tid === '0') !== (only === 'main')) continue;
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile;
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    let busy = 0;
    for (const [id, ms] of self) {
      const n = nodes.get(id);
      if (!n) continue;
      const { functionName, url, lineNumber } = n.callFrame;
      const area = areaOf(url, functionName);
      if (area !== '(idle)') busy += ms;
      byArea.set(area, (byArea.get(area) ?? 0) + ms);
      const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-1)[0]}:${lineNumber + 1}` : ''}`.trim();
      const e = byFn.get(key) ?? { area, ms: 0 };
      e.ms += ms;
      byFn.set(key, e);
      total += ms;
    }
    threads.push({ file: f, thread: tid === '0' ? 'main' : 'worker', wallMs: (p.endTime - p.startTime) / 1000, busyMs: busy });
  }
  const pct = (ms: number) => (total ? (100 * ms) / total : 0);
  return {
    threads,
    byArea: [...byArea].map(([area, ms]) => ({ area, ms: Math.round(ms), pct: +pct(ms).toFixed(1) })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...byFn]
      .map(([fn, e]) => ({ fn, area: e.area, ms: Math.round(e.ms), pct: +pct(e.ms).toFixed(1) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}

/** Main thread and workers apart: where each spends its time. */
export function profileByThread(dir: string, top = 10): { main: ProfileSummary; workers: ProfileSummary } {
  return { main: summarizeProfiles(dir, top, 'main'), workers: summarizeProfiles(dir, top, 'worker') };
}

/** A frame as the stage table prints it: function name, the last two parts of its file, its line. */
export function frameLabel(n: CpuNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
}

/**
 * Inclusive time by function: every busy sample counts once for each distinct function on its stack
 * (a function's own time and its callees'; a recursive one once), so a caller that repeats work shows
 * above the small functions it repeats. Idle and (program) samples are left out; pct is of the busy time.
 */
export function inclusiveTimes(p: CpuProfile, top = 20): { fn: string; ms: number; pct: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const leaf = byId.get(id);
    if (!leaf || leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') return;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    busy += ms;
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(frameLabel(byId.get(at)!));
    for (const fn of onStack) total.set(fn, (total.get(fn) ?? 0) + ms);
  });
  return [...total]
    .map(([fn, ms]) => ({ fn, ms, pct: busy ? (100 * ms) / busy : 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

export function renderProfile(name: string, p: { main: ProfileSummary; workers: ProfileSummary }): string {
  const out: string[] = [];
  for (const [kind, s] of [['main thread', p.main], ['workers', p.workers]] as const) {
    if (!s.threads.length) continue;
    out.push(
      `${name}, ${kind} (${s.threads.length}): wall ${s.threads.map((t) => (t.wallMs / 1000).toFixed(1)).join('/')} s, busy ${s.threads
        .map((t) => (t.busyMs / 1000).toFixed(1))
        .join('/')} s`,
    );
    out.push(`  by area: ${s.byArea.slice(0, 8).map((a) => `${a.area} ${a.pct}%`).join(', ')}`);
    for (const f of s.topFunctions.slice(0, 8)) out.push(`    ${f.pct.toFixed(1).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.fn}  [${f.area}]`);
  }
  return out.join('\n');
}
