// An annex of numbered paragraphs whose heading is the workshop's name alone, closed by 。, its fields after it
// (依托单位：…；负责人：…), and a one-cell-a-line table with a leading trade column and a leader's cell that also holds
// the honour (领衔人及荣誉 | 某某（某某工匠）). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { headingClosedAt, recordEnd } from '../../src/extract/named/records.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name).map((w) => [w.name, w.leader]);

const ANNEX = '附件\n某某县示范性职工创新工作室名单\n' +
  '一、果蔬冷链仓储职工创新工作室。依托单位：某某冷链物流有限公司；负责人：仓储部经理谭立群。\n' +
  '二、数控刀具修磨职工创新工作室。依托单位：某某精密工具有限公司；工作室负责人：刃磨车间主任符海川（“某某工匠”）。\n' +
  '三、竹木家具雕刻职工创新工作室。依托单位：某某家居有限公司，由公司首席技师闵长庚负责。';

describe('a numbered heading closed by 。 and its fields', () => {
  it('the 。 after the name closes the heading, not the record: the fields run to the line\'s end', () => {
    const e = ANNEX.indexOf('工作室。') + 3;
    expect(headingClosedAt(ANNEX, e)).toBe(true);
    expect(ANNEX.slice(e, recordEnd(ANNEX, e))).toContain('谭立群');
  });
  it('gives each item its leader, labelled or stated (由某某负责)', () => {
    expect(found(ANNEX)).toEqual([
      ['果蔬冷链仓储职工创新工作室', '谭立群'], ['数控刀具修磨职工创新工作室', '符海川'], ['竹木家具雕刻职工创新工作室', '闵长庚']]);
  });
  it('a sentence that ends at a workshop, with no list mark, is no heading', () => {
    const t = '全县已建成职工创新工作室。其中：市级5个，县级12个。';
    expect(headingClosedAt(t, t.indexOf('。'))).toBe(false);
  });
});

const TABLE = '附件\n某某市劳模工匠创新工作室名单\n行业\n工作室名称\n领衔人及荣誉\n依托单位\n' +
  '机械制造\n液压阀体加工创新工作室\n岳志鹏（某某市劳动模范）\n某某液压件有限公司\n' +
  '现代农业\n食用菌栽培创新工作室\n伍春燕（某某工匠）\n某某菌业专业合作社';

describe('a one-cell-a-line table with a trade column and a leader-and-honour column', () => {
  it('reads the leader from the cell that holds the name and its honour', () => {
    expect(found(TABLE)).toEqual([['液压阀体加工创新工作室', '岳志鹏'], ['食用菌栽培创新工作室', '伍春燕']]);
  });
});
