// What a figure counts when official writing names it by a clause (quantities/subject-clauses.ts), on
// sentences written for this test in other provinces, bodies and wordings than the genre corpus, in
// both scripts; the `keeps` cases are sentences each mechanism must leave to the other rules.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
function subjectOf(written: string, figure: string, nth = 0): string | undefined {
  const text = foldToSimplified(written);
  const qs = refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues());
  return qs.filter((q) => q.text.replace(/\s+/g, '') === foldToSimplified(figure))[nth]?.subject;
}
type Case = [sentence: string, figure: string, subject: string, nth?: number];
const run = (cases: Case[]) => {
  for (const [s, f, want, nth] of cases) it(`${s} ${f} → ${want}`, () => expect(subjectOf(s, f, nth)).toBe(foldToSimplified(want)));
};

describe('a headless relative clause before a count is the subject, with its 的', () => {
  run([
    ['参训职工累计860人次，其中取得焊工、钳工中级证书的有52人。', '52人', '取得焊工、钳工中级证书的'],
    ['全县共建成职工驿站44个，其中由工会独立建设的26个、与企业共建的18个。', '26个', '由工会独立建设的'],
    ['全县共建成职工驿站44个，其中由工会独立建设的26个、与企业共建的18个。', '18个', '与企业共建的'],
    ['在新认定的12个工作室中，由省劳动模范领衔的有4个，由“燕赵工匠”领衔的有3个。', '4个', '由省劳动模范领衔的'],
    ['在新认定的12个工作室中，由省劳动模范领衔的有4个，由“燕赵工匠”领衔的有3个。', '3个', '由“燕赵工匠”领衔的'],
    ['新就业形态劳动者约3200人，已入会的有2700人。', '2700人', '已入会的'],
    ['领衔人中，具有高级技师职业资格的5人，具有高级职称的3人。', '3人', '具有高级职称的'],
    ['在高技能人才中，取得技師、高級技師等級的有1860人。', '1860人', '取得技師、高級技師等級的'],
    ['授予王某等20人“某市技术能手”称号，受表彰的20人中，女职工6人。', '20人', '受表彰的', 1],
    ['今年参加技能提升培训的职工中，持有职业资格证书的共有930人。', '930人', '持有职业资格证书的'],
  ]);
  describe('the place or field of 来自 / 从事 / 位于 / 依托', () => run([
    ['受聘人员中，来自机械、电子、化工三个行业的共有27名。', '27名', '机械、电子、化工三个行业'],
    ['产业工人中，从事纺织、食品和物流三个产业的有4.1万人。', '4.1万人', '纺织、食品和物流三个产业'],
    ['一线职工中，从事装配作业的有1.3万人。', '1.3万人', '装配作业'],
    ['在高級工以上的0.6萬人中，從事茶葉、中藥材等特色產業的有0.2萬人。', '0.2萬人', '特色產業'],
    ['新命名的工作室中，依托县职业中专的有2个。', '2个', '县职业中专'],
  ]));
  describe('keeps', () => run([
    // a noun with 的, an honour received, a name after the count: the other rules read them
    ['在这批工作室里，企业一线的有8个，事业单位的3个。', '8个', '企业一线'],
    ['獲評茂名市技術能手的20人裡，女職工8人。', '20人', '茂名市技術能手'],
    ['全县有1130家企业建立了工会组织。', '1130家', '企业'],
    ['其中被命名为“模范职工小家”的有15个。', '15个', '模范职工小家'],
    ['具有高级技师职业资格的领衔人8名。', '8名', '领衔人'],
  ]));
});

describe('a copula after the count says what those counted are', () => {
  run([
    ['在这20名“某某工匠”中，有12人是一线技术工人，另有3人为“齐鲁工匠”，1人为全国技术能手。', '12人', '一线技术工人'],
    ['在这20名“某某工匠”中，有12人是一线技术工人，另有3人为“齐鲁工匠”，1人为全国技术能手。', '3人', '齐鲁工匠'],
    ['在这20名“某某工匠”中，有12人是一线技术工人，另有3人为“齐鲁工匠”，1人为全国技术能手。', '1人', '全国技术能手'],
    ['9名帶頭人中，4人為高級技師。', '4人', '高級技師'],
    ['黄某某同志先后培养徒弟40多名，其中9人取得高级技师职业资格。', '9人', '高级技师职业资格'],
  ]);
  describe('keeps', () => run([
    ['全市有劳模105人，其中女性28人。', '28人', '女性'],
  ]));
  it('参赛选手每3人为一组: a count after 为 is no noun of what they are', () => expect(subjectOf('参赛选手每3人为一组。', '3人')).not.toBe('一组'));
});

describe('an elided rest of a list in brackets counts 其余', () => {
  run([
    ['张某某某县人民医院护士长……（其余26名略）', '26名', '其余'],
    ['甲公司机修班、乙公司运行班、……（其余10个略）', '10个', '其余'],
  ]);
  describe('keeps', () => run([
    ['全县工作室15个（其中省级3个）。', '3个', '省级工作室'],
  ]));
});
