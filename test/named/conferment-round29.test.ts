// Round 29 of issue 18 (honC): held29's honour misreads. A bracket after a conferred title that points to a list
// elsewhere (（见下表）) is no part of the title; a bracket in a table cell may be a record of fields (工作室（某某，H）)
// whose honour is the last field, not the whole; an object glued to the end of a longer verb (获 + 得一) is a
// misparse; the end of a range (8至10名) is a target, no count of holders. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.count]);

describe('a pointer bracket after a conferred title', () => {
  it('cuts （见下表） / （名单附后） / （详见附件2） from the title named by 认定/命名…为', () => {
    expect(got('经评审，认定“青松”技能大师工作室等5个工作室为2025年度汶川县技能大师工作室（见下表）。')).toEqual([['汶川县技能大师工作室', 5]]);
    expect(got('决定命名某某公司创新工作室等9个工作室为第三批清镇市职工创新工作室（名单附后）。')).toEqual([['清镇市职工创新工作室', 9]]);
    expect(got('認定某某合作社工作室等4個工作室為嵊州市技能大師工作室（詳見附件2）。')).toEqual([['嵊州市技能大师工作室', 4]]);
  });
  it('reads no title when what 为 names is no title, pointer or not', () => {
    expect(got('认定某某公司等3家企业为重点联系企业（见下表）。')).toEqual([]);
  });
});

describe('a table cell bracket holding a record of fields', () => {
  const table = (cell: string) => `序号\n工作室名称\n依托单位\n1\n${cell}\n某某合作社\n`;
  it('reads the honour field alone, whatever the delimiter', () => {
    expect(got(table('唐卡绘制技能大师工作室（多吉次仁，天府工匠）'))).toEqual([['天府工匠', null]]);
    expect(got(table('竹编技能大师工作室（王某某、齐鲁工匠）'))).toEqual([['齐鲁工匠', null]]);
    expect(got(table('糕点技能大师工作室（李某；黔西市技术能手）'))).toEqual([['黔西市技术能手', null]]);
  });
  it('reads no honour from a bracket naming only the leader', () => {
    expect(got(table('碉楼砌筑技能大师工作室（阿木尔甲）'))).toEqual([]);
  });
});

describe('an object glued to the end of a longer verb', () => {
  it('reads no honour 得一 from 获得一、二、三等奖, either script', () => {
    expect(got('首届大赛15名选手获得一、二、三等奖。')).toEqual([]);
    expect(got('共有9名選手獲得一、二等獎。')).toEqual([]);
  });
  it('still reads an honour right after 获', () => {
    expect(got('3名职工获全国五一劳动奖章。')).toEqual([['全国五一劳动奖章', 3]]);
  });
});

describe('the end of a range is no count of holders', () => {
  it('reads no count from 8至10名 / 20到30名 / 5~8名', () => {
    for (const t of ['每年选树“沂蒙工匠”8至10名。', '三年内评选“桂林工匠”20到30名。', '每届命名“金牌技师”5~8名。']) {
      expect(got(t).filter((h) => h[1] !== null)).toEqual([]);
    }
  });
  it('still reads an exact count after the same verb', () => {
    expect(got('今年评选出“沂蒙工匠”10名。')).toEqual([['沂蒙工匠', 10]]);
  });
});

describe('a pronoun object of a verb of naming or granting', () => {
  it('counts the holders the clause before takes as its object (它们 / 他们 / 其)', () => {
    expect(got('市总工会对机械、纺织等行业的8家创新工作室进行授牌，命名它们为2025年度“淳安县劳模创新工作室”。')).toEqual([['淳安县劳模创新工作室', 8]]);
    expect(got('会上表彰了来自基层一线的12名职工，授予他们“台州工匠”称号。')).toEqual([['台州工匠', 12]]);
    expect(got('經評審確定6個班組，命名其為“永康市工人先鋒號”。')).toEqual([['永康市工人先锋号', 6]]);
  });
  it('takes no count from a stock in the clause before (现有职工500人)', () => {
    expect(got('某公司现有职工500人，今年市总工会授予其“淳安县模范职工之家”称号。').filter((h) => h[1] !== null)).toEqual([]);
  });
});

describe('a class of an honour over its levels leads no counted units', () => {
  it('reads no honour from 由各级/各类/省级以上 H 领衔的 N 个', () => {
    for (const t of ['新命名的9家工作室中，由各级劳动模范领衔的5家。', '其中由各类技术能手领办的3个。', '由省级以上劳动模范领衔的工作室4个。']) {
      expect(got(t)).toEqual([]);
    }
  });
  it('still reads one honour leading them', () => {
    expect(got('新命名的9家工作室中，由“绍兴工匠”领衔的2家。')).toEqual([['绍兴工匠', 2]]);
  });
});

describe('a title opening its clause as the topic, a time before the verb', () => {
  it('reads H今年授予了N名 / H去年共授予N名 / H2024年度授予N名', () => {
    expect(got('沁阳市五一劳动奖章今年授予了20名职工，其中一线职工16名。')).toEqual([['沁阳市五一劳动奖章', 20]]);
    expect(got('温县五一劳动奖章去年共授予8名职工。')).toEqual([['温县五一劳动奖章', 8]]);
    expect(got('博爱县劳动模范2024年度授予15名同志。')).toEqual([['博爱县劳动模范', 15]]);
  });
});
