// Round 52 of issue 18 (quantity subjects), read from the clause's structure: (1) 由 or 从 before a figure opens the
// start of a change only when a change follows it (由85%提高到96%); otherwise it names the doer or the source of an
// act (由6名劳模组成, 从52名候选人中评出) and the noun after the measure word is counted; (2) shares in a series joined
// by 、 each name their own part (笔试占40%、实操占60%); (3) a one-character noun right after 个 (5个村, 3个组) is
// what is counted; (4) a part with no noun of its own, only frame words before it and a predicate after it (其中5家
// 通过认定, 另有1个暂缓命名), is named by its predicate; (5) the quoted title a part holds is read after a time word
// (1人今年获评“H”), a copula (2人同时是“H”) or 被…聘为“H”. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { documentFigures as subjects } from './subject-harness.js';

describe('round 52: 由 and 从 open a change only when one follows', () => {
  it('counts the members a body is made of, not the body that makes it', async () => {
    expect(await subjects('县总工会组建由6名劳模组成的宣讲队。')).toContainEqual(['6名', '劳模']);
  });

  it('counts the candidates picked from', async () => {
    expect(await subjects('评审组从52名候选人中评出12人。')).toContainEqual(['52名', '候选人']);
  });

  it('still reads X由A提高到B as two values of X', async () => {
    const qs = await subjects('产品合格率由85%提高到96%。');
    expect(qs).toContainEqual(['85%', '产品合格率']);
    expect(qs).toContainEqual(['96%', '产品合格率']);
  });
});

describe('round 52: shares in a series joined by 、', () => {
  it('names each share by its own part, the frame before 按 dropped', async () => {
    const qs = await subjects('总成绩按笔试占40%、实操占60%计算。');
    expect(qs).toContainEqual(['40%', '笔试']);
    expect(qs).toContainEqual(['60%', '实操']);
  });
});

describe('round 52: a one-character noun after 个', () => {
  it('counts villages and groups', async () => {
    expect(await subjects('合作社带动周边5个村的农户增收。')).toContainEqual(['5个', '村']);
    expect(await subjects('班子成员分成3个组，深入企业走访。')).toContainEqual(['3个', '组']);
  });
});

describe('round 52: a part named by its predicate', () => {
  it('names parts with frame words only before them by what is told of them', async () => {
    const qs = await subjects('今年共受理申报14份，最终5家通过认定，另有2家暂缓命名。');
    expect(qs).toContainEqual(['5家', '通过认定']);
    expect(qs).toContainEqual(['2家', '暂缓命名']);
  });

  it('drops a cause before what befell the part, in one clause or the next', async () => {
    expect(await subjects('其中1个因依托企业停产被撤销命名。')).toContainEqual(['1个', '被撤销命名']);
    expect(await subjects('另有1个因领办人调离本县，不再保留。')).toContainEqual(['1个', '不再保留']);
  });

  it('reads a copula before a noun as the noun, and a deed of achieving as the deed', async () => {
    expect(await subjects('其中4人为高级技师。')).toContainEqual(['4人', '高级技师']);
    expect(await subjects('已培训学员300人，其中86人在外地企业实现就业。')).toContainEqual(['86人', '实现就业']);
  });

  it('keeps the set framed by 中 when the reader named it, and a total after 共', async () => {
    expect(await subjects('试点企业中已有6家制定了津贴标准。')).toContainEqual(['6家', '试点企业']);
    expect(await subjects('第二批“某某工匠”名单公布，全市共20人入选。')).not.toContainEqual(['20人', '入选']);
  });
});

describe('round 52: the title a part holds, after a time word or a copula', () => {
  it('reads the title after 今年获评, 同时是 and 被…聘为', async () => {
    const qs = await subjects('获奖选手中，有2人同时是“某市技术能手”，1人今年获评“某省工匠”。这些工匠中，先后有3人被市政府聘为“某市首席技师”。');
    expect(qs).toContainEqual(['2人', '某市技术能手']);
    expect(qs).toContainEqual(['1人', '某省工匠']);
    expect(qs).toContainEqual(['3人', '某市首席技师']);
  });

  it('keeps the noun written between the count and 为 (认定10名同志为“H”)', async () => {
    expect(await subjects('决定认定赵某某等10名同志为“某县技术能手”。')).toContainEqual(['10名', '同志']);
  });
});
