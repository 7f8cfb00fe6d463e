// Headers and people, round 53 of issue 18: a news app page's credits block below the article (来源, the reporters
// with their colons, the video's makers, the numbered review steps) and the source it credits over the publisher its
// info bar names unlabelled; a three-letter name that ends in 和 before a verb; on pages and sentences written for this
// test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hp53-'));
async function pageOf(name: string, html: string) {
  const file = join(dir, name);
  writeFileSync(file, html);
  const json = (await processFile(file)).json;
  return { doc: json.document, people: json.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role]), orgs: json.entities.filter((e) => e.type === 'org').map((e) => e.name) };
}

/** a county media centre's app page: a bar naming the centre unlabelled, the article, then its credits block */
function appPage(credits: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青梧县新一批“青梧工匠”出炉</title></head><body>
<div class="top-bar"><span class="logo">青梧融媒</span><a class="open-app">打开APP</a></div>
<div class="page">
<h1 class="headline">青梧县新一批“青梧工匠”出炉</h1>
<div class="meta"><span class="src">青梧县融媒体中心</span> <span class="time">2025-09-12 18:30</span> <span class="read">阅读 1.6万</span></div>
<div class="story">
<p>近日，青梧县总工会公布第三届“青梧工匠”名单，共有12名职工入选，其中一线职工9名。</p>
<p>县总工会有关负责人介绍，每名“青梧工匠”将获得奖励金3000元，并在年内带徒不少于2名。</p>
</div>
<div class="credits">${credits}</div>
<div class="share">分享到：<a>微信</a> <a>朋友圈</a></div>
</div></body></html>`;
}

const BLOCK = '<p>来源：青梧县总工会</p><p>记者：晏书宁　通讯员：邝素云</p><p>视频：濮云舒　剪辑：邬立川</p><p>一审：晏书宁　二审：阙德明　三审：訾海生</p>';

describe('a news app page closes with a credits block', () => {
  it('the source the block credits is the issuer, the centre the bar names stays an organisation of the page', async () => {
    const { doc, orgs } = await pageOf('block.html', appPage(BLOCK));
    expect(doc.issuers).toEqual(['青梧县总工会']);
    expect(orgs).toContain('青梧县融媒体中心');
  });

  it('the reporters credited with colons are the byline; every line of the block gives its people', async () => {
    const { doc, people } = await pageOf('block2.html', appPage(BLOCK));
    expect(doc.byline).toBe('记者 晏书宁 通讯员 邝素云');
    for (const p of [['晏书宁', '记者'], ['邝素云', '通讯员'], ['濮云舒', '视频'], ['邬立川', '剪辑'], ['阙德明', '二审'], ['訾海生', '三审']]) expect(people).toContainEqual(p);
  });

  it('with no 来源 in the block, the centre the bar names issued the page', async () => {
    const { doc } = await pageOf('nosource.html', appPage('<p>记者：晏书宁　通讯员：邝素云</p><p>一审：晏书宁　二审：阙德明</p>'));
    expect(doc.issuers).toEqual(['青梧县融媒体中心']);
    expect(doc.byline).toBe('记者 晏书宁 通讯员 邝素云');
  });

  it('a block that is no credit (a prompt to follow the account) brings no one', async () => {
    const { people } = await pageOf('prompt.html', appPage('<p>更多精彩内容请下载“青梧融媒”客户端</p>'));
    expect(people).toEqual([]);
  });
});

describe('a three-letter name that ends in 和', () => {
  const peopleIn = (t: string) => extractAll(textContext(t), ['named']).entities.filter((e) => e.type === 'person').map((e) => e.name);
  it('is whole before 带着 (和 is no conjunction there)', () => {
    expect(peopleIn('车间里，高级技师骆德和带着三名徒弟调试新机床。')).toEqual(['骆德和']);
  });

  it('while 和 joining two people still parts them', () => {
    expect(peopleIn('高级技师骆德和徒弟邝小川一起调试新机床。')).toContain('骆德');
  });
});
