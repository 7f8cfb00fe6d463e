// Round 75 (named): people and workshops in the shapes of the minority regions' documents — a meeting report's
// roll of offices and names, a post named by a people (族青年), a list line under its like, a second contact
// line, names counted by 两人, and a numbered record led by a team — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const r = peopleRules();
const wn = workshopNames();
const people = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);
const workshops = (t: string) => namedWorkshops(t, null, [], cuePeople(t, r), r, wn).map((w) => `${w.name}/${w.leader ?? ''}`);

describe('a meeting report\'s roll of offices and names', () => {
  it('reads each name of the roll, of no known surname too, with its body and office', () => {
    const got = people('出席会议的有：县人大常委会副主任格勒措，县政协副主席勒尔布，县总工会主席边立新。');
    expect(got.map((p) => p.split('/')[0])).toEqual(['格勒措', '勒尔布', '边立新']);
    expect(got.slice(1)).toEqual(['勒尔布/县政协副主席', '边立新/县总工会主席']);
  });
  it('keeps the chain of posts before the office, the next clause opening with an office', () => {
    expect(people('仪式上，县委常委、县总工会主席阿鲁拉惹，副县长巫红梅为获奖职工颁奖。')).toContain('阿鲁拉惹/县委常委、县总工会主席');
  });
  it('reads no phrase after a lone office as a name', () => {
    expect(people('他感谢县总工会主席抓党建，县委书记抓落实。')).toEqual([]);
  });
  it('reads a run no dictionary word splits after an office and before an act', () => {
    expect(people('旗人社局局长吉日格勒图表示，将推行订单式培训。')).toEqual(['吉日格勒图/旗人社局局长']);
  });
});

describe('posts and names of the minority regions', () => {
  it('reads a young man or woman named by their people, and a jobs broker', () => {
    expect(people('黎族青年吉文伦说：“现在能操作无人机。”')).toEqual(['吉文伦/黎族青年']);
    expect(people('来自某镇的劳务经纪人郜玉梅说，她今年带出去的女工有一半是第一次出远门。')).toEqual(['郜玉梅/劳务经纪人']);
  });
  it('reads an Amdo name closed by 本 and a Mongolian name of 巴音 and 达赉', () => {
    expect(people('民族中学教师旦正本、县人民医院外科医生韩秀英参加座谈。').map((p) => p.split('/')[0])).toContain('旦正本');
    expect(people('编辑：娜仁花　　审核：巴音达赉')).toContain('巴音达赉/审核');
  });
});

describe('lists and contact lines', () => {
  it('vouches for a labelled line of names under the like line before it', () => {
    const got = people('优秀农牧民工名单（4名）\n某某乡：仁青加措、才让吉毛\n某某镇：昂欠加、拉毛草\n');
    expect(got.map((p) => p.split('/')[0])).toEqual(['仁青加措', '才让吉毛', '昂欠加', '拉毛草']);
  });
  it('reads a second contact line whose phone is labelled 联系电话', () => {
    const got = people('联系人：区总工会组织部　拉巴央珍　　联系电话：0893-7825163\n　　　　区人社局劳动关系股　宗立林　　联系电话：0893-7831206');
    expect(got).toContain('宗立林/联系人');
  });
  it('reads names counted by 两人 before an adverb', () => {
    expect(people('其中，丁永华、虎秀兰两人还被推荐参加技术能手评选。').map((p) => p.split('/')[0])).toEqual(['丁永华', '虎秀兰']);
  });
});

describe('a numbered record led by a team', () => {
  it('is a workshop of no leader, its name whole', () => {
    const got = workshops('1．脐橙种植技术创新工作室\n　　依托单位：某县农业技术推广中心\n　　领衔人：帖建军（高级农艺师）\n2．某某水电站机组检修创新工作室\n　　依托单位：某县某某水电站\n　　领衔团队：电站检修部机械班（班长：寇海明）\n');
    expect(got).toContain('某某水电站机组检修创新工作室/');
  });
});
