// The header fields of a text run through the whole pipeline, for the header tests of issue 18's rounds:
// title, issuers and byline with their spaces squeezed out (the normaliser's spacing is not under test),
// the byline also as written (a credit's inner spaces are), the articles and the stored text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { processFile } from '../../src/pipeline/process.js';

export interface Head {
  title: string | null;
  date: string | null;
  docNumber: string | null;
  issuers: string[];
  byline: string | null;
  bylineAsWritten: string | null;
  articles: { title: string; byline: string | null }[];
  /** the stored canonical text */
  text: string;
}

export const bare = (s: string | null) => (s == null ? null : s.replace(/[\s\u3000]+/g, ''));

/** `header(name, text)`: the head of `text` stored as `name` in a folder of the calling test file's own */
export function headerReader(prefix: string): (name: string, text: string) => Promise<Head> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return async (name, text) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    const d = (await processFile(f)).json.document;
    return { title: bare(d.title), date: d.date, docNumber: d.docNumber, issuers: d.issuers.map((x: string) => bare(x)!), byline: bare(d.byline), bylineAsWritten: d.byline, articles: d.articles ?? [], text: d.text };
  };
}

/** each article as `title / byline` (∅ for none), the title squeezed */
export const arts = (h: Head) => h.articles.map((a) => `${bare(a.title)} / ${a.byline ?? '∅'}`);
