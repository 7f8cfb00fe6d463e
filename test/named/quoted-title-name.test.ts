// A name right after a quoted honour whose last character is also a word that ends a name (刚 as in 刚参加):
// closed by punctuation, the three characters are the name — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const names = (t: string) => cuePeople(t, r).map((p) => p.name);

describe('a name after a quoted honour', () => {
  it('keeps a given name ending in 刚 whole when punctuation closes it', () => {
    expect(names('第二届“永康工匠”王志刚，金华市劳动模范，现任某机械公司车间主任。')).toContain('王志刚');
    expect(names('第二届“永康工匠”王志刚，金华市劳动模范，现任某机械公司车间主任。')).not.toContain('王志');
  });
});
