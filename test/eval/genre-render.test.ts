// The genre corpus rendered as the formats archivists receive (scripts/lib/genre-render.ts): a
// naming notice with an annex table, read back from a PDF (lines broken at ~35 characters, cells
// set apart by gaps) and from a DOCX, gives the same workshops, leaders and header as its text.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { cleanRenders, renderAs } from '../../scripts/lib/genre-render.js';

const NOTICE = join(import.meta.dirname, 'genre', 'held7', 'naming-2025-jinzhou-liaoning.txt');

const summary = (j: Awaited<ReturnType<typeof processFile>>['json']) => ({
  title: j.document.title,
  issuers: j.document.issuers,
  workshops: j.workshops.map((w) => `${w.name ?? ''}|${w.leader ?? ''}`).sort(),
  figures: j.quantities.length,
});

describe('genre documents rendered as PDF and DOCX', () => {
  it.each(['pdf', 'docx'] as const)('a naming notice with an annex table reads the same from %s', async (format) => {
    const fromText = summary((await processFile(NOTICE)).json);
    try {
      const rendered = summary((await processFile(await renderAs(NOTICE, format))).json);
      expect(rendered).toEqual(fromText);
      expect(fromText.workshops).toContain('铸造工艺技能大师工作室|单国庆');
    } finally {
      cleanRenders();
    }
  }, 60_000);
});
