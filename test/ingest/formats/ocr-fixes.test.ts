// rules/ocr-fixes.yaml: every rule's examples (positive: corrected as written; negative: untouched).
import { describe, expect, it } from 'vitest';
import { loadRuleFile } from '../../../src/rules/loader.js';
import { applyFixes, compileFixes, OcrFixRule } from '../../../src/ingest/ocr/fixes.js';

const rules = loadRuleFile('ocr-fixes.yaml', OcrFixRule);

describe('OCR fixes', () => {
  for (const r of rules) {
    it(r.id, () => {
      const one = compileFixes([r]);
      for (const p of r.examples.positive) expect(applyFixes(p.in, one)).toBe(p.out);
      for (const n of r.examples.negative) expect(applyFixes(n, compileFixes(rules))).toBe(n);
    });
  }
  it('leaves a line without OCR slips alone', () => {
    expect(applyFixes('云工通〔2022〕21号')).toBe('云工通〔2022〕21号');
  });
});
