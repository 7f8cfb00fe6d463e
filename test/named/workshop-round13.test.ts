// Round 13 of issue 18: workshop types are an open class, read from the entry's context, not only
// from rules/workshops.yaml's list.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, titleClasses, workshopNames } from '../../src/extract/named/workshop-names.js';
import type { Award } from '../../src/types.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string, honours: Award[] = []) => namedWorkshops(t, null, honours, cuePeople(t, pr), pr, wn).map((w) => [w.name, w.type, w.leader]);
const title = (name: string, start: number): Award => ({ name, level: 'municipal', count: 6, text: name, start, end: start + name.length, rule: 'conferment.name-as' } as Award);

describe('an entry under a name column or a numbered line, its leader labelled', () => {
  it('takes the whole cell, however long the craft and unlisted the type (one cell a line, pipes, spaces)', () => {
    expect(run('序号\n工作室名称\n依托单位\n领衔人\n1\n孙丽华苗族蜡染非遗技艺传承工作室\n某某县民族文化合作社\n孙丽华')).toEqual([['孙丽华苗族蜡染非遗技艺传承工作室', '工作室', '孙丽华']]);
    expect(run('| 序号 | 工作室名称 | 依托单位 | 带头人 |\n| 1 | 高山茶园绿色防控技术服务工作室 | 某某茶业合作社 | 龙国强 |')).toEqual([['高山茶园绿色防控技术服务工作室', '工作室', '龙国强']]);
    expect(run('序号 工作室名称 依托单位 领衔人\n1 周德明传统木雕技艺传承名师工作室 某某木雕厂 周德明')).toEqual([['周德明传统木雕技艺传承名师工作室', '工作室', '周德明']]);
  });
  it('opens the name at a motto, after the unit an annex line writes first', () => {
    expect(run('2．某某县中医院“银针”中医推拿名师工作室（领衔人：覃丽芳）')).toEqual([['“银针”中医推拿名师工作室', '工作室', '覃丽芳']]);
    expect(run('3．“银针”中医推拿名师工作室\n　　依托单位：某某县中医院\n　　领衔人：覃丽芳')).toEqual([['“银针”中医推拿名师工作室', '工作室', '覃丽芳']]);
  });
  it('reads the traditional script once folded', () => {
    const t = foldToSimplified('序號\n工作室名稱\n依託單位\n帶頭人\n1\n韋秀梅壯族民歌傳唱技藝工作室\n某某縣文化館\n韋秀梅');
    expect(run(t)).toEqual([['韦秀梅壮族民歌传唱技艺工作室', '工作室', '韦秀梅']]);
  });
});

describe('an unlisted type named before 等N个工作室 with its leader', () => {
  it('takes the item whose name opens with its leader', () => {
    expect(run(foldToSimplified('認定劉建華竹編技藝傳承工作室等6個工作室為第三批市級鄉村工匠工作室。'))).toEqual([['刘建华竹编技艺传承工作室', '工作室', '刘建华']]);
  });
  it('takes no bare 工作室 inside a sentence', () => {
    expect(run('各县要加强工作室建设，每个工作室配备导师2名。')).toEqual([]);
    expect(run('全县有工作室12个，工作室建设经费30万元。\n领衔人：王某')).toEqual([]);
  });
});

describe('a class the document confers is a type there', () => {
  it('reads the class from the title without its batch, place, level and grade', () => {
    const aliases = wn.aliases;
    expect(titleClasses([{ name: '第二批临夏州乡村工匠名师工作室' }, { name: '省级示范性劳模创新工作室' }, { name: '“某某”工作室' }], aliases)).toEqual([
      { alias: '乡村工匠名师工作室', type: '乡村工匠名师工作室' }]);
  });
  it('types the annex entries by the conferred class and reads their leader and craft as for a listed type', () => {
    const t = '认定马金花刺绣乡村工匠名师工作室等4个工作室为第二批临夏州乡村工匠名师工作室。';
    const h = title('临夏州乡村工匠名师工作室', t.indexOf('临夏州'));
    expect(run(t, [h])[0]).toEqual(['马金花刺绣乡村工匠名师工作室', '乡村工匠名师工作室', '马金花']);
  });
  it('takes no conjunction before a place in a title for a leader (和|海东市…)', () => {
    expect(run('关于命名第三批海东市职工创新工作室\n和海东市示范性劳模创新工作室的通知')).toEqual([]);
  });
});
