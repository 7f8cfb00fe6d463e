// A traditional-script copy of a news page closes with its editing credits as a simplified page does
// (【責任編輯：某某】 【審核：某某】): the labels are matched on the simplified fold, so the credited people are read.
// A page written for this test.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const page = (credits: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青梧縣舉辦職工技能大賽</title></head><body>
<div class="main"><h1>青梧縣舉辦職工技能大賽</h1>
<div class="info">發布時間：2025-10-16 來源：青梧縣總工會</div>
<div class="article">
<p>10月14日，青梧縣第五屆職工技能大賽在縣職業技術學校開幕，全縣共有86名選手參加6個項目的比賽。</p>
<p>縣總工會有關負責人介紹，各項目第一名將獲得獎勵金2000元。</p>
</div>
${credits}
<div class="foot">【打印本頁】【關閉窗口】</div>
</div></body></html>`;

async function people(html: string): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'gongwen-tc-')), 'page.html');
  writeFileSync(file, html);
  return (await processFile(file)).json.entities.filter((e) => e.type === 'person').map((e) => e.name);
}

describe('editing credits of a traditional-script page', () => {
  it('reads the editor and the reviewer below the article', async () => {
    const got = await people(page('<p>【責任編輯：鄔曉川】　【審核：濮德明】</p>'));
    expect(got).toEqual(expect.arrayContaining(['鄔曉川', '濮德明']));
  });
  it('still reads no person from a line below the article that is no credit', async () => {
    expect(await people(page('<p>歡迎廣大職工踴躍報名參加。</p>'))).toEqual([]);
  });
});
