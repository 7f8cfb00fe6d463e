// Round 45 of issue 18: a workshop's leader must read as a person's name. The first words of a workshop's name (a
// clause's 申报的, a material's one word, an ethnic group's dish) or a leader's label followed by a negated verb
// (领衔人某某不变) are fragments, never a leader nor a person.
// Sentences written for these tests (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const named = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name);
const pairs = (t: string) => named(t).map((w) => [w.name, w.leader]);
/** the people the named workshops' leaders make */
const leaders = (t: string) => leaderPeople(named(t), t, wn).map((p) => p.name);

describe('the opening of a name that reads as no person is no leader', () => {
  it('a clause ending with 的 before the craft (我镇申报的|…) is no leader', () => {
    const t = '省人社厅公布认定结果，我镇申报的竹木根雕技能大师工作室位列名单。';
    expect(pairs(t).map(([, l]) => l)).not.toContain('申报的');
    expect(leaders(t)).not.toContain('申报的');
  });
  it('a material that is one common word (牛皮纸|制作…) is no leader, though the text writes it alone elsewhere', () => {
    const t = '命名“牛皮纸制作劳模创新工作室”等2个工作室为县劳模创新工作室。\n新命名的工匠中，来自刺绣、牛皮纸、石雕等传统手工艺领域的3名。';
    expect(pairs(t)).toEqual([['牛皮纸制作劳模创新工作室', null]]);
    expect(leaders(t)).toEqual([]);
  });
  it('an ethnic group\'s dish (某族|九碗…) is no leader; the lead clause before the quote gives the leader', () => {
    const t = '三、鲍天赐领衔的“回族九碗三行宴席技能大师工作室”已被认定为市级技能大师工作室。';
    expect(pairs(t)).toEqual([['回族九碗三行宴席技能大师工作室', '鲍天赐']]);
    expect(leaders(t)).not.toContain('回族九碗');
  });
  it('a label then the name then a negated verb (领衔人某某不变): the leader is the name, not its last character and the verb', () => {
    const t = '二、附件第3项工作室名称更正为“某某县农业开发有限公司沈海鸣香菇菌棒制作职工创新工作室”，领衔人沈海鸣不变。';
    expect(pairs(t).map(([, l]) => l)).not.toContain('明不变');
    expect(leaders(t)).not.toContain('明不变');
  });
  it('a person named with the craft is still the leader (邝德民|陶瓷彩绘…)', () => {
    const t = '命名邝德民竹木根雕技能大师工作室等2个工作室为县级技能大师工作室。';
    expect(pairs(t)).toEqual([['邝德民竹木根雕技能大师工作室', '邝德民']]);
  });
});

describe('a craft\'s workshop that opens its sentence, its leader stated after it', () => {
  it('after a connective and its comma (其中，|…由某某领衔)', () => {
    expect(pairs('会议同意命名三个工作室。其中，苗族银饰创新工作室由“黔东工匠”杨秀英领衔，现有成员20人。'))
      .toEqual([['苗族银饰创新工作室', '杨秀英']]);
  });
  it('no leader stated: a sentence that opens with a craft names no workshop', () => {
    expect(pairs('其中，苗族银饰创新工作室建设进展顺利。')).toEqual([]);
  });
});

describe('a workshop named inside the clause that confers a title on it keeps its name', () => {
  it('命名“某某工作室”等2个工作室为县劳模创新工作室: the honour is the last title, the quoted name a workshop', () => {
    const t = '关于命名第三批县劳模创新工作室的决定\n命名“不锈钢制作劳模创新工作室”等2个工作室为县劳模创新工作室。';
    const names = extractAll(textContext(t), ['named']).workshops.map((w) => w.name).filter(Boolean);
    expect(names).toEqual(['不锈钢制作劳模创新工作室']);
  });
});
