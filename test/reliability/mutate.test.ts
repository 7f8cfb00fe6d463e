// Mutated files of every sample format (truncations, bit flips, shuffled or dropped zip
// entries) either parse or fail with a clear reason: no crash, no hang.
import { describe, expect, it } from 'vitest';
import { mutateFiles } from '../../scripts/torture/mutate.js';

const SAMPLES = [
  'samples/kuaibao-2022-23-tobacco.pdf',
  'samples/notice-yungongtong-2022-21.lo.pdf',
  'samples/kuaibao-2022-23-tobacco.docx',
  'samples/kuaibao-2021-10-qujing.docx',
  'samples/kuaibao-2022-23-tobacco.gb18030.txt',
  'samples/kuaibao-2021-10-qujing.md',
];

describe('mutated files', () => {
  it('every mutation parses or is refused with a reason', async () => {
    const report = await mutateFiles(SAMPLES, process.env.GONGWEN_TORTURE === '1' ? 12 : 4);
    expect(report.crashes).toEqual([]);
    expect(report.hangs).toEqual([]);
    expect(report.parsed + report.refused).toBe(report.mutations);
    expect(report.refused).toBeGreaterThan(0);
  }, 600_000);
});
