// OCR corrections from rules/ocr-fixes.yaml, applied to each OCR'd line (see that file for why
// each is safe).
import { z } from 'zod';
import { loadRuleFile } from '../../rules/loader.js';

export const OcrFixRule = z.object({
  id: z.string(),
  pattern: z.string(),
  replace: z.string(),
  examples: z.object({
    positive: z.array(z.object({ in: z.string(), out: z.string() })).min(1),
    negative: z.array(z.string()).default([]),
  }),
});
export type OcrFixRule = z.infer<typeof OcrFixRule>;

export interface OcrFix {
  id: string;
  re: RegExp;
  replace: string;
}

let cache: OcrFix[] | null = null;

export function compileFixes(rules: OcrFixRule[]): OcrFix[] {
  return rules.map((r) => ({ id: r.id, re: new RegExp(r.pattern, 'gu'), replace: r.replace }));
}

export function ocrFixes(): OcrFix[] {
  return (cache ??= compileFixes(loadRuleFile('ocr-fixes.yaml', OcrFixRule)));
}

export function applyFixes(text: string, fixes: OcrFix[] = ocrFixes()): string {
  let t = text;
  for (const f of fixes) t = t.replace(f.re, f.replace);
  return t;
}
