// The one back-pressure of a batch ingest: files taken from the walker and not yet written,
// bounded by count and by the bytes of their contents. The scheduler waits for room before it
// takes the next file; the writer gives the room back when it has written (or reported) a file.
// Files go in in arrival order; a file larger than the byte bound still goes, alone.

export class Window {
  private files = 0;
  private bytes = 0;
  private waiters: { n: number; go: () => void }[] = [];
  private opened = false;

  constructor(
    private readonly maxFiles: number,
    private readonly maxBytes: number,
  ) {}

  private fits(n: number): boolean {
    if (this.opened) return true;
    if (this.files === 0) return true;
    return this.files < this.maxFiles && this.bytes + n <= this.maxBytes;
  }

  /** Waits until a file of `n` bytes fits (or the window was opened: the batch is stopping). */
  async acquire(n: number): Promise<void> {
    if (this.waiters.length === 0 && this.fits(n)) {
      this.files++;
      this.bytes += n;
      return;
    }
    await new Promise<void>((go) => this.waiters.push({ n, go }));
  }

  release(n: number): void {
    this.files--;
    this.bytes -= n;
    while (this.waiters.length && this.fits(this.waiters[0]!.n)) {
      const w = this.waiters.shift()!;
      this.files++;
      this.bytes += w.n;
      w.go();
    }
  }

  /** Lets every waiter (and every later file) through: the batch is stopping and takes no more work. */
  open(): void {
    this.opened = true;
    for (const w of this.waiters.splice(0)) {
      this.files++;
      this.bytes += w.n;
      w.go();
    }
  }
}
