// A table the normaliser writes one cell a line (a Markdown pipe table) with no row-number column: its head is a run of
// short label lines (工作室 / 负责人 / 所在单位 / 成员数), each row as many lines; the columns are told by their labels,
// never by their place. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { lineCellAt } from '../../src/extract/named/records.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'notice', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县人社局'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const cols = wn.rule.recordColumns;

const TABLE = '附件\n某某县技能大师工作室名单\n工作室\n负责人\n职业资格/荣誉\n所在单位\n成员数\n' +
  '数控磨削技能大师工作室\n彭立强\n高级技师、某某工匠\n某某精工机械有限公司\n9人\n' +
  '中式面点技能大师工作室\n侯玉芬\n技师\n某某餐饮管理有限公司\n6人';

describe('a one-cell-a-line table under a head of labels', () => {
  it('gives each row its leader from the leader column, with its label as the role', () => {
    expect(found(TABLE).filter((w) => w.name).map((w) => [w.name, w.leader])).toEqual([
      ['数控磨削技能大师工作室', '彭立强'], ['中式面点技能大师工作室', '侯玉芬']]);
    expect(leaderPeople(found(TABLE), TABLE, wn).map((p) => [p.name, p.role])).toContainEqual(['侯玉芬', '负责人']);
  });
  it('reads a cell\'s column label and its row', () => {
    const at = TABLE.indexOf('6人');
    const c = lineCellAt(TABLE, at, cols);
    expect(c?.head).toBe('成员数');
    expect(TABLE.slice(c!.rowStart, c!.rowEnd)).toContain('某某餐饮管理有限公司');
  });
  it('a run of short lines that names no record column is no head', () => {
    const t = '一、总体要求\n二、主要任务\n三、保障措施\n数控磨削技能大师工作室\n彭立强\n某某公司';
    expect(lineCellAt(t, t.indexOf('彭立强'), cols)).toBeNull();
  });
});

describe('a figure alone in a count column\'s cell', () => {
  it('takes the column\'s label for its subject and the row for its sentence', () => {
    const q = extractQuantities({ text: TABLE, meta, sections: [], pageAt: () => null }).find((x) => x.text === '9人');
    expect(q?.subject).toBe('成员数');
    expect(q?.sentence).toContain('某某精工机械有限公司');
  });
});
