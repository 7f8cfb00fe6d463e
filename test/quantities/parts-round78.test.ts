// Round 78 (list parts missed on the newest halves): a change or an excess is no total the next 其中 divides,
// a pronoun frame speaks of the whole set,
// and one more trait after a full breakdown is a part of the total. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { links, at } from './parts-harness.js';

describe('round 78: list parts on the newest halves', () => {
  it('skips a change named after its set, or an excess, when 其中 opens the next sentence', () => {
    const a = '共选派选手226名参赛，参赛人数比上届增加了六十一人，增长37%。其中，女选手93名，少数民族选手148名。';
    expect(links(a)[at(a, '93名')]).toBe(at(a, '226名'));
    expect(links(a)[at(a, '148名')]).toBe(at(a, '226名'));
    const b = '年度目标1100人，实际完成1187人，完成率107.9%，超额完成87人。其中，高校毕业生就业326人，退役军人就业142人。';
    expect(links(b)[at(b, '326人')]).toBe(at(b, '1187人'));
  });

  it('links a pronoun frame to the whole set, not to its last part', () => {
    const a = '受表彰的18名同志中，回族7名，汉族10名，满族1名；一线职工14名，占77.8%；平均年龄41.3岁。他们中有2人曾获市劳动模范称号。';
    expect(links(a)[at(a, '2人')]).toBe(at(a, '18名'));
    const b = '全市劳模120名，其中女职工30名。她们中有10人来自农村。';
    expect(links(b)[at(b, '10人')]).toBe(at(b, '30名'));
  });

  it('reads one more trait after a full breakdown as a part of the total', () => {
    const a = '这次受表彰的10名标兵，哈萨克族5名、汉族3名、蒙古族1名、回族1名，平均年龄38.6岁，一线职工8名，占80%。';
    expect(links(a)[at(a, '8名')]).toBe(at(a, '10名'));
    const b = '从命名的8名工匠看，蒙古族4名、满族1名、汉族3名；女性3名；平均年龄43.5岁。';
    expect(links(b)[at(b, '3名', b.indexOf('女性'))]).toBe(at(b, '8名'));
    const c = '受表彰的18名同志中，汉族10名、回族8名；来自非公企业的8名，比上届增加了3名。';
    expect(links(c)[at(c, '3名')]).not.toBe(at(c, '18名'));
  });
});
