// Reading one file of a batch on the main thread. The file is opened first and the opened
// descriptor examined (fstat): a file swapped for a FIFO between the walk and the read would
// otherwise block this thread in open() with no timeout; with O_NONBLOCK the open returns and the
// descriptor is refused as not a regular file. Small files are read synchronously (an async stat
// + read costs 150–300 µs of this thread's CPU in four thread-pool round trips, against ~20 µs).
import { closeSync, constants, fstatSync, openSync, read as readCb, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { failureReason } from './protocol.js';
import type { WalkItem } from './walk.js';

const read = promisify(readCb);
/** files up to this size are read synchronously (a bulletin is 10–500 KB; ~1 ms to read 1 MB) */
const SYNC_READ_MAX = 1024 * 1024;

export type Opened = { fd: number; size: number } | { failed: string };

/** Opens without blocking and checks what was opened: a regular file within the size limit. */
export function openInput(item: WalkItem, maxBytes: number): Opened {
  let fd: number;
  try {
    fd = openSync(item.fsPath ?? item.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { failed: failureReason(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(st.isFIFO() ? 'not a regular file (a named pipe)' : 'not a regular file');
    if (st.size > maxBytes) throw new Error(`too large (${st.size} bytes; the limit is ${maxBytes}, raise it with --max-bytes)`);
    if (st.size === 0) throw new Error('empty file');
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    return { failed: (e as Error).message };
  }
}

/** Reads the whole opened file and closes it. */
export async function readInput(o: { fd: number; size: number }): Promise<Buffer> {
  try {
    const buf = Buffer.allocUnsafe(o.size);
    let at = 0;
    while (at < o.size) {
      const n = o.size <= SYNC_READ_MAX ? readSync(o.fd, buf, at, o.size - at, at) : (await read(o.fd, buf, at, o.size - at, at)).bytesRead;
      if (n === 0) break; // shrank since fstat
      at += n;
    }
    return at === o.size ? buf : buf.subarray(0, at);
  } finally {
    closeSync(o.fd);
  }
}
