// Organisations, round 41: a plant of a trade or a school by its ordinal with no place or trade name before it is
// a kind, not a body; a clause's verb (评为, 扎根, 建议, 资助, 贡献) opens no body's name. On sentences written
// for this test, each with the named body it must still find.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const names = (text: string) =>
  extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));

describe('a kind of plant or school', () => {
  it('a bare trade plant is no body', () => {
    expect(names('他退伍后在砖厂干了三年，后来自学电焊。')).not.toContain('砖厂');
  });
  it('a bare ordinal school is no body', () => {
    expect(names('她毕业后回到第三中学任教，一干就是二十年。')).not.toContain('第三中学');
  });
  it('a plant or a school its place opens is still found', () => {
    const a = names('授予桐梓县青岗砖厂、桐梓县第三中学“工人先锋号”称号。');
    expect(a).toContain('桐梓县青岗砖厂');
    expect(a).toContain('桐梓县第三中学');
  });
});

describe('a clause verb before a kind of body', () => {
  it('评为 and 扎根 open no name', () => {
    const a = names('两个标段被评为先进项目部。老周扎根煤矿一线十八年。');
    expect(a.some((n) => n.startsWith('评为') || n.includes('扎根'))).toBe(false);
  });
  it('建议 and 资助 open no name', () => {
    const a = names('专家组建议市人民政府加大投入，工会资助困难职工子女就读大学。');
    expect(a.some((n) => n.startsWith('建议') || n.startsWith('资助'))).toBe(false);
    expect(a).toContain('市人民政府');
  });
});
