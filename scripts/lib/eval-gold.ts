// Gold files: samples/gold/<stem>.quantities.yaml (ours) and samples/gold/<stem>.named.yaml
// (awards, workshops, entities; optional). A sample file's stem is its name up to the first dot,
// so kuaibao-2022-23-tobacco.{txt,gb18030.txt,docx,pdf} share one gold.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const GoldQuantitySchema = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: z.enum(['count', 'money', 'percent', 'ratio']),
  approx: z.boolean().default(false),
  subject: z.string(),
  subject_alt: z.array(z.string()).optional(),
  sentence_contains: z.string().min(1),
  partOf_text: z.string().optional(),
  scope: z.string().optional(),
  period: z.string().optional(),
});
export type GoldQuantity = z.infer<typeof GoldQuantitySchema>;

export const GoldNamedSchema = z.object({
  awards: z.array(z.object({ name: z.string(), level: z.string().nullable().optional(), count: z.number().nullable().optional() }).passthrough()).optional(),
  workshops: z.array(z.object({ name: z.string().nullable().optional(), type: z.string(), level: z.string().nullable().optional(), count: z.number().nullable().optional() }).passthrough()).optional(),
  entities: z.array(z.object({ type: z.string(), name: z.string().optional(), canonical: z.string() }).passthrough()).optional(),
}).passthrough();
export type GoldNamed = z.infer<typeof GoldNamedSchema>;

export interface Gold {
  stem: string;
  quantities: GoldQuantity[] | null;
  named: GoldNamed | null;
}

export function stemOf(path: string): string {
  const b = basename(path);
  const i = b.indexOf('.');
  return i > 0 ? b.slice(0, i) : b;
}

export function loadGold(goldDir: string, stem: string): Gold {
  const qf = join(goldDir, `${stem}.quantities.yaml`);
  const nf = join(goldDir, `${stem}.named.yaml`);
  let quantities: GoldQuantity[] | null = null;
  let named: GoldNamed | null = null;
  if (existsSync(qf)) {
    const doc = parseYaml(readFileSync(qf, 'utf8')) as { quantities?: unknown };
    const r = z.array(GoldQuantitySchema).safeParse(doc?.quantities ?? []);
    if (!r.success) throw new Error(`${qf}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    quantities = r.data;
  }
  if (existsSync(nf)) {
    const r = GoldNamedSchema.safeParse(parseYaml(readFileSync(nf, 'utf8')) ?? {});
    if (!r.success) throw new Error(`${nf}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    named = r.data;
  }
  return { stem, quantities, named };
}

/** the sample files of samples/ (every format), sorted */
export function sampleFiles(samplesDir: string): string[] {
  return readdirSync(samplesDir)
    .filter((n) => /\.(txt|md|docx|pdf)$/i.test(n))
    .sort()
    .map((n) => join(samplesDir, n));
}
