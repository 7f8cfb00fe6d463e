// Organisations, round 39: a table row whose column gaps the text kept as one space (a trade or a person's cells
// before the unit), a verb the tagger joined to the seat of the body after it, and 并报 opening a clause; on
// sentences written for this test, each with the cases it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const names = (text: string) =>
  extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));

describe('table rows', () => {
  it('a trade cell before a seat-opened body is no part of it', () => {
    const a = names('各项目承办单位如下：\n石雕技艺　　　县文化馆\n中式面点　　　县人社局\n');
    expect(a.some((n) => n.startsWith('石雕') || n.startsWith('中式'))).toBe(false);
  });
  it('sex and ethnicity cells before a town unit are no part of it', () => {
    const a = names('达日县总工会关于命名的通知\n多吉才让 男 藏族 建设乡畜牧站\n才让 女 藏族 建设乡中心学校\n');
    expect(a).toContain('建设乡中心学校');
    expect(a.some((n) => /男|藏族/.test(n))).toBe(false);
  });
  it('a letter-spaced name stays whole', () => {
    expect(names('主办单位：玛 多 县 总 工 会\n').some((n) => n.startsWith('县'))).toBe(false);
  });
});

describe('verbs before a seat', () => {
  it('a verb the tagger left before 县总工会 / 市政府 is no part of the body', () => {
    const a = names('获奖者可享受市政府津贴，材料交回县总工会经济技术部。');
    expect(a.some((n) => n.startsWith('享受') || n.startsWith('交回'))).toBe(false);
  });
  it('并报 at the clause start opens the body', () => {
    expect(names('评审结果公示后，并报县总工会党组审定。').some((n) => n.startsWith('并报'))).toBe(false);
  });
  it('a verb after a noun before 区 names a zone', () => {
    expect(names('该项目落户高新技术产业开发区管委会。').some((n) => n === '区管委会')).toBe(false);
  });
});

describe('a section as a source', () => {
  it('a bureau section that wrote an article or counted a figure is a body, with its bureau', () => {
    expect(names('（县人社局综合股供稿）')).toContain('县人社局综合股');
    expect(names('本期数据来源于县人社局劳动关系股统计。')).toContain('县人社局劳动关系股');
  });
});

describe('a town centre of two tasks', () => {
  it('综合保障和技术推广中心 is one name with its town', () => {
    const a = names('评选出先进集体：高台镇综合保障和技术推广中心；县第二中学。');
    expect(a).toContain('高台镇综合保障和技术推广中心');
  });
  it('two bodies joined by 和 stay two', () => {
    expect(names('县人社局和县就业服务中心联合举办培训。').some((n) => n.includes('和'))).toBe(false);
  });
});
