// Round 22 of issue 18: a list's title line, then a note line that opens with the count
// （共N名，以…排序）, then group lines 某镇（4名）：…: the note's count is the groups' total when they add
// up. Lists written for this test (other places, delimiters, scripts), with negatives.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'commend', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
/** each figure's total (by text), in order */
const totals = (written: string) => {
  const text = foldToSimplified(written);
  const qs = extractQuantities({ text, meta, sections: [], pageAt: () => null });
  return qs.map((q) => [q.text, q.partOf === null ? null : qs[q.partOf].text]);
};

describe('a note line under a list title gives the total of its group lines', () => {
  it('（共12名，按乡镇排序） over 某镇（5名）：… lines', () => {
    expect(totals('首届某县乡村工匠名单\n（共12名，按乡镇排序）\n　　东河镇（5名）：甲某、乙某、丙某、丁某、戊某\n　　西岭乡（4名）：己某、庚某、辛某、壬某\n　　其他乡镇（3名）：略')).toEqual([
      ['12名', null], ['5名', '12名'], ['4名', '12名'], ['3名', '12名'],
    ]);
  });
  it('a note in half-width brackets, groups by trade with a colon of either width', () => {
    expect(totals('某区技术能手名单\n(共9名,以姓氏笔画为序)\n焊工(4名):甲某、乙某、丙某、丁某\n电工（3名）：戊某、己某、庚某\n钳工(2名):辛某、壬某')).toEqual([
      ['9名', null], ['4名', '9名'], ['3名', '9名'], ['2名', '9名'],
    ]);
  });
  it('a traditional copy counting teams in 個', () => {
    expect(totals('某市工人先鋒號名單\n（共7個，排名不分先後）\n製造業（4個）：甲班組、乙班組、丙班組、丁班組\n服務業（3個）：戊班組、己班組、庚班組')).toEqual([
      ['7个', null], ['4个', '7个'], ['3个', '7个'],
    ]);
  });
  it('not: groups that do not add up to the note (a partial list) are no parts of it', () => {
    expect(totals('某县巧手名单\n（共20名，以乡镇排序）\n东河镇（5名）：甲某、乙某、丙某、丁某、戊某\n西岭乡（4名）：己某、庚某、辛某、壬某')).toEqual([
      ['20名', null], ['5名', null], ['4名', null],
    ]);
  });
});

describe('各 counts a part once for each item its clause joins', () => {
  it('A和B的各1个 / A、B、C各2名 / 甲及乙各3家 add up to the total', () => {
    expect(totals('本批8个工作室，依托制造企业的4个，依托合作社的2个，依托学校和医院的各1个。')).toEqual([
      ['8个', null], ['4个', '8个'], ['2个', '8个'], ['1个', '8个'],
    ]);
    expect(totals('全县共评出巧手15名，其中东河镇3名，西岭乡、南山镇、北坡乡各4名。')).toEqual([
      ['15名', null], ['3名', '15名'], ['4名', '15名'],
    ]);
    expect(totals('這次共命名示範點11家，城區5家，東鄉及西鄉各3家。')).toEqual([
      ['11家', null], ['5家', '11家'], ['3家', '11家'],
    ]);
  });
  it('not: 各 over one item counts it once, so a sum that then misses the total links nothing', () => {
    expect(totals('本批9个工作室，依托制造企业的5个，依托医院的各2个。')).toEqual([
      ['9个', null], ['5个', null], ['2个', null],
    ]);
  });
});

describe('group lines under a numbered, counted heading of an annex are its parts', () => {
  it('二、某市技术能手（9名） over 某公司（4名）：… lines', () => {
    expect(totals('附件\n一、某县劳动模范（3名）\n甲某　某某公司工人\n乙某　某某医院护士\n丙某　某某学校教师\n二、某县技术能手（9名）\n某某钢铁有限公司（4名）：甲某、乙某、丙某、丁某\n某某农机合作社（3名）：戊某、己某、庚某\n某县第二人民医院（2名）：辛某、壬某')).toEqual([
      ['3名', null], ['9名', null], ['4名', '9名'], ['3名', '9名'], ['2名', '9名'],
    ]);
  });
  it('not: group lines that do not add up to the heading (a partial list)', () => {
    expect(totals('二、某县技术能手（12名）\n某某钢铁有限公司（4名）：甲某、乙某、丙某、丁某\n某某农机合作社（3名）：戊某、己某、庚某')).toEqual([
      ['12名', null], ['4名', null], ['3名', null],
    ]);
  });
});

describe('a note line without 共 right under a list title gives the total of its group lines', () => {
  it('名单 over （9名，按工种分组） over 钳工（5名）：… lines', () => {
    expect(totals('某区技术能手名单\n（9名，按工种分组）\n钳工（5名）：甲某、乙某、丙某、丁某、戊某\n焊工（4名）：己某、庚某、辛某、壬某')).toEqual([
      ['9名', null], ['5名', '9名'], ['4名', '9名'],
    ]);
  });
  it('not: groups that fall short of the note', () => {
    expect(totals('某区技术能手名单\n（12名，按工种分组）\n钳工（5名）：甲某、乙某、丙某、丁某、戊某\n焊工（4名）：己某、庚某、辛某、壬某')).toEqual([
      ['12名', null], ['5名', null], ['4名', null],
    ]);
  });
});

describe('parts after a pool the set was chosen from, another figure between', () => {
  it('the parts add up to the chosen set, not the pool', () => {
    expect(totals('某县确定甲某等8名职工为首席员工。本届首席员工从12家企业推荐的30名候选人中评选产生，分布在3个行业，其中机械加工4名、食品加工3名、物流1名。')).toEqual([
      ['8名', null], ['12家', null], ['30名', null], ['3个', null], ['4名', '8名'], ['3名', '8名'], ['1名', '8名'],
    ]);
  });
});

describe('group lines whose names stand on the lines under them', () => {
  it('名单 over （7名，按行业分组） over 制造业（4名） over a line of names', () => {
    expect(totals('某市优秀技师名单\n（7名，按行业分组）\n制造业（4名）\n甲某 某某机械厂钳工\n乙某 某某电机厂电工\n丙某 某某铸造厂铸工\n丁某 某某机床厂车工\n服务业（3名）\n戊某 某某酒店厨师\n己某 某某汽修厂技师\n庚某 某某商场营业员')).toEqual([
      ['7名', null], ['4名', '7名'], ['3名', '7名'],
    ]);
  });
  it('not: groups that fall short of the note', () => {
    expect(totals('某市优秀技师名单\n（9名，按行业分组）\n制造业（4名）\n甲某 某某机械厂钳工\n服务业（3名）\n戊某 某某酒店厨师')).toEqual([
      ['9名', null], ['4名', null], ['3名', null],
    ]);
  });
});

describe('a total split once is often split again by another trait', () => {
  it('by trade in the next sentence, after a split by county', () => {
    expect(totals('8名“某市工匠”中，东县3名、西县5名，平均年龄44岁。从事机械加工的有4名，从事食品加工的有3名，从事刺绣的1名。')).toEqual([
      ['8名', null], ['3名', '8名'], ['5名', '8名'], ['44岁', null], ['4名', '8名'], ['3名', '8名'], ['1名', '8名'],
    ]);
  });
  it('after a semicolon in the same sentence', () => {
    expect(totals('15名技术能手里，35岁以下的有9名，女性4名；来自企业的11名，来自学校和医院的4名。')).toEqual([
      ['15名', null], ['35岁', null], ['9名', '15名'], ['4名', '15名'], ['11名', '15名'], ['4名', '15名'],
    ]);
  });
  it('not: counts that do not add up to the total', () => {
    expect(totals('8名“某市工匠”中，东县3名、西县5名。他们共带徒26名，其中出师的12名。')).toEqual([
      ['8名', null], ['3名', '8名'], ['5名', '8名'], ['26名', null], ['12名', '26名'],
    ]);
  });
});
