// People, round 52 of issue 18: the editing credits of a page and of a bulletin — a news page that credits its
// editor only in the info bar above the article, one that sets two bracketed credits side by side below it
// (【责任编辑：某某】 【审核：某某】) or letter-spaces a two-character name, and a bulletin's closing 编审 line; the
// post before the last name of a list closed by 等N名, written with what qualifies it; a rural list line ending with
// a grower on a large scale (种植大户) or an agronomist; on pages and lines written for this test, each with what it
// must leave alone.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-pp52-'));
async function peopleOf(name: string, text: string): Promise<[string, string | null][]> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const json = (await processFile(file)).json;
  return json.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
}

/** a county news page: its info bar (date, source, author and maybe an editor), the article, then what stands below */
function newsPage(bar: string, below: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青梧县表彰一批技术能手_青梧新闻网</title></head><body>
<div class="article">
<h1>青梧县表彰一批技术能手</h1>
<div class="article-meta">
<span>2025-06-03 09:12</span>
<span>来源：青梧融媒</span>
<span>作者：晏书宁</span>
${bar}
</div>
<div class="article-body">
<p>本报讯　6月2日，青梧县总工会召开表彰会，授予12名职工“青梧县技术能手”称号，每人奖励3000元。</p>
<p>据介绍，本次评选共收到推荐材料36份，其中女职工5名，平均年龄39岁。</p>
</div>
${below}
</div>
<div class="footer">青梧县融媒体中心主办 版权所有</div>
</body></html>`;
}

describe('a news page credits its editor', () => {
  it('in the info bar above the article only: the editor is a person of the page', async () => {
    const p = await peopleOf('bar.html', newsPage('<span>编辑：邝素云</span>', ''));
    expect(p).toContainEqual(['邝素云', '编辑']);
    expect(p).toContainEqual(['晏书宁', '作者']);
  });

  it('below the article, two bracketed credits side by side: both are read', async () => {
    const p = await peopleOf('pair.html', newsPage('', '<div class="art-editor">【责任编辑：濮云舒】　【审核：邬立川】</div>'));
    expect(p).toContainEqual(['濮云舒', '责任编辑']);
    expect(p).toContainEqual(['邬立川', '审核']);
  });

  it('below the article, a two-character name letter-spaced: read as one name', async () => {
    const p = await peopleOf('spaced.html', newsPage('', '<div class="editor">（责任编辑：阙　岚）</div>'));
    expect(p).toContainEqual(['阙岚', '责任编辑']);
  });

  it('a line below the article that is no credit (a label with a sentence) brings no one', async () => {
    const p = await peopleOf('none.html', newsPage('', '<div class="note">编辑部提示：欢迎读者来信反映身边的劳模故事。</div>'));
    expect(p.map((x) => x[0])).toEqual(['晏书宁']);
  });
});

describe('a bulletin closes with its checker and the print run', () => {
  const issue = (last: string) => `青梧县总工会工作简报\n第5期\n青梧县总工会办公室　2025年6月6日\n\n某镇召开表彰会。会议表彰了先进。\n\n报送：某市总工会\n${last}\n`;
  it('编审 names who edited and checked the issue, before the print run', async () => {
    const p = await peopleOf('b1.txt', issue('编审：晏立诚　　　　　　　（共印60份）'));
    expect(p).toContainEqual(['晏立诚', '编审']);
  });

  it('the review steps one to three are each a credit', async () => {
    const p = await peopleOf('b2.txt', issue('一审：覃小雯　二审：邝德明　三审：晏立诚'));
    expect(p).toEqual([['覃小雯', '一审'], ['邝德明', '二审'], ['晏立诚', '三审']]);
  });
});

describe('a post before the last name of a list closed by 等N名', () => {
  const rolesIn = (t: string) => extractAll(textContext(t), ['named']).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
  it('is written with what qualifies it, back to the unit', () => {
    expect(rolesIn('授予青梧锻压机床有限公司数控车工组长柯立新等8名职工第三届“青梧工匠”称号。')).toContainEqual(['柯立新', '数控车工组长']);
    expect(rolesIn('决定授予青梧食品有限公司糕点车间主任訾海生等6名职工首届“青梧工匠”称号。')).toContainEqual(['訾海生', '糕点车间主任']);
    expect(rolesIn('授予青梧钢管制造有限公司焊接班长邝卫东等9名职工“青梧工匠”称号。')).toContainEqual(['邝卫东', '焊接班长']);
  });

  it('and stays the bare title where no unit stands before it', () => {
    expect(rolesIn('授予高级技师柯振东等10名职工“青梧工匠”称号。')).toContainEqual(['柯振东', '高级技师']);
  });
});

describe('a rural list line ends with a grower on a large scale or an agronomist', () => {
  const rolesIn = (t: string) => extractAll(textContext(t), ['named']).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
  it('reads the name with the unit and the post as the role', () => {
    const list = '青梧县乡村工匠名单\n邝德福　青梧县石门镇精品水果种植大户\n晏春兰　青梧县石门镇油茶种植大户、高级农艺师\n';
    expect(rolesIn(list)).toEqual([['邝德福', '青梧县石门镇精品水果种植大户'], ['晏春兰', '青梧县石门镇油茶种植大户、高级农艺师']]);
  });

  it('takes no one from a line that counts the growers', () => {
    const list = '青梧县产业发展情况\n石门镇　全镇共有种植大户36户\n';
    expect(rolesIn(list)).toEqual([]);
  });
});
