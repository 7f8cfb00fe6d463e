// Reading a `documents` row back as the header fields every report shows.
export interface DocumentHeader {
  source: string;
  series: string | null;
  year: number | null;
  issue: number | null;
  totalIssue: number | null;
  date: string | null;
  title: string | null;
  docNumber: string | null;
}

const str = (v: unknown): string | null => (v == null ? null : String(v));
const num = (v: unknown): number | null => (v == null ? null : Number(v));

/** The header of a documents row (snake_case columns as stored). */
export function documentHeader(r: Record<string, unknown>): DocumentHeader {
  return {
    source: String(r.source),
    series: str(r.series),
    year: num(r.year),
    issue: num(r.issue),
    totalIssue: num(r.total_issue),
    date: str(r.date),
    title: str(r.title),
    docNumber: str(r.doc_number),
  };
}
