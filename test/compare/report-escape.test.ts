// The text report shows untrusted document text on a terminal: control characters in a sentence,
// a figure, a file name, a heading or a message are made visible; the JSON keeps them as data.
import { describe, expect, it } from 'vitest';
import { formatFindingsText } from '../../src/compare/index.js';
import { findingsJson } from '../../src/cli/commands/finding-flags.js';
import type { Finding } from '../../src/types.js';

const ESC = '\x1b';
const sentence = `全年新建职工书屋${ESC}[2J${ESC}]0;owned\x07 16 个，其中\u202e示范点 5 个。`;
const finding: Finding = {
  type: 'sum-mismatch',
  severity: 'error',
  message: `合计 16 个与分项之和 15 个不符${ESC}[31m`,
  items: [
    { documentId: 'a', source: `draft${ESC}[1A.txt`, text: '16 个', sentence, value: 16, start: 30, end: 34, page: 2, line: 7, section: `二、${ESC}[0m阵地建设` },
    { documentId: 'a', source: `draft${ESC}[1A.txt`, text: '5 个', sentence, value: 5, start: 42, end: 45, page: 2, line: 7, section: null },
  ],
};

describe('compare/check text report', () => {
  it('escapes C0, DEL and bidi controls from document text, file names, headings and messages', () => {
    const report = formatFindingsText([finding], { title: `草稿检查 x${ESC}[2K.txt` });
    // no control character reaches the terminal except the report's own line breaks
    expect(report.replace(/\n/g, '')).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(report).toContain('草稿检查 x␛[2K.txt');
    expect(report).toContain('不符␛[31m');
    expect(report).toContain('draft␛[1A.txt:7: （第2页 · 二、␛[0m阵地建设）');
    // the figures are still marked in the escaped sentence
    expect(report).toContain('全年新建职工书屋␛[2J␛]0;owned␇ 【16 个】，其中\\u202e示范点 【5 个】。');
  });

  it('leaves the JSON output as data (escaped by JSON, unchanged when parsed)', () => {
    const json = findingsJson([finding]);
    expect(json).not.toContain(ESC);
    expect(JSON.parse(json).findings[0].items[0].sentence).toBe(sentence);
  });

  it('plain text is unchanged', () => {
    const plain: Finding = { ...finding, message: '合计不符', items: finding.items.map((it) => ({ ...it, source: 'a.txt', section: '二、阵地建设', sentence: '全年新建 16 个，其中示范点 5 个。' })) };
    const report = formatFindingsText([plain]);
    expect(report).toContain('a.txt:7: （第2页 · 二、阵地建设）  “16 个”');
    expect(report).toContain('全年新建 【16 个】，其中示范点 【5 个】。');
  });
});
