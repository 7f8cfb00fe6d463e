// People, round 50 of issue 18: the persons of a meeting's record and of a personnel notice — an attendance
// line whose brackets hold posts held together (县委常委、组织部部长), one person put in an office (任命某某为…),
// and the writer credited under an article (文/某某, （某单位 某某）); on lines written for this test, each with
// what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { collapseSpaces, foldWidth, titleLikeLine } from '../../src/normalize/text.js';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

const r = peopleRules();
/** the text as the normaliser hands it over, line by line */
const norm = (raw: string) => raw.split('\n').map((l) => { const line = foldWidth(l); return collapseSpaces(line, titleLikeLine(line)); }).join('\n');
const people = (raw: string) => cuePeople(norm(raw), r).map((p) => [p.name, p.role]);
const roleOf = (raw: string, name: string) => cuePeople(norm(raw), r).find((p) => p.name === name)?.role;

describe('an attendance line: each name with its posts in brackets', () => {
  it('keeps the posts held together as the role, and reads 主席 as a post', () => {
    const line = '出席：柏立德（县委常委、县委宣传部部长）、巴桑次仁（县总工会党组书记、常务副主席）\n列席：苏文彬（县总工会副主席）、各乡镇工会主席';
    expect(roleOf(line, '柏立德')).toBe('县委常委、县委宣传部部长');
    expect(roleOf(line, '巴桑次仁')).toBe('县总工会党组书记、常务副主席');
    expect(roleOf(line, '苏文彬')).toBe('县总工会副主席');
  });
  it('leaves alone: a bracket of honours joined by 、 is no post', () => {
    expect(roleOf('领衔人：柏庆华（某市劳动模范、某市技术能手）', '柏庆华')).not.toBe('某市劳动模范、某市技术能手');
  });
});

describe('one person put in an office', () => {
  it('gives the office after 为 as the role, not the office left', () => {
    const t = '经研究，任命岑立明为县总工会财务部部长，免去其县总工会办公室主任职务；任命尼玛次旦同志为县总工会女职工部部长。';
    expect(roleOf(t, '岑立明')).toBe('县总工会财务部部长');
    expect(roleOf(t, '尼玛次旦')).toBe('县总工会女职工部部长');
  });
  it('leaves alone: a title conferred is no office, nor is a committee', () => {
    expect(people('任命华夏新区为示范园区。')).toEqual([]);
    expect(roleOf('认定滕建华为技术能手。', '滕建华') ?? null).not.toBe('技术能手');
  });
});

describe('the writer credited under an article', () => {
  it('reads 文/ and a unit with a name alone as the writer', () => {
    expect(people('文/庞俊熙')).toEqual([['庞俊熙', '撰稿']]);
    expect(people('工会驿站开放了。\n（县总工会权益保障部　宁晓琪）')).toEqual([['宁晓琪', '撰稿']]);
  });
  it('leaves alone: a unit that contributed the text (供稿) and a cue that states the role', () => {
    expect(people('工会驿站开放了。\n（县总工会权益保障部　宁晓琪　供稿）')).toEqual([['宁晓琪', null]]);
    expect(people('工会驿站开放了。\n（通讯员　宁晓琪）')).toEqual([['宁晓琪', '通讯员']]);
  });
});

describe('a post written with its department before the name', () => {
  const rolesIn = (t: string) => extractAll(textContext(t), ['named']).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
  it('keeps the department of the clause as part of the post', () => {
    expect(rolesIn('分工如下：女职工委员会主任柏秀英负责女职工工作。')).toContainEqual(['柏秀英', '女职工委员会主任']);
    expect(rolesIn('列席：县总工会权益保障部部长苗立诚。')).toContainEqual(['苗立诚', '县总工会权益保障部部长']);
  });
  it('leaves alone: a clause with a verb before the post', () => {
    expect(rolesIn('他来到技术部看望了部长苗立诚。').map(([, role]) => role)).not.toContain('他来到技术部看望了部长');
  });
});
