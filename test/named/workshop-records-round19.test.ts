// Round 19 of issue 18: a leader's column head with a note in brackets, a table written one cell a line, and a verb
// of conferment opening a list item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { peopleRules } from '../../src/extract/named/people-cues.js';
import { workshopNames } from '../../src/extract/named/workshop-names.js';
import { headLabel, verticalLeader } from '../../src/extract/named/records.js';

const pr = peopleRules();
const cols = workshopNames().rule.recordColumns;

describe('a head cell with a note', () => {
  it('drops the bracket after the label, in either width and with letter spacing', () => {
    expect(headLabel('领衔人（主要荣誉）')).toBe('领衔人');
    expect(headLabel('带 头 人(职称)')).toBe('带头人');
    expect(headLabel('负责人〔荣誉称号〕')).toBe('负责人');
    // a cell that is only a bracket, or a label with words after its bracket, is left as written
    expect(headLabel('（主要荣誉）')).toBe('（主要荣誉）');
    expect(headLabel('领衔人（姓名）及职称')).toBe('领衔人（姓名）及职称');
  });
});

describe('the leader of a table written one cell a line', () => {
  const t = '序号\n工作室名称\n领衔人（主要荣誉）\n依托单位\n1\n“晨光”汽修职工创新工作室\n滑建平（省技术能手）\n某某汽修有限公司\n2\n焊接技艺创新工作室\n某某重工有限公司\n宓晓东';
  it('reads the cell under the leader head, its note dropped, with its exact span and the label as role', () => {
    const at = t.indexOf('“晨光”汽修职工创新工作室') + '“晨光”汽修职工创新工作室'.length;
    const got = verticalLeader(t, at, cols, pr)!;
    expect(got).toMatchObject({ name: '滑建平', role: '领衔人' });
    expect(t.slice(got.start, got.end)).toBe('滑建平');
  });
  it('gives no leader where the row puts a unit in the leader column', () => {
    const at = t.indexOf('焊接技艺创新工作室') + '焊接技艺创新工作室'.length;
    expect(verticalLeader(t, at, cols, pr)).toBeNull();
  });
  it('needs a head that names a leader column', () => {
    const u = '序号\n工作室名称\n依托单位\n备注\n1\n“晨光”汽修职工创新工作室\n某某汽修有限公司\n滑建平';
    expect(verticalLeader(u, u.indexOf('\n某某汽修'), cols, pr)).toBeNull();
  });
});
