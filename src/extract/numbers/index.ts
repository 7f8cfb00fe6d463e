export type { NumberMatch } from './types.js';
export { findNumbers } from './find.js';
export { parseNumber } from './parse.js';
export { parseChineseNumeral } from './chinese.js';
export { numberRules, NumberRuleSchema, compileRules, type NumberRule } from './rules.js';
