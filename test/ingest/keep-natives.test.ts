// pdf.js's legacy build (through pdf-parse) replaces Array.prototype.push and JSON.parse with
// core-js versions; the PDF reader puts the natives back. Checked by behaviour, not identity:
// the polyfills differ from V8 in exactly the corners core-js replaces them for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKeepingNatives } from '../../src/ingest/keep-natives.js';
import { loadPdfParse, readPdf, restoredNatives } from '../../src/ingest/pdf.js';

/** V8's push onto an array whose length is read-only does not throw; core-js's does */
const pushIsV8 = (): boolean => {
  try {
    Object.defineProperty([], 'length', { writable: false }).push();
    return true;
  } catch {
    return false;
  }
};
/** V8 (Node 20) calls a reviver with two arguments; core-js adds a third, { source } */
const parseIsV8 = (): boolean => {
  let args = 0;
  JSON.parse('1', function (this: unknown, ...a: unknown[]) {
    args = a.length;
    return a[1];
  });
  return args === 2;
};

describe('loadKeepingNatives', () => {
  it('puts back a built-in the loader replaced and keeps what it added', async () => {
    const push = Array.prototype.push;
    const g = Promise as unknown as { gongwenTest?: () => number };
    try {
      const { value, restored } = await loadKeepingNatives(async () => {
        Array.prototype.push = function (...items: unknown[]) {
          return push.apply(this, items);
        };
        g.gongwenTest = () => 42;
        return 'loaded';
      });
      expect(value).toBe('loaded');
      expect(restored).toEqual(['Array.prototype.push']);
      expect(Array.prototype.push).toBe(push);
      expect(g.gongwenTest?.()).toBe(42);
    } finally {
      Array.prototype.push = push;
      delete g.gongwenTest;
    }
  });
});

describe('the PDF reader and pdf.js polyfills', () => {
  it('leaves V8 push and JSON.parse in place after loading pdf-parse and reading a PDF', async () => {
    await loadPdfParse();
    expect(pushIsV8()).toBe(true);
    expect(parseIsV8()).toBe(true);
    // on Node 20 core-js replaces both when pdf-parse is loaded into a fresh isolate
    if (process.versions.node.startsWith('20.')) expect(restoredNatives).toEqual(['Array.prototype.push', 'JSON.parse']);
    const r = await readPdf(readFileSync('samples/kuaibao-2022-23-tobacco.pdf'), { maxPages: 100 });
    expect(r.lines.map((l) => l.text).join('')).toContain('劳模');
    // pdf.js's worker bundles its own core-js: loaded by pdf.js at the first document, it would
    // replace them again
    expect(pushIsV8()).toBe(true);
    expect(parseIsV8()).toBe(true);
    expect([1, 2].push(3)).toBe(3);
  });
});
