// Round 52 (speed, issue 17): the gazetteer's scans ask a word index built once (the lengths its names have, by their
// first or last character) instead of slicing every length up to 12 at each position or testing every name that
// shares a first character; the places found are the same. Sentences written for these tests (invented bodies).
import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../src/extract/refiners/word-index.js';
import { countiesEndingWith, docPlace, placeAt, placeSpan } from '../../src/extract/named/gazetteer.js';

describe('a word index', () => {
  const words = ['河西', '河西区', '河西走廊', '西区'];
  const forward = new WordIndex(words);
  const backward = new WordIndex(words, 'end');

  it('gives the lengths of the words starting at a position, longest first, within a bound', () => {
    expect(forward.lengthsAt('沿河西走廊行', 1)).toEqual([4, 2]);
    expect(forward.lengthsAt('沿河西走廊行', 1, 3)).toEqual([2]);
    expect(forward.longestAt('到河西区去', 1)).toBe(3);
    expect(forward.longestAt('到河西区去', 2)).toBe(2);
    expect(forward.longestAt('到河西区去', 4)).toBe(0);
  });

  it('reads backward from an end when built so', () => {
    expect(backward.lengthsAt('到河西区', 4)).toEqual([3, 2]);
    expect(backward.longestAt('到河西区', 3)).toBe(2);
    expect(backward.longestAt('河', 1)).toBe(0);
  });

  it('stops at the text\'s edges', () => {
    expect(forward.longestAt('河西', 1)).toBe(0);
    expect(forward.longestAt('河西', 2)).toBe(0);
    expect(backward.longestAt('河西区', 0)).toBe(0);
  });
});

describe('the gazetteer through its index', () => {
  it('reads the longest place name at a position, and an autonomous prefecture written short', () => {
    expect(placeAt('清丰县总工会', 0)?.name).toBe('清丰县');
    expect(placeSpan('清丰县总工会', 1)).toBe(2);
    expect(placeSpan('临夏州总工会', 0)).toBe(3);
    expect(placeSpan('总工会', 0)).toBe(0);
  });

  it('tallies a county inside a longer county\'s name once, as the longer one', () => {
    const head = '清丰县总工会文件\n清丰县总工会关于表彰先进班组的通报\n各乡镇工会：';
    expect(docPlace(head).county).toBe('清丰县');
  });

  it('lists the longer counties that end with a county\'s name', () => {
    expect(countiesEndingWith('丰县')).toContain('清丰县');
    expect(countiesEndingWith('清丰县')).not.toContain('清丰县');
  });
});
