// A list of labelled records (焊工（3名）：某、某 / 电工：某（某公司）) written one record a line, no full stop at
// the ends: each line stays a record of its own, never glued to the next record or to the sentence after the list.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { IngestResult } from '../../src/types.js';

const txt = (...lines: string[]): IngestResult => ({ format: 'txt', lines: lines.map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
const body = '经评审，现将名单公布如下。';

describe('labelled records of a list keep their lines', () => {
  it('keeps records with a count in the label, with notes in brackets or bare names', () => {
    const t = normalize(txt(body, '城关街道（3名）：侯俊杰（某某电子有限公司）、祁美玲（女，某某社区）、滕志远', '河口镇（2名）：骆文海、佘晓丹（女）', '其他乡镇（6名）：略')).text;
    expect(t.split('\n')).toEqual([body, '城关街道（3名）：侯俊杰（某某电子有限公司）、祁美玲（女，某某社区）、滕志远', '河口镇（2名）：骆文海、佘晓丹（女）', '其他乡镇（6名）：略']);
  });
  it('keeps records labelled by a trade, the last one apart from the sentence after the list', () => {
    const t = normalize(txt(body, '焊工：庞立新（某某重工有限公司）、艾力·买买提（某某建设集团）', '茶艺：郝静怡（某某茶业合作社）', '以上人员中，女性2名。')).text;
    expect(t.split('\n')).toEqual([body, '焊工：庞立新（某某重工有限公司）、艾力·买买提（某某建设集团）', '茶艺：郝静怡（某某茶业合作社）', '以上人员中，女性2名。']);
  });
  it('still joins a sentence broken mid-clause, a label line too when the rest carries on the sentence', () => {
    // (a line of forty characters or fewer is read as a title and stays apart: these lines are longer)
    const a = '会议要求各乡镇街道、各有关部门和各企事业单位结合本地本单位实际，认真组织广大干部职工深入';
    expect(normalize(txt(body, a, '学习，切实抓好落实。')).text).toBe(`${body}\n${a}学习，切实抓好落实。`);
    const b = '主要任务：加快推进城东片区、河口工业园区和滨江新区的重点项目建设，力争年内全部开工并形成实物工作';
    expect(normalize(txt(body, b, '量，确保按期完工。')).text).toBe(`${body}\n${b}量，确保按期完工。`);
  });
});
