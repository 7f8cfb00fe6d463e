// A worker thread: parses and extracts files sent by the pool (parsers, jieba and rules are
// loaded once per worker) and posts back the ProcessedDocument or a one-line reason.
import { parentPort } from 'node:worker_threads';
import { extractCanonical, processFile } from './process.js';
import { failureReason, isConfigError, type TaskMessage, type ResultMessage } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

port.on('message', async (m: TaskMessage) => {
  let out: ResultMessage;
  try {
    const doc = m.canonical
      ? extractCanonical(m.canonical)
      : await processFile(m.path, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), m.options);
    out = { id: m.id, ok: true, doc };
  } catch (e) {
    out = { id: m.id, ok: false, reason: failureReason(e), config: isConfigError(e) };
  }
  port.postMessage(out);
});
