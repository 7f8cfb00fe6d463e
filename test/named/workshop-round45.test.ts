// Round 45 of issue 18: a workshop's leader must read as a person's name. The first words of a workshop's name (a
// clause's 申报的, a material's one word, an ethnic group's dish) or a leader's label followed by a negated verb
// (领衔人某某不变) are fragments, never a leader nor a person.
// Sentences written for these tests (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const named = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name);
const pairs = (t: string) => named(t).map((w) => [w.name, w.leader]);
/** the people the named workshops' leaders make */
const leaders = (t: string) => leaderPeople(named(t), t, wn).map((p) => p.name);

describe('the opening of a name that reads as no person is no leader', () => {
  it('a clause ending with 的 before the craft (我镇申报的|…) is no leader', () => {
    const t = '省人社厅公布认定结果，我镇申报的陶瓷彩绘技能大师工作室名列其中。';
    expect(pairs(t).map(([, l]) => l)).not.toContain('申报的');
    expect(leaders(t)).not.toContain('申报的');
  });
  it('a material that is one common word (桑皮纸|制作…) is no leader, though the text writes it alone elsewhere', () => {
    const t = '命名“桑皮纸制作劳模创新工作室”等2个工作室为县劳模创新工作室。\n新命名的工匠中，来自地毯、桑皮纸、木雕等传统手工艺领域的3名。';
    expect(pairs(t)).toEqual([['桑皮纸制作劳模创新工作室', null]]);
    expect(leaders(t)).toEqual([]);
  });
  it('an ethnic group\'s dish (某族|八碟…) is no leader; the lead clause before the quote gives the leader', () => {
    const t = '三、韩长贵领衔的“满族八碟八碗烹饪技能大师工作室”已被认定为市级技能大师工作室。';
    expect(pairs(t)).toEqual([['满族八碟八碗烹饪技能大师工作室', '韩长贵']]);
    expect(leaders(t)).not.toContain('满族八碟');
  });
  it('a label then the name then a negated verb (领衔人某某不变): the leader is the name, not its last character and the verb', () => {
    const t = '二、附件第3项工作室名称更正为“某某县农业开发有限公司邱海明茶叶加工职工创新工作室”，领衔人邱海明不变。';
    expect(pairs(t).map(([, l]) => l)).not.toContain('明不变');
    expect(leaders(t)).not.toContain('明不变');
  });
  it('a person named with the craft is still the leader (周德明|陶瓷彩绘…)', () => {
    const t = '命名周德明陶瓷彩绘技能大师工作室等2个工作室为县级技能大师工作室。';
    expect(pairs(t)).toEqual([['周德明陶瓷彩绘技能大师工作室', '周德明']]);
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
