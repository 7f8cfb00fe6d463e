// People, round 44: the role an honour gives the people it names where no reader states one — the holder right
// after a quoted title, and the names an annex groups (by town or trade) under the honour's own counted heading.
// Sentences written for this test (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** name/role of every person the named family finds, in text order */
const people = (t: string) => extractAll(textContext(t), ['named']).entities.filter((e) => e.type === 'person').map((p) => `${p.name}/${p.role ?? ''}`);

const annex = [
  '附件',
  '',
  '获奖个人名单',
  '',
  '一、“平川工匠”（5名）',
  '机械制造行业（3名）：郦振华、房晓梅（女）、卞立山',
  '茶叶加工行业（2名）：柴明远、龚秀兰（女）',
  '',
  '二、平川县技术能手（2名）',
  '城南镇（2名）：鲁定邦　岑雪芳（女）',
].join('\n');

describe('names grouped under an honour\'s counted heading', () => {
  it('gives each name the heading\'s honour, not the group\'s label', () => {
    const got = people(annex);
    for (const n of ['郦振华', '房晓梅', '卞立山', '柴明远', '龚秀兰']) expect(got).toContain(`${n}/平川工匠`);
  });
  it('ends the stretch at the next numbered heading, which gives its own honour', () => {
    const got = people(annex);
    expect(got).toContain('鲁定邦/平川县技术能手');
    expect(got).toContain('岑雪芳/平川县技术能手');
  });
  it('keeps the post a name\'s note states', () => {
    const t = '附件\n\n一、平川县五一劳动奖章（2名）\n郦振华（平川机床厂装配钳工）、卞立山（城南镇茶叶站站长）';
    expect(people(t)).toEqual(['郦振华/平川机床厂装配钳工', '卞立山/城南镇茶叶站站长']);
  });
  it('gives no honour under a heading that counts units', () => {
    const t = '附件\n\n一、平川县工人先锋号（3个）\n机修班、质检班、包装班\n二、先进个人\n郦振华、房晓梅、卞立山';
    expect(people(t).filter((p) => p.endsWith('平川县工人先锋号'))).toEqual([]);
  });
});

describe('the holder right after a quoted title', () => {
  it('takes the title as role when nothing else is said of the person', () => {
    const t = '会上，“平川工匠”郦振华介绍了自己的攻关经历。';
    expect(people(t)).toContain('郦振华/平川工匠');
  });
  it('leaves a post the same mention states', () => {
    const t = '县机床厂装配车间主任、“平川工匠”郦振华介绍了经验。';
    expect(people(t).find((p) => p.startsWith('郦振华'))).not.toBe('郦振华/平川工匠');
  });
});
