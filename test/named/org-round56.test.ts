// Organisations, round 56: where a name starts when the tagger misreads the word before it: a verb of the
// genre read as a place (新建/ns), a person fused with the copula (某某是/x), a town cut after its 上 / 下,
// and the one portfolio 人力资源和社会保障 of a town's service centre; on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('a verb the tagger reads as a place (新建) opens no name after another word', () => {
  it('县总工会新建工会驿站, 再新建户外劳动者服务站, 力争新建基层工会', () => {
    expect(orgs('今年县总工会新建工会驿站15个。\n').join('|')).not.toContain('新建工会');
    expect(orgs('计划明年再新建户外劳动者服务站十个以上。\n')).not.toContain('新建户外劳动者服务站');
    expect(orgs('力争新建基层工会60个以上。\n')).toEqual([]);
  });
  it('keeps: a company named 新建 after a word that introduces it', () => {
    expect(orgs('荣获优秀班组称号的则有新建煤化工有限责任公司焦化车间甲班。\n').join('|')).toContain('新建煤化工有限责任公司');
  });
});

describe('a person fused with 是 opens no name', () => {
  it('某某是|某某公司', () => {
    const got = orgs('先进个人中，柏建民是秦果公司冷库主管。\n');
    expect(got).toContain('秦果公司');
    expect(got.join('|')).not.toContain('是秦果');
  });
});

describe('a town whose name opens with 上 / 下', () => {
  it('上|营镇, 上|集镇 stay whole', () => {
    expect(orgs('满桂英（均为上营镇黑木耳产业联合会会员）。\n')).toContain('上营镇黑木耳产业联合会');
    expect(orgs('依托单位：上集镇丹绿食用菌专业合作社\n')).toContain('上集镇丹绿食用菌专业合作社');
  });
});

describe('人力资源和社会保障 is one portfolio', () => {
  it('every town\'s centre on a distribution line is a class, not a body', () => {
    expect(orgs('发：各乡镇（街道）人力资源和社会保障服务中心\n')).toEqual([]);
  });
  it('a named town\'s centre is one body', () => {
    expect(orgs('由西北湾镇人力资源和社会保障服务中心负责登记。\n')).toContain('西北湾镇人力资源和社会保障服务中心');
  });
});
