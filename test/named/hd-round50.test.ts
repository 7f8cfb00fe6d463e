// Round 50, headers: an official account's page whose author span names the account it asks the reader to
// follow (no writer), whose 来源 names a body's 公众号 (the body issues it) or stands below the article's
// container; a bureau's section crediting its drafter (某股 执笔人：某某). Invented pages and issues.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hd50-'));
async function docOf(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return (await processFile(file)).json.document;
}

/** an official account's page: the account in the author span, the 来源 inside or below the container */
function accountPage(author: string, source: string, sourceInside: boolean, follow: string): string {
  const src = `<p class="source">来源：${source}</p>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${follow} | 青梧县12名职工获评“青梧工匠”</title></head><body>
<div id="js_article" class="rich_media">
  <h1 class="rich_media_title" id="activity-name">青梧县12名职工获评“青梧工匠”</h1>
  <div class="rich_media_meta_list">
    <span class="rich_media_meta rich_media_meta_text">${author}</span>
    <em id="publish_time">2025年9月3日 18:20</em>
  </div>
  <div class="rich_media_content" id="js_content">
    <p>9月2日，青梧县总工会召开命名大会，命名12名职工为第二届“青梧工匠”，每人获得奖励金8000元。</p>
    <p>据介绍，本届评选共收到推荐材料40份，经专家评审和公示，最终12人获评，其中女职工5名。</p>
    ${sourceInside ? src : ''}
    <p class="staff">编辑：闵初晴　审核：邬立川</p>
  </div>
  ${sourceInside ? '' : src}
  <div class="qr">长按识别二维码，关注“${follow}”</div>
</div></body></html>`;
}

describe('an official account page (round 50)', () => {
  it('names no writer when the author span is the account the page asks to follow, and issues from the body running the 公众号', async () => {
    const d = await docOf('acct-a.html', accountPage('青梧发布', '青梧县总工会微信公众号', true, '青梧发布'));
    expect(d.byline).toBeNull();
    expect(d.issuers).toEqual(['青梧县总工会']);
  });

  it('keeps a writer in the author span who is not the followed account', async () => {
    const d = await docOf('acct-b.html', accountPage('沈知遥', '青梧县总工会', true, '青梧发布'));
    expect(d.byline).toBe('沈知遥');
    expect(d.issuers).toEqual(['青梧县总工会']);
  });

  it('reads the 来源 set just below the article, outside its container', async () => {
    const d = await docOf('acct-c.html', accountPage('青梧发布', '青梧县总工会', false, '青梧发布'));
    expect(d.issuers).toEqual(['青梧县总工会']);
    expect(d.byline).toBeNull();
  });
});

const SECTION_DRAFTER = `枫溪人社动态
2025年第4期
枫溪县人力资源和社会保障局办公室　　　　2025年4月18日
【本期导读】
▷ 我县新认定3个县级技能大师工作室
▷ 春季招聘月活动圆满结束
┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈
我县新认定3个县级技能大师工作室

近日，县人社局认定3个工作室为县级技能大师工作室，每个工作室给予建设经费2万元。

（职业能力建设股　执笔人：栾若溪）

春季招聘月活动圆满结束

4月15日，县人社局春季招聘月活动结束，共举办招聘会6场，达成就业意向430人。

（就业促进股　撰稿：邰明川）
`;

describe('a section crediting its drafter (round 50)', () => {
  it('credits the drafter alone after a 股 and 执笔人, and keeps the section before another label', async () => {
    const d = await docOf('section-drafter.txt', SECTION_DRAFTER);
    const arts = (d.articles ?? []).map((a: { title: string; byline: string | null }) => `${a.title} / ${a.byline ?? '-'}`);
    expect(arts).toContain('我县新认定3个县级技能大师工作室 / 栾若溪');
    expect(arts).toContain('春季招聘月活动圆满结束 / 就业促进股 邰明川');
  });
});
