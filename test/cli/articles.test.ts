// A bulletin issue with several articles, through ingest, the archive and metrics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gw, ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gw-articles-'));
const db = join(dir, 'a.db');
const issue = join(ROOT, 'test', 'eval', 'genre', 'dev', 'jianbao-2023-08-shandong.txt');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('articles of a bulletin issue', () => {
  it('are stored with their titles and bylines, and each figure knows its article', async () => {
    expect((await gw(['ingest', issue, '--db', db])).code).toBe(0);
    const arts = JSON.parse((await gw(['query', 'SELECT idx, title, byline FROM articles ORDER BY idx', '--db', db, '--format', 'json'])).stdout);
    expect(arts.map((a: { title: string; byline: string }) => [a.title, a.byline])).toEqual([
      ['济南市总工会“四个一批”培育高技能人才', '济南市总工会 刘晓东'],
      ['青岛港集团打造职工创新“链条”', '青岛港集团工会 孙丽娟'],
      ['潍坊市开展“齐鲁工匠”进企业宣讲', '潍坊市总工会宣教部 赵明'],
    ]);
    const rows = JSON.parse((await gw(['metrics', '--subject', '国家专利', '--db', db, '--format', 'json'])).stdout);
    expect(rows.map((r: { value: number; article: string }) => [r.value, r.article])).toEqual([[41, '青岛港集团打造职工创新“链条”']]);
    const q = JSON.parse((await gw(['query', "SELECT article_title FROM v_quantities WHERE text = '85场'", '--db', db, '--format', 'json'])).stdout);
    expect(q).toEqual([{ article_title: '潍坊市开展“齐鲁工匠”进企业宣讲' }]);
  }, 60_000);
});
