// Round 60 (honours): a holder's title said as an attribute in a few more shapes — counted holders after a copula
// with the holder's word (2名是H获得者), a title list whose last is quoted and glued to the name (由H、“H2”某某领衔),
// an appositive honour before a person who does something to others (…某某向…讲解), a list published by a body
// (入选…公布的“H”). Text written for these tests, with places and people of its own.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hon60-'));
let n = 0;
async function honoursOf(body: string): Promise<{ name: string; count: number | null; recipients: string[] }[]> {
  const file = join(dir, `doc-${n++}.txt`);
  writeFileSync(file, `青禾县总工会工作简报\n\n${body}\n\n青禾县总工会\n2025年12月1日\n`);
  return (await processFile(file)).json.awards.map((a) => ({ name: a.name, count: a.count ?? null, recipients: a.recipients ?? [] }));
}

describe('counted holders after a copula, the title followed by its holder word (2名是H获得者)', () => {
  it('counts the holders of the title', async () => {
    const got = await honoursOf('本批工作室的领衔人中，2名是江西省五一劳动奖章获得者，1名是全国技术能手。');
    expect(got.map((h) => [h.name, h.count])).toContainEqual(['江西省五一劳动奖章', 2]);
  });
  it('still reads a copula before a quoted title', async () => {
    const got = await honoursOf('本批工作室的领衔人中，3名是“江淮工匠”。');
    expect(got.map((h) => [h.name, h.count])).toContainEqual(['江淮工匠', 3]);
  });
});

describe('titles in apposition whose last is quoted and glued to the name', () => {
  it('gives the first title to the person too', async () => {
    const got = await honoursOf('该工作室由全国劳动模范、“江淮工匠”孙立春领衔，已带徒20名。');
    expect(got).toContainEqual({ name: '全国劳动模范', count: null, recipients: ['孙立春'] });
  });
  it('reads no holder when no name follows the quoted title', async () => {
    const got = await honoursOf('组建由劳动模范、“江淮工匠”、基层宣讲员组成的宣讲队。');
    expect(got.filter((h) => h.name.endsWith('劳动模范'))).toEqual([]);
  });
});

describe('an appositive honour before a person who acts on others (…某某向…讲解)', () => {
  it('reads the person after the post as the holder', async () => {
    const got = await honoursOf('在石桥镇，“江淮工匠”、某某茶叶专业合作社理事长吴德林向茶农讲解修剪要点。');
    expect(got).toContainEqual({ name: '江淮工匠', count: null, recipients: ['吴德林'] });
  });
});

describe('a list a body published, between the verb of being on it and the title', () => {
  it('reads 入选…公布的“H” as the title received', async () => {
    const got = await honoursOf('另有1人入选省人社厅公布的“吉林省技术能手”。');
    expect(got.map((h) => [h.name, h.count])).toContainEqual(['吉林省技术能手', 1]);
  });
});

describe('what sums the titles or spans their levels is no honour', () => {
  it('drops the bare classes counted after the total of a commendation (本次表彰共评出先进集体N个)', async () => {
    const got = await honoursOf('授予某某公司等6个单位“青禾县五一劳动奖状”，授予李某等20名职工“青禾县五一劳动奖章”。本次表彰共评出先进集体6个、先进个人20名。');
    expect(got.filter((h) => /先进/.test(h.name))).toEqual([]);
    const past = await honoursOf('该奖项设立九年来，累计表彰先进单位40个、先进个人150名、先进班组60个。');
    expect(past.filter((h) => /先进/.test(h.name))).toEqual([]);
  });
  it('keeps a commended class that is a title of its own', async () => {
    const got = await honoursOf('授予某某公司等20个单位“全县安全生产先进集体”称号。');
    expect(got.map((h) => [h.name, h.count])).toContainEqual(['全县安全生产先进集体', 20]);
  });
  it('keeps a batch that received a grade bounded above, left to the kind', async () => {
    const got = await honoursOf('另有11个班组获评市级以上工人先锋号。');
    expect(got.map((h) => [h.name, h.count])).toEqual([['市级以上工人先锋号', 11]]);
  });
  it('reads no title in what each holder gets or the post they take (7名入选工匠每人发放…)', async () => {
    const got = await honoursOf('县总工会为7名入选工匠每人发放奖励金3000元，9名获表彰人员担任裁判或技术指导。');
    expect(got).toEqual([]);
  });
});
