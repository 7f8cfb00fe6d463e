// Runs the examples of rules/genres.yaml against the patterns the header reader uses, and
// reads a bulletin header with a series ending added to the rules only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENRE_LISTS, GenreListRule, genrePatterns, type GenrePatterns } from '../../src/structure/genres.js';
import { loadRuleFile } from '../../src/rules/loader.js';
import { structure } from '../../src/structure/index.js';

const PATTERN: Record<(typeof GENRE_LISTS)[number], keyof GenrePatterns> = {
  'genre.series-ending': 'seriesEnd',
  'genre.document-type': 'documentType',
  'genre.report-to-label': 'reportTo',
  'genre.copy-to-label': 'copyTo',
  'genre.byline-label': 'bylineLabel',
  'genre.byline-tail': 'bylineTail',
  'genre.word-across-ending': 'wordAcross',
  'genre.sheet-label': 'sheetLabel',
};

describe('rules/genres.yaml', () => {
  const p = genrePatterns();
  for (const l of loadRuleFile('genres.yaml', GenreListRule)) {
    const re = p[PATTERN[l.id]] as RegExp;
    for (const t of l.examples.matches) it(`${l.id} matches ${t}`, () => expect(re.test(t)).toBe(true));
    for (const ex of l.examples.matchesNothing) it(`${l.id} does not match ${ex.text} (${ex.why})`, () => expect(re.test(ex.text)).toBe(false));
  }

  it('a series ending added to the rules is a series the header reader finds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-genres-'));
    try {
      cpSync('rules', dir, { recursive: true });
      const file = join(dir, 'genres.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('words: [快报, 简报,', 'words: [纵览, 快报, 简报,'));
      const text = '云南省产业工人队伍建设改革纵览\n第3期\n云南省总工会办公室编        2023年3月1日\n全省职工技能竞赛启动\n正文。';
      const series = () => structure({ text, lines: [] }, 'txt').meta.series;
      // too long for a series name without a known ending
      expect(series() ?? '').not.toMatch(/纵览$/);
      const before = process.env.GONGWEN_RULES;
      process.env.GONGWEN_RULES = dir;
      try {
        expect(series()).toMatch(/纵览$/);
      } finally {
        if (before === undefined) delete process.env.GONGWEN_RULES;
        else process.env.GONGWEN_RULES = before;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
