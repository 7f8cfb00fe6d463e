// Round 42 of issue 18: list parts and their totals. Sentences written for this test (other places, other
// crafts), each mechanism with a negative.
import { describe, expect, it } from 'vitest';
import { at, links } from './parts-harness.js';

describe('a frame naming the set by its prize (获奖个人中 / 获奖者中) after the sentence that counts it', () => {
  it('获奖个人 is those of the total whose clause names the prize in full (获得县级劳动奖章)', () => {
    const t = '在获得县级劳动奖章的32名职工中，一线职工25名。获奖个人中，有3人同时是市级劳动模范，6人曾获区级技术能手称号。';
    const l = links(t);
    expect(l[at(t, '3人')]).toBe(at(t, '32名'));
    expect(l[at(t, '6人')]).toBe(at(t, '32名'));
  });
  it('a total whose clause says no prize is no set of prize-winners', () => {
    const t = '全区参加技能培训的职工32名，一线职工25名。获奖个人中，有3人同时是市级劳动模范。';
    expect(links(t)[at(t, '3人')]).toBeNull();
  });
});

describe('另有 + a short noun + what its members had won before (另有5名技工曾被评为…)', () => {
  it('is one more part of the framed set', () => {
    const t = '获得县级劳动奖章的18名职工中，女职工7名。获奖者中，钱某此前已获省级技术能手称号，另有3名职工曾被评为市级劳动模范。';
    expect(links(t)[at(t, '3名')]).toBe(at(t, '18名'));
  });
  it('a new outcome after 另有 (受到通报表扬) stays a fact of its own', () => {
    const t = '获得县级劳动奖章的18名职工中，女职工7名。获奖者中，钱某此前已获省级技术能手称号，另有3名职工受到通报表扬。';
    expect(links(t)[at(t, '3名')]).toBeNull();
  });
});
