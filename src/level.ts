// The administrative level of an award, a workshop or a body: one zod enum shared by the rule
// schemas (extract/named/rules.ts) and the Document JSON's schemas (types.ts). Its own module so
// that the extraction loads it without the contract's schemas, which it never validates against.
import { z } from 'zod';

export const Level = z.enum(['national', 'provincial', 'municipal', 'county', 'industry', 'enterprise']);
export type Level = z.infer<typeof Level>;
