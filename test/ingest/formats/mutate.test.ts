// Mutated OFD, .doc, .wps and web page fixtures (truncations, bit flips, shuffled or dropped
// zip entries) parse or are refused with a reason of their format, never "unexpected error".
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mutations } from '../../../scripts/torture/mutate.js';
import { ingestFile } from '../../../src/ingest/index.js';
import { IngestError } from '../../../src/types.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/formats/${f}`, import.meta.url));

describe('mutated format fixtures', () => {
  for (const f of ['notice-yungongtong-2022-21.ofd', 'kuaibao-2022-23-tobacco.doc', 'kuaibao-2021-10-qujing.wps', 'kuaibao-2022-23-tobacco.gbk.html']) {
    it(f, async () => {
      const bytes = readFileSync(fixture(f));
      const unexpected: string[] = [];
      let n = 0;
      for await (const m of mutations(bytes, f.endsWith('.ofd'), 4, 11)) {
        n++;
        try {
          await ingestFile(f, m.data);
        } catch (e) {
          if (!(e instanceof IngestError)) unexpected.push(`${m.name}: not an IngestError: ${String(e)}`);
          else if (/unexpected error/.test(e.reason) || !e.reason.trim()) unexpected.push(`${m.name}: ${e.reason}`);
        }
      }
      expect(n).toBeGreaterThanOrEqual(8);
      expect(unexpected).toEqual([]);
    }, 120_000);
  }
});
