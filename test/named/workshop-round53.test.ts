// Round 53 (named workshops): sentences written for this test, with places, crafts and people of their own.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** the named workshops of `text` as [name, type, level, leader], the whole named family run */
const named = (text: string) =>
  extractAll(textContext(text), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.type, w.level, w.leader]);

describe('a 乡村工匠工作站 is a workshop type of its own', () => {
  const t = '经评审，认定石门镇竹编乡村工匠工作站等2个工作站为“县级乡村工匠工作站”。';
  it('names the station a conferment lists, at the level of the conferred title', () => {
    expect(named(t)).toContainEqual(['石门镇竹编乡村工匠工作站', '乡村工匠工作站', 'county', null]);
  });
  it('reads the conferred title as no station of its own', () => {
    expect(named(t).map(([n]) => n)).not.toContain('县级乡村工匠工作站');
  });
  it('leaves talk of building stations without a named one', () => {
    expect(named('鼓励各乡镇建设乡村工匠工作站，带动农户增收。')).toEqual([]);
  });
});

describe('a leader whose name ends with a character of a function word keeps it', () => {
  it('takes the three characters the name opens with, not the two a person was cut to before 和', () => {
    const t = '一家机械厂的首席技师龚永和带着他的班组完成革新9项。以他名字命名的龚永和职工创新工作室，2025年被某市总工会命名为“某市劳模创新工作室”。';
    expect(named(t).find(([n]) => n === '龚永和职工创新工作室')?.[3]).toBe('龚永和');
  });
});
