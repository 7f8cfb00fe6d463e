// Pathological text must be handled in time linear in its size: a 5 MB line with no
// punctuation, 100,000 numbers in a row, deeply nested brackets. A regex that backtracks
// would not finish inside the test timeout. Each input runs on a thread of its own
// (pathological.worker.mjs) so this worker stays free to answer vitest.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

function offThread<T>(name: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pathological.worker.mjs', import.meta.url), { workerData: { case: name, input } });
    worker.once('message', (m: T) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

describe('pathological text', () => {
  it('a 5 MB line with no punctuation', async () => {
    const r = await offThread<{ textLength: number }>('longLine', '产业工人队伍建设改革走深走实全省烟草商业技能类工作室共成立');
    expect(r.textLength).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('100,000 numbers in a row', async () => {
    const r = await offThread<{ numbers: number; quantities: number }>('manyNumbers', 100_000);
    expect(r.numbers).toBeGreaterThan(90_000);
    expect(r.quantities).toBeGreaterThan(0);
  }, 120_000);

  it('digits and numerals with no separator at all', async () => {
    const r = await offThread<{ errors: (string | null)[] }>('noSeparator', [['1', 1_000_000], ['一', 1_000_000], ['一万', 300_000]]);
    expect(r.errors).toEqual([null, null, null]);
  }, 120_000);

  it('deeply repeated brackets and quotes', async () => {
    const raw = '（'.repeat(50_000) + '“袁坤劳模工作室”' + '）'.repeat(50_000) + '\n' + '《'.repeat(30_000) + '方案' + '“'.repeat(30_000);
    const r = await offThread<{ entities: number; misplaced: string[] }>('run', raw);
    expect(r.misplaced).toEqual([]);
  }, 120_000);
});
