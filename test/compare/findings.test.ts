// The findings of issue 13 on small bulletins of our own, through processFile and the store:
// list sums with parts of other names, nested lists, the base a share names, restated figures,
// locations, and the filters.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { checkDocument, compareArchive } from '../../src/compare/index.js';
import { transposed } from '../../src/compare/restated.js';
import type { DB } from '../../src/store/db.js';
import type { Finding } from '../../src/types.js';
import { store, tempDb } from '../analysis/helpers.js';

let db: DB | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

const dir = mkdtempSync(join(tmpdir(), 'gongwen-findings-'));
let n = 0;

/** a bulletin of an invented series: header, then the body */
function bulletin(issue: number, date: string, body: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `青禾县总工会\n\n职工动态\n\n${y}年第${issue}期（总第${100 + issue}期）\n\n青禾县总工会办公室　　　　${y}年${m}月${d}日\n\n本期要目\n\n一、基本情况\n\n${body}\n`;
}

async function docOf(text: string) {
  const path = join(dir, `b${++n}.txt`);
  writeFileSync(path, text);
  return processFile(path);
}

async function archiveOf(...texts: string[]): Promise<Finding[]> {
  db = tempDb().db;
  for (const t of texts) store(db, await docOf(t));
  return compareArchive(db);
}

const of = (fs: Finding[], type: string) => fs.filter((f) => f.type === type);

describe('sum-mismatch', () => {
  it('parts of other names after 其中, with ASCII and full-width commas', async () => {
    for (const c of ['，', ',']) {
      const pd = await docOf(bulletin(1, '2024-03-01', `全区现有高技能人才4150人${c}其中高级技师310人、技师1240人、高级工2500人。`));
      const f = of(checkDocument(null, pd), 'sum-mismatch');
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe('error');
      expect(f[0].message).toContain('4050人');
    }
  });

  it('a total after 合计 with its parts in the next clause; 共有…，分别是…', async () => {
    const pd = await docOf(bulletin(1, '2024-03-01', '参赛企业合计146家，工业企业88家、建筑企业53家、其他企业23家。全县共设立服务站46个，分别是城区24个、乡镇18个、园区6个。'));
    const f = of(checkDocument(null, pd), 'sum-mismatch');
    expect(f.map((x) => x.items[0].text).sort()).toEqual(['146家', '46个']);
  });

  it('a nested list is not summed as siblings; a breakdown that adds up is silent', async () => {
    const pd = await docOf(
      bulletin(1, '2024-03-01', '全县职工总数18600人，其中一线职工12400人，一线职工中技术工人5600人。全县现有工作室21个，其中省级3个、市级7个、县级11个。'),
    );
    expect(checkDocument(null, pd)).toEqual([]);
  });

  it('a framed set described two ways (；) or by an attribute beside other groups is silent', async () => {
    const pd = await docOf(bulletin(1, '2024-03-01',
      '市总工会命名“某某工作室”等10个工作室为市级示范工作室。本批命名的工作室中，制造企业6个，服务企业4个；位于城区的7个，其余3个位于乡镇。' +
      '决定授予李某等40名同志“优秀工会积极分子”称号。在受表彰的优秀工会积极分子中，女性同志有26名；来自非公企业的有21名。'));
    expect(of(checkDocument(null, pd), 'sum-mismatch')).toEqual([]);
  });

  it('a framed set whose semicolon groups both fail is still reported', async () => {
    const pd = await docOf(bulletin(1, '2024-03-01',
      '市总工会命名“某某工作室”等10个工作室为市级示范工作室。本批命名的工作室中，制造企业6个，服务企业5个；位于城区的8个，其余4个位于乡镇。'));
    expect(of(checkDocument(null, pd), 'sum-mismatch')).toHaveLength(1);
  });

  it('prizes awarded out of the entries are not a breakdown of the entries', async () => {
    const pd = await docOf(bulletin(1, '2024-03-01', '共收到申报项目312项，评出一等奖15项、二等奖40项、三等奖75项。'));
    expect(checkDocument(null, pd)).toEqual([]);
  });
});

describe('percent-mismatch', () => {
  it('the share of a part in its own group is checked against that group, not the grand total', async () => {
    const ok = await docOf(bulletin(1, '2024-03-01', '全县共有农民工4.8万人，其中女性农民工1.6万人；女性农民工中有0.4万人参加了技能培训，占女性农民工的25%。'));
    expect(checkDocument(null, ok)).toEqual([]);
    // the author divided by the grand total: 0.4 / 4.8 ≈ 8.3%, but the sentence says 占女性农民工
    const bad = await docOf(bulletin(1, '2024-03-01', '全县共有农民工4.8万人，其中女性农民工1.6万人；女性农民工中有0.4万人参加了技能培训，占女性农民工的8.3%。'));
    const f = of(checkDocument(null, bad), 'percent-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((i) => i.text)).toEqual(['8.3%', '0.4万人', '1.6万人']);
  });
});

describe('restated-changed', () => {
  it('a stock that halves in a month is an error; a small rise is nothing', async () => {
    const fs = await archiveOf(
      bulletin(1, '2024-02-15', '全县现有工会会员52300人。'),
      bulletin(2, '2024-03-15', '全县现有工会会员25410人。'),
      bulletin(3, '2024-04-15', '全县现有工会会员52480人。'),
    );
    const f = of(fs, 'restated-changed');
    expect(f).toHaveLength(1); // the wrong issue once, not again by the next one
    expect(f[0].severity).toBe('error');
    expect(f[0].items.map((i) => i.text)).toEqual(['52300人', '25410人']);
  });

  it('digits in another order are a warning', async () => {
    const fs = await archiveOf(bulletin(1, '2024-06-14', '全县现有劳模创新工作室21个。'), bulletin(2, '2024-07-15', '全县现有劳模创新工作室12个。'));
    expect(of(fs, 'restated-changed').map((f) => f.severity)).toEqual(['warning']);
  });

  it('a monthly count, a running count of the year and a cumulative rise are not reported', async () => {
    const fs = await archiveOf(
      bulletin(1, '2024-02-15', '本月，全县受理职工法律援助申请12件。今年以来，共走访慰问困难职工86户。全县累计建成“司机之家”4个。'),
      bulletin(2, '2024-03-15', '本月，全县受理职工法律援助申请5件。今年以来，共走访慰问困难职工402户。全县累计建成“司机之家”15个。'),
    );
    expect(fs).toEqual([]);
  });

  it('documents far apart are not compared', async () => {
    const fs = await archiveOf(bulletin(1, '2023-02-15', '全县现有工会会员52300人。'), bulletin(2, '2024-03-15', '全县现有工会会员25410人。'));
    expect(of(fs, 'restated-changed')).toEqual([]);
  });

  it('transposed digits', () => {
    expect(transposed('52950', '59250')).toBe(true);
    expect(transposed('21', '12')).toBe(true);
    expect(transposed('52950', '52960')).toBe(false);
    expect(transposed('7', '7')).toBe(false);
  });
});

describe('cumulative-decrease', () => {
  it('a running count of the year that falls later in the same year; not across the new year', async () => {
    const fs = await archiveOf(
      bulletin(1, '2023-11-15', '今年以来，县总工会共走访慰问困难职工512户。'),
      bulletin(2, '2024-01-15', '今年以来，县总工会共走访慰问困难职工36户。'),
      bulletin(3, '2024-02-15', '今年以来，县总工会共走访慰问困难职工386户。'),
      bulletin(4, '2024-03-15', '今年以来，县总工会共走访慰问困难职工312户。'),
    );
    const f = of(fs, 'cumulative-decrease');
    expect(f).toHaveLength(1);
    expect(f[0].items.map((i) => i.text)).toEqual(['386户', '312户']);
  });
});

describe('a wrong date is one finding', () => {
  it('第6期 dated before 第5期: an issue-sequence error, not a cumulative decrease of its figures', async () => {
    const fs = await archiveOf(
      bulletin(5, '2023-05-08', '截至4月底，全市累计建成职工创新工作室88个。'),
      bulletin(6, '2023-05-05', '截至5月底，全市累计建成职工创新工作室91个。'),
    );
    expect(fs.map((f) => f.type)).toEqual(['issue-sequence']);
    expect(fs[0].message).toContain('日期倒序');
  });
});

describe('locations and filters', () => {
  it('items carry the paragraph, the section heading and their offsets', async () => {
    const pd = await docOf(bulletin(1, '2024-03-01', '全区现有高技能人才4150人，其中高级技师310人、技师1240人、高级工2500人。'));
    const f = checkDocument(null, pd);
    const it0 = f[0].items[0];
    const text = pd.json.document.text;
    expect(text.slice(it0.start, it0.end)).toBe(it0.text);
    expect(it0.line).toBe(text.slice(0, it0.start).split('\n').length);
    expect(it0.section).toBe('一、基本情况');
  });

  it('--type, --severity, --since and --series narrow the findings', async () => {
    const a = bulletin(1, '2024-02-15', '全县现有工会会员52300人。全区现有高技能人才4150人，其中高级技师310人、技师1240人、高级工2500人。');
    const b = bulletin(2, '2024-03-15', '全县现有工会会员25410人。');
    db = tempDb().db;
    for (const t of [a, b]) store(db, await docOf(t));
    const all = compareArchive(db);
    expect(new Set(all.map((f) => f.type))).toEqual(new Set(['sum-mismatch', 'restated-changed']));
    expect(compareArchive(db, undefined, { types: ['sum-mismatch'] }).map((f) => f.type)).toEqual(['sum-mismatch']);
    expect(compareArchive(db, undefined, { since: '2024-03' }).map((f) => f.type)).toEqual(['restated-changed']);
    expect(compareArchive(db, undefined, { series: '职工动态' })).toHaveLength(2);
    expect(compareArchive(db, undefined, { series: '改革快报' })).toEqual([]);
    expect(compareArchive(db, undefined, { severity: 'error' })).toHaveLength(2);
  });
});

describe('sum-mismatch on overlapping groups', () => {
  it('其中女职工…、农民工… overlap and are not summed; 男职工、女职工 are', async () => {
    const overlap = await docOf(bulletin(1, '2024-03-01', '全市职工18.6万人，其中女职工7.2万人、农民工12.5万人。'));
    expect(of(checkDocument(null, overlap), 'sum-mismatch')).toEqual([]);
    const gender = await docOf(bulletin(1, '2024-03-01', '全市职工18.6万人，其中男职工10.2万人、女职工7.2万人。'));
    expect(of(checkDocument(null, gender), 'sum-mismatch')).toHaveLength(1);
  });
});

describe('issue-sequence', () => {
  it('第7期 twice and no 第8期 is one mistake: the duplicate says which number is missing, no gap warning', async () => {
    const fs = await archiveOf(
      bulletin(6, '2024-06-14', '全县现有工会会员52590人。'),
      bulletin(7, '2024-07-15', '全县现有工会会员52700人。'),
      bulletin(7, '2024-08-15', '全县现有工会会员52760人。'),
      bulletin(9, '2024-09-13', '全县现有工会会员52810人。'),
    );
    const f = of(fs, 'issue-sequence').filter((x) => !x.message.includes('总期号'));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0].message).toContain('第8期缺失');
  });
});

describe('check against the archive', () => {
  it('a draft that restates a stock with a figure halved: restated-changed error on the draft, located', async () => {
    db = tempDb().db;
    store(db, await docOf(bulletin(2, '2024-02-20', '全县现有工会会员52300人。')));
    const pd = await docOf(bulletin(3, '2024-03-15', '全县现有工会会员25410人。'));
    const f = of(checkDocument(db, pd), 'restated-changed');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    const mine = f[0].items.find((i) => i.documentId === pd.json.document.id)!;
    expect(mine.text).toBe('25410人');
    expect(mine.section).toBe('一、基本情况');
  });
});
