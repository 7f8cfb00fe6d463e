// jieba across threads, for the one-file commands (`extract`, `check`). They process their file in
// a worker (so that --timeout can stop a runaway parser) while the main thread only waits; loading
// jieba's main dictionary is the longest step of a cold start (~0.2 s of ~0.7 s). So the main thread
// loads it as soon as the worker is spawned, while the worker loads its modules and rules and reads
// the file, and the worker's segmenter asks the main thread for each run's tokens, synchronously:
// it posts the request, sleeps on a shared counter until the main thread has answered, and takes
// the answer off the port (a bulletin is ~70 short runs). Batches keep one jieba per worker.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { addUserDict, mainDictJieba } from './jieba-dict.js';
import type { ServedSegmenter, TagResult } from './jieba.js';

/** what the worker is given (through workerData, the port in the transfer list) */
export interface SegmenterLink {
  port: MessagePort;
  /** one Int32: how many answers the main thread has posted */
  answered: SharedArrayBuffer;
}

type Request = { op: 'user'; lines: string[] } | { op: 'tag' | 'cut'; s: string; hmm: boolean } | { op: 'tagMany'; ss: string[]; hmm: boolean };
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

function answer(req: Request): unknown {
  if (req.op === 'user') return void addUserDict(req.lines);
  if (req.op === 'tagMany') return req.ss.map((s) => mainDictJieba().tag(s, req.hmm));
  return req.op === 'tag' ? mainDictJieba().tag(req.s, req.hmm) : mainDictJieba().cut(req.s, req.hmm);
}

/**
 * Main thread: a link for one worker, served with this thread's jieba, whose main dictionary is
 * loaded right away (after the caller's turn). `close()` when the worker is gone.
 */
export function serveSegmenter(): { link: SegmenterLink; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const answered = new SharedArrayBuffer(4);
  const count = new Int32Array(answered);
  port1.on('message', (req: Request) => {
    let reply: Reply;
    try {
      reply = { ok: true, value: answer(req) };
    } catch (e) {
      reply = { ok: false, error: (e as Error).message };
    }
    port1.postMessage(reply);
    Atomics.add(count, 0, 1);
    Atomics.notify(count, 0);
  });
  port1.unref();
  const preload = setImmediate(() => {
    try {
      mainDictJieba();
    } catch {
      /* the worker's first request gets the error */
    }
  });
  return {
    link: { port: port2, answered },
    close: () => {
      clearImmediate(preload);
      port1.close();
    },
  };
}

/** Worker: the segmenter served over `link` (each call blocks this thread until the answer). */
export function servedSegmenter(link: SegmenterLink): ServedSegmenter {
  const count = new Int32Array(link.answered);
  const call = (req: Request): unknown => {
    const before = Atomics.load(count, 0);
    link.port.postMessage(req);
    Atomics.wait(count, 0, before);
    // the answer is on the port before the count moves; the loop is a guard, not a poll
    let m = receiveMessageOnPort(link.port);
    while (!m) {
      Atomics.wait(count, 0, Atomics.load(count, 0), 10);
      m = receiveMessageOnPort(link.port);
    }
    const reply = m.message as Reply;
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
  return {
    addUserDict: (lines) => void call({ op: 'user', lines }),
    tag: (s, hmm = false) => call({ op: 'tag', s, hmm }) as TagResult[],
    tagMany: (ss, hmm = false) => call({ op: 'tagMany', ss, hmm }) as TagResult[][],
    cut: (s, hmm = false) => call({ op: 'cut', s, hmm }) as string[],
  };
}
