// rules/citations.yaml: how a cited document number is written (brackets, suffix, issuer code).
import { z } from 'zod';
import { currentRulesDir, loadRuleFile } from '../../rules/loader.js';

export const CitationRuleSchema = z.object({
  id: z.string().regex(/^citation\./),
  description: z.string().optional(),
  brackets: z.array(z.string().length(2, 'a bracket pair is its opening and its closing character')).min(1),
  suffixes: z.array(z.string().min(1)).min(1),
  prefixMaxLength: z.number().int().min(1).max(30),
  notPrefix: z.array(z.string().min(1)),
  examples: z.object({
    cites: z.array(z.object({
      text: z.string(),
      docNumber: z.string(),
      prefix: z.string().nullable(),
      year: z.number().int(),
      number: z.number().int(),
      title: z.string().nullable(),
    })).default([]),
    citesNothing: z.array(z.object({ text: z.string(), why: z.string() })).default([]),
  }),
});
export type CitationRule = z.infer<typeof CitationRuleSchema>;

export type CitationRules = readonly CitationRule[];

const cache = new Map<string, CitationRules>();

/** rules/citations.yaml of `dir` (GONGWEN_RULES or rules/), read once per folder */
export function citationRules(dir = currentRulesDir()): CitationRules {
  let r = cache.get(dir);
  if (!r) {
    r = loadRuleFile('citations.yaml', CitationRuleSchema, dir);
    cache.set(dir, r);
  }
  return r;
}
