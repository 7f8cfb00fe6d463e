/** A file that cannot be ingested; `message` is one line for the user. */
export class IngestError extends Error {
  constructor(
    public readonly path: string,
    public readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'IngestError';
  }
}

/** Thrown inside the format readers; ingestFile turns it into an IngestError naming the file. */
export class FormatFailure extends Error {
  constructor(public readonly reason: string) {
    super(reason);
    this.name = 'FormatFailure';
  }
}

export const MB = 1024 * 1024;
export const fmtMB = (n: number): string => (n / MB >= 10 ? Math.round(n / MB).toString() : (n / MB).toFixed(1));
