// Round 47 (speed): inclusive time by function, the table that shows a caller repeating work above
// the small functions it repeats (scripts/bench/profile.ts, printed by stages.ts).
import { describe, expect, it } from 'vitest';
import { frameLabel, inclusiveTimes, type CpuNode, type CpuProfile } from '../../scripts/bench/profile.js';

const node = (id: number, functionName: string, url: string, children: number[] = []): CpuNode => ({
  id,
  callFrame: { functionName, url, lineNumber: id * 10 },
  children,
});

// (root) → refine → scan → scan (recursive); (root) → (idle)
const profile: CpuProfile = {
  nodes: [
    node(1, '(root)', '', [2, 5]),
    node(2, 'refine', 'file:///x/dist/src/named/refine.js', [3]),
    node(3, 'scan', 'file:///x/dist/src/named/scan.js', [4]),
    node(4, 'scan', 'file:///x/dist/src/named/scan.js'),
    node(5, '(idle)', ''),
  ],
  // 2 ms in the inner scan, 1 ms in the outer one, 1 ms in refine itself, 6 ms idle
  samples: [4, 4, 3, 2, 5, 5, 5],
  timeDeltas: [1000, 1000, 1000, 1000, 2000, 2000, 2000],
  startTime: 0,
  endTime: 10000,
};

describe('inclusiveTimes', () => {
  it('counts a sample once for each distinct function on its stack, idle left out', () => {
    const t = Object.fromEntries(inclusiveTimes(profile).map((x) => [x.fn, x.ms]));
    expect(t['refine named/refine.js:21']).toBe(4);
    // (the recursive scan: its frames at lines 31 and 41 are two labels, each counted once a sample)
    expect(t['scan named/scan.js:31']).toBe(3);
    expect(t['scan named/scan.js:41']).toBe(2);
    expect(Object.keys(t).some((k) => k.startsWith('(idle)'))).toBe(false);
  });

  it('gives shares of the busy time, largest first, cut at top', () => {
    const t = inclusiveTimes(profile, 3);
    expect(t).toHaveLength(3);
    // (the root and refine are on every busy sample: 100 % each; then the outer scan, three of four)
    expect(t.slice(0, 2).map((x) => x.pct)).toEqual([100, 100]);
    expect(t[2]).toEqual({ fn: 'scan named/scan.js:31', ms: 3, pct: 75 });
  });

  it('labels a frame by name, file and line, an unnamed one as anonymous', () => {
    expect(frameLabel(node(7, '', 'file:///x/dist/src/extract/doc.js'))).toBe('(anonymous) extract/doc.js:71');
  });
});
