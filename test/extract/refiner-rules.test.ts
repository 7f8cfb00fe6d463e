// The refiners' rule files are part of CompiledRules: compiled once per folder, handed to the
// refiners, and hashed into the family that runs them (and only that family).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRules } from '../../src/extract/compiled-rules.js';
import { familyVersions } from '../../src/extract/index.js';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { defaultRulesDir } from '../../src/rules/loader.js';

const dirs: string[] = [];
/** a copy of rules/ with `file` edited */
function rulesWith(file: string, edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-rules-'));
  dirs.push(dir);
  cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = join(dir, file);
  const before = readFileSync(p, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(p, after);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('refiner rules in CompiledRules', () => {
  const base = compileRules(defaultRulesDir());
  const v0 = familyVersions(base);

  it('a conferment verb added to conferment.yaml reaches the refiner and changes the named family only', () => {
    const dir = rulesWith('conferment.yaml', (y) => y.replace('grant: [授予, ', 'grant: [嘉奖, 授予, '));
    const rules = compileRules(dir);
    expect(rules.conferment.v.grant).toContain('嘉奖');
    // one compiled object per folder, whoever asks
    expect(confermentRules(dir)).toBe(rules.conferment);
    const text = '嘉奖王某等3名职工“技术能手”称号。';
    expect(confermentHonours(text, null, base.conferment)).toEqual([]);
    expect(confermentHonours(text, null, rules.conferment).map((h) => [h.name, h.count])).toEqual([['技术能手', 3]]);
    const v = familyVersions(rules);
    expect(v.named).not.toBe(v0.named);
    expect([v.structure, v.quantities, v.citations]).toEqual([v0.structure, v0.quantities, v0.citations]);
  });

  it('a page-layout change changes the structure version; a comment changes nothing', () => {
    const page = familyVersions(compileRules(rulesWith('page-layout.yaml', (y) => y.replace('bylineLabels: [', 'bylineLabels: [整理人, '))));
    expect(page.structure).not.toBe(v0.structure);
    const comment = familyVersions(compileRules(rulesWith('subject-cues.yaml', (y) => `# a note for the archivist\n${y}`)));
    expect(comment).toEqual(v0);
  });
});
