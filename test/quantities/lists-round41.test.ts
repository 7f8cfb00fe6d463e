// Round 41 of issue 18: list parts and their totals. Sentences written for this test (other places, other
// crafts), each mechanism with a negative.
import { describe, expect, it } from 'vitest';
import { at, links } from './parts-harness.js';

describe('a kind-split sentence whose own figure frames the parts (从行业看，12名技师中…)', () => {
  const t = '会议命名卢某某等12名职工为首届“青川工匠”。从行业看，12名技师中机械加工5名，食品酿造4名，电力运维3名。';
  const second = t.indexOf('12名技师');
  it('the parts go to the figure of the frame, not to the first mention', () => {
    const l = links(t);
    for (const p of ['5名', '4名', '3名']) expect(l[at(t, p, second)]).toBe(`12名@${second}`);
  });
  it('a figure before 中心 frames nothing: the parts keep the total before', () => {
    const u = '全市共有技能人才800人。从行业看，3家服务中心有技能人才120人，制造企业有680人。';
    const l = links(u);
    expect(l[at(u, '120人')]).toBe(at(u, '800人'));
  });
});
