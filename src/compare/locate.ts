// Where a finding's items are, for an editor: page, paragraph (line of the canonical text, one
// paragraph a line) and innermost section heading. Looked up only for the documents that findings
// name (their text, lines and sections), from the archive or from the draft being checked.
import type Database from 'better-sqlite3';
import type { CanonicalLine, Finding, ProcessedDocument } from '../types.js';
import { firstAtOrAfter } from '../sorted.js';
import { parseStoredLines } from '../store/stored-lines.js';

export interface Place {
  page: number | null;
  line: number;
  section: string | null;
}

interface DocLayout {
  /** offsets of every '\n' in the text, ascending */
  newlines: number[];
  lines: Pick<CanonicalLine, 'start' | 'page'>[];
  sections: { level: number; start: number; end: number; title: string }[];
}

export type Locator = (documentId: string) => DocLayout | null;

function layoutOf(text: string, lines: Pick<CanonicalLine, 'start' | 'page'>[], sections: DocLayout['sections']): DocLayout {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return { newlines, lines, sections };
}

export function placeOf(l: DocLayout, offset: number): Place {
  const line = firstAtOrAfter(l.newlines, offset) + 1;
  const k = firstAtOrAfter(l.lines.map((x) => x.start), offset + 1) - 1;
  const page = k >= 0 ? (l.lines[k].page ?? null) : null;
  let section: DocLayout['sections'][number] | null = null;
  for (const s of l.sections) if (s.start <= offset && offset < s.end && (!section || s.level >= section.level)) section = s;
  return { page, line, section: section?.title ?? null };
}

/** Layouts of stored documents, read on first use. */
export function archiveLocator(db: Database.Database): Locator {
  const cache = new Map<string, DocLayout | null>();
  const doc = db.prepare('SELECT text, page_count FROM documents WHERE id = ?');
  // the canonical lines (each with its page) only for paged documents: parsing them is most of the cost
  const linesOf = db.prepare('SELECT lines FROM documents WHERE id = ?').pluck();
  const secs = db.prepare('SELECT level, marker, heading, start, end FROM sections WHERE document_id = ? ORDER BY start');
  return (id) => {
    if (cache.has(id)) return cache.get(id)!;
    const r = doc.get(id) as { text: string; page_count: number | null } | undefined;
    let out: DocLayout | null = null;
    if (r) {
      let lines: CanonicalLine[] = [];
      if (r.page_count) {
        try {
          const raw = linesOf.get(id) as string | null;
          lines = raw ? parseStoredLines(raw) : [];
        } catch {
          lines = [];
        }
      }
      const sections = (secs.all(id) as { level: number; marker: string; heading: string; start: number; end: number }[]).map((s) => ({
        level: s.level,
        start: s.start,
        end: s.end,
        title: `${s.marker}${s.heading}`.trim(),
      }));
      out = layoutOf(r.text, lines, sections);
    }
    cache.set(id, out);
    return out;
  };
}

/** The layout of a processed (not stored) draft, then the archive's. */
export function draftLocator(pd: ProcessedDocument, rest: Locator | null): Locator {
  const d = pd.json.document;
  const own = layoutOf(
    d.text,
    pd.lines,
    pd.sections.map((s) => ({ level: s.level, start: s.start, end: s.end, title: `${s.marker}${s.heading}`.trim() })),
  );
  return (id) => (id === d.id ? own : rest ? rest(id) : null);
}

/** Adds page, line and section to every item of the findings (in place) and returns them. */
export function locateFindings(findings: Finding[], locator: Locator): Finding[] {
  for (const f of findings)
    for (const it of f.items) {
      const l = locator(it.documentId);
      if (!l || it.end <= it.start) continue;
      const p = placeOf(l, it.start);
      it.page = p.page;
      it.line = p.line;
      it.section = p.section;
    }
  return findings;
}
