// A count of a title with no level split by level into the same title: the total is a figure, the parts are honours.
import { describe, expect, it } from 'vitest';
import { extractAwards } from '../../src/extract/awards.js';
import { textContext } from '../../src/extract/named/doc.js';

const names = (text: string) => extractAwards(textContext(text)).map((a) => `${a.name}×${a.count ?? '∅'}`);

describe('a total over levels', () => {
  it('drops the unlevelled total and keeps its levelled parts', () => {
    const got = names('截至目前，全县在册劳动模范共86名，其中全国劳动模范1名、西藏自治区劳动模范9名、昌都市劳动模范32名。');
    expect(got.filter((g) => g.endsWith('×86'))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['全国劳动模范×1', '西藏自治区劳动模范×9']));
  });
  it('keeps a counted conferment whose parts are no levelled title', () => {
    expect(names('大会表彰劳动模范50名，其中女性12名。')).toContain('劳动模范×50');
  });
  it('reads no person in a verb after the title', () => {
    expect(extractAwards(textContext('确保劳模安心参加活动。'))).toEqual([]);
  });
});
