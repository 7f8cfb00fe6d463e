// Round 66, organisations: the section of a bureau credited for a bulletin's item, a body's news office, and a
// county's short name read as a word before another county's full name.
import { describe, expect, it } from 'vitest';
import { orgBodies, refineOrgs, sectionCreditOrgs } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const none = { province: null, city: null, county: null };
const names = (text: string) => sectionCreditOrgs(text, none, r).map((o) => o.name);

describe('a section (科 / 股) credited for an item is an organisation', () => {
  it('in a bracketed byline before the writer', () => {
    expect(names('今年培训职工1200人次。\n（职业能力建设科　袁某某）\n')).toEqual(['职业能力建设科']);
  });
  it('after a cue of the writer, or with 供稿', () => {
    expect(names('（撰稿：就业促进股　李某）\n（综合科供稿）\n')).toEqual(['就业促进股', '综合科']);
  });
  it('after a dash closing the item, and as a notice\'s contact', () => {
    expect(names('——就业促进科\n（联系人：职业能力建设股　王某某　联系电话：0776-1234567）')).toEqual(['就业促进科', '职业能力建设股']);
  });
  it('a subject or a ward in brackets is no credit, nor a bureau\'s own name', () => {
    expect(names('他在县医院（内科）工作。（县人社局职业能力建设股　张某）')).toEqual([]);
  });
});

describe('the body before 新闻办 is its news office, not the body', () => {
  const refined = (text: string, cut: string) => {
    const at = text.indexOf(cut);
    const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.place-body' };
    return refineOrgs([e], text, none, () => false, r).map((o) => o.name);
  };
  it('县政府新闻办主任 names no 县政府', () => expect(refined('发布会由县政府新闻办主任某某主持。', '县政府')).toEqual([]));
  it('县政府 alone stands', () => expect(refined('县政府决定授予5人称号。', '县政府')).toEqual(['县政府']));
});

describe('a county\'s short name that is a common word does not open a name that has its own county', () => {
  const refinedCut = (text: string, cut: string) => {
    const at = text.indexOf(cut);
    const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
    return refineOrgs([e], text, none, () => false, r).map((o) => o.name);
  };
  it('比如|林口县… (比如 is also a county of Tibet)', () => {
    expect(refinedCut('。比如林口县宏远锅炉制造有限公司的焊工王某', "林口县宏远锅炉制造有限公司")).toEqual(["林口县宏远锅炉制造有限公司"]);
  });
});

describe('a hospital\'s department in 部 before its head\'s post is the hospital', () => {
  const refinedCut = (text: string, cut: string) => {
    const at = text.indexOf(cut);
    const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
    return refineOrgs([e], text, none, () => false, r).map((o) => o.name);
  };
  it('护理部主任: the hospital', () => expect(refinedCut('王某　林口县人民医院护理部主任', '林口县人民医院护理部')).toEqual(['林口县人民医院']));
  it('护理部 without its head: the department stands', () => expect(refinedCut('林口县人民医院护理部获评工人先锋号。', '林口县人民医院护理部')).toEqual(['林口县人民医院护理部']));
});
