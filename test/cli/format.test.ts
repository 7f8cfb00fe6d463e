// The one CSV writer, the one table renderer and the escaping of untrusted text (audit item 9).
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, formatCsv } from '../../src/format/csv.js';
import { columnKind, decode, textOf } from '../../src/format/encode.js';
import { safeText } from '../../src/format/escape.js';
import { formatTable } from '../../src/format/table.js';
import { tableSnippet } from '../../src/cli/commands/search.js';

describe('CSV', () => {
  it('quotes a field holding a line break even without comma or quote, so a reader sees whole rows', () => {
    const csv = formatCsv(['a', 'b'], [{ a: '第一行\n第二行', b: 1 }, { a: 'x', b: 2 }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parse(csv.slice(1))).toEqual([['a', 'b'], ['第一行\n第二行', '1'], ['x', '2']]);
  });

  it('guards text cells Excel would run as a formula, never numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('劳模')).toBe('劳模');
  });

  it('one encoding: flags true/false, lists joined with 、, objects as JSON, null empty', () => {
    expect(textOf(decode(columnKind({ name: 'approx', table: 'quantities', column: 'approx' }), 1))).toBe('true');
    expect(textOf(decode(columnKind({ name: 'x', table: 'quantities', column: 'cumulative' }), 0))).toBe('false');
    expect(textOf(decode(columnKind({ name: 'issuers', table: 'documents', column: 'issuers' }), '["甲","乙"]'))).toBe('甲、乙');
    expect(decode(columnKind({ name: 'issuers', table: 'documents', column: 'issuers' }), '["甲","乙"]')).toEqual(['甲', '乙']);
    // an integer column that is not a flag stays a number
    expect(decode(columnKind({ name: 'approx', table: 'quantities', column: 'idx' }), 1)).toBe(1);
    expect(textOf(null)).toBe('');
  });
});

describe('terminal text', () => {
  it('ESC, BEL and line breaks from file names and texts are made visible', () => {
    const evil = 'a\x1b]0;pwned\x07b\nstored 0 failed\r\x1b[2K';
    const s = safeText(evil);
    expect(s).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(s).toBe('a␛]0;pwned␇b⏎stored 0 failed⏎␛[2K');
  });

  it('the table pads CJK cells by their display width and escapes control characters', () => {
    const out = formatTable(['名称', 'n'], [['劳模创新工作室', 16], ['a\x1b[31m', 2]]);
    const lines = out.trimEnd().split('\n');
    // the second column starts at the same display column on every line
    expect(new Set(lines.map((l) => stringWidth(l.replace(/\S+$/, ''))))).toEqual(new Set([16]));
    expect(out).not.toContain('\x1b');
    expect(out).toContain('a␛[31m');
  });

  it('a cut cell is never wider than the column allows, CJK next to the cut included', () => {
    const title = '云南省烟草专卖局（公司）“五坚持五聚力”全力推动产业工人队伍建设改革走深走实';
    for (let w = 10; w <= 70; w++) expect(stringWidth(formatTable(['t'], [[title]], { maxWidth: w }).split('\n')[2])).toBeLessThanOrEqual(w);
  });

  it('a cut snippet keeps its 【】 marks, in colour too', () => {
    // as search makes them: 30 characters before the first match, more after, cut by the table
    const snippet = '…前文'.padEnd(30, '很') + '\ue000劳模\ue001' + '后文'.repeat(60);
    for (const color of [false, true]) {
      const cell = tableSnippet(snippet, color);
      const out = formatTable(['摘录'], [[cell]], { maxWidth: 100, trusted: [0] });
      expect(out).toContain('【劳模】');
      if (color) expect(out).toMatch(/\x1b\[[0-9;]*m【劳模】/);
      expect(stringWidth(out.split('\n')[2])).toBe(100);
      expect(out.trimEnd().endsWith('…') || out.includes('…\x1b')).toBe(true);
    }
  });
});
