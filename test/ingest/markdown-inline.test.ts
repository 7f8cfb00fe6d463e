// Inline Markdown stripping: the same output as the regular expressions it replaced (kept here as
// the oracle), on random lines built from the characters that matter, and in linear time on the
// lines that made those expressions quadratic (a 1 MB line of `[` took 54–99 s).
import { describe, expect, it } from 'vitest';
import { stripInline } from '../../src/ingest/text.js';
import { markdownLines } from '../../src/ingest/text.js';

function oracle(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<br\s*\/?>/gi, '')
    .replace(/<\/?(?:strong|b|em|i|u|span|sup|sub|font|mark)\b[^>]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\*\*/g, '')
    .replace(/(^|[^*\\])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
}

/** A deterministic pseudo-random line over the given pieces. */
function line(seed: number, pieces: string[], n: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += pieces[(x >> 8) % pieces.length];
  }
  return out;
}

const PIECES = ['[', ']', '(', ')', '![', '*', '**', '_', '__', '~~', '~', '`', '\\', ' ', '劳模', 'a', '<b>', '</B>', '<strong x>', '<br/>', '<bold>', '<', '>', '<span', '\n'];

describe('inline Markdown', () => {
  it('strips as the regular expressions did, on 20,000 random lines', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const s = line(seed, PIECES, 1 + (seed % 40));
      const got = stripInline(s);
      if (got !== oracle(s)) expect({ s, got }).toEqual({ s, got: oracle(s) });
    }
  });

  it('the usual cases', () => {
    expect(stripInline('见[《实施方案》](http://x.gov.cn/a)和![图](a.png)第**3**条~~删~~，`代码`与\\*号')).toBe('见《实施方案》和第3条删，代码与*号');
  });

  it('is linear: 1 MB lines of openers with no closer', () => {
    for (const unit of ['[', '![', '**a ', '~~a ', '<b', '[a](', '[a][']) {
      const s = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      const got = stripInline(s);
      expect(performance.now() - t0).toBeLessThan(10_000);
      expect(got.length).toBeGreaterThan(0);
    }
    const t0 = performance.now();
    expect(markdownLines('['.repeat(1_000_000))).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 60_000);
});

// A table's delimiter row may align with one dash a cell (| :-: | - |, :--, --:): none of it is a cell's text, so
// the head's last label stays whole and each row keeps as many lines as the head has cells.
describe('markdown table delimiter rows', () => {
  const cells = (md: string) => markdownLines(md).map((l) => l.text);
  it.each([
    '| 序号 | 负责人 | 名称 |\n| :-: | --- | --: |\n| 1 | 张某 | 某某工作室 |',
    '| 序号 | 负责人 | 名称 |\n|:-|:-:|-:|\n| 1 | 张某 | 某某工作室 |',
    '| 序号 | 负责人 | 名称 |\n| :--- | :-: | ---: |\n| 1 | 张某 | 某某工作室 |',
    '| 序号 | 负责人 | 名称 |\n| - | - | - |\n| 1 | 张某 | 某某工作室 |',
  ])('%s', (md) => {
    const got = cells(md);
    expect(got.slice(0, 3)).toEqual(['序号', '负责人', '名称']);
    expect(got.some((t) => /-/.test(t))).toBe(false);
  });
});
