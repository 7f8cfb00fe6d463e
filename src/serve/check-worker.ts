// Worker thread: check one draft against the archive (read-only) and post the findings back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkInProcess } from './check.js';

const { dbPath, name, bytes } = workerData as { dbPath: string; name: string; bytes: Uint8Array };
checkInProcess(dbPath, name, Buffer.from(bytes)).then(
  (findings) => parentPort!.postMessage({ findings }),
  (e: Error) => parentPort!.postMessage({ error: e.message }),
);
