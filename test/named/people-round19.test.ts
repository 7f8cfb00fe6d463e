// People, round 19 of issue 18: the names that sign a text at its end and the names of a contact line, read
// wherever the layout puts them — several names after one label, a date glued to the last name, a bar for the
// slash of 文/, the name after a section's unit; on lines written for this test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { collapseSpaces, foldWidth, titleLikeLine } from '../../src/normalize/text.js';

const r = peopleRules();
/** the text as the normaliser hands it over, line by line */
const norm = (raw: string) => raw.split('\n').map((l) => { const line = foldWidth(l); return collapseSpaces(line, titleLikeLine(line)); }).join('\n');
const people = (raw: string) => cuePeople(norm(raw), r).map((p) => [p.name, p.role]);

describe('a signing label labels every name after it', () => {
  it('gives each drafter the label', () => {
    expect(people('执笔：唐　敏　蒋立华　覃海')).toEqual([['唐敏', '执笔'], ['蒋立华', '执笔'], ['覃海', '执笔']]);
    expect(people('执笔：郝文静、梁志远')).toEqual([['郝文静', '执笔'], ['梁志远', '执笔']]);
    expect(people('撰稿：庄晓燕　　审核：贺建军')).toEqual([['庄晓燕', '撰稿'], ['贺建军', '审核']]);
  });
  it('cuts a date glued to the last name', () => {
    expect(people('某某县产改办　　　签发：倪国华　　　2025年6月3日')).toEqual([['倪国华', '签发']]);
    expect(people('审核：骆海涛2024年12月20日')).toEqual([['骆海涛', '审核']]);
  });
  it('leaves alone: the label word inside a sentence, and a label followed by no name', () => {
    expect(people('报告由调研组集体执笔完成。')).toEqual([]);
    expect(people('签发：2025年6月3日')).toEqual([]);
  });
});

describe('文 with a bar opens the writers like 文/', () => {
  it('reads the name after the unit, the unit its role (round 62: the writer named by the unit that sent them)', () => {
    // (a two-character name padded to three is still read with 撰稿: not yet given the unit)
    expect(people('文｜县总工会宣教部　石　磊')).toEqual([['石磊', '撰稿']]);
    expect(people('文|市人社局就业科　邴晓东')).toEqual([['邴晓东', '市人社局就业科']]);
  });
  it('leaves alone: a bar in a line of words', () => {
    expect(people('人文｜历史｜地理')).toEqual([]);
  });
});

describe('a contact after a section of a unit', () => {
  it('reads the name after the section, the name no surname opens as well', () => {
    expect(people('联系人：县人社局职业能力建设股　娜仁花，电话：0477-1234567')).toEqual([['娜仁花', '联系人']]);
    expect(people('联系人：市总工会组织部　汤晓明；联系电话：0771-5556677。')).toEqual([['汤晓明', '联系人']]);
    expect(people('联系人：区人社局培训科　次仁央宗。')).toEqual([['次仁央宗', '联系人']]);
  });
  it('leaves alone: the section itself is no name', () => {
    expect(people('联系人：就业服务股　电话：0477-1234567').filter(([n]) => n === '就业服务股')).toEqual([]);
    expect(people('联系人：县人社局　培训股，电话：0477-1234567')).toEqual([]);
  });
});

describe('a line of names under a label: each name with its note in brackets, parted by any delimiter', () => {
  it('reads names with their unit in brackets, the unit giving no post', () => {
    expect(people('其他单位（3名）：鲁海峰（某某县公交有限公司）、陶　静（某某县自来水公司）、索春梅（某某镇蔬菜合作社）'))
      .toEqual([['鲁海峰', null], ['陶静', null], ['索春梅', null]]);
  });
  it('reads the post a bracket ends with, and a sex note', () => {
    // (round 76: a prize tier's winner whose note gives no post has the tier for role — the golds of held68, held69,
    // held74 and held75 give it)
    expect(people('二等奖（3名）：詹立新（某某钢铁有限公司炼钢工）；哈春燕（女）；拜志明（某某县人民医院护士长）'))
      .toEqual([['詹立新', '炼钢工'], ['哈春燕', '二等奖'], ['拜志明', '护士长']]);
  });
  it('reads names parted by commas or by spaces, a place-like name among them', () => {
    expect(people('某某化工有限公司（3名）：海东升，冯　琰，余立刚')).toEqual([['海东升', null], ['冯琰', null], ['余立刚', null]]);
    expect(people('先进个人：沙建国　锁玉兰　穆小平')).toEqual([['沙建国', null], ['锁玉兰', null], ['穆小平', null]]);
  });
  it('leaves alone: a list of places, of words, and a bracket that says nothing of a person', () => {
    expect(people('覆盖地区：安庆、池州、黄山市')).toEqual([]);
    expect(people('工作要求：高效，务实，清廉')).toEqual([]);
    expect(people('参赛项目（3项）：焊接（初赛）、钳工（决赛）、电工（复赛）')).toEqual([]);
  });
});

describe('a name in apposition to its post, then what the person does', () => {
  it('reads the name after a post, whatever verb, adverb, year or comma follows', () => {
    expect(people('某某乡种植户黎秀珍参加培训后，家里增收了。')).toEqual([['黎秀珍', '种植户']]);
    expect(people('某某物流有限公司叉车司机汪德胜此前已获评“市级技术能手”。')).toEqual([['汪德胜', '叉车司机']]);
    expect(people('另有水产养殖工符长林2022年获评“省级工匠”。')).toEqual([['符长林', '水产养殖工']]);
    expect(people('外卖骑手蒙志远告诉记者，驿站离站点很近。')).toEqual([['蒙志远', '外卖骑手']]);
    expect(people('某某林业有限公司护林工人詹立峰，今年被授予“市级劳动模范”称号。')).toEqual([['詹立峰', '护林工人']]);
  });
  it('reads two persons joined by 和, each with the post before it', () => {
    expect(people('某某餐饮有限公司面点师宁海涛和某某中学职工邓秀英分获两个项目第一名。')).toEqual([['宁海涛', '面点师'], ['邓秀英', '职工']]);
  });
  it('leaves alone: a title cut by its last character, a word across post and name, a verb that ends as a post ends', () => {
    expect(people('组织高级工程师参加评审。')).toEqual([]);
    expect(people('推进重点工程项目建设，')).toEqual([]);
    expect(people('广泛动员王家村群众参加。')).toEqual([]);
    expect(people('网约配送员项目面向全市快递企业。')).toEqual([]);
    expect(people('电工和钳工两个工种，')).toEqual([]);
  });
});

describe('what the person does may be any of the usual acts of a portrait', () => {
  it('reads the name before 坚持, 累计, 常年, 攻克', () => {
    expect(people('某某县第二中学语文教师闫春兰坚持为留守学生义务辅导。')).toEqual([['闫春兰', '语文教师']]);
    expect(people('某某公交有限公司驾驶员鲍立军累计安全行车60万公里。')).toEqual([['鲍立军', '驾驶员']]);
    expect(people('社区网格员侯桂琴常年照顾独居老人，')).toEqual([['侯桂琴', '社区网格员']]);
  });
});
