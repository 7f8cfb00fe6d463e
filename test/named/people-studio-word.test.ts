// A leader read off the front of a studio's name is no people, feast or township (people-cues.yaml studioLeadEnds).
import { describe, expect, it } from 'vitest';
import { peopleRules, studioWord } from '../../src/extract/named/people-cues.js';

const r = peopleRules();

describe('studioWord', () => {
  it('a people, a feast, a township open a studio name: no leader', () => {
    for (const w of ['侗族', '土家族', '长桌宴', '竹溪镇', '白沙乡']) expect(studioWord(w, r)).toBe(true);
  });
  it('a leader named in the studio stays', () => {
    for (const w of ['韩立军', '蒙秀芝', '欧阳明辉']) expect(studioWord(w, r)).toBe(false);
  });
});
