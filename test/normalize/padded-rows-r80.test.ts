// A table written as plain text with its cells set apart by runs of spaces: each row stays a line of its own,
// its cells apart, even when a cell of the next row holds a list (、) that reads like the rest of a sentence.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { IngestResult } from '../../src/types.js';

const txt = (...lines: string[]): IngestResult => ({ format: 'txt', lines: lines.map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
const body = '经检查，现将问题清单通报如下。';

describe('rows set out with runs of spaces keep their lines', () => {
  it('keeps a row apart from the next one whose cell holds a list', () => {
    const t = normalize(txt(body, '3     某乡集镇供水工程            某县某某水利水电工程有限公司    未设置维权信息告示牌          10月10日前', '4     某镇中心学校教学楼工程      某市某某建设集团有限公司        未设置告示牌、工资台账不全    10月15日前')).text;
    const rows = t.split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('某乡集镇供水工程 某县某某水利水电工程有限公司');
    expect(rows[2]).toContain('某镇中心学校教学楼工程 某市某某建设集团有限公司');
  });
  it('still joins a sentence broken mid-clause', () => {
    const t = normalize(txt(body, '全县各级工会组织围绕重点工程和重点项目深入开展劳动和技能竞赛活动，广泛开展职工技术创新、合理化建议和技术', '攻关活动，取得了明显成效。')).text;
    expect(t.split('\n')).toHaveLength(2);
  });
});
