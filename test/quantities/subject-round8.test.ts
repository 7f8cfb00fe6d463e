// Round 8 mechanisms of what a figure counts (quantities/subject-clauses.ts, subject-refine.ts), on
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

describe('此称号 / 该称号 / 此殊荣 right after the figure points back to the title named in the sentence', () => {
  run([
    ['市人社厅公布年度“赣鄱技术能手”评选结果，全市共有38人获此称号。', '38人', '赣鄱技术能手'],
    ['经层层推荐，“八桂工匠”评选结果揭晓，我县有4人荣获该称号。', '4人', '八桂工匠'],
    ['本届“天山工匠”评选中，石河子市共有5人获此殊荣。', '5人', '天山工匠'],
    ['去年“巴渝工匠”名单公布，全區共有7人獲此稱號。', '7人', '巴渝工匠'],
    ['在“黔匠”评选中，全州有12人先后获此称号。', '12人', '黔匠'],
  ]);
});

describe('这/该/上述 N before a figure with no noun of its own is the earlier figure of that size', () => {
  run([
    ['全区12名职工获评“鹭岛工匠”。这12人中，来自制造业一线的有9人。', '12人', '鹭岛工匠'],
    ['市总工会命名劳模创新工作室8个。上述8个均由省级以上劳模领衔。', '8个', '劳模创新工作室'],
    ['全县评出技术能手20名，在这20名中，女职工占四成。', '20名', '技术能手', 1],
    ['今年新建職工驛站15個，這15個中有6個位於工業園區。', '15個', '職工驛站', 1],
  ]);
});

describe('keeps', () => {
  run([
    ['全县共有19名一线职工获此称号。', '19名', '一线职工'],
    ['在这46名技术能手中，35周岁以下的有20人。', '46名', '技术能手'],
    ['这5个项目共投入资金300万元。', '5个', '项目'],
    ['全市评出先进集体12个、先进个人30名，这12个集体中有5个来自基层。', '12个', '集体', 1],
    ['市里评出“湘江工匠”10名，获此称号的有10人。', '10名', '湘江工匠'],
  ]);
});

describe('a planned act after an intent word (计划招生, 拟录用) is what the figure counts; its doer, when read after the figure', () => {
  run([
    ['今年全省12所技师学院计划招生1.5万人。', '1.5万人', '招生'],
    ['今年全省12所技师学院计划招生1.5万人。', '12所', '技师学院'],
    ['市属国企今年拟招聘高校毕业生600人，截至6月底已录取410人。', '410人', '录取'],
    ['截至目前已培训2.3万人次。', '2.3万人次', '培训'],
    ['全县8家龍頭企業計劃招工1200人。', '1200人', '招工'],
    ['各工作室结成师徒对子36对。', '36对', '师徒对子'],
    ['各工作室承担省级科研课题5项。', '5项', '省级科研课题'],
  ]);
});

describe('keeps (planned acts)', () => {
  run([
    ['全市计划新建职工驿站50个。', '50个', '职工驿站'],
    ['预计参训职工3000人次。', '3000人次', '参训职工'],
  ]);
});

describe('a share in tenths (占…九成) counts the group before 占; an average age after 仅/约 is 平均年龄', () => {
  run([
    ['参赛选手中女职工约占四成。', '四成', '女职工'],
    ['获奖职工中一线工人占了七成以上。', '七成以上', '一线工人'],
    ['全县受表彰的家政服務員中，女性約佔九成。', '九成', '女性'],
    ['获奖的技术能手平均年龄仅32岁。', '32岁', '平均年龄'],
    ['这批学员平均年龄约26岁。', '约26岁', '平均年龄'],
  ]);
});

describe('an abridged annex list (A、B、C等16家（名单略）) counts what its title line names', () => {
  run([
    ['附件1\n\n鄂尔多斯市五一劳动奖状获奖单位名单（12个）\n\n甲公司、乙煤矿、丙医院等12个（名单略）', '12个', '鄂尔多斯市五一劳动奖状获奖单位', 1],
    ['2025年度“齐鲁巾帼文明岗”名单\n某银行营业部、某医院护理部、某车站客运班组等25个（名单略）', '25个', '齐鲁巾帼文明岗'],
    ['遵義市模範職工之家名單（8家）\n甲公司工會、乙醫院工會、丙學校工會等8家（名單略）', '8家', '遵義市模範職工之家', 1],
  ]);
});

describe('keeps (abridged lists)', () => {
  run([
    ['获奖单位名单（20个）\n甲公司、乙医院、丙学校等20个单位（名单略）', '20个', '单位', 1],
    ['全县共表彰甲公司、乙医院、丙学校等15个先进集体。', '15个', '先进集体'],
  ]);
});

describe('a series read after the figure runs to its last member (和/及/与 closing the clause)', () => {
  run([
    ['县总工会先后走访28个建筑工地、物流园区和环卫所，送去慰问品。', '28个', '建筑工地、物流园区和环卫所'],
    ['活动覆盖全市46家医院、学校及社区卫生服务中心。', '46家', '医院、学校及社区卫生服务中心'],
    ['深入15個車間、班組與項目部，開展安全宣講。', '15個', '車間、班組與項目部'],
  ]);
});

describe('keeps (series)', () => {
  run([
    ['全市评出劳模12名和先进集体8个。', '12名', '劳模'],
  ]);
});

describe('a bare count of people followed by their average is the set named before it', () => {
  run([
    ['新当选的12人平均年龄40岁。', '12人', '新当选的'],
    ['本届获表彰的36人平均从业年限14年。', '36人', '本届获表彰的'],
    ['入選的9人平均年齡僅33歲。', '9人', '入選的'],
    ['全县评出技术能手20名。这20名平均年龄36岁。', '20名', '技术能手', 1],
  ]);
});

describe('keeps (averages)', () => {
  run([
    ['获奖的15名选手平均年龄31岁。', '15名', '选手'],
    ['获奖的15名选手平均年龄31岁。', '31岁', '平均年龄'],
  ]);
});

describe('a quoted name right before the figure is one piece, its verbs and all', () => {
  run([
    ['区总工会在全区设置“户外劳动者服务站点”118个。', '118个', '户外劳动者服务站点'],
    ['全县设立“爱心托管服务点”16个。', '16个', '爱心托管服务点'],
    ['今年全市新建「職工幫扶服務站」9個。', '9個', '「職工幫扶服務站」'],
  ]);
});

describe('keeps (quoted names)', () => {
  run([
    ['全县开展安全隐患排查“回头看”2次。', '2次', '安全隐患排查“回头看”'],
  ]);
});

describe('a body that ranks by a figure (X以N人居…之首) is what the figure counts', () => {
  run([
    ['单县以12项位列全市第二。', '12项', '单县'],
    ['东营市以46人居全省首位，青岛市则以38人排名第二。', '46人', '东营市'],
    ['东营市以46人居全省首位，青岛市则以38人排名第二。', '38人', '青岛市'],
    ['其中，龍崗區以9家位居各區之首。', '9家', '龍崗區'],
  ]);
});

describe('keeps (ranks)', () => {
  run([['全县以3个班组为试点开展竞赛。', '3个', '班组']]);
});

describe('a rank before a count (各工种前三名共18人) is the set counted', () => {
  run([
    ['经过角逐，各工种前三名共18人获得表彰。', '18人', '前三名'],
    ['各組別前兩名計8人將代表本市參賽。', '8人', '前两名'],
    ['每个项目前5名共有40人进入决赛。', '40人', '前5名'],
  ]);
});
