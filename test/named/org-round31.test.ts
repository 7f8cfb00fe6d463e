// Organisations, round 31 of issue 18: a county's party committee office (县委办公室, 县委办) and a one-character
// county's committee (中共某县县委); 和 after a person's name joins two list items; a staff post after a
// department (技术员, 科员) is the person's, the unit the body. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { bodyOrgs, orgBodies, refineOrgs } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
/** the names refineOrgs keeps from one org the dictionary reader read as `cut`, after a person `person` */
function refined(text: string, cut: string, county: string | null = null, person?: string): string[] {
  const place = { province: '安徽省', city: '宣城市', county };
  const at = text.lastIndexOf(cut);
  const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
  const ps: Entity[] = person ? [{ type: 'person', name: person, canonical: person, role: null, text: person, start: text.indexOf(person), end: text.indexOf(person) + person.length, rule: 'person' }] : [];
  return refineOrgs([...ps, e], text, place, () => false, r).filter((x) => x.type === 'org').map((x) => x.canonical);
}

describe('a party committee and its office', () => {
  it('keeps the office with the committee, in full or by its short form', () => {
    const place = { province: '安徽省', city: '宣城市', county: '旌德县' };
    expect(bodyOrgs('报：县委办公室、县政府办公室', place, r).map((o) => o.canonical)).toEqual(['中共旌德县委办公室', '旌德县人民政府办公室']);
    expect(bodyOrgs('送：县委办，县人大办', place, r).map((o) => o.canonical)).toEqual(['中共旌德县委办公室', '旌德县人民代表大会常务委员会办公室']);
  });
  it('keeps the seat of a one-character county (中共泾县县委)', () => {
    const place = { province: '安徽省', city: '宣城市', county: '泾县' };
    expect(bodyOrgs('在县委的领导下', place, r).map((o) => o.canonical)).toEqual(['中共泾县县委']);
  });
});

describe('和 after a name', () => {
  it('joins two items: no county 和县 opens the second', () => {
    expect(refined('将某厂的刘振东和县中医院的孙明等3人认定为首席技师', '和县中医院', '泾县', '刘振东')).toEqual(['泾县中医院']);
  });
});

describe('a staff post after a department', () => {
  it('leaves the department to the post (技术员, 科员)', () => {
    expect(refined('宣城恒达矿业有限公司质检科技术员　刘某某', '宣城恒达矿业有限公司')).toEqual(['宣城恒达矿业有限公司']);
    expect(refined('旌德县人力资源和社会保障局就业服务中心科员　王某某', '旌德县人力资源和社会保障局')).toEqual(['旌德县人力资源和社会保障局就业服务中心']);
  });
  it('keeps a farm before its staff (林场|护林员)', () => {
    expect(refined('旌德县林业局白云山林场护林员　赵某某', '旌德县林业局')).toEqual(['旌德县林业局白云山林场']);
  });
});
