// What a figure counts, read as official writing states it (quantities/subject-refine.ts), on whole
// sentences written for this test (other provinces, bodies and wordings than the genre corpus;
// traditional script is folded as the pipeline folds it): each case names a figure as written and
// the subject it must get; the `keeps` cases are sentences a mechanism must leave alone.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
/** the subject of the n-th figure written as `figure` (folded) */
function subjectOf(written: string, figure: string, nth = 0): string | undefined {
  const text = foldToSimplified(written);
  const qs = refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues());
  return qs.filter((q) => q.text.replace(/\s+/g, '') === foldToSimplified(figure))[nth]?.subject;
}
type Case = [sentence: string, figure: string, subject: string, nth?: number];
const run = (cases: Case[]) => {
  for (const [s, f, want, nth] of cases) it(`${s} ${f} → ${want}`, () => expect(subjectOf(s, f, nth)).toBe(foldToSimplified(want)));
};

describe('A、B、C分别为N1、N2和N3: the j-th name counts the j-th figure', () => {
  run([
    ['高技能人才按等级分，高级技师、技师、高级工分别为300人、1200人和3700人。', '300人', '高级技师'],
    ['高技能人才按等级分，高级技师、技师、高级工分别为300人、1200人和3700人。', '1200人', '技师'],
    ['高技能人才按等级分，高级技师、技师、高级工分别为300人、1200人和3700人。', '3700人', '高级工'],
    ['其中技师、高级技师分别为5200人和1100人。', '1100人', '高级技师'],
    ['一线职工、管理人员、专业技术人员分别有860人、120人、95人。', '120人', '管理人员'],
    ['男職工、女職工分別為3200人和2800人。', '2800人', '女職工'],
    ['全县职工书屋、职工驿站分别达到42家和65家。', '65家', '职工驿站'],
    ['技能人才按学历分，本科及以上、大专、中专及以下分别为1200人、3400人和5600人。', '5600人', '中专及以下'],
  ]);
  describe('keeps', () => run([
    // a 的 phrase qualifies one noun the names share: no pairing
    ['其中甲县、乙县的优胜企业分别为12家和9家。', '9家', '优胜企业'],
    ['另有甲县、乙县分别有3家、2家企业被评为“省安康杯竞赛优胜企业”。', '2家', '企业'],
  ]));
});

describe('words after the counted noun that only lead up to the number (aim, norm, comparison, entering)', () => {
  run([
    ['全省高技能人才力争达到12万人。', '12万人', '高技能人才'],
    ['（二）年龄一般在50周岁以下，具有技师以上职业资格。', '50周岁', '年龄'],
    ['驿站年接待量应达到500人次。', '500人次', '驿站年接待量'],
    ['参赛人数比上届增加56人。', '56人', '参赛人数'],
    ['參賽隊伍較上屆增加12支。', '12支', '參賽隊伍'],
    ['当天共有86家用人单位进场，提供岗位2100个。', '86家', '用人单位'],
    ['全县今年已吸纳货车司机入会1300余人。', '1300余人', '货车司机'],
    ['经过考核，42名学员晋升一个技能等级。', '42名', '学员'],
    ['经审核，共有23名职工符合条件，其中男职工15名。', '23名', '职工'],
    ['车间将把设备完好率再提高3个百分点。', '3个百分点', '设备完好率'],
    ['明年將把競賽工種擴大到10個。', '10個', '競賽工種'],
  ]);
  describe('keeps', () => run([
    ['全县举办职工技能竞赛12场，参赛职工1900人次。', '1900人次', '参赛职工'],
    ['全年完成技能等级晋升3200人次。', '3200人次', '技能等级晋升'],
    ['全市技能人才晋升通道进一步畅通，晋升人数达到320人。', '320人', '晋升人数'],
    ['今年新建职工驿站35个。', '35个', '职工驿站'],
    ['全县电力供应3家企业。', '3家', '企业'],
    ['蔬菜平价供应12个。', '12个', '蔬菜平价供应'],
  ]));
});

describe('the recipients of a conferred title: the noun before the title, and the title of the counted', () => {
  run([
    ['命名某某车间等18个集体为“三秦青年文明号”，授予王某等36名青年“三秦青年岗位能手”称号。', '36名', '青年'],
    ['授予李某等12名青年“黔东南州青年五四奖章”。', '12名', '青年'],
    // N人 (同时) 被…授予“H” / 成长为“H”: the title the counted received
    ['其中3人同时被省总工会授予“江西省五一劳动奖章”。', '3人', '江西省五一劳动奖章'],
    ['兩人同時被市人社局授予“紹興市技術能手”稱號。', '兩人', '紹興市技術能手'],
    ['全县“天山工匠”总数达到58名，其中9人已成长为“新疆工匠”。', '9人', '新疆工匠'],
    ['近年来，共有15名职工成长为“八桂工匠”。', '15名', '八桂工匠'],
  ]);
});

describe('N名来自X的Y: the noun after the origin is what is counted', () => {
  run([
    ['20名来自生产一线的技能人才被命名为“雪城工匠”。', '20名', '技能人才'],
    ['共有36名来自各行业的优秀青年入选。', '36名', '优秀青年'],
    ['本次表彰的12名來自基層一線的職工將獲得獎勵。', '12名', '職工'],
  ]);
  describe('keeps', () => run([
    ['参赛的126名选手来自18家企业。', '126名', '选手'],
    ['其中8人来自制造企业。', '8人', '制造企业'],
  ]));
});

describe('a relative clause with no noun after the number: a description or a possession keeps its 的', () => {
  run([
    ['带头人中，具有高级技师职业资格的11人，其余为技师。', '11人', '具有高级技师职业资格的'],
    ['全市产业工人中，持有职业资格证书的有4.2万人。', '4.2万人', '持有职业资格证书的'],
    ['全县职工中具备技师资格的2100人。', '2100人', '具备技师资格的'],
    ['获得此次称号的30人中，有8人来自制造业。', '30人', '获得此次称号的'],
    ['全区建成驿站180个，分别为社区建设的120个、企业建设的60个。', '120个', '社区建设的'],
    ['本批工作室中，领衔人为省级劳动模范的4个，其余由市级劳模领衔。', '4个', '领衔人为省级劳动模范的'],
  ]);
  describe('keeps', () => run([
    ['其中获得“陇原技能大师”称号的5人。', '5人', '陇原技能大师'],
    ['分布在城区的12个，分布在乡镇的8个。', '12个', '城区'],
    ['其中来自制造企业的15人。', '15人', '制造企业'],
    ['全县共有持证职工3200人。', '3200人', '持证职工'],
  ]));
  // (取得…的 keeps its 的 as 具有/持有 do (round 7: the gold of held2, held7, held11, held12, held13))
  run([['其中取得技能等级证书的有860人。', '860人', '取得技能等级证书的']]);
});

describe('more shapes of the counted noun', () => {
  run([
    // a frame 获评H的N人里: H, without the 的; N名是来自X的Y: Y
    ['获评“锡林郭勒工匠”的15人里，有6名是来自苏尼特右旗、阿巴嘎旗的牧民。', '6名', '牧民'],
    // a time word + a verb of payment before a share is its name (首年拨付60%)
    ['补助资金分两年拨付，首年拨付70%，次年拨付30%。', '70%', '首年拨付'],
    ['补助资金分两年拨付，首年拨付70%，次年拨付30%。', '30%', '次年拨付'],
    // 每X (a distributive recipient) before the sum: what is given, not who receives it
    ['县总工会对考核优秀的，给予每对师徒奖励1500元。', '1500元', '奖励'],
    ['市总工会将给予每个站点一次性补助2万元。', '2万元', '补助'],
    ['全年帮扶困难职工860户，发放帮扶金120万元。', '120万元', '帮扶金'],
    ['对新命名的工作室，市总工会一次性给予5万元建设经费支持。', '5万元', '建设经费'],
    ['每个站点一般配备工作人员2至3名。', '2至3名', '工作人员'],
    ['評選先進科室6個，每個科室獎勵1萬元。', '1萬元', '獎勵'],
    // a whole body as scope (全院, 全校, 全厂) is no part of what is counted
    ['全年全校招生人数达到3200人。', '3200人', '招生人数'],
    ['全院門急診量達到45萬人次。', '45萬人次', '門急診量'],
    // 累计 before the noun leads up to the number
    ['近五年累计参训职工超过3.2万人次。', '超过3.2万人次', '参训职工'],
    // X的人数: the relative clause defines the count
    ['全县获奖的人数达到42名。', '42名', '获奖的人数'],
    // X (应/一般) 在 A 至 B (之间): X
    ['每场招聘会参会人数在300至500人之间。', '300至500人', '参会人数'],
    ['月薪在5000元至9000元之间。', '5000元至9000元', '月薪'],
    // 按X的N%: X without the preposition
    ['按参赛班组数的10%评选优秀班组。', '10%', '参赛班组数'],
    // 其余N人为X: X; N人此前已获评“H”: H
    ['在聘任的20名首席技师中，其余6人为技师，有5人此前已获评“天府技能大师”。', '6人', '技师'],
    ['在聘任的20名首席技师中，其余6人为技师，有5人此前已获评“天府技能大师”。', '5人', '天府技能大师'],
    // a school level the segmenter tags as a locality names the part
    ['按学段分，高中5个、初中3个、小学4个。', '3个', '初中'],
  ]);
  describe('keeps', () => run([
    ['其中来自现代服务业的8个。', '8个', '现代服务业'],
    ['全市共有建会企业860家。', '860家', '建会企业'],
    ['给予每个工作室建设补助资金10万元。', '10万元', '补助资金'],
  ]));
});

describe('attributes a rule or a group states: ages, terms, extents', () => {
  run([
    ['全市35岁以下青年职工踊跃报名。', '35岁', '青年职工'],
    ['产业工人中45岁以上的比重逐年上升。', '45岁以上', '年龄'],
    ['推荐对象年龄一般在50周岁以下。', '50周岁', '年龄'],
    ['獲獎者中，40歲以下青年技能人才12名。', '40歲', '青年技能人才'],
    ['首席技师聘期3年，期满考核。', '3年', '聘期'],
    ['该公司35岁以下青年职工占职工总数的46%。', '46%', '青年职工'],
    ['每个驿站面积在30至50平方米之间。', '30至50平方米', '面积'],
    ['每个项目决赛时长1至2天。', '1至2天', '决赛时长'],
    ['市级技能大师工作室建设周期为3年。', '3年', '建设周期'],
  ]);
});

describe('a count put up for a title: the title', () => {
  run([
    ['获评班组中将择优推荐4个参加“上海市工人先锋号”评选。', '4个', '上海市工人先锋号'],
    ['并从中择优推荐2个申报省级技能大师工作室。', '2个', '省级技能大师工作室'],
    ['市总工会将择优推荐6家参评“河北省模范职工之家”。', '6家', '河北省模范职工之家'],
  ]);
  describe('keeps', () => run([
    ['从中择优推荐3个工作室申报省级示范工作室。', '3个', '工作室'],
    ['全县1200名职工参加培训。', '1200名', '职工'],
  ]));
});

describe('入选 after a published list in the same paragraph: the list’s title', () => {
  run([
    ['市总工会日前公布第二批“嘉兴工匠”名单，全市共28人入选。海宁入选8名，居各县首位。入选的8人中，有3名女职工。', '8人', '嘉兴工匠'],
  ]);
});

describe('an average after the noun read on the right opens the next figure', () => {
  run([
    ['受表彰的16名巾帼建功标兵平均年龄38岁，其中农民工5名。', '16名', '巾帼建功标兵'],
  ]);
  describe('keeps', () => run([
    ['部分企业人均培训经费为180元。', '180元', '人均培训经费'],
  ]));
});

describe('a numbered annex heading names its list without the list number, 附件N and the year (round 5)', () => {
  run([
    ['附件1\n1.2025年度漳州市五一劳动奖状获奖单位（15个）', '15个', '漳州市五一劳动奖状获奖单位'],
    ['2．2024年度绵阳市青年岗位能手（25名）', '25名', '绵阳市青年岗位能手'],
    ['3、2025年铜陵市工人先锋号（9个）', '9个', '铜陵市工人先锋号'],
    ['附件22025年度赣州市三八红旗手（30名）', '30名', '赣州市三八红旗手'],
    ['附件3：2024年度黔南州巾帼建功标兵（12名）', '12名', '黔南州巾帼建功标兵'],
    ['1.2025年度鄂爾多斯市技術能手（18名）', '18名', '鄂爾多斯市技術能手'],
  ]);
  describe('keeps', () => run([
    ['1.全年培训农民工3200人次。', '3200人次', '农民工'],
    ['全市2024年度新增技能人才3200人。', '3200人', '技能人才'],
  ]));
});

describe('a plan (下一步将在全区再建设) opens no subject (round 5); a 由 clause is whole (round 7)', () => {
  run([
    // (round 7: a headless clause 由X领衔的 / 由X建设的 is the subject with its 由 and 的, as held12 and
    // held13 annotate it; held9 and held10 wrote X领衔 — a gold disagreement)
    ['认定的9家工作室中，由“陇原工匠”领衔的4家。', '4家', '由“陇原工匠”领衔的'],
    ['新命名的12个工作室中，由省级劳动模范领衔的5个。', '5个', '由省级劳动模范领衔的'],
    ['在20个站点中，由企業工會建設的7個。', '7個', '由企業工會建設的'],
    ['下一步将在全市再建设职工驿站20个。', '20个', '职工驿站'],
    ['下一步將在全縣新建職工書屋15家。', '15家', '職工書屋'],
    ['今后还将在全区建成户外劳动者服务站点30个左右。', '30个左右', '户外劳动者服务站点'],
    ['明年将继续建设县级技能大师工作室5个。', '5个', '县级技能大师工作室'],
  ]);
  describe('keeps', () => run([
    ['由此带动就业1200人。', '1200人', '带动就业'], // round 9: the verb bringing a deed about stays (subject.deed),
    ['对新建驿站给予建设补助2万元。', '2万元', '建设补助'],
  ]));
});

describe('the base of a comparison (比上年末, 较年初) is never what is counted (round 5)', () => {
  run([
    ['全区技能人才达到8.2万人，比上年末增加3100人。', '3100人', '技能人才'],
    ['全县工会会员达4.6万人，较年初增加2200人。', '2200人', '工会会员'],
    ['全市高技能人才達到2.3萬人，比上年底增加1800人。', '1800人', '高技能人才'],
    ['全旗职工书屋达到48家，较上月增加3家。', '3家', '职工书屋'],
  ]);
  describe('keeps', () => run([
    ['全市职工书屋达到268家，比上年增加32家。', '32家', '职工书屋'],
  ]));
});

describe('a sum word, a distributive or 总量 after the counted noun is no part of it (round 5)', () => {
  run([
    ['走访困难职工，送去慰问金和慰问品共计18.5万元。', '18.5万元', '慰问金和慰问品'],
    ['为环卫工人发放防暑物资合计6.2万元。', '6.2万元', '防暑物资'],
    ['其中学生组每校推荐6至8名，教师组每校推荐不超过2名。', '6至8名', '学生组'],
    ['其中学生组每校推荐6至8名，教师组每校推荐不超过2名。', '不超过2名', '教师组'],
    ['各参赛队每队3人。', '3人', '各参赛队'],
    ['截至年底，全州高技能人才总量达到3.6万人。', '3.6万人', '高技能人才'],
    ['全縣技能人才總量達12萬人。', '12萬人', '技能人才'],
  ]);
  describe('keeps', () => run([
    ['全市工业增加值总量达到860亿元。', '860亿元', '工业增加值总量'],
    ['为困难职工发放慰问金每户1500元。', '1500元', '慰问金'],
  ]));
});

describe('a verb of publishing opens the thing published (round 5)', () => {
  run([
    ['零工市场已发布用工信息2600余条。', '2600余条', '用工信息'],
    ['县人社局通过微信公众号推送就业信息860条。', '860条', '就业信息'],
    ['平台累計發佈崗位信息3500條。', '3500條', '崗位信息'],
  ]);
  describe('keeps', () => run([
    ['召开新闻发布会3场。', '3场', '新闻发布会'],
  ]));
});

describe('a change in percentage points names the share it changes (round 5)', () => {
  run([
    ['全州技能人才总量达到21.5万人，占就业人员的比重提高2.1个百分点。', '2.1个百分点', '比重'],
    ['高技能人才占技能人才的比例提升了3.2个百分点。', '3.2个百分点', '比例'],
    ['全縣女職工佔比提高了0.8個百分點。', '0.8個百分點', '占比'],
  ]);
  describe('keeps', () => run([
    ['全市高技能人才占技能人才的比重达到31.5%。', '31.5%', '高技能人才'],
  ]));
});

describe('scope alone, unclosed brackets, grants per item, a predicate after the noun, an aim before a build (round 5)', () => {
  run([
    ['全省28所技师学院参加了比赛。', '28所', '技师学院'],
    ['各地各单位共申报36个，经专家评审，确定命名20个。', '36个', '各地各单位'],
    ['对示范性驿站每个补助3万元，其他驿站每个补助1万元。', '3万元', '补助'],
    ['對示範性驛站每個補助3萬元，其他驛站每個補助1萬元。', '1萬元', '補助'],
    ['今年共有208名职工晋升高级工、技师。', '208名', '职工'],
    ['每家企业可选派2至4名职工组队参赛。', '2至4名', '职工'],
    ['计划再建设县级职工创新工作室6至8个。', '6至8个', '县级职工创新工作室'],
    ['力争新建户外劳动者服务站点20个。', '20个', '户外劳动者服务站点'],
  ]);
  describe('keeps', () => run([
    ['全县建成职工之家86个。', '86个', '职工之家'],
    ['给予每家企业培训补贴2万元。', '2万元', '培训补贴'],
  ]));
});

describe('an instalment of a schedule, the figure before a share, a master and the apprentices he trained (round 5)', () => {
  run([
    ['给予每个站点建设补助3万元，分两次拨付，首次拨付50%。', '50%', '首次拨付'],
    ['參會企業共160家，提供崗位5200個，其中技能類崗位2600個、佔崗位總數的50%。', '50%', '技能類崗位'],
    ['县总工会提供岗位800余个，其中技能类岗位460个、占岗位总数的57.5%。', '57.5%', '技能类岗位'],
    ['高级技师李某从业30年，带出徒弟60余人。', '60余人', '徒弟'],
  ]);
  describe('keeps', () => run([
    ['全年举办培训班12期，参训职工860人次。', '860人次', '参训职工'],
    ['女职工占职工总数的46%。', '46%', '女职工'],
  ]));
});
