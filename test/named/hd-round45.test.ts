// Round 45, headers: a news page's info bar of unlabelled spans set side by side (the body's name, the
// reporters, the time), an account's author span that names the account before the reporter, and a
// headline with a kicker (引题) above and a subtitle (副题) below. Invented pages.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hd45-'));
async function docOf(name: string, html: string) {
  const file = join(dir, name);
  writeFileSync(file, html);
  return (await processFile(file)).json.document;
}
const bare = (s: string | null) => (s == null ? null : s.replace(/[\s\u3000]+/g, ''));

const KICKER_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>南桥区第二届“南桥工匠”出炉 8名职工获评_南桥融媒</title></head>
<body><header><a class="logo" href="/">南桥融媒</a></header>
<article>
<p class="lead-in">聚焦制造业一线　技能人才挑大梁</p>
<h1>南桥区第二届“南桥工匠”出炉 8名职工获评</h1>
<p class="sub">——其中3人来自新材料企业</p>
<div class="meta"><span>南桥区融媒体中心</span><span>记者　岑望舒　通讯员　barrier</span><span>2025-10-09 09:15</span><span>阅读 1.2万</span></div>
<div class="body"><p>10月8日，南桥区总工会召开第二届“南桥工匠”命名大会，命名8名职工为第二届“南桥工匠”。</p>
<p>本届共推荐候选人31名，比上届增加6名。</p></div>
</article></body></html>`.replace('barrier', '邬子衿');

const ACCOUNT_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>9名“溪口工匠”今天亮相</title></head>
<body><div class="rich_media">
<h1 class="rich_media_title">9名“溪口工匠”今天亮相！他们有啥绝活？</h1>
<div class="rich_media_meta_list"><span class="meta_original">原创</span>　<span class="meta_author">溪口发布 记者 冼若愚</span>　<a class="meta_nickname" href="#">溪口发布</a>　<em class="publish_time">2025年9月3日 18:06</em></div>
<div class="rich_media_content"><p>9月3日上午，溪口县总工会召开首届“溪口工匠”发布会，对新评出的9名“溪口工匠”进行集中发布。</p>
<p>本届评选共推荐候选人27名，最终9人入选。</p></div>
</div></body></html>`;

describe('round 45: a news page info bar of unlabelled spans', () => {
  it('takes the main line under the kicker as the title, the body in the bar as issuer, the reporters as byline', async () => {
    const d = await docOf('kicker.html', KICKER_PAGE);
    expect(bare(d.title)).toBe('南桥区第二届“南桥工匠”出炉8名职工获评');
    expect(d.issuers).toEqual(['南桥区融媒体中心']);
    expect(bare(d.byline)).toBe('记者岑望舒通讯员邬子衿');
    expect(d.date).toBe('2025-10-09');
    // the bar's own line, its items run together, is restated by the header block and leaves the text
    expect(d.text).not.toContain('阅读');
  });

  it('credits the reporter of an account author span, not the account named before the role', async () => {
    const d = await docOf('account.html', ACCOUNT_PAGE);
    expect(bare(d.byline)).toBe('记者冼若愚');
    expect(d.issuers).not.toContain('溪口发布');
  });

  it('reads a labelled reporter item (记者：…　通讯员：…) as the byline without its colons', async () => {
    const html = KICKER_PAGE.replace('<span>南桥区融媒体中心</span><span>记者　岑望舒　通讯员　邬子衿</span>', '<span>来源：南桥区融媒体中心</span><span>记者：岑望舒　通讯员：邬子衿</span>');
    const d = await docOf('labelled.html', html);
    expect(bare(d.byline)).toBe('记者岑望舒通讯员邬子衿');
    expect(d.issuers).toEqual(['南桥区融媒体中心']);
  });
});

describe('round 45: a unit credited before the one who drafted the article', () => {
  const bulletin = ['某县总工会工作动态', '第7期', '某县总工会办公室\u30002025年9月8日', '某县评出9名乡村工匠',
    '9月5日，某县总工会召开会议，评出9名乡村工匠，每人奖励3000元。', '（县总工会宣传部\u3000执笔：蓝予安）',
    '职工书屋新增藏书两千册', '截至8月底，全县职工书屋新增藏书2000册。', '（县总工会网信部\u3000撰稿：童知远）', ''].join('\n');
  it('执笔 names the byline alone; 撰稿 keeps the unit before the writer', async () => {
    const d = await docOf('drafter.txt', bulletin);
    expect(d.articles.map((a: { byline: string | null }) => bare(a.byline))).toEqual(['蓝予安', '县总工会网信部童知远']);
  });
});
