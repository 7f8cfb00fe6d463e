// Round 69, organisations on new documents: a determiner before a kind of body, 全县 and generic words, the
// unions under a body (基层工会), a verb joining two bodies, a place's purchasing and testing stations, and the
// sub-unit of a body as the subject of a year's account.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const names = (text: string) => extractAll(textContext(foldToSimplified(text)), ['named']).entities
  .filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));

describe('a determiner before a kind of body names none', () => {
  it('一家 / 同一 before the kind', () => {
    expect(names('她是县里一家纺织有限公司的挡车工，能同时看12台细纱机。\n')).toEqual([]);
    expect(names('同一公司的质检员建立了关键尺寸复核制度。\n')).toEqual([]);
  });
  it('a place after 一家 opens a name', () => {
    expect(names('他回乡后进了一家江阴市恒达机械有限公司。\n')).toEqual(['江阴市恒达机械有限公司']);
  });
});

describe('every body of a kind is no body', () => {
  it('全县 and generic words after a verb', () => expect(names('年底前完成全县乡镇工会规范化建设达标验收。\n')).toEqual([]));
  it('a county union\'s 基层工会 are the unions under it', () => {
    expect(names('——青河县总工会基层工会规范化建设经验交流材料\n')).toEqual(['青河县总工会']);
  });
  it('a union\'s audit committee of no place', () => {
    expect(names('会议对6个基层工会经审委员会进行了通报表扬。\n')).toEqual([]);
  });
});

describe('bodies a kind of body by its ending', () => {
  it('牵线 joins two bodies', () => {
    expect(names('县总工会牵线青河县职业技术学校与17家企业签订协议。\n')).toContain('青河县职业技术学校');
  });
  it('a county\'s purchasing station and testing institute', () => {
    expect(names('青河县烟草收购站分级工李某今年分级烟叶约2600吨。\n')).toEqual(['青河县烟草收购站']);
    expect(names('一等奖　张某（女）　青河县特种设备检验检测所\n')).toContain('青河县特种设备检验检测所');
    expect(names('全县建成烟叶收购站12个。\n')).toEqual([]);
  });
});

describe('a body\'s sub-unit as the subject of a year\'s account', () => {
  it('an institute of a bureau on a roster line', () => {
    expect(names('韩某（女）青河县文化广电和旅游局文物保护所　　　　王某　青河县金地农机专业合作社\n')).toContain('青河县文化广电和旅游局文物保护所');
  });
  it('a hospital\'s department before 全年', () => {
    expect(names('青河县人民医院急诊科全年接诊约3.6万人次。\n')).toEqual(['青河县人民医院急诊科']);
  });
});
