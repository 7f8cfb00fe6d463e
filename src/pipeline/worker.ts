// A worker thread: parses and extracts files sent by the pool (parsers, jieba and rules are
// loaded once per worker) and posts back the ProcessedDocument or a one-line reason.
// On start, before the first file arrives, the worker warms up: it loads jieba (with the rules'
// user dictionary) and the rules by extracting a two-line text, so that the ~2 s of loading runs
// in every worker at once and while the main thread opens the archive and walks the folders.
import { getHeapSpaceStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { extractCanonical, processFile } from './process.js';
import { familyVersions } from '../extract/index.js';
import { documentRows } from '../store/document-rows.js';
import { failureReason, isConfigError, type TaskMessage, type ResultMessage, type WorkerSetup } from './protocol.js';
import { useServedSegmenter } from '../extract/named/jieba.js';
import { servedSegmenter } from '../extract/named/jieba-port.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

async function warmUp(): Promise<void> {
  const text = '关于表彰2022年度劳动模范的通知\n\n全市共有职工12.5万人，建成劳模创新工作室8个，获评全国五一劳动奖章3人。\n';
  try {
    await processFile('warm-up.txt', Buffer.from(text, 'utf8'));
  } catch {
    /* a broken rule file is reported by the first real file */
  }
}

const setup = (workerData ?? { warmUp: true }) as WorkerSetup;
if (setup.segmenter) useServedSegmenter(servedSegmenter(setup.segmenter));
const ready = setup.warmUp ? warmUp() : Promise.resolve();

/** the size of this thread's new space last reported to the pool (`reportYoung`) */
let youngReported = 0;

// one file at a time, in the order sent (the pool sends a few ahead)
let chain: Promise<void> = ready;
port.on('message', (m: TaskMessage) => {
  chain = chain.then(() => handle(m));
});

async function handle(m: TaskMessage): Promise<void> {
  let out: ResultMessage;
  try {
    if (m.versions) {
      port!.postMessage({ id: m.id, ok: true, versions: familyVersions() } satisfies ResultMessage);
      return;
    }
    const doc = m.canonical
      ? extractCanonical(m.canonical)
      : await processFile(m.path, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), m.options);
    out = { id: m.id, ok: true, doc: m.packed ? documentRows(doc) : doc };
  } catch (e) {
    out = { id: m.id, ok: false, reason: failureReason(e), config: isConfigError(e) };
  }
  if (setup.reportYoung) {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
    if (young !== youngReported) out.young = youngReported = young;
  }
  port!.postMessage(out);
}
