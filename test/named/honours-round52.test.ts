// Round 52 of issue 18 (honours): a title a person holds, said between their role in a unit and their name
// (带头人为H某某, 领办人、H某某, 领衔人：H、post 某某), and the name closing appositive titles going on with 负责 / 正在.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const holders = (text: string) => confermentHonours(text, null, r, null).map((h) => [h.name, h.count, h.recipients[0] ?? null]);

describe('a role, the title its holder holds, then the name', () => {
  it('reads 带头人为H某某 as one holder of H', () => {
    expect(holders('第二个是模具工作室，带头人为温州市首席技师章建勇；')).toContainEqual(['温州市首席技师', null, '章建勇']);
  });

  it('reads 领办人、H某某 with the name going on with 为', () => {
    expect(holders('工作室领办人、嘉兴市技能大师陆家明为15名学徒授课。')).toContainEqual(['嘉兴市技能大师', null, '陆家明']);
  });

  it('reads 负责人：H、unit post 某某 inside brackets', () => {
    expect(holders('一是釉料工作室（负责人：浙江省技术能手、某某陶瓷公司技术总监柳文海），二是针灸工作室。'))
      .toContainEqual(['浙江省技术能手', null, '柳文海']);
  });

  it('reads a post and a name set apart by spaces in an annex line', () => {
    expect(holders('4．果蔬保鲜工作室 领衔人：绍兴市劳动模范、品控部经理 范志明 依托单位：某某食品有限公司'))
      .toContainEqual(['绍兴市劳动模范', null, '范志明']);
  });

  it('reads a transliterated name up to the verb after it', () => {
    expect(holders('通关工作室带头人、喀什地区劳动模范买买提·吐尔逊带领团队梳理流程。')).toContainEqual(['喀什地区劳动模范', null, '买买提·吐尔逊']);
  });

  it('takes no holder where no name follows the title', () => {
    expect(holders('本批工作室中，领衔人为省劳动模范的占三成。')).toEqual([]);
  });
});

describe('the name closing appositive titles, then 负责 or 正在', () => {
  it('reads 由“H”、post 某某负责', () => {
    expect(holders('第三个由“浙江省技术能手”、工艺主管蒋丽萍负责。')).toContainEqual(['浙江省技术能手', null, '蒋丽萍']);
  });

  it('reads “H”、unit post 某某正在…', () => {
    expect(holders('“江苏省技术能手”、县农技推广站高级农艺师戴文斌正在田头讲解。')).toContainEqual(['江苏省技术能手', null, '戴文斌']);
  });
});
