// People, round 31: a roster line whose unit sent one person, a paper's hollow byline mark, surnames read
// only where a cue puts a name — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a roster grouped by unit, one person on a line', () => {
  it('reads the lone name and its post as it reads the pairs', () => {
    expect(found('一、某某县劳动模范（20名）\n某某市华丰电器有限公司：祁文博（总工程师）\n某某县公安局河西派出所：邝立群（社区民警）\n某某镇：柏春来（农机合作社理事长）、柳小英（种植大户）'))
      .toEqual(['祁文博/总工程师', '邝立群/社区民警', '柏春来/农机合作社理事长', '柳小英/种植大户']);
  });
  it('leaves alone: a lone bracket that is no post, a label that is a sentence', () => {
    expect(found('获奖单位：某某集团（某某市）\n')).toEqual([]);
    expect(found('本次活动由某某市总工会和某某市妇联联合主办，会上：王某某（略）\n')).toEqual([]);
  });
});

describe('a byline under a paper\'s mark', () => {
  it('reads the names after a hollow square', () => {
    expect(found('标题\n□记者 钱立新 通讯员 邬雅琴\n本报讯 近日召开大会。')).toEqual(['钱立新/记者', '邬雅琴/通讯员']);
  });
});

describe('surnames of the Korean-Chinese and of the south read after a cue', () => {
  it('reads 玄 after a label', () => {
    expect(found('签发：金永哲　审核：玄明浩　编辑：朴海燕')).toEqual(['金永哲/签发', '玄明浩/审核', '朴海燕/编辑']);
  });
});
