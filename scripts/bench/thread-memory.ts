// Where a command's memory goes, thread by thread: a preload that reports each thread's RSS and
// V8 heap spaces (used / reserved MB: new, old, code, large objects) on stderr. The main thread
// reports on a timer; a worker thread is busy between files, so it reports on every Nth message it
// posts (a batch worker posts one per file) instead. The main thread reports once more when it
// ends (a worker that is terminated does not).
//
//   npx tsc -p tsconfig.json
//   node --import ./dist/scripts/bench/thread-memory.js bin/gongwen.js ingest DIR --db /tmp/x.db --format json
//
// GONGWEN_MEM_MS: the main thread's period (default 2000); GONGWEN_MEM_EVERY: a worker's (default 200).
// The preload reaches the workers because a Worker inherits the parent's execArgv.
import { writeSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { isMainThread, parentPort, threadId } from 'node:worker_threads';

const started = Date.now();
const mb = (n: number) => (n / 1e6).toFixed(1);

function report(when: string): void {
  const spaces = getHeapSpaceStatistics()
    .filter((s) => s.space_size > 0)
    .map((s) => `${s.space_name.replace(/_space$/, '')} ${mb(s.space_used_size)}/${mb(s.space_size)}`)
    .join(' ');
  const m = process.memoryUsage();
  writeSync(2, `[thread ${threadId}] ${when} +${Date.now() - started} ms: rss ${mb(m.rss)} external ${mb(m.external)} | ${spaces}\n`);
}

if (isMainThread) {
  setInterval(() => report('tick'), Number(process.env.GONGWEN_MEM_MS) || 2000).unref();
} else if (parentPort) {
  const every = Number(process.env.GONGWEN_MEM_EVERY) || 200;
  const port = parentPort;
  const post = port.postMessage.bind(port);
  let posted = 0;
  port.postMessage = (message: unknown, transfer?: readonly import('node:worker_threads').TransferListItem[]) => {
    if (++posted % every === 0) report(`message ${posted}`);
    post(message, transfer);
  };
}
process.on('exit', () => report('exit'));
