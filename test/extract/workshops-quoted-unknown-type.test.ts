// A quoted name ending 工作站 whose type no rule lists (a county's 乡村工匠工作站, before round 53 added that type; here
// 职业农民工作站) once threw inside the quoted-name reader and lost the whole document; now that reader passes it by.
// Sentences written for this test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/process.js';

const TEXT = [
  '关于认定第一批县级乡村工匠工作站的通知',
  '各乡（镇）人民政府：',
  '经审核，决定认定石桥镇竹编职业农民工作站等3个工作站为“县级职业农民工作站”，每个给予建设补助5万元。',
  '同时，命名“王立新劳模创新工作室”为县级劳模创新工作室，全县共培训农民工120人次。',
].join('\n');

describe('a quoted name of a workshop type the rules lack', () => {
  it('does not stop the document: its figures and the known workshop are still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
    const path = join(dir, 'naming.txt');
    writeFileSync(path, TEXT);
    const r = (await processFile(path)).json;
    const figures = r.quantities.map((q) => q.text);
    expect(figures).toEqual(expect.arrayContaining(['3个', '5万元', '120人次']));
    expect(r.workshops.map((w) => w.name)).toContain('王立新劳模创新工作室');
  });
});

describe('a reader that throws', () => {
  it('costs the document that reader’s items only, named in a warning, outside strict mode', async () => {
    const { EXTRACTORS } = await import('../../src/extract/registry.js');
    const { vi } = await import('vitest');
    const spy = vi.spyOn(EXTRACTORS.workshops, 'extract').mockImplementation(() => {
      throw new Error('planted failure');
    });
    const strict = process.env.GONGWEN_STRICT_EXTRACT;
    process.env.GONGWEN_STRICT_EXTRACT = '0';
    try {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
      const path = join(dir, 'naming.txt');
      writeFileSync(path, TEXT);
      const pd = await processFile(path);
      expect(pd.warnings).toContainEqual(expect.stringContaining('workshops reader failed and was skipped: planted failure'));
      expect(pd.json.quantities.map((q) => q.text)).toContain('120人次');
      process.env.GONGWEN_STRICT_EXTRACT = '1';
      await expect(processFile(path)).rejects.toThrow('planted failure');
    } finally {
      process.env.GONGWEN_STRICT_EXTRACT = strict;
      spy.mockRestore();
    }
  });
});
