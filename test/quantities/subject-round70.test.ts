// Round 70 (sub): the start of a change told as now, the period before, the edition before or per unit; the
// change clause after a 由…到… pair; a box-drawn table read under its head row; the bottom N of a ranking.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { run, subjectOf } from './subject-harness.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta } from '../../src/types.js';

describe('a change starting from now, the first state, the same period or edition before, or a rate per unit', () => {
  run([
    ['县总工会要求，会员入会确认率要由目前的86%提高到95%以上。', '86%', '会员入会确认率'],
    ['县总工会要求，会员入会确认率要由目前的86%提高到95%以上。', '95%以上', '会员入会确认率'],
    ['服务团数量由最初的6个增加到21个。', '6个', '服务团数量'],
    ['城镇登记失业率由上年同期的3.6%降至3.1%。', '3.1%', '城镇登记失业率'],
    ['本届比武中，故障排除一次成功率由上一届的78%提高到91%。', '78%', '故障排除一次成功率'],
    ['废水处理成本由每吨9.8元降至6.2元。', '9.8元', '废水处理成本'],
    ['设备故障停机次数由2024年的每月平均9次降至3次。', '9次', '设备故障停机次数'],
    ['采棉工日工资由80元涨到260元。', '260元', '采棉工日工资'],
  ]);
});

describe('a change clause after a pair names itself; 年均 keeps its change word', () => {
  run([
    ['高技能人才总量由2020年的6200人增加到2025年的1.12万人，年均增长约12.6%。', '约12.6%', '年均增长'],
    ['近三年新建职工书屋180家，年均增长15%左右。', '15%左右', '职工书屋'],
    ['建会完成率分别为135%、128%和121%。', '128%', '建会完成率'],
  ]);
});

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县人社局'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const TABLE = [
  '各乡镇完成情况如下：',
  '┌──────┬──────┬──────┬────┐',
  '│乡镇　│年度目标（人）│完成数（人）│完成率│',
  '├──────┼──────┼──────┼────┤',
  '│甲镇　│　2600　│　2754　│105.9%│',
  '│乙乡　│　 900　│　 792　│88.0% │',
  '└──────┴──────┴──────┴────┘',
].join('\n').replace(/\u3000/g, ' ');
// (the canonical text holds a wide space as a space: src/normalize/text.ts)

describe('a box-drawn table: its rule lines passed over, bare cells take the column head’s unit', () => {
  it('reads each bare cell with the unit and name of its column', () => {
    const qs = extractQuantities({ text: TABLE, meta, sections: [], pageAt: () => null });
    const cell = qs.find((q) => q.text === '2754');
    expect(cell?.unit).toBe('人');
    expect(qs.find((q) => q.text === '792')?.value).toBe(792);
  });
  it('names a rate cell by its rate head', () => {
    expect(subjectOf(TABLE, '105.9%')).toBe('完成率');
    expect(subjectOf(TABLE, '2600')).toBe('年度目标');
  });
});

describe('the bottom N of a ranking is a rank, not a count', () => {
  it('reads no figure in 排名后三位', () => {
    const qs = extractQuantities({ text: '请排名后三位的乡镇工会于月底前完成走访任务。', meta, sections: [], pageAt: () => null });
    expect(qs.map((q) => q.text)).toEqual([]);
  });
});
