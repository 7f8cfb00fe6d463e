// Headers of round 64: a decision whose signing date is broken over two lines above its annex, the annex's
// list ending the text with a print line (2025年12月 / 26日印发). Text written for this test in that layout.
import { describe, expect, it } from 'vitest';
import { headerReader } from '../structure/read-header.js';

const header = headerReader('headers-r64-');

describe('a signing date broken over lines above the annex', () => {
  const doc = `某某县人民政府文件

某府发〔2025〕12号

关于表彰2025年度“某某县技术能手”的决定

各乡镇人民政府，县级各部门：
为弘扬工匠精神，县政府决定，授予韩立新等8名同志2025年度“某某县技术能手”称号。

附件：2025年度“某某县技术能手”名单

某某县人民政府
2025年12月
25日

附件

2025年度“某某县技术能手”名单

韩立新　　某某县造纸有限公司制浆车间班长
曹秀兰（女）　某某县茶业有限公司茶叶加工技术员
孟庆山　　某某县建筑工程有限公司焊工
苏丽娟（女）　县中医医院中药调剂员
邵国平　　某某县农机服务中心农机修理工
陶春生　　某某县供电公司配电运维班班长
（其余2名略）

抄送：县委办公室。

某某县人民政府办公室　　　　　　　2025年12月
26日印发
`;
  it('is dated by the signature above the annex, not left undated by the print line at the end', async () => {
    const h = await header('d1.txt', doc);
    expect(h.date).toBe('2025-12-25');
  });
});
