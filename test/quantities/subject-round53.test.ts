// Round 53 of issue 18 (quantity subjects), a part with no noun after its count, named by a phrase with 的 before
// it: (1) 依托X的N个 keeps the whole 依托X的 (the base a body stands on sorts out the part, as 依托X建设的 does);
// (2) a short phrase of nouns or grades with its 的 (有企业的20个、事业单位的5个, 优秀的7个, 因病致困的40户) keeps
// its 的, while a place (分布在…), an age (年龄最小的29岁) and a clause with a verb are read as before.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { documentFigures as subjects } from './subject-harness.js';

describe('round 53: 依托X的 before a bare count', () => {
  it('keeps 依托 and the 的 of each base', async () => {
    const qs = await subjects('全市现有职工服务站点30个，其中依托商场的12个，依托物流园区的8个。');
    expect(qs).toContainEqual(['12个', '依托商场的']);
    expect(qs).toContainEqual(['8个', '依托物流园区的']);
  });

  it('still reads a noun after the count as what is counted', async () => {
    expect(await subjects('今年依托龙头企业的6个实训基地全部建成。')).toContainEqual(['6个', '实训基地']);
  });
});

describe('round 53: a noun or a grade with its 的 before a bare count', () => {
  it('keeps the 的 of the kinds a stock is sorted into', async () => {
    const qs = await subjects('全县共有职工书屋40个。从建设主体看，有企业的22个、机关单位的10个、社区的8个。');
    expect(qs).toContainEqual(['22个', '企业的']);
    expect(qs).toContainEqual(['10个', '机关单位的']);
  });

  it('keeps the 的 of a grade in a review', async () => {
    const qs = await subjects('年度考核中，优秀的7个，合格的9个，另有2个限期整改。');
    expect(qs).toContainEqual(['7个', '优秀的']);
    expect(qs).toContainEqual(['9个', '合格的']);
  });

  it('names an age by its superlative as written (round 60) and leaves a place of spread as the place', async () => {
    const qs = await subjects('这批学员中，年龄最小的19岁。已建成的12个站点中，分布在东城区的7个。');
    expect(qs).toContainEqual(['19岁', '年龄最小的']);
    expect(qs).toContainEqual(['7个', '东城区']);
  });
});
