import { describe, expect, it } from 'vitest';
import { cellUnit, lineCellUnit, rowLabelCell, measuredRowLabel, countColumnHead } from '../../src/extract/quantities/table-cells.js';

const at = (text: string, n: string, from = 0) => {
  const s = text.indexOf(n, from);
  return cellUnit(text, s, s + n.length);
};

describe('a bare number in a table cell: its measure word in a label’s brackets', () => {
  it('a tab row under a head cell 成员（人）', () => {
    const t = '工作室名称\t领衔人\t成员（人）\t攻关项目（项）\n某某数控创新工作室\t王某\t16\t23\n';
    expect(at(t, '16')).toMatchObject({ word: '人', subject: '成员' });
    expect(at(t, '23')).toMatchObject({ word: '项', subject: '攻关项目' });
  });
  it('a row opened by its label (培训人数（人次） 5120 9000)', () => {
    const t = '项目 一季度 全年目标\n职工技能培训（人次）5120 9000\n';
    expect(at(t, '9000')).toMatchObject({ word: '人次', subject: '职工技能培训' });
  });
  it('an indicator row with a rate cell (指标 | 目标 | 完成 | 完成率): the figures and the rate take the label', () => {
    const t = '指标名称 年度目标 完成数 完成率\n新建职工书屋（家）12 15 125%\n帮扶困难职工（户）300 318 106%\n';
    expect(at(t, '15')).toMatchObject({ word: '家', subject: '新建职工书屋' });
    expect(at(t, '318')).toMatchObject({ word: '户', subject: '帮扶困难职工' });
    const s = t.indexOf('106%');
    expect(rowLabelCell(t, s, s + 4)).toMatchObject({ subject: '帮扶困难职工' });
    const w = '全市完成率（%）达到98%，高于上年。\n';
    expect(rowLabelCell(w, w.indexOf('98%'), w.indexOf('98%') + 3)).toBeNull();
  });
  it('a 同比 column (增长4.1%, 下降0.8%) and a figure in 万, the spaces between cells dropped', () => {
    const t = '指标 完成数 同比\n新增城镇就业（人）2430增长4.1%\n职工技能培训（人次）1.35万 下降0.8%\n';
    expect(at(t, '2430')).toMatchObject({ word: '人', subject: '新增城镇就业' });
    expect(at(t, '1.35万')).toMatchObject({ word: '人次', subject: '职工技能培训' });
  });
  it('the unit in a column of its own under a 单位 head, on one line or one cell a line', () => {
    const t = '指标\t单位\t目标\t完成\t完成率\n新建职工书屋\t家\t12\t15\t125%\n';
    expect(at(t, '15')).toMatchObject({ word: '家', subject: '新建职工书屋' });
    const l = '指标\n单位\n目标\n完成\n新建职工书屋\n家\n12\n15\n';
    expect(at(l, '15')).toMatchObject({ word: '家', subject: '新建职工书屋' });
    expect(at('指标 数值\n新建职工书屋 家 12\n', '12')).toBeNull();
  });
  it('one cell a line: the label opens the row; a row number is not a figure, nor a column head a label', () => {
    const t = '序号\n指标名称\n目标\n完成\n1\n新建职工书屋（家）\n12\n15\n2\n帮扶困难职工（户）\n300\n318\n';
    expect(at(t, '15')).toMatchObject({ word: '家', subject: '新建职工书屋' });
    expect(at(t, '318')).toMatchObject({ word: '户', subject: '帮扶困难职工' });
    expect(at(t, '2\n')).toBeNull();
    const c = '年份\n培训（人次）\n认定（人）\n2023\n5000\n300\n';
    expect(at(c, '5000')).toBeNull();
  });
  it('a row between rules (box-drawn │ or a pipe table): read as the same row set out with spaces', () => {
    const t = '┌────┬────┬────┐\n│指标│年度目标│完成│完成率│\n├────┼────┼────┤\n│送温暖慰问（户）│420 │398 │94.8% │\n└────┴────┴────┘\n';
    expect(at(t, '398')).toMatchObject({ word: '户', subject: '送温暖慰问' });
    const s = t.indexOf('94.8%');
    expect(rowLabelCell(t, s, s + 5)).toMatchObject({ subject: '送温暖慰问' });
    const p = '| 指标 | 目标 | 完成 |\n| --- | --- | --- |\n| 职工书屋（家） | 9 | 11 |\n';
    expect(at(p, '11')).toMatchObject({ word: '家', subject: '职工书屋' });
    expect(at('│全年走访慰问困难职工（户）共420户│\n', '420')).toBeNull();
  });
  it('a spaced table whose heads name a count (参训人数, 服务人次) or whose caption states the unit (单位：户)', () => {
    const t = '各街道参训情况：\n街道 参训人数 服务人次\n东关街道420 1300\n合 计420 1300\n';
    expect(at(t, '420')).toMatchObject({ word: '人', subject: '东关街道' });
    expect(at(t, '1300')).toMatchObject({ word: '人次', subject: '东关街道' });
    const c = '各社区走访情况如下（单位：户）：\n社区 走访 慰问\n北塘社区86 40\n';
    expect(at(c, '86')).toMatchObject({ word: '户', subject: '北塘社区' });
    expect(at('社区 走访 慰问\n北塘社区86 40\n', '86')).toBeNull();
  });
  it('a caption naming one unit per figure column (单位：人次、人、人), and a row label holding a figure of its own', () => {
    const t = '各镇完成情况如下（单位：人次、人、人）：\n乡镇 培训 取证 就业\n东山镇 640 310 205\n其余8个乡镇 920 455 301\n';
    expect(at(t, '640')).toMatchObject({ word: '人次', subject: '东山镇' });
    expect(at(t, '205')).toMatchObject({ word: '人', subject: '东山镇' });
    expect(at(t, '920')).toMatchObject({ word: '人次', subject: '其余8个乡镇' });
    // a list that does not name every column gives none
    expect(at('情况如下（单位：人次、人）：\n乡镇 培训 取证 就业\n东山镇 640 310 205\n', '205')).toBeNull();
  });
  it('a pipe table whose head cell names a count by its measure word and 数 (成员人数, 帮扶户数)', () => {
    const p = '| 工作室 | 领衔人 | 成员人数 | 帮扶户数 |\n| --- | --- | --- | --- |\n| 某某焊接工作室 | 周某 | 11 | 34 |\n';
    expect(at(p, '11')).toMatchObject({ word: '人', subject: '成员人数' });
    expect(at(p, '34')).toMatchObject({ word: '户', subject: '帮扶户数' });
    expect(at('工作室\t成员人数\n某某工作室\t8\n', '8')).toMatchObject({ word: '人', subject: '成员人数' });
    expect(at('| 序号 | 姓名 | 总数 |\n| --- | --- | --- |\n| 2 | 周某 | 5 |\n', '2 ')).toBeNull();
    expect(at('| 姓名 | 人数 |\n| --- | --- |\n| 周某 | 5 |\n', '5 ')).toBeNull();
  });
  it('one cell a line under a head of record labels (工作室名称 … 成员人数 / 近三年培训人数): the head gives the unit, the row is the sentence', () => {
    const cols = { name: ['工作室名称'], leader: ['领衔人'], unit: ['依托单位'], level: [], count: ['成员人数'] };
    const t = '各工作室情况如下：\n工作室名称\n依托单位\n领衔人\n成员人数\n近三年培训人数\n某某木雕技能大师工作室\n某某工艺品厂\n周某\n8\n40\n某某竹编技能大师工作室\n某某合作社\n吴某\n6\n33\n';
    const cell = (n: string, from = 0) => {
      const s = t.indexOf(`\n${n}\n`, from) + 1;
      return lineCellUnit(t, s, s + n.length, cols);
    };
    expect(cell('8')).toMatchObject({ word: '人', subject: '成员人数' });
    const r = cell('33');
    expect(r).toMatchObject({ word: '人', subject: '近三年培训人数' });
    expect(t.slice(r!.rowStart, r!.rowEnd)).toContain('吴某');
    const s = t.indexOf('某某工艺品厂');
    expect(lineCellUnit(t, s, s + 6, cols)).toBeNull();
  });
  it('no bracket over the column (序号), or a number inside a sentence: none', () => {
    expect(at('序号\t单位\t人数\n3\t某公司\t12\n', '3\t')).toBeNull();
    expect(at('全市培训（人次）共5120次，完成年度目标。\n', '5120')).toBeNull();
  });
});

describe('cells that carry their measure words under a head row of words', () => {
  const label = (text: string, n: string) => {
    const s = text.indexOf(n);
    return measuredRowLabel(text, s, s + n.length);
  };
  it('each cell of a row counts what its label names, spaces kept or not', () => {
    const t = '重点工种如下：\n工种　　班次　　人次\n电工　　6期　　240人次\n中式面点师12期510人次\n';
    expect(label(t, '6期')).toBe('电工');
    expect(label(t, '510人次')).toBe('中式面点师');
  });
  it('no head row of words, or a sentence: none', () => {
    expect(label('全年举办电工6期240人次\n', '240人次')).toBeNull();
    expect(label('上半年情况：\n电工6期240人次\n', '6期')).toBeNull();
  });
});

describe('a figure under a column head naming a count (计划人数, 名额), words in the row’s other cells', () => {
  const head = (text: string, n: string) => {
    const s = text.indexOf(n);
    return countColumnHead(text, s, s + n.length);
  };
  it('counts the head, not the venue after it, the cells glued or spaced', () => {
    const t = '赛项 组别 参赛名额 承办单位\n茶艺师 职工组45人 某县职业中专\n育婴员 巾帼组 30人 某市妇幼保健院\n';
    expect(head(t, '45人')).toBe('参赛名额');
    expect(head(t, '30人')).toBe('参赛名额');
  });
  it('not under a head that names no count, nor inside a sentence', () => {
    expect(head('赛项 组别 比赛时间 承办单位\n茶艺师 职工组 3天 某县职业中专\n', '3天')).toBeNull();
    expect(head('全县组织培训班12期，培训学员850人，覆盖乡镇18个。\n', '850人')).toBeNull();
  });
});

describe('a table set out with spaces whose caption gives one unit a column', () => {
  const t = '各街道完成情况如下（单位：户、人、万元）：\n街道 走访户数 帮扶人数 发放资金\n东山街道 1,240 356 18.5\n其余6个街道 2,015 512 26.4\n合 计 3,255 868 44.9\n';
  it('each column takes its own unit, a row label counting what it names (其余6个街道) read whole', () => {
    expect(at(t, '356')).toMatchObject({ word: '人', subject: '东山街道' });
    expect(at(t, '26.4')).toMatchObject({ word: '万元', subject: '其余6个街道' });
    expect(at(t, '868')).toMatchObject({ word: '人', subject: '合计' });
  });
  it('a list of units that does not match the columns gives none', () => {
    const u = '情况如下（单位：户、人）：\n街道 走访情况 帮扶情况 发放情况\n东山街道 12 35 18\n';
    expect(at(u, '18')).toBeNull();
  });
});
