// Honours recognised by the grammar of conferment and by honour endings (rules/conferment.yaml),
// so that an honour the dictionary has never seen (三秦工匠, 技术标兵, 海河工匠培育示范单位) is found with
// its count and level. Each pattern is one function over a clause; all of them share the name
// normaliser and the level reader. The dictionary (rules/awards.yaml) still gives canonical names.
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import { escapeRe, longestWordsAlt as alt } from '../refiners/regex.js';
import type { Award, Level } from '../../types.js';
import { parseSmallInt, perRules } from './doc.js';
import { autonomousCountyShort, countyRankDirect, gazetteer, placeAt, placeLevel, placeSpan } from './gazetteer.js';
import { isName, peopleRules } from './people-cues.js';
import { foldToSimplified } from '../../normalize/fold.js';
import { confermentFrames, frameNote, type Frame, type FrameHost, type FrameWords } from './conferment-frame.js';
import { rowCells } from './records.js';
import { lineStart, lineEnd } from '../../text-lines.js';
import { triggersOf } from '../triggers.js';
import { bodyRanks } from './rules.js';

const Vocabulary = z.object({
  id: z.literal('conferment.vocabulary'),
  grant: z.array(z.string().min(1)),
  nameAs: z.array(z.string().min(1)),
  select: z.array(z.string().min(1)),
  receive: z.array(z.string().min(1)),
  /** an appointment to a title (被某市政府聘为“H”): an honour only when the title is quoted */
  appoint: z.array(z.string().min(1)),
  recipients: z.array(z.string().min(1)),
  holderMerit: z.array(z.string().min(1)),
  /** the title of a notice that launches a selection, and the bare selection verb that there states a quota */
  launchTitle: z.string().min(1),
  /** a notice's headline that restates its decision (关于授予…的决定), broken over lines or not: it names the honours
   * the body confers, no conferment of its own */
  headline: z.string().min(1),
  bareSelect: z.string().min(1),
  /** who a list of holders names, between the honour and 名单 (获得者名单, 获奖单位名单) */
  holderWords: z.array(z.string().min(1)),
  /** whom a condition or a reward rule names after 获得“H”称号的 (…的人员优先, …的职工每人奖励): a class, no holder */
  criterionHolders: z.array(z.string().min(1)),
  /** the recipients' nouns a title names after its merit and 的 (关于对…表现突出的集体和个人给予通报表扬的通报): a
   * counted heading of the merit and the noun (一、表现突出集体（5个）) lists the holders the title names */
  titleHolderNouns: z.array(z.string().min(1)),
  /** what opens a condition before 获得“H”称号 (凡获得…称号的, 若获得…称号): no conferment */
  criterionOpeners: z.array(z.string().min(1)),
  /** the perfect of receiving (已获得, 获得过, 历届获得) before titles a notice's condition names as held already */
  heldBefore: z.string().min(1),
  /** a bound above a title (及以上): the title and those over it */
  heldAbove: z.string().min(1),
  stockLists: z.array(z.string().min(1)),
  /** adverbs between a count and its verb of receiving (3人曾获评…, 其中2人后来入选…) */
  adverbs: z.array(z.string().min(1)),
  merit: z.array(z.string().min(1)),
  /** a later clause that counts the holders of the title just named (全市获此称号的…累计达到5名) */
  anaphora: z.array(z.string().min(1)),
  anaphoraLead: z.array(z.string().min(1)),
  /** (regex) a round between a lead word and its count (在首批7名“H”中): the holders of that round */
  anaphoraRound: z.string().min(1),
  /** what a later plan rests on (依托8名工匠组建…): the holders counted again */
  reliedOn: z.array(z.string().min(1)),
  /** a negation before a lead word (未入选的3个): those left out, not the holders */
  anaphoraNot: z.array(z.string().min(1)),
  /** (regexes) what else a later count of the holders goes on to (共完成…, 组成…, 从…看, 为榜样) */
  anaphoraGoesOn: z.array(z.string().min(1)).default([]),
  /** what opens the holders as the set a part is drawn from, before 中 (从6名能手中推荐2名) */
  anaphoraFrom: z.array(z.string().min(1)).default([]),
  handedTo: z.array(z.string().min(1)),
  handOver: z.array(z.string().min(1)),
  pactWith: z.array(z.string().min(1)),
  /** who is chosen to be trained or proposed for an honour (荆楚工匠培育对象, 候选人): not its holders */
  candidates: z.array(z.string().min(1)),
  /** (regex) right after a quoted title: the proposed of a 公示 (“H”拟认定人选8名), no holders */
  proposedTail: z.string().min(1),
  /** the nominees counted before a verb of holding (1名推荐人选因已获得“H”…不再重复表彰): the title is held, the count is theirs */
  nominees: z.array(z.string().min(1)),
  /** what the holders counted win when they are candidates (…47名选手获得推荐资格): a candidacy, no honour */
  qualify: z.array(z.string().min(1)),
  /** a verb of taking part after the count (“H”共有40人参评): the field of a selection, no holders */
  takePart: z.array(z.string().min(1)),
  /** verbs of care (慰问, 看望): the holders counted in their clause are people visited, no conferment */
  care: z.array(z.string().min(1)),
  ledBy: z.array(z.string().min(1)),
  /** a person's role in a unit, said before the honour they hold and their name (带头人为H某某, 领办人、H某某) */
  holderRoles: z.array(z.string().min(1)),
  /** what may follow the name closing a person's appositive titles (…某某负责, …某某带头的, …某某正在…) */
  afterHolder: z.array(z.string().min(1)),
  /** (regexes) what opens a class of an honour over its levels (各级劳动模范): no one honour */
  anyLevel: z.array(z.string().min(1)),
  /** the generic classes of those commended (先进集体, 先进个人) and (regex) the total of a commendation before them
   * (本次表彰共评出…, 累计表彰…): a sum over the titles conferred, no title of its own */
  sumClasses: z.array(z.string().min(1)),
  sumLead: z.string().min(1),
  /** (regex) after a place's name in a title, a bound over levels (某市级以上五一劳动奖章): the holders of several
   * titles, a figure, no one honour */
  overLevels: z.string().min(1),
  /** (regex) a trait of people before a counted title (女性劳模9人): a part of its holders, no title */
  holderTraits: z.string().min(1),
  traitTitles: z.array(z.string().min(1)),
  /** a stock of holders (共有/现有 …, 目前，…) counting an unquoted title: a figure, no conferment */
  stockHaving: z.array(z.string().min(1)),
  stockNow: z.array(z.string().min(1)),
  stockLeads: z.array(z.string().min(1)),
  stockActs: z.string().min(1),
  /** what a bracket after a title points to (（见下表）, （名单附后）): no part of the name */
  pointers: z.array(z.string().min(1)),
  plan: z.array(z.string().min(1)),
  launch: z.string().min(1),
  result: z.string().min(1),
  aspire: z.array(z.string().min(1)),
  selection: z.array(z.string().min(1)),
  recommend: z.string().min(1),
  become: z.array(z.string().min(1)),
  titledNot: z.array(z.string().min(1)),
  notInName: z.array(z.string().min(1)),
  acts: z.array(z.string().min(1)),
  funds: z.array(z.string().min(1)),
  posthumous: z.array(z.string().min(1)).default([]),
  /** (regex) before a title: a revocation or a former holder, no act */
  revoked: z.string().min(1).default('(?!)'),
  /** the grades of an assessment (被评为优秀, 合格): a rating, no title */
  grades: z.array(z.string().min(1)).default([]),
  build: z.array(z.string().min(1)),
  builtPart: z.string().min(1),
  honourMarks: z.array(z.string().min(1)),
  countedKinds: z.array(z.string().min(1)).default([]),
  openings: z.array(z.string().min(1)),
  procedure: z.array(z.string().min(1)),
  quota: z.array(z.string().min(1)),
  /** (regexes) the places allotted to nominate (推荐名额为…): a quota too */
  allotment: z.array(z.string().min(1)).default([]),
  /** the verbs that sum up the stock of a title a body names (累计命名, 累计评定): its count is one more entry */
  stockNamed: z.array(z.string().min(1)).default([]),
  /** the levels that open an unquoted title in such a stock (累计命名县级职工创新工作室34个): one title, one more entry */
  stockNamedLevels: z.array(z.string().min(1)).default([]),
  publish: z.array(z.string().min(1)),
  onList: z.array(z.string().min(1)),
  endings: z.array(z.string().min(1)),
  regions: z.record(z.string(), z.string()),
  cityRegions: z.record(z.string(), z.string()),
  notRegional: z.array(z.string().min(1)),
  prizes: z.array(z.string().min(1)),
  /** nouns of a contest: a bare prize (一等奖) is an honour only when its contest is named in quotes */
  contestNouns: z.array(z.string().min(1)),
  industryWords: z.array(z.string().min(1)),
  /** unions of one industry (省建设工会): what they confer is of industry level */
  industryUnions: z.array(z.string().min(1)),
  namedCounted: z.array(z.string().min(1)),
  /** the units a naming counts (工作室, 基地, 示范园区): with a level or a place, a title conferred */
  namedUnits: z.array(z.string().min(1)),
  /** verbs of hanging up a named unit's plaque (4个某市技能大师工作室挂牌): the naming done */
  unveiled: z.array(z.string().min(1)),
  contestPrizes: z.array(z.string().min(1)),
  bodies: z.array(z.string().min(1)),
  contestLevels: z.record(z.string(), z.enum(['national', 'provincial', 'municipal', 'county', 'industry', 'enterprise'])),
  scopeLevels: z.record(z.string(), z.enum(['national', 'provincial', 'municipal', 'county', 'industry', 'enterprise'])),
  /** the frame reader's words (conferment-frame.ts) */
  frame: z.object({ handover: z.array(z.string().min(1)), titleTail: z.array(z.string().min(1)), notCount: z.array(z.string().min(1)), bound: z.array(z.string().min(1)), range: z.array(z.string().min(1)), pronouns: z.array(z.string().min(1)), topicTime: z.string(),
    ceremony: z.array(z.string().min(1)), rank: z.string().min(1), gap: z.string().min(1), attributive: z.string().min(1), joined: z.string().min(1),
    prefix: z.string().min(1), share: z.string().min(1), continued: z.string().min(1), bareAct: z.string().min(1), sumKinds: z.string().min(1),
    onList: z.array(z.string().min(1)), holdersAre: z.array(z.string().min(1)), conferredBy: z.string().min(1),
    poolOpen: z.string().min(1), poolClose: z.string().min(1), plaqueAct: z.string().min(1).default('授牌|挂牌|颁牌'),
    plaque: z.string().min(1).default('牌匾|奖牌') }),
  /** the mood of an act (rules/conferment.yaml mood): announced, said of a class, a permission */
  mood: z.object({ announce: z.array(z.string().min(1)), every: z.string().min(1), classOf: z.string().min(1),
    permission: z.array(z.string().min(1)), when: z.string().min(1), leadIn: z.string().min(1),
    rights: z.array(z.string().min(1)), attributive: z.string().min(1), future: z.string().min(1), target: z.string().min(1), turn: z.string().min(1),
    copula: z.string().min(1), milestone: z.string().min(1).default('(?!)') }),
  examples: z.object({
    positive: z.array(z.object({ rule: z.string(), text: z.string(), name: z.string(), count: z.number().nullable(), level: z.string().nullable() })),
    negative: z.array(z.string()),
  }),
});
export type ConfermentVocabulary = z.infer<typeof Vocabulary>;

/** the vocabulary with its patterns compiled */
export interface ConfermentRules {
  v: ConfermentVocabulary;
  /** canonical names of dictionary aliases (劳模 → 劳动模范), from rules/awards.yaml */
  canonical: Map<string, string>;
  /** titles the dictionary keeps whole (黔匠, 云岭工匠, rules/awards.yaml keepAlias): a title though no ending marks it */
  whole: Set<string>;
  /** a clause reporting a completed procedure: 经逐级推荐、综合评审， */
  procedure: RegExp;
  /** a quota set by a notice that launches a selection (活动共选树 H N名 / 拟表彰 …) */
  quota: RegExp;
  /** the words of a plan, an activity launched, and the report of a result that overrides the launch */
  plan: RegExp[];
  launch: RegExp;
  result: RegExp;
  /** a word that never opens an honour name, at the end of the text before it */
  notInName: RegExp;
  /** a verb of building (建成…、), at the end of the clause before a counted facility */
  builtBefore: RegExp;
  /** a stock of facilities built and 其中, at the end of the sentence before one of its parts */
  builtPart: RegExp;
  /** a revocation or a former holder before a title (撤销…“H”, 原“H”): no act of conferring */
  revoked: RegExp;
  /** a milestone the title marks after it (“H”零的突破): a modifier, no act */
  milestone: RegExp;
  /** the ranks of the bodies that confer (rules/levels.yaml level.body-ranks): a run of them before an act received
   * (获省州表彰, 获地区级奖励), and a bare grade over levels (州级以上, 地区级及以上) */
  ranks: { act: RegExp; gradeAbove: RegExp };
  re: Record<'listedIn' | 'respectively' | 'nameAsBa' | 'commendList' | 'listedTopic' | 'namedCounted' | 'placedBefore' | 'grant' | 'grantTo' | 'grantNoun' | 'nameAs' | 'select' | 'countVerb' | 'holders' | 'ending' | 'heading' | 'grantAfter' | 'conferred' | 'listed' | 'titled' | 'participle' | 'total' | 'appointed' | 'ledBy' | 'pointer', RegExp>;
}

export interface HonourFound extends Award {
  notes: string[];
}

const N = '(\\d+|[一二两三四五六七八九十百千]+)';
// (人次 counts visits, not people; 两个字 counts characters of a word: neither counts holders)
const U = '(名|人|个|家|位|支|项|户)(?!次|字)';
/** a count of holders anywhere in a line: the lines a pattern that ends in one is searched on */
const COUNTED = new RegExp(`${N}${U}`);
// corner brackets (「」『』) are the quotation marks of traditional-script copies
/** the whole of a place or a body as the recipients' scope (全市20个班组, 本系统12名职工) */
const SCOPE = '(?:全|本|我)(?:市|省|区|县|州|盟|旗|系统|行业)|全国';
/** a count of holders without groups (3名, 十二个) */
const COUNT_OF = '(?:\\d+|[一二两三四五六七八九十百千]+)(?:名|人|个|家|位|支|项|户)';
const QUOTED = '[“"「『]([^”"」』\\n]{2,30})[”"」』]';
/** an emoji after a quoted title (a WeChat page's 获“某县五一劳动奖章”🎉): a mark, not part of the title */
const EMOJI = '[\\u2600-\\u27BF]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]';
/** an ordinal or a batch word before a title (评选出的6名首届“H”, 第二批“H”): the count's qualifier, not the title's */
const ORDINAL = '(?:首届|首批|第[一二三四五六七八九十\\d]+[届批])?';
/** the year a holder received a quoted title, said between the copula and it (某某是去年的“H”, 是今年新晋的“H”) */
const HELD_SINCE = '(?:(?:今年|去年|前年|上年|\\d{4}年度?)(?:新晋|新评)?的?|新晋的|(?:全[省市州盟县区旗]|我[省市州盟县区旗])?(?:唯一|首位|第一位)的)?';
/** the place of the body that confers a quoted title, written before its quotes after a copula (某某是某自治区“H”) */
const PLACE_BEFORE = '(?:[\\u4e00-\\u9fa5]{2,10}?(?:省|自治区|市|州|盟|地区|县|区|旗))?';

/** a merit citation (记三等功, 通令嘉奖, 嘉奖): conferred by the issuer on named people, an honour of its level */
const CITATION = '记(?:个人)?[一二三]等功|通令嘉奖|嘉奖';
const CITATION_NAME = new RegExp(`^(?:${CITATION})$`);

/** the guards of the grammar: a plan, a quota or a launch (no record), a word no name opens with, what is built */
function guards(v: ConfermentVocabulary): Pick<ConfermentRules, 'quota' | 'plan' | 'launch' | 'result' | 'notInName' | 'builtBefore' | 'builtPart' | 'revoked' | 'milestone'> {
  return {
    quota: new RegExp([...v.quota, ...v.allotment].join('|')),
    plan: v.plan.map((w) => new RegExp(w)),
    launch: new RegExp(v.launch),
    result: new RegExp(v.result),
    notInName: new RegExp(`^.*(?:${alt(v.notInName)})`),
    builtBefore: new RegExp(`(?:${alt(v.build)})了?(?:[和及与、并](?:${alt(v.build)}))?(?:[^，。；;,\\n]*、)?\\s*$`),
    builtPart: new RegExp(`(?:${alt(v.build)})${v.builtPart}`),
    revoked: new RegExp(v.revoked),
    milestone: new RegExp(v.mood.milestone),
  };
}

/** the ranks of the bodies that confer (rules/levels.yaml level.body-ranks), compiled */
function compileRanks(ranks: readonly string[]): ConfermentRules['ranks'] {
  const rank = alt([...ranks]);
  return { act: new RegExp(`^(?:(?:${rank})级?)+(?:[二两三四]级)?`), gradeAbove: new RegExp(`^(?:${rank})级(?:及)?以上`) };
}

export function compileConferment(v: ConfermentVocabulary, aliases: Map<string, string>, whole: Set<string>, ranks: readonly string[]): ConfermentRules {
  const who = `(?:${alt(v.recipients)})?`;
  const end = alt(v.endings);
  return {
    v,
    canonical: aliases,
    whole,
    ranks: compileRanks(ranks),
    ...guards(v),
    // (经过 may follow the body that went through it: 县总工会经过申报推荐、综合评审，评选出…)
    procedure: new RegExp(`(?:(?:^|(?<=[，；,;]))\\s*(?:${v.procedure.join('|')})|经过)[^，。；,;\\n]*[，；,;]`, 'g'),
    re: {
      ...countedLists(v, end),
      ...laterClauses(v, end),
      ...pastActs(v, end),
      // 授予 X 等 N 名同志 2023年度“海河工匠”称号 / …等 N 个单位“海河工匠”培育示范单位称号 (a quoted name and its tail)
      // before a quoted title the recipients may be any noun (等35个部门（科室）“…”), and a year or the
      // granting body may open the title outside its quotes (等8个单位2023年度集团公司“安康杯”竞赛优胜单位称号)
      // …or counted right after 授予/颁发 (not 表彰: 表彰N名“H”和… lists commended kinds), under a scope word or none (授予全市20个班组“H”称号)
      grant: new RegExp(`(?:(?:${alt(v.grant)})[^，。；;\\n]{0,60}?等|(?:授予|颁发)了?\\s*(?:${SCOPE})?(?<![第前\\d一二三四五六七八九十]))${N}${U}(?:[^，。；;、,\\n“”]{0,16}?${QUOTED}([^，。；;、,\\n“”]{0,12}?(?:${end}))?|${who}(?:为)?\\s*(?:\\d{4}年度?)?\\s*([^，。；;、,\\n“”]{2,24}?(?:${end})))(?:荣誉)?(?:称号)?(?=[，。；;、,\\n]|$|的(?:决定|通报|通知|命令))`, 'g'),
      // 对 X 等 N 家企业授予“H”称号: the recipients before the verb
      // (the recipients may be counted without 等: 对获得第一名的12名选手授予…; a rank 第一名 is no count)
      grantTo: new RegExp(`对[^，。；;\\n]{0,60}?(?:等|(?<![第前\\d一二三四五六七八九十]))${N}${U}[^，。；;\\n“”]{0,6}?(?:${alt(v.grant)})(?:[^，。；;、,\\n“”]{0,16}?${QUOTED}([^，。；;、,\\n“”]{0,12}?(?:${end}))?|\\s*(?:\\d{4}年度?)?\\s*([^，。；;、,\\n“”]{2,24}?(?:${end})))(?:荣誉)?(?:称号)?(?=[，。；;、,\\n]|$)`, 'g'),
      // 对 X 等 12 个先进集体和 Y 等 45 名先进个人予以表彰: the honour is the recipients' own noun
      grantNoun: new RegExp(`等${N}${U}([^，。；;、,\\n“”和及与等的]{0,12}?(?:${end}))(?=(?:和|及|与|、)[^，。；;\\n]{0,40}?(?:予以|进行|给予)(?:通报)?表彰|\\s*(?:予以|进行|给予)(?:通报)?表彰|(?:[，。；;,\\n]|$))`, 'g'),
      // the recipients' noun before 为 may be any short noun (等15个基层工会为…); the count may close the
      // recipients named (A、B和C共3个工作室为…) or follow the verb right away (认定5个工作室为…，分别是：)
      nameAs: new RegExp(`(?:${alt(v.nameAs)})(?:[^，。；;\\n]{0,60}?(?:等|以下|下列|(?<![总])共)|了?\\s*)${N}${U}[^为，。；;,\\n“”]{0,8}?为([^，。；;,\\n]{2,40})`, 'g'),
      select: new RegExp(`(?:${alt(v.select)})了?\\s*(?:\\d{4}年度?)?\\s*(?:${QUOTED}|([^，。；;、\\n“”]{0,14}?(?:${end})))\\s*${N}${U}`, 'g'),
      // an adverb of time may stand before the verb (3人曾获评…); a name may quote only its core
      // (获评市“安康杯”竞赛优胜单位): the bare name then runs over the quotes
      // the recipients' noun may carry a short modifier (3名九江妇女荣获…, 2家本地企业被评为…)
      // or be any short noun phrase (30名女性获评…, 20名来自生产一线的技能人才被命名为…): then only a quoted
      // name or an honour ending follows; adverbs may run (此前已获评); a verb of becoming (6人已成长为“H”)
      countVerb: new RegExp(`${N}${U}(?:([\\u4e00-\\u9fa5]{0,4}?(?:${alt(v.recipients)}))|((?!${alt(v.adverbs)}|是)(?:(?!获|评|被|入选|当选|荣|参加|参与|成为|成长)[\\u4e00-\\u9fa5、]){1,12}?))?(?:[^，。；;,\\n“”]{0,16}?(?:${alt(v.merit)})[，,]?)?(?:${alt(v.adverbs)}){0,3}(?:(?:被[^，。；;\\n“”]{0,20}?)?(?:${alt(v.appoint)})(?=[“"「『])|${alt(v.receive)}|被[^，。；;\\n“”]{2,20}?(?:命名为|评为|授予|认定为|确定为)|(${alt(v.become)}|(?:为|是)(?=[“"「『]|[^，。；;、,\\n的“”]{2,24}?(?:${end})(?:获得者)?(?:称号|荣誉|[，。；;、,\\n]|$))))[了过]?\\s*(?:(?:首届|首批|第[一二三四五六七八九十\\d]+[届批])?${QUOTED}|(?!由)((?:(?!其中)[^，。；;、,\\n的：:\u3000]){2,24}?))(?=(?:获得者(?=[，。；;、,\\n]|$))?(?:称号|荣誉|其中|[，。；;、,\\n\u3000]|${EMOJI}|$))`, 'g'),
      // (an unquoted title never spans a colon: 6个工作室分别是：由某省劳动模范…领衔的 lists the holders)
      // the holders may be named before their count (获得“陇原工匠”称号的职工马某、蒲某2名同志, 获得某市五一劳动奖章的某某等4名职工)
      // (a copula before a quoted title: 领衔人为“齐鲁工匠”的3个)
      holders: new RegExp(`(?:(?:${alt(v.receive)})过?|为(?=[“"「『]|[^，。；;、,\\n“”的]{2,24}?(?:${end})的))\\s*(?:${QUOTED}|([^，。；;、,\\n“”的]{2,24}?))(?:(?:称号|荣誉称号)的[，,](?=共|有|计|累计)|(?:称号|荣誉称号)?的)${who}(?:人数|总数)?(?:[^，。；;,\\n、]{0,8}?(?:[\\u4e00-\\u9fa5·]{2,4}、)+[\\u4e00-\\u9fa5·]{2,4}?|[\\u4e00-\\u9fa5·]{2,16}?等(?=[\\d一二两三四五六七八九十])|(?:则|还|另|也)?有[^，。；;,\\n“”]{1,40}?等|[，,][^，。；;,\\n“”]{0,8}?(?:增加了|增加|新增了|新增))?(?:全[国省市州县区]|我[省市州县区])?(?:已?累计已?|共有|只有|仅有|共|有|计|已|仅)?(?:达到|达|为|有)?${N}${U}`, 'g'),
      // a name may quote only its head (评出“安康杯”竞赛优胜单位21家): the quotes open the bare name
      // a verb of selection may stand between a quoted title and its count (第二届“某某工匠”评选表彰8名)
      ending: new RegExp(`(?:${QUOTED}(?:${alt(v.select)})?|((?:[“"「][^”"」\\n]{1,10}[”"」])?[^，。；;、,.．\\n“”「」"（）()\\d]{0,14}?(?:${end})))[ \\t\\u3000]*${N}${U}`, 'g'),
      // a person said to be a holder (领衔人某某是全国铁路技术能手): 是 before a name with an honour ending
      // (or opening a clause about the subject before it, before quotes: 女工匠某某来自县医院，是“某某工匠”)
      // (or after a pronoun opening its sentence, or a name and a bracketed note, before quotes: 。她是“某某工匠”，
      // 某某（女）是“某某工匠”，)
      // (已获得 / 此前已获得 a title held before; 入选 a list of holders; never a list opened by a colon: 分别是：…)
      conferred: new RegExp(`(?:已(?:经)?由[^，。；;\\n“”]{2,20}?(?:命名为|评为|授予|认定为)|被命名为|被授予|被评为|被认定为|被确定为|被[^，。；;\\n“”]{2,20}?(?:命名为|评为|授予|认定为|确定为)|荣获|获评|荣膺|入选|(?:曾|已|已经|(?<=\\d{4}年))获得?过?(?=[“"「『])|获得?过?(?=[“"「『][^”"」』\\n]{2,20}[”"」』](?:荣誉)?称号(?!的(?:${alt(v.criterionHolders)})))|(?<=[\\u4e00-\\u9fa5]{2}(?:曾|也|均|都)?)(?<!分别)(?:是|系(?!统|列|数|指))|(?<=[，,](?:也|还|均|都)?)(?:是|系)(?=${HELD_SINCE}[“"「『])|(?<=(?:^|[，,。；;！？\\s])[她他](?:也|还|均|都|曾)?|[\\u4e00-\\u9fa5·]{2}[（(][^（）()\\n]{1,10}[）)])是(?=${HELD_SINCE}[“"「『])|(?<=(?:^|[，,。；;：:\\s、])[\\u4e00-\\u9fa5·]{2,8})为(?=[“"「『]))\\s*(?:${HELD_SINCE}${ORDINAL}${PLACE_BEFORE}${QUOTED}(?:的?(?:获得者|获奖者))?|(?!由)([^，。；;、,：:\\n的\\d]{2,24}?(?:${end}|工作室|工作室建设项目)))(?=称号|荣誉|[，。；;、,\\n]|$)`, 'g'),
      // 公布2023年度“南粤工匠”名单，佛山市有6人入选: a published list, then how many of ours are on it
      // (a list of workshops selected as projects may be named bare: 公布2025年某省技能大师工作室建设项目名单，我市推荐的3个工作室全部入选)
      listed: new RegExp(`(?:${alt(v.publish)})[^，。；;\\n“”]{0,12}?(?:\\d{4}年度?)?\\s*(?:${QUOTED}|([^，。；;\\n“”\\d]{2,30}?工作室(?:建设项目)?))(?:获得者)?名单[，,](?:[^，。；;\\n]{0,16}?|[^。；;\\n]{0,120}?等)${N}${U}${who}(?:全部|均|都|已)?(?:${alt(v.onList)})`, 'g'),
      // “三晋工匠”赵海波: a quoted honour right before its holder's name (荣誉称号 after it is no name)
      // (时 after it opens no name: 获得“H”时优先 is a condition)
      titled: new RegExp(`${QUOTED}(?:获得者|获奖者)?(?![和与及等的为是在被时時]|荣誉|称号)(?=[\\u4e00-\\u9fa5]{2,3}|、[\\u4e00-\\u9fa5])`, 'g'),
      // a heading alone on its line: …名单（N名）, 一、H（N个）, or an honour's name and its count (H（N名）), after 附件2： or 附：
      // (the bracket may say first how the list is ordered: …名单（按乡镇排列，共15名）)
      heading: new RegExp(`^\\s*(?:(?:附件\\s*\\d*\\s*[：:]?|附\\s*[：:])\\s*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+\\s*[.、．])?\\s*(?:\\d{4}年度?(?:[上下]半年|第?[一二三四1-4]季度)?)?(?:([^\\n，。]{2,30}?)(?:${alt(v.holderWords)})?名单|\\s*((?:[^\\n，。（(、]|[（(][^（()）\\n，。\\d]{1,8}[）)]){2,30}?))\\s*[（(](?:[^（()）\\n，,\\d]{1,16}[，,]\\s*)?(?:共)?${N}${U}(?:[，,][^）)\\n]{0,30})?[）)]\\s*$`, 'gm'),
    },
  };
}

/** patterns of an act told as done before: a past conferment as a participle, an honour's holders so far, an
 * appointment to a title and how many were appointed */
/** the rounds a title was conferred in (两届, 三批, 4批): said between the title and its total */
const ROUNDS = '(?:\\d+|[一二两三四五六七八九十]+)(?:届|批)';
/** a past act of conferring said after a quoted title, before its total (“H”于2023年命名，共12名; “H”已命名三批共30名;
 * “H”累计达到五批共61名): the holders named so far. 评选 is left out: “H”评选，共32名 may count the candidates */
const PAST_ACT = '(?:于\\d{4}年度?)?(?:已经?)?(?:累计)?(?:命名|选树|认定|评出|评定|表彰|确定|达到)了?';

function pastActs(v: ConfermentVocabulary, end: string): Pick<ConfermentRules['re'], 'participle' | 'total' | 'appointed'> {
  const who = `(?:${alt(v.recipients)})?`;
  return {
    // 首批命名的9个“教育名匠”工作室 / 已评选出的20名“最美职工”: a past conferment as a participle
    // (the batch's ordinal may stand before its count: 2023年命名的首届10名“H”)
    // (an ending inside a workshop class goes on to its 工作室: 命名的9个某市劳模创新工作室)
    participle: new RegExp(`(?:命名|认定|评选出?|评出|表彰|授予|选树|评定)的${ORDINAL}${N}${U}${ORDINAL}(?:${QUOTED}((?:[^，。；;、,\\n“”的中]{0,8}?(?:工作室|${end}))?)|([^，。；;、,\\n“”「」『』"的中\\d]{0,14}?(?:${end}|工作室)(?:[^，。；;、,\\n“”「」『』"的中\\d]{0,6}?工作室)?))`, 'g'),
    // “南溪工匠”总数达到52名 / 全国青年文明号集体累计5个: the number of holders an honour has so far
    // (over the rounds it was conferred in: “某某工匠”两届共14名, 三批共15个)
    // (or after a past act said after the title: “某某工匠”于2022年命名，共10名; “某某工匠”已命名三批共30名)
    total: new RegExp(`(?:${QUOTED}|((?:[\\u4e00-\\u9fa5]{0,10}?)(?:${end})))(?:${who})?(?:总数|总量|人数)?(?:${ROUNDS})?(?:目前|当前|至今|现)?(?:(?:已)?(?:累计|共计|共)(?:达到|达|有|为)?|已(?:经)?(?:达到|达))${N}${U}|(?:${QUOTED}|((?:[\\u4e00-\\u9fa5]{0,10}?)(?:${end})))(?:${who})?(?:总数|总量|人数)(?:已|累计|共)?(?:达到|达|有|为)${N}${U}|${QUOTED}${PAST_ACT}(?:${ROUNDS})?[，,]?(?:共计|共|累计)(?:命名|选树|认定|评出|表彰)?了?${N}${U}`, 'g'),
    // 完成首批“首席技师”聘任，聘任人选共16名: an appointment to a title, and how many were appointed
    // or with those appointed named before their count (“H”聘任工作完成，某某等18人受聘), or handed their letters of
    // appointment at its ceremony (“H”聘任仪式，为某厂电工某某等8名首席技师颁发聘书)
    appointed: new RegExp(`${QUOTED}(?:的)?(?:聘任|聘用|选聘|评聘)(?:工作|名单)?(?:[，,]?[^。；;\\n]{0,10}?(?:共|计)(?:有)?${N}${U}|(?:完成|结束|仪式|大会)?[，,][^。；;\\n]{0,60}?等${N}${U}(?:受聘|获聘|被聘任|被聘为|[\\u4e00-\\u9fa5]{0,8}?颁发聘书))`, 'g'),
  };
}

/** patterns where the honour's holders or leaders are told in a clause of their own: the recipients counted
 * after 对 and the verb after a comma, units led by holders of honours */
function laterClauses(v: ConfermentVocabulary, end: string): Record<'grantAfter' | 'ledBy' | 'pointer', RegExp> {
  return {
    // 对在…中表现突出的15名女职工，命名为北海市“巾帼建功标兵”: the recipients counted after 对, the verb after a comma
    // (the body may stand before the verb: 对各赛项第一名的9名选手，由市人社局认定为“H”: counted recipients make it a record)
    grantAfter: new RegExp(`对[^。；;\\n]{0,60}?(?<![第前\\d一二三四五六七八九十])${N}${U}[\\u4e00-\\u9fa5]{0,6}[，,]\\s*(?:分别)?(?:由[^，。；;,\\n“”]{1,12}?(?:按程序)?)?(?:命名为|授予|评为|认定为|表彰为)\\s*(?:([\\u4e00-\\u9fa5]{0,8}?)${QUOTED}|([^，。；;、,\\n“”]{2,24}?(?:${end})))(?:荣誉)?(?:称号)?(?=[，。；;、,\\n]|$)`, 'g'),
    // 由“荆楚工匠”领衔的2个 / 由全国劳动模范领衔的1个: units qualified by the honour of who leads them, counted;
    // the honours may be listed (由全国劳动模范或“江苏工匠”领衔的工作室4个, 有国家级、省级劳动模范领衔的4家) and the count
    // may stand before 由 (其余6个由市级劳模和“济宁工匠”领衔)
    ledBy: new RegExp(`(?:${N}${U})?[由有]\\s*([^，。；;,\\n由有]{2,40}?)(?:称号获得者)?(?:${alt(v.ledBy)})(?:的(?:有|共有|为)?(?:工作室|工作站|团队|班组)?${N}${U})?`, 'g'),
    // a bracket closing a title that points to a list elsewhere (…工作室（见下表）): cut from the title
    pointer: new RegExp(`[（(][^（）()]{0,8}(?:${alt(v.pointers)})[^（）()]{0,8}[）)]$`),
  };
}

/** patterns where one verb governs a list of counted titles, a count stands before its title, or a list is
 * published or announced (their functions below say which text each reads) */
function countedLists(v: ConfermentVocabulary, end: string): Record<'nameAsBa' | 'commendList' | 'listedTopic' | 'namedCounted' | 'placedBefore' | 'respectively' | 'listedIn', RegExp> {
  return {
    // 新命名县级劳模创新工作室5个 / 新認定區級技能大師工作室3個: a verb of naming, the title of the units, then
    // their count (the title must state its level or place: namedCounted checks it; it may stand in quotes)
    namedCounted: new RegExp(`(?:${alt(v.namedCounted)})了?\\s*(?:\\d{4}年度?)?(?:第[一二三四五六七八九十\\d]+批|首批)?\\s*[“"「『]?([^，。；;、,\\n“”"「」『』\\d]{2,24}?(?:${alt(v.namedUnits)}))[”"」』]?\\s*${N}(个|家)`, 'g'),
    // 当天，3个某县技能大师工作室揭牌: counted before it, and its plaque hung
    placedBefore: new RegExp(`(?<![\\d一二两三四五六七八九十百千])${N}(个|家)([^，。；;、,\\n“”"「」『』\\d]{2,24}?(?:${alt(v.namedUnits)}))(?:正式|同时|同日|集中)?(?:${alt(v.unveiled)})`, 'g'),
    // 同意将 X 等 N 个工作室命名为 H: the disposal 将 puts the recipients before the verb
    // (the recipients' noun may carry a clause of its own: 等10名扎根生产一线的技术技能人才命名为“H”)
    nameAsBa: new RegExp(`将[^，。；;\\n]{0,60}?等${N}${U}[^，。；;,\\n“”]{0,20}?(?:命名|评|确定|认定)为([^，。；;,\\n]{2,40})`, 'g'),
    // 对12名“巾帼建功标兵”、4个“巾帼文明岗”予以（通报）表彰: counted honours listed after 对
    // (the recipients may be qualified first: 对评选出的8名首届“H”和20名县级劳动模范进行表彰; 对…产生的30名“H”予以命名;
    // an ordinal or batch word before a title is no part of it)
    commendList: new RegExp(`对(?:[^，。；;\\n“”]{0,40}?的)?(?<items>(?:${N}${U}${ORDINAL}(?:${QUOTED}|[^，。；;、,\\n“”和及与]{0,16}?(?:${end}))(?:、|和|及|与))*${N}${U}${ORDINAL}(?:${QUOTED}|[^，。；;、,\\n“”和及与]{0,16}?(?:${end})))(?:予以|进行|给予)?(?:通报)?(?:表彰|命名)`, 'g'),
    // “六安工匠”名单正式公布，全市共有30人入选: the published list as the topic
    listedTopic: new RegExp(`${QUOTED}(?:获得者)?名单(?:正式|日前|近日|已)?(?:${alt(v.publish)}|出炉)[，,][^，。；;\\n]{0,16}?${N}${U}(?:${alt(v.onList)})`, 'g'),
    // 6个集体、9名个人分别荣获A和B称号: counts and honours paired in order
    respectively: new RegExp(`(?<counts>(?:${N}${U}[\\u4e00-\\u9fa5]{0,4}?[、，,和及与])+${N}${U}[\\u4e00-\\u9fa5]{0,4}?)分别(?:${alt(v.receive)}|被[^，。；;\\n“”]{2,20}?(?:命名为|评为|授予|认定为))了?\\s*(?<names>[^，。；;\\n]{4,80}?)(?=称号|荣誉称号|[，。；;\\n]|$)`, 'g'),
    // 在刚刚揭晓的2025年某某省“工人先锋号”评选中，A、B、C 3个班组榜上有名: a selection announced, ours on its list
    listedIn: new RegExp(`(?:${alt(v.publish)})的[^，。；;\\n“”]{0,12}?(?:\\d{4}年度?)?([^，。；;\\n“”\\d]{0,10}?${QUOTED}[^，。；;\\n“”]{0,6}?)(?:评选|名单|评比)中[，,][^。；;\\n]{0,60}?${N}${U}[\\u4e00-\\u9fa5]{0,4}?(?:${alt(v.onList)})`, 'g'),
  };
}

/** rules/conferment.yaml (and the dictionary's aliases), compiled: CompiledRules holds it (compileRules calls this); memoized per folder so that any other caller gets that same object */
export const confermentRules = oncePerRulesDir((dir): ConfermentRules => {
  const [v] = loadRuleFile('conferment.yaml', Vocabulary, dir);
  const Aw = z.object({ name: z.string(), aliases: z.array(z.string()), keepAlias: z.boolean().optional() }).passthrough();
  const aliases = new Map<string, string>();
  const whole = new Set<string>();
  for (const a of loadRuleFile('awards.yaml', Aw, dir)) for (const x of a.aliases) if (a.keepAlias) whole.add(x); else if (x !== a.name) aliases.set(x, a.name);
  return compileConferment(v, aliases, whole, bodyRanks(dir));
});

// ------------------------------------------------------------------------------ names and levels

/** 2023年度“浙江工匠”称号 → 浙江工匠; 省五一劳动奖章 → 山东省五一劳动奖章; 省级劳模 → 省级劳动模范 */
export function honourName(raw: string, province: string | null, r: ConfermentRules): string {
  // (入选“三秦工匠”名单: the list of the holders, not a part of the honour's name)
  // (被授予“H”牌匾 / 获颁“H”证书: the thing handed over after the quotes stands for the title, it is no part of it)
  // (a batch word before the quotes, after a place, 某市首批“首席技师”, orders the conferments: no part of the name)
  let s = issuerPlaceBeforeTitle(raw.trim(), r).replace(/(?<=[\u4e00-\u9fa5])(?:首批|首届|第[一二三四五六七八九十百\d]+[批届])(?=[“"「『])/, '').replace(/(?<=[”"」』])(?:获得者|获奖者)$/, '').replace(new RegExp(`(?<=[”"」』])(?:${r.v.frame.handover.join('|')})$`), '').replace(/[“”"「」]/g, '').replace(/(?:荣誉)?称号$|(?<=.{2})(?:获得者|获奖)?名单$/, '').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    // a year or a span of years (2024—2025年度) dates the conferment, it is no part of the name, nor is
    // the part of the year after it (2024年上半年, 一季度: the round of a title given twice a year or more)
    s = s.replace(/^(?:\d{4}(?:\s*[—－\-~～至]\s*\d{4})?年度?(?:[上下]半年|第?[一二三四1-4]季度)?|年度?(?!轻)(?=[\u4e00-\u9fa5]{2})|(?:全[国省市州县区])?各(?:级|类)|首批|首届|第[一二三四五六七八九十百\d]+(?:批|届|次)|[（(][^（()）\d]{1,6}[）)])/, '');
  }
  // 省部级 is a grade (the provinces and the ministries), not this province
  if (/^省(?!级|部级)/.test(s) && province) s = province + s.slice(1);
  for (const [a, name] of r.canonical) if (s.endsWith(a) && !s.endsWith(name)) return s.slice(0, s.length - a.length) + name;
  return s;
}

/** a place before a quoted title that names a place already (某县第三届“某县短名工匠”, 某省“天府工匠”) is the
 * body that confers it, not a part of the name: a title names one place, not two */
function issuerPlaceBeforeTitle(s: string, r: ConfermentRules): string {
  const m = /^([\u4e00-\u9fa5]{2,12}?)(?:首批|首届|第[一二三四五六七八九十百\d]+[批届])?[“"「『]([^“”"「」『』]{2,20})[”"」』]((?:荣誉)?称号)?$/.exec(s);
  if (!m || placeAt(m[1], 0)?.name !== m[1]) return s;
  const inner = m[2];
  // its own short name (平武县 → 平武…), another place, or a region (天府, 黔)
  const named = inner.startsWith(m[1].slice(0, 2)) || !!placeAt(inner, 0) || Object.keys(r.v.regions).some((k) => inner.startsWith(k));
  return named ? inner : s;
}

export function honourLevel(name: string, r: ConfermentRules): Level | null {
  // an honour of one industry (全国铁路技术能手, 火车头奖章, 全国烟草行业先进集体) is industry level
  if (r.v.industryWords.some((w) => name.slice(0, 8).includes(w))) return 'industry';
  if (/^(?:中华全国|全国|中国|国家)/.test(name)) return 'national';
  // 市级以上 / 自治区级以上: a total over several levels has no level of its own
  if (/^[^级]{0,6}级以上/.test(name)) return null;
  // 自治区巾帼文明岗: the region's own honour (a province-level autonomous region)
  if (/^自治区(?!级)/.test(name)) return 'provincial';
  // a place's own level word (宁国市级, 赤水市级: county-level cities) is the level of that place
  const own = placeAt(name, 0);
  if (own && name.startsWith('级', own.name.length) && own.name.length > 2) return placeLevel(own.name);
  const grade = /^(?:[^级]{0,3}?)(省|自治区|市|州|盟|县|区)级/.exec(name);
  if (grade) return /省|自治区/.test(grade[1]) ? 'provincial' : /县|区/.test(grade[1]) ? 'county' : 'municipal';
  if (/行业/.test(name.slice(0, 8))) return 'industry';
  // a regional name (琼, 黔) opens no place's name (琼海市 is a county-level city, not Hainan)
  const place = placeAt(name, 0);
  for (const k of Object.keys(r.v.regions)) if (name.startsWith(k) && !((place?.name.length ?? 0) > k.length)) return 'provincial';
  for (const k of Object.keys(r.v.cityRegions)) if (name.startsWith(k)) return 'municipal';
  const scope = Object.keys(r.v.scopeLevels).sort((a, b) => b.length - a.length).find((k) => name.startsWith(k) && !/^[级直属]/.test(name.slice(k.length)));
  if (scope) return r.v.scopeLevels[scope];
  // a cup (安康杯, 振兴杯) names a competition, not a place, even when a place is spelled alike (安康市)
  if (/^[\u4e00-\u9fa5]{2,3}杯/.test(name)) return null;
  const pl = placeAt(name, 0);
  return pl ? placeLevel(pl.kind === 'province' ? pl.name : pl.name) : shortPlaceCraftsman(name);
}

/** a city's craftsman title is named by its short name (余姚工匠, 天门工匠, 巢湖大工匠): the place whose short name
 * it is, when one level is all the places so named share */
function shortPlaceCraftsman(name: string): Level | null {
  const m = /^([\u4e00-\u9fa5]{2,3}?)大?工匠$/.exec(name);
  // a county keeps no short name in the gazetteer (肥西 is too often a word): here the title's ending vouches for it
  const hits = m ? ['市', '县'].flatMap((k) => (gazetteer().byName.get(m[1] + k) ?? []).filter((p) => p.name === m[1] + k)) : [];
  // a province-direct city (天门, 潜江) titles its own honours as a prefecture does (held24/held28 golds); a
  // municipality's or Hainan's county (彭水县, 定安县) keeps a county's rank
  const levels = new Set<Level | null>(hits.map((p) => (p.kind === 'county' && !p.city && p.name.endsWith('市') && !countyRankDirect(p) ? 'municipal' : placeLevel(p.name))));
  // an autonomous county is titled by its short name (琼中工匠, 峨边工匠 of 琼中黎族苗族自治县, 峨边彝族自治县)
  if (m && autonomousCountyShort(m[1])) levels.add('county');
  return levels.size === 1 ? [...levels][0] : null;
}

/** 河洛工匠 conferred by 洛阳市总工会: a craftsman title after a region no list knows has the level of
 * the body that confers it (the document's first issuer) */
export function issuerLevel(h: Award, issuers: string[], r: ConfermentRules, title: string | null = null): Level | null {
  const issuer = issuers[0] ?? '';
  // a provincial industry union (省建设工会) confers its sector's titles (全省建设系统…): industry level
  if (issuer && r.v.industryUnions.some((u) => issuer.endsWith(u)) && /系统|行业/.test(h.name)) return 'industry';
  if (h.level || !issuer) return h.level;
  const craftsman = /^[\u4e00-\u9fa5]{2,3}工匠$/.test(h.name) && !r.v.notRegional.some((w) => h.name.startsWith(w));
  // an honour the title says the document confers (关于表彰…“最美职工”…的通报) is the issuer's own
  const plain = (x: string) => x.replace(/[“”"「」\s]/g, '');
  const core = /[“"「]([^”"」]{2,20})[”"」]/.exec(h.name)?.[1] ?? h.name;
  const titled = !!title && (plain(title).includes(plain(h.name)) || plain(title).includes(core));
  // the prizes of a contest the issuer runs (“安康杯”竞赛优胜单位, 优胜班组) and a post it appoints to
  // (首席技师 聘任): of the issuer's level when their name states none
  const contest = CITATION_NAME.test(h.name) || /杯”?(?:竞赛|劳动竞赛|知识竞赛)?(?:优胜|优秀)/.test(h.name) || /^(?:优胜|优秀)(?:企业|班组|单位|集体|团队)$/.test(h.name) || h.rule === 'conferment.appointed';
  return craftsman || titled || contest ? bodyLevel(issuer, r) : null;
}

/** the level of a body: an enterprise's (a company's, bank's, school's or hospital's union or party
 * committee), an industry union's, else that of the most specific place its name holds (重庆市涪陵区总工会 → county) */
function bodyLevel(issuer: string, r: ConfermentRules | null): Level | null {
  if (/(?:公司|集团|银行|大学|学院|学校|医院)(?:工会委员会|委员会|工会|党委)?$/.test(issuer)) return 'enterprise';
  if (r?.v.industryUnions.some((u) => issuer.endsWith(u))) return 'industry';
  let level: Level | null = null;
  for (let i = 0; i < issuer.length; ) {
    const pl = placeAt(issuer, i);
    if (pl) { level = placeLevel(pl.name) ?? level; i += pl.name.length; } else i++;
  }
  return level;
}

/** A prize of a contest (一等奖, 金奖) has the contest's level: that of the honour or the level word
 * (县里, 全市, 省级) nearest before it in its sentence (第三届“某乡工匠”技能大赛，决出一等奖8名) */
export function prizeLevel(h: Award, all: Award[], text: string, r: ConfermentRules): Level | null {
  if (h.level || !r.v.prizes.some((p) => h.name.endsWith(p))) return h.level;
  const from = Math.max(text.lastIndexOf('。', h.start), text.lastIndexOf('\n', h.start), text.lastIndexOf('.', h.start)) + 1;
  const before = all.filter((a) => a !== h && a.level && a.start >= from && a.end <= h.start && !r.v.prizes.some((p) => a.name.endsWith(p))).pop();
  if (before) return before.level;
  const word = Object.entries(r.v.contestLevels).filter(([k]) => text.slice(from, h.start).includes(k)).sort((a, b) => b[0].length - a[0].length)[0];
  return word ? word[1] : null;
}

// ------------------------------------------------------------------------------ patterns

/** a candidate the grammar turned down, for --explain; `holders` marks a holders' noun (获奖者中) that a later step
 * may read as one more mention of an honour before it */
export interface HonourRejected { rule: string; text: string; start: number; end: number; why: string; holders?: boolean }

/** `title`: the notice's title folded to simplified script, or null */
interface Ctx { text: string; province: string | null; r: ConfermentRules; rejected: HonourRejected[]; title: string | null }

/** a plan or a rule for the future: recorded as rejected (with the word that makes it one) and skipped */
function skipPlanned(c: Ctx, rule: string, m: RegExpExecArray, at = m.index): boolean {
  // `at`: where the name starts when words that cannot open it were cut off (推荐申报|全国…奖章3人)
  const p = planned(c, at);
  if (p) c.rejected.push({ rule, text: m[0], start: m.index, end: m.index + m[0].length, why: `a plan, quota or rule for the future (${p}), not a record of conferment` });
  return p !== null;
}

/** the sentence around `pos` (between 。！？ or line ends) */
function sentenceBefore(text: string, pos: number): string {
  let s = pos;
  // a copy typed with ASCII punctuation ends its sentences with '.' after a character (not a decimal point)
  while (s > 0 && !/[。！？!?\n]/.test(text[s - 1]) && !(text[s - 1] === '.' && !/\d/.test(text[s - 2] ?? ''))) s--;
  return text.slice(s, pos);
}

/** what follows the last turn from a procedure to its outcome in `s` (…推荐申报…，最终获评的有3名：…), else all of `s`
 * (rules/conferment.yaml mood turn) */
export function afterTurn(s: string, turn: string, tail = ''): string {
  let at = 0;
  // (`tail`: the sentence after `s`, which a turn's lookahead may read into: 已有|2人获得过)
  for (const m of (s + tail).matchAll(new RegExp(turn, 'g'))) if (m.index < s.length) at = m.index;
  return s.slice(at);
}

/** a plan or a rule for the future, not a record: …活动，选树… / 由…授予 / 拟 / 将. A clause that
 * reports the procedure already gone through (经推荐申报、评审和公示，…决定命名) is not read. */
function planned(c: Ctx, at: number): string | null {
  const rest = /^[^。！？!?\n]*/.exec(c.text.slice(at))![0];
  const before = afterTurn(sentenceBefore(c.text, at), c.r.v.mood.turn, rest).replace(c.r.procedure, '');
  // a plan word stands before the match; its context (将…等N个…命名为) may run into it
  const whole = before + rest;
  for (const re of c.r.plan) {
    const m = re.exec(whole);
    if (m && m.index < before.length) return m[0];
  }
  const launch = c.r.launch.exec(before);
  if (launch && !c.r.result.test(whole)) return launch[0];
  // a quota's verb may open the match itself (活动共|选树“最美职工”10名)
  const quota = c.r.quota.exec(whole);
  return quota && quota.index < before.length ? quota[0] : null;
}

/** The act received, bare or after the levels of the bodies that gave it (获表彰, 获省州表彰, 获得市级奖励,
 * 获省市县三级表彰): no title is named, whatever level it came from */
function isLevelledAct(c: Ctx, raw: string): boolean {
  const bare = raw.replace(c.r.ranks.act, '');
  return c.r.v.acts.includes(honourName(raw, c.province, c.r)) || (bare !== raw && c.r.v.acts.includes(bare));
}

function make(c: Ctx, rule: string, raw: string, count: string | null, start: number, end: number, notes: string[]): HonourFound | null {
  const name = honourName(raw, c.province, c.r);
  // the act of commending received (9人获得表彰) names no title (获表彰的标兵中 is read on by other rules)
  if (name.length < 2 || (rule === 'conferment.count-verb' && isLevelledAct(c, raw))) return null;
  // the grade of an assessment (3名被评为优秀) is a rating, no title
  if (c.r.v.grades.includes(name)) return null;
  // a grade alone (获得自治区级荣誉 cut before its noun: 自治区级, 国家级) names no title
  if (/^(?:全国|国家|省部|省|自治区|地市|市|州|盟|县|区|旗)级$/.test(name)) return null;
  // a pronoun title (获此殊荣, 获该称号) names no honour of its own: thisTitle resolves it
  // (获这一称号: the demonstrative before the title word)
  if (c.r.v.anaphora.some((a) => a.endsWith(name) || a.endsWith(`${name}称号`) || a.endsWith(`${name}荣誉`))) return null;
  // a title is a noun phrase: an exclamation (…获授牌！我县…名单出炉) ends a sentence, and one counted among
  // others (本届唯一一名…工匠) describes a holder, neither is a name
  if (/[！!？?]|唯一|^[^“”]*?[一两二三四五六七八九十\d]+[名位个](?![^“”]*”)/.test(name)) return null;
  // money or support received (获省级立项资助) is a grant, not a title
  if (rule === 'conferment.count-verb' && c.r.v.funds.some((f) => name.endsWith(f))) return null;
  const n = count === null ? null : parseSmallInt(count);
  return {
    name, level: honourLevel(name, c.r), count: n, recipients: [], text: c.text.slice(start, end), start, end, rule,
    notes: [...notes, `name ${name}`, ...(n !== null ? [`count ${n}`] : [])],
  };
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** matches(re, text) of a pattern whose matches never cross a line and always hold a word that
 * `needed` finds: the lines without one are not searched (the same matches, offsets into text) */
function* matchesInLines(re: RegExp, text: string, needed: RegExp): Generator<RegExpExecArray> {
  for (let ls = 0; ls <= text.length; ) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    const line = text.slice(ls, le);
    if (needed.test(line)) {
      for (const m of matches(re, line)) {
        m.index += ls;
        yield m;
      }
    }
    ls = le + 1;
  }
}

/** the text between the last clause break (，。；;, or a line end) before `pos` and pos */
function clauseBefore(text: string, pos: number): string {
  let s = pos;
  while (s > 0 && !'，。；;,\n'.includes(text[s - 1])) s--;
  return text.slice(s, pos);
}

function grant(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.grantAfter, c.text)) {
    if (skipPlanned(c, 'conferment.grant', m)) continue;
    const h = make(c, 'conferment.grant', m[4] !== undefined ? (m[3] ?? '') + m[4] : m[5], m[1], m.index, m.index + m[0].length, ['对 … N 名 X，命名为 H']);
    if (h) out.push(h);
  }
  for (const m of [...matches(c.r.re.grant, c.text), ...matches(c.r.re.grantTo, c.text)]) {
    if (skipPlanned(c, 'conferment.grant', m)) continue;
    const h = make(c, 'conferment.grant', m[3] ? m[3] + (m[4] ?? '') : m[5], m[1], m.index, m.index + m[0].length, ['授予 X 等 N … H']);
    if (h) out.push(h, ...grantContinued(c, h.end));
  }
  return out;
}

/** 授予A等12个集体“H1”称号、B等48名同志“H2”称号: the verb governs the next recipients and title too */
function grantContinued(c: Ctx, from: number): HonourFound[] {
  const item = new RegExp(`^(?:荣誉)?(?:称号)?[、，,]\\s*([^，。；;、,\\n“”]{0,40}?)等${N}${U}[^，。；;、,\\n“”]{0,6}?${QUOTED}(?:荣誉)?(?:称号)?(?=[、，。；;,\\n]|$)`);
  return listContinued(c, from, 90, item, (m, at) =>
    /授予|颁发|命名|表彰/.test(m[1]) ? undefined : make(c, 'conferment.grant', m[4], m[2], at + 1, at + m[0].length, ['continues 授予 X 等 N … H']));
}

/** the items of a list one verb governs, read one after another from `from` (each within `window`
 *  characters); `read` gives an item's honour, null to skip it, undefined where the list ends */
function listContinued(c: Ctx, from: number, window: number, item: RegExp,
  read: (m: RegExpExecArray, at: number) => HonourFound | null | undefined): HonourFound[] {
  const out: HonourFound[] = [];
  for (let at = from; ; ) {
    const m = item.exec(c.text.slice(at, at + window));
    const h = m ? read(m, at) : undefined;
    if (h === undefined) break;
    if (h) out.push(h);
    at += m![0].length;
  }
  return out;
}

/** 分别授予A等3个单位、B等9名个人“H1”和“H2”: recipients and titles paired in order */
function grantRespectively(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const re = new RegExp(`分别(?:${alt(c.r.v.grant)})(?<who>[^。；;\\n“”]{2,120}?)(?<names>${QUOTED}(?:(?:和|及|与|、)${QUOTED})+)`, 'g');
  for (const m of matches(re, c.text)) {
    if (skipPlanned(c, 'conferment.grant', m)) continue;
    const counts = [...m.groups!.who.matchAll(new RegExp(`等${N}${U}`, 'g'))].map((x) => x[1]);
    const names = [...m.groups!.names.matchAll(new RegExp(QUOTED, 'g'))];
    if (counts.length !== names.length) continue;
    const base = m.index + m[0].length - m.groups!.names.length;
    names.forEach((x, i) => {
      const start = base + x.index!;
      const h = make(c, 'conferment.grant', x[1], counts[i], start, start + x[0].length, ['分别授予 X 等 N1 …、Y 等 N2 … “H1”和“H2”']);
      if (h) out.push(h);
    });
  }
  return out;
}

/** 对 X 等 12 个先进集体和 Y 等 45 名先进个人予以表彰: a commendation whose recipients' noun is the honour */
function grantNoun(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.grantNoun, c.text)) {
    const before = sentenceBefore(c.text, m.index);
    const after = /^[^。！？!?\n]*/.exec(c.text.slice(m.index))![0];
    // the sentence must commend or grant (通报表彰 commends; 通报表扬 is a mention in dispatches, 申报表彰 an application)
    if (!/(?:^|[^报]|通报)表彰|授予|颁发/.test(before + after.replace(/通报表扬/g, ''))) continue;
    if (!/对|授予|表彰|颁发/.test(before)) continue;
    if (skipPlanned(c, 'conferment.grant', m)) continue;
    // recipients then a verb of receiving (等11个班组获评优秀班组): the verb's own pattern (count-verb) names
    // the honour after it; the noun before the verb is who holds it, not part of its name
    if (c.r.v.receive.some((v) => v.length > 1 && m[3].includes(v))) continue;
    // the recipients' noun before a title (等42名职工|嘉兴市五一劳动奖章) is no part of it
    const lead = c.r.v.recipients.find((w) => m[3].startsWith(w) && c.r.v.endings.some((e) => m[3].length - w.length > e.length && m[3].endsWith(e)));
    const h = make(c, 'conferment.grant', lead ? m[3].slice(lead.length) : m[3], m[1], m.index, m.index + m[0].length, ['对 X 等 N 个 H 予以表彰']);
    if (h) out.push(h);
  }
  return out;
}

/** 首批命名的9个“教育名匠”工作室: holders of a title conferred before, counted */
function participle(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.participle, c.text)) {
    // 受表彰的30名三八红旗手中 / 此次命名的…: the holders of the conferment the text just reported, again
    if (/(?:受|被|获得?|此次|本次|这次|这批|本批)$/.test(c.text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (skipPlanned(c, 'conferment.participle', m) || commendedAfter(c, m.index)) continue;
    // a bare type (首批命名的6个工作室) names no honour
    if (m[5] === '工作室') continue;
    const raw = m[3] !== undefined ? m[3] + (m[4] ?? '') : m[5];
    const h = make(c, 'conferment.participle', raw, m[1], m.index, m.index + m[0].length, ['命名 / 评选 的 N 个 H']);
    // a past batch of a unit's type neither quoted nor of a stated level or place (2022年认定的6个技能大师
    // 工作室) is counted, its title not named; the batch just named, restated (命名的9个职工创新工作室中), and
    // a bare honour's head (首届命名的28名工匠) refer back to a title
    const past = /(?:\d{4}年度?|去年|往年|以往|此前|前期|上一?批)$/.test(c.text.slice(Math.max(0, m.index - 6), m.index));
    if (h && m[3] === undefined && !h.level && past && c.r.v.namedUnits.some((u) => raw.endsWith(u))) c.rejected.push({ rule: 'conferment.participle', text: m[0], start: m.index, end: m.index + m[0].length, why: 'a type with no level or place, unquoted: no conferred title' });
    else if (h) out.push(h);
  }
  return out;
}

/** 给予 … 记功 / 嘉奖: the verb, the holders (X同志, or …等N名同志) and the citation */
const MERIT = new RegExp(`给予((?:(?![。；;\\n给])[^。；;\\n]){0,80}?)(?:等${N}${U}(?:同志|职工|人员|干部|民警|个人))?(${CITATION})(?![^，。；;\\n]{0,4}(?:人员|的|获得者|标准|名单))`, 'g');

/** 给予X同志记三等功一次 / 给予A、B等12名同志嘉奖: a merit citation (记功, 嘉奖) conferred by name in a commendation
 * decision is an honour like a title; its count is the holders' (none for one person) */
function meritCited(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(MERIT, c.text)) {
    // a named holder (X同志) or a counted batch; a class (给予表现突出的人员嘉奖) or a rule (可给予嘉奖) names none
    if (!/同志$/.test(m[1]) && m[2] === undefined) continue;
    if (skipPlanned(c, 'conferment.merit', m)) continue;
    const count = m[2] ?? null;
    const name = m[4];
    out.push(merit(name, count, m, '给予 X 记功 / 嘉奖'));
  }
  // once cited, the citation's annex heading (三、记二等功（2名）) and a later count of its holders (受嘉奖的7名同志中)
  // count it again, as any title's do
  if (!out.length) return out;
  const cited = new Set(out.map((h) => h.name));
  for (const m of matches(MERIT_AGAIN, c.text)) {
    const name = m[1] ?? m[4];
    if (cited.has(name)) out.push(merit(name, m[2] ?? m[5], m, m[1] ? 'an annex heading of the citation' : 'a later count of its holders'));
  }
  return out;
}

/** a citation's annex heading (记二等功（2名）) or its holders counted again (受嘉奖的7名同志) */
const MERIT_AGAIN = new RegExp(`(?:^|\\n)[ \u3000]*(?:[一二三四五六七八九十]+、)?(${CITATION})[（(]${N}${U}[）)][ \u3000]*(?=\\n|$)|受(${CITATION})的${N}${U}`, 'g');

/** a merit citation found, its span trimmed of the line break a heading opens with */
function merit(name: string, count: string | null, m: RegExpExecArray, note: string): HonourFound {
  const n = count === null ? null : parseSmallInt(count);
  const lead = m[0].length - m[0].trimStart().length;
  return { name, level: null, count: n, recipients: [], text: m[0].trim(), start: m.index + lead, end: m.index + lead + m[0].trim().length, rule: 'conferment.merit',
    notes: [note, `name ${name}`, ...(n !== null ? [`count ${n}`] : [])] };
}

/** 对评选出的8名首届“H”和20名H2进行表彰: the participle qualifies the recipients of a commendation its clause
 * goes on to, whose counted list commendList reads */
function commendedAfter(c: Ctx, at: number): boolean {
  const clause = clauseBefore(c.text, at);
  const k = clause.lastIndexOf('对');
  if (k < 0) return false;
  const re = new RegExp(c.r.re.commendList.source, 'y');
  re.lastIndex = at - clause.length + k;
  return re.test(c.text);
}

/** the stop words that open a bare honour name found by its ending (…中有 | 技术标兵); built once per rules
 * object (it was built again for every match of the ending reader) */
function bareCut(c: Ctx): RegExp {
  return perRules(c.r, 'conferment.bareCut', () => {
    const stops = alt([...c.r.v.receive, ...c.r.v.select, ...c.r.v.grant, ...c.r.v.nameAs, '有', '中', '等', '和', '及', '与', '的', '共', '累计', '已', '达', '其中']);
    return new RegExp(`^.*(?:${stops})`);
  });
}

/** “南溪工匠”总数达到52名，今年新评选14名: the holders an honour has so far, and a new batch of the same
 * honour in the next clause with its name left out (a time adverb may stand before 已达: 全县首席技师目前已达27名) */
function total(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const cut = bareCut(c);
  // re.total tries its lazy name prefix before each of ~50 endings at every character (~0.5 ms a
  // bulletin); a match holds 累计 or 共 (its first form) or 总数, 总量, 人数 (its second) and no line end
  for (const m of matchesInLines(c.r.re.total, c.text, /累计|共|总数|总量|人数|已(?:经)?达/)) {
    const quoted = m[1] ?? m[5] ?? m[9];
    let raw = quoted ?? m[2] ?? m[6];
    let start = m.index;
    // 已达 N with no 累计/共 (全市“齐鲁首席技师”已达57人) is a total only of a name that ends as an honour
    // does: what else has reached a number (“职工书屋”已达120家) is a facility or a figure
    const reached = !/累计|共|总数|总量|人数/.test(m[0]);
    if (reached && !c.r.v.endings.some((e) => raw.replace(/[”"」』]$/, '').endsWith(e))) continue;
    if (quoted === undefined) {
      // (a verb no name opens with, 选拔 of 累计选拔某县首席技师四批共33名, is cut as the ending rule cuts it)
      for (const re of [cut, c.r.notInName]) {
        const k = re.exec(raw);
        if (k) { raw = raw.slice(k[0].length); start += k[0].length; }
      }
      // the scope counted over (全市|首席技师目前已达19名) is where the holders are, no part of the title
      const scope = /^(?:全[国省市州县区]|我[省市州县区])(?=.{2})/.exec(raw);
      if (scope) { raw = raw.slice(scope[0].length); start += scope[0].length; }
      if (!c.r.v.endings.some((e) => raw.endsWith(e))) continue;
      // 市级技能大师|工作室总数达到43个: a total of workshops of a type is a figure, not an honour's holders
      if (c.text.startsWith('工作室', start + raw.length)) continue;
    }
    if (skipPlanned(c, 'conferment.total', m, start)) continue;
    const joined = jointTotal(c.text, start);
    if (joined) { c.rejected.push({ rule: 'conferment.total', text: m[0], start, end: m.index + m[0].length, why: joined }); continue; }
    const ending = quoted === undefined && !levelledName(c, raw) ? c.r.v.endings.find((e) => raw.endsWith(e)) : undefined;
    if (ending && splitByLevels(c.text, m.index + m[0].length, ending)) {
      c.rejected.push({ rule: 'conferment.total', text: m[0], start, end: m.index + m[0].length, why: 'a total over levels split into its levelled parts (…共N名，其中全国…): a figure' });
      continue;
    }
    const h = make(c, 'conferment.total', raw, m[3] ?? m[7] ?? m[10], start, m.index + m[0].length, ['H 总数达到 / 累计 N 名']);
    if (!h) continue;
    out.push(h);
    // ，今年新评选14名 / ，其中新增3名: the same honour, a new batch
    const next = new RegExp(`^[，,][^，。；;\\n]{0,8}?(?:新评选|新评出|新选树|新命名|新增|新认定)(?:了)?${N}${U}`).exec(c.text.slice(h.end, h.end + 24));
    if (next) {
      const b = make(c, 'conferment.total', raw, next[1], h.end + 1, h.end + next[0].length, ['a new batch of the honour just named']);
      if (b) out.push(b);
    }
  }
  return out;
}

/** a name that opens with a level: a rank of the bodies that confer (rules/levels.yaml level.body-ranks: 全国, 省, 县级…),
 * a place the gazetteer knows, or a grade (…级) */
function levelledName(c: Ctx, raw: string): boolean {
  return c.r.ranks.act.test(raw) || !!placeAt(raw, 0) || raw.includes('级');
}

/** A count of a title with no level followed by its parts by level (在册劳动模范共86名，其中全国劳动模范1名、…): the
 * total mixes levels, so it is a figure, and only its levelled parts name held titles */
export function splitByLevels(text: string, end: number, title: string): boolean {
  const rest = /^[”"」』]?[，,](?:其中|包括|含)([^。；;\n]{1,24})/.exec(text.slice(end, end + 40));
  return !!rest && rest[1].includes(title) && !rest[1].startsWith(title);
}

/** 首届“H”于2022年命名，共8名 / 第二届于今年5月命名，共10名: a past round of an honour with its total told after
 * the date (the title left out after its first round: the one named before), then the stock over the rounds when the
 * next clause states it (，两届累计18名 / ，至此全县“H”达到18名) */
function pastRoundTotal(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const { round, stock } = perRules(c.r, 'conferment.pastRoundTotal', () => {
    const verb = alt([...c.r.v.nameAs, ...c.r.v.select]);
    return {
      round: new RegExp(`(?:首届|首批|第[一二三四五六七八九十\\d]+[届批])(?:${QUOTED})?于?(?:\\d{4}年|今年|去年|前年|上年)(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:${verb})[，,](?:共计|共|累计)(?:${verb})?${N}${U}`, 'g'),
      stock: new RegExp(`^[，,；;。]\\s*(?:(?:两|[二三四五六七八九十\\d]+)[届批](?:合计|累计|共计|共)|至此[，,]?[^，。；;\\n“”]{0,8}?(?:${QUOTED})?(?:已|累计|共)?)(?:已)?(?:达到|达|为|有)?${N}${U}`),
    };
  });
  let last: { name: string; end: number } | null = null;
  for (const m of matches(round, c.text)) {
    // (an elided title is the one of the round just told, in the same sentence)
    const raw: string | null = m[1] ?? (last && !c.text.slice(last.end, m.index).includes('。') ? last.name : null);
    if (!raw || !c.r.v.endings.some((e) => raw.endsWith(e))) continue;
    const end = m.index + m[0].length;
    // (a quoted round the total rule reads as well is one honour: one per span, the earlier pattern kept)
    const h = make(c, 'conferment.past-round', raw, m[2], m.index, end, ['首届“H”于 year 命名，共 N 名: a past round and its total']);
    if (!h) continue;
    out.push(h);
    last = { name: raw, end };
    const s = stock.exec(c.text.slice(end, end + 40));
    // (a stock the total rule reads already, its title quoted before 已达/累计, is left to it)
    if (!s || (s[1] && s[1] !== raw) || (s[1] && /已|累计|共/.test(s[0]))) continue;
    const t = make(c, 'conferment.past-round', raw, s[2], end + 1, end + s[0].length, ['，两届累计 N 名 / 至此…达到 N 名: the stock over the rounds']);
    if (t) out.push(t);
  }
  return out;
}

/** why a total counts more than the title before it: the last of titles joined uncounted
 * (先进集体和劳动模范、先进工作者共27名, “某某工匠”“某某能手”共15名) sums them all; null if it is the title's own */
function jointTotal(text: string, start: number): string | null {
  const clause = clauseBefore(text, start);
  if (!/(?:[、和及与]|[”"」』])$/.test(clause) || /[\d一二两三四五六七八九十]+[名人个家位项]/.test(clause)) return null;
  return `the total of titles joined before it (${clause.slice(-12)}…): a sum over them, no count of the last one`;
}

/** 完成首批“首席技师”聘任，聘任人选共16名: an appointment to a title with its count */
function appointed(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.appointed, c.text)) {
    if (skipPlanned(c, 'conferment.appointed', m)) continue;
    if (!c.r.v.endings.some((e) => m[1].endsWith(e))) continue;
    const h = make(c, 'conferment.appointed', m[1], m[2] ?? m[4], m.index, m.index + m[0].length, ['“H” 聘任 … 共 N 名']);
    if (h) out.push(h);
  }
  return out;
}

function nameAs(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of [...matches(c.r.re.nameAs, c.text), ...matches(c.r.re.nameAsBa, c.text)]) {
    if (skipPlanned(c, 'conferment.name-as', m)) continue;
    // a level note in brackets after the title (…创新工作室（市（州）级）) is not part of it
    // (nor is a pointer to the annex: …工作室（名单见附表）)
    const title = m[3].replace(/[，,].*$/, '').replace(/(?:并|予以|给予).*$/, '').replace(/[（(](?:[省市州县区]|[（()）]|级)+[）)]$/, '')
      .replace(c.r.re.pointer, '');
    const h = make(c, 'conferment.name-as', title, m[1], m.index, m.index + m[0].length, ['命名 X 等 N … 为 H']);
    // the conferred title of a unit must be a title (…工作室 / an honour ending / an honour's opening:
    // 评选…等5个科室为年度先进科室), or a workshop selected as a project (…工作室建设项目, held5's decision)
    const opening = h !== null && c.r.v.openings.some((o) => h.name.startsWith(o));
    if (!/(?:工作室|工作站|工作室建设项目|称号|”)$/.test(title) && !c.r.v.endings.some((e) => title.endsWith(e)) && !opening) continue;
    if (h) out.push(h);
  }
  return out;
}

/** 命名A、B为“H” with no count: each holder named (an honour given to named holders, count null); the title as
 * nameAs reads it. A list is two names or more joined by 、 and no 等N (nameAs reads a counted list). */
function nameAsListed(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const re = new RegExp(`(?:${alt(c.r.v.nameAs)})((?:[^，。；;、,\\n为等“”]{2,40}、)+[^，。；;、,\\n为等“”]{2,40})为([^，。；;,\\n]{2,40})`, 'g');
  for (const m of matches(re, c.text)) {
    if (skipPlanned(c, 'conferment.name-as', m)) continue;
    const title = m[2].replace(/(?:并|予以|给予).*$/, '').replace(/[（(][^（）()]{0,8}(?:附件|附表|名单)[^（）()]{0,8}[）)]$/, '');
    if (!/(?:工作室|工作站|”)$/.test(title) && !c.r.v.endings.some((e) => title.endsWith(e))) continue;
    // (the list may close with its count: 聘任A、B、C3名同志为…)
    const n = new RegExp(`(${N})${U}[\\u4e00-\\u9fa5]{0,4}$`).exec(m[1]);
    const h = make(c, 'conferment.name-as', title, n?.[1] ?? null, m.index, m.index + m[0].length, ['命名 A、B 为 H: named holders']);
    if (h) out.push({ ...h, recipients: m[1].replace(n?.[0] ?? '', '').split('、') });
  }
  return out;
}

/** 新命名县级劳模创新工作室5个: units named under a title of a stated level, counted after it (a bare type,
 * 新命名劳模创新工作室5个, states no title; what is built, 新建…工作室5个, is not named) */
function namedCounted(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matchesInLines(c.r.re.namedCounted, c.text, /命名|认定|评定/)) {
    if (skipPlanned(c, 'conferment.named-counted', m)) continue;
    // a stock named so far (累计命名 / 已命名 …86个) is a figure of workshops, not one conferment; a phrase
    // (命名龙江工匠领衔的工作室5个) is a part of a batch, not a title
    if (/(?:累计|已经?|共|先后)$/.test(c.text.slice(Math.max(0, m.index - 3), m.index)) || m[1].includes('的')) continue;
    const h = make(c, 'conferment.named-counted', ourShare(c, m.index, m[1]), m[2], m.index, m.index + m[0].length, ['命名 H N 个']);
    if (h && h.level) out.push(h, ...namedContinued(c, h));
    else c.rejected.push({ rule: 'conferment.named-counted', text: m[0], start: m.index, end: m.index + m[0].length, why: 'a type of workshop with no level or place: no conferred title' });
  }
  return out;
}

/** 当天，3个某县技能大师工作室揭牌: units counted before a title that opens with its place's name, whose plaques
 * are hung, are holders of that place's title (a level word, 4个市级技能大师工作室, states a grade of a type, no
 * title; a phrase with 的, 以上 or 和 spans several titles). A stock counted after the title (全市已有某市技能大师
 * 工作室12个) is a figure, as the rulings of held20 and held26 have it. */
function placedCounted(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matchesInLines(c.r.re.placedBefore, c.text, /工作室|工作站|基地|园区/)) {
    if (skipPlanned(c, 'conferment.placed-counted', m)) continue;
    const title = placedTitle(m[3]);
    const h = title && make(c, 'conferment.placed-counted', title, m[1], m.index, m.index + m[0].length, ['N 个 + place + units + 挂牌: a place’s own title']);
    if (h && h.level) out.push(h);
  }
  return out;
}

/** the tail of `raw` that opens with a place's name and names one title, or null */
function placedTitle(raw: string): string | null {
  for (let i = 0; i + 2 < raw.length; i++) {
    const pl = placeSpan(raw, i);
    if (!pl) continue;
    const t = raw.slice(i);
    // (a place followed by a grade word names a type of that grade: 某县级以上 / 市级 …; 的/和 join phrases)
    return /的|以上|以下|和|及|与|、|各级|已|共/.test(t) || /^级/.test(t.slice(pl)) || t.length - pl < 4 ? null : t;
  }
  return null;
}

/** 宣城市人社局认定我市技能大师工作室2个: our share of a naming by the body of another place (its prefecture)
 * is that place's title (宣城市技能大师工作室); any other title is returned as written */
function ourShare(c: Ctx, at: number, raw: string): string {
  const ours = /^我(?:市|县|区|旗)/.exec(raw);
  const body = ours && new RegExp(`([\\u4e00-\\u9fa5]{1,6}?(?:自治区|省|市|州|盟))[\\u4e00-\\u9fa5]{0,12}?(?:${alt(c.r.v.bodies)})$`).exec(clauseBefore(c.text, at));
  return body ? body[1] + raw.slice(2) : raw;
}

/** 新认定市级返乡创业示范园区2个、创业孵化基地3家: the verb and the level of the first named units govern the next
 * (the second type is named bare and takes the first one's level) */
function namedContinued(c: Ctx, first: HonourFound): HonourFound[] {
  const item = new RegExp(`^、\\s*([^，。；;、,\\n“”\\d]{2,16}?(?:${alt([...c.r.v.namedUnits, ...c.r.v.endings])}))\\s*${N}(?:个|家)(?=[、，。；;,\\n]|$)`);
  return listContinued(c, first.end, 30, item, (m, at) => {
    const h = make(c, 'conferment.named-counted', m[1], m[2], at + 1, at + m[0].length, ['命名 H N 个、H2 N2 个: the verb and level of the first']);
    return h && { ...h, level: h.level ?? first.level };
  });
}

/** “H”N名、“H2”N2名 … : the first after a selection verb, then the list that continues it */
function select(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.select, c.text)) {
    if (skipPlanned(c, 'conferment.select', m)) continue;
    const h = make(c, 'conferment.select', m[1] ?? m[2], m[3], m.index, m.index + m[0].length, ['评选 / 选树 / 培育 H N 名']);
    if (!h) continue;
    out.push(h);
    out.push(...continuation(c, m.index + m[0].length, 'conferment.select'));
    const again = batchAgain(c, h);
    if (again) out.push(again);
  }
  return out;
}

/** 共评出“某某工匠”10名，今年又评出第二批8名: a later batch of the same title, its name left out after the verb
 * and the batch's ordinal (第N批 / 第N届): one more conferment of that title */
function batchAgain(c: Ctx, h: HonourFound): HonourFound | null {
  const re = new RegExp(`^[，,；;](?:[^，。；;！？\\n]{0,8}?)(?:又|再|再次|还)?(?:${alt(c.r.v.select)})了?(第[一二三四五六七八九十\\d]+[批届])${N}${U}(?=[，。；;！？\\n]|$)`);
  const m = re.exec(c.text.slice(h.end, h.end + 40));
  if (!m) return null;
  const at = h.end + m[0].length - m[2].length - m[3].length;
  const again = make(c, 'conferment.select', h.name, m[2], at, h.end + m[0].length, [`${m[1]}: a later batch of ${h.name}`]);
  return again && { ...again, level: h.level };
}

/** 、“H”N名 / 、H N名 items following a recognised one in the same clause */
function continuation(c: Ctx, from: number, rule: string): HonourFound[] {
  const out: HonourFound[] = [];
  // a quoted core may carry a tail outside its quotes (“武清工匠”提名奖10名)
  const item = new RegExp(`^(?:、|和|及)\\s*(?:[“"]([^”"\\n]{2,30})[”"]([^，。；;、,\\n“”\\d]{0,6}?)|([^，。；;、,\\n“”\\d]{2,20}?))\\s*${N}${U}`);
  for (let at = from; ; ) {
    const m = item.exec(c.text.slice(at, at + 40));
    if (!m) break;
    const h = make(c, rule, m[1] !== undefined ? m[1] + m[2] : m[3], m[4], at + 1, at + m[0].length, ['continues a list of honours']);
    if (h) out.push(h);
    at += m[0].length;
  }
  return out;
}

/** 永定区妇联…对12名“巾帼建功标兵”…予以表彰: a name that states no level has that of the body the sentence
 * names before the conferment (the first whose name holds a place) */
function withSentenceBodyLevel(c: Ctx, h: HonourFound): HonourFound {
  if (h.level) return h;
  const before = sentenceBefore(c.text, h.start);
  // a place alone as the subject right before the verb (利州区评选出…, 高安市表彰了…)
  const place = /(?:^|[，,])\s*([\u4e00-\u9fa5]{2,10}?[省市州县区旗])$/.exec(before)?.[1];
  const placeLevel = place ? bodyLevel(place, c.r) : null;
  if (placeLevel) return { ...h, level: placeLevel, notes: [...h.notes, `level of the place conferring it ${place}`] };
  for (const b of before.matchAll(new RegExp(`[\\u4e00-\\u9fa5]{2,12}?(?:${alt(c.r.v.bodies)})`, 'g'))) {
    const level = bodyLevel(b[0], c.r);
    if (level) return { ...h, level, notes: [...h.notes, `level of the conferring body ${b[0]}`] };
  }
  return h;
}

/** 被许昌市人社局评为 H: a name that states no level has that of the body conferring it */
function withBodyLevel(h: HonourFound, matched: string): HonourFound {
  if (h.level) return h;
  const body = /被([^，。；;\n“”]{2,20}?)(?:命名为|评为|授予|认定为|确定为)/.exec(matched)?.[1];
  const level = body ? bodyLevel(body, null) : null;
  return level ? { ...h, level, notes: [...h.notes, `level of the conferring body ${body}`] } : h;
}

/** A和B / A、B: honours listed by a conjunction, split only after a name that ends as an honour does (a place
 * may hold 和: 呼和浩特市五一劳动奖状和呼和浩特市五一劳动奖章) */
function splitHonours(list: string, endings: string[], either = false): string[] {
  const out: string[] = [];
  let from = 0;
  for (const j of list.matchAll(either ? /[”"」』]?(?:和|及|与|、|或者|或)[“"「『]?/g : /[”"」』]?(?:和|及|与|、)[“"「『]?/g)) {
    const left = list.slice(from, j.index).replace(/[“”"「」『』]/g, '');
    if (endings.some((e) => left.endsWith(e))) { out.push(list.slice(from, j.index)); from = j.index! + j[0].length; }
  }
  return [...out, list.slice(from)];
}

/** 6个集体、9名个人分别荣获A和B称号: the counts and the honours paired in order, one honour each */
function respectively(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.respectively, c.text)) {
    if (skipPlanned(c, 'conferment.respectively', m)) continue;
    const raws = splitHonours(m.groups!.names, c.r.v.endings);
    const names = raws.map((x) => x.replace(/[“”"「」『』]/g, ''));
    // (a clause before may end in a count too: 共有520家企业参赛，18家企业、35个班组分别获评…: the counts paired
    // are those after its comma)
    const all = (g: string) => [...g.matchAll(new RegExp(`${N}${U}`, 'g'))].map((x) => x[1]);
    let counts = all(m.groups!.counts);
    if (counts.length > names.length) counts = all(m.groups!.counts.replace(/^.*[，,]/, ''));
    if (counts.length !== names.length || names.some((x) => !c.r.v.endings.some((e) => x.endsWith(e)))) continue;
    let at = m.index + m[0].length - m.groups!.names.length;
    // (a name is found as written, its quotes too: “安康杯”竞赛优胜企业)
    raws.forEach((raw, i) => {
      const start = c.text.indexOf(raw, at);
      const h = make(c, 'conferment.respectively', names[i], counts[i], start, start + raw.length, ['N1 个、N2 名 分别荣获 A 和 B']);
      if (h) out.push(h);
      at = start + raw.length;
    });
  }
  return out;
}

/** “A”“B”“C”各2名 / “A”、“B”获得者各2名 / 获评“A”“B”的职工各3名、2名 / “A”“B”称号的分别有30名、45名: one phrase
 * counts several quoted honours; 各 with one count gives each that count, a list of counts pairs with the names in order */
function eachOfListed(c: Ctx): HonourFound[] {
  const re = perRules(c.r, 'conferment.eachOfListed', () => new RegExp(
    `((?:[“"「『][^”"」』\\n]{2,30}[”"」』](?:、|和|及|与)?){2,6})(?:获得者|荣誉称号|称号|荣誉)?的?(?:${alt(c.r.v.recipients)})?(分别|各)(?:有|为|是)?` +
    `(${COUNT_OF}(?:、${COUNT_OF})*)(?![\\d次])`, 'g'));
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    if (skipPlanned(c, 'conferment.each-of-listed', m)) continue;
    const quoted = [...m[1].matchAll(new RegExp(QUOTED, 'g'))];
    const counts = m[3].split('、').map((x) => x.replace(/[名人个家位支项户]$/, ''));
    const each = counts.length === 1 && m[2] === '各';
    if (!each && counts.length !== quoted.length) continue;
    if (quoted.some((q) => !c.r.v.endings.some((e) => q[1].endsWith(e)))) continue;
    quoted.forEach((q, i) => {
      const start = m.index + q.index!;
      const h = make(c, 'conferment.each-of-listed', q[1], each ? counts[0] : counts[i], start, start + q[0].length, [each ? '“A”“B”各N名: each its count' : '“A”“B”分别N1名、N2名: paired in order']);
      if (h) out.push(h);
    });
  }
  return out;
}

/** 获 + 颁“H”证书 (获颁): the honour a handed-over certificate stands for, when it ends as an honour does;
 * null when the thing handed over names none; the object itself for any other verb */
function handedOver(c: Ctx, raw: string): string | null {
  if (!raw.startsWith('颁')) return raw;
  const h = new RegExp(`^颁(?:发)?[“"「『]?([^”"」』]{2,30}?)[”"」』]?(?:${alt(c.r.v.frame.handover)})$`).exec(raw);
  return h && c.r.v.endings.some((e) => h[1].endsWith(e)) ? h[1] : null;
}

/** 有2名是“某地茶叶”加工能手: after the copula a quoted label that does not close the object (a product's or a
 * brand's name inside a description of the holders' trade) is no title */
const labelInDescription = (copula: string | undefined, raw: string): boolean =>
  copula !== undefined && /^(?:是|为)$/.test(copula) && /^[“"「『][^”"」』]+[”"」』][\u4e00-\u9fa5]/.test(raw);

/** Why a count-verb match names no honour's count (an object that is no title, holders as a subject, one count over
 * two kinds of holders), or 'silent' when it is no honour at all (a right granted) */
function rejectedObject(c: Ctx, m: RegExpExecArray, raw: string, at: number): { why: string; holders?: boolean } | 'silent' | null {
  // 3名职工获评后将参加“H”评选: an unquoted object holding a second predicate (frame gap) is no title
  if (m[7] !== undefined && new RegExp(c.r.v.frame.gap).test(raw)) {
    return { why: 'a second predicate after the verb (获评后将参加…): no title' };
  }
  // 15名选手获得一、二等奖: an unquoted object whose first character closes a longer verb (获 + 得一) is a
  // misparse of that verb; its own object is too short to be a title
  if (m[7] !== undefined && c.r.v.receive.some((w) => w.length > 1 && c.text.startsWith(w, at - w.length + 1))) {
    return { why: 'the object opens with the end of a longer verb (获|得一): no title' };
  }
  // 5名获奖选手经…晋升为技师: 获奖 + a holders' noun names the prize-winners, the subject of what follows; no title
  if (m[7] !== undefined && raw.startsWith('奖') && c.r.v.recipients.some((w) => raw.startsWith(w, 1))) {
    return { why: 'the prize-winners (获奖|选手) as a subject: no title' };
  }
  // 3名获评者同样扎根一线 / 12名获奖者中 / 4个获评班组分别是: the holders' noun as subject or topic (a later count); no title
  if (m[7] !== undefined && (/^奖?者/.test(raw) || holdersAsTopic(c, raw))) {
    return { why: 'the verb and 者 (or a holders’ noun + 中) name the holders (获评者, 获奖者中) as a subject: no title', holders: true };
  }
  // 4项获国家发明专利: a right granted (rules/conferment.yaml mood rights), no honour
  if (c.r.v.mood.rights.some((w) => raw.replace(/[”"」』]$/, '').endsWith(w))) return 'silent';
  // 62个集体和个人获评…: one count over two kinds of holders is a sum over the honours each received
  const kinds = (m[3] ?? '').split(/和|及|与|、/);
  if (kinds.length > 1 && kinds.every((k) => c.r.v.recipients.includes(k))) {
    return { why: 'one count over two kinds of holders (集体和个人): a sum, no honour’s count' };
  }
  return null;
}

function countVerb(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.countVerb, c.text)) {
    if (skipPlanned(c, 'conferment.count-verb', m)) continue;
    // 10名职工获颁“H”证书: what is handed over (rules/conferment.yaml frame handover) names the honour it stands for
    const raw = handedOver(c, m[6] ?? m[7]);
    if (raw === null) continue;
    // 8家企业获准开展…: a permission granted (rules/conferment.yaml mood), no honour
    const at = m.index + m[0].lastIndexOf(raw);
    if (m[7] !== undefined && c.r.v.mood.permission.some((w) => c.text.startsWith(w, at - 1))) continue;
    const rejected = rejectedObject(c, m, raw, at);
    if (rejected === 'silent') continue;
    if (rejected) {
      c.rejected.push({ rule: 'conferment.count-verb', text: m[0], start: m.index, end: m.index + m[0].length, ...rejected });
      continue;
    }
    if (overLevelsHeld(c, m.index, at, raw)) {
      c.rejected.push({ rule: 'conferment.count-verb', text: m[0], start: m.index, end: m.index + m[0].length, why: 'a grade over levels said of a part counted before (其中N个…) or as a predicate (N名…是): holders of several titles, no conferment' });
      continue;
    }
    const plain = raw.replace(/[”"」』]$/, '');
    const marked = c.r.v.endings.some((e) => plain.endsWith(e)) || /工作室$/.test(plain);
    if (labelInDescription(m[5], raw)) continue;
    // 5名职工获评首届“H” 某某居首: a headline's quoted title then its second part, run together where the blank
    // between them was dropped; an unquoted run after the closing mark that ends as no honour does is no part of it (on
    // a headline's line only: in a sentence the run goes on with the title, “H”候选人名单)
    const line = c.text.slice(c.text.lastIndexOf('\n', m.index) + 1, (c.text.indexOf('\n', m.index) + 1 || c.text.length + 1) - 1);
    const closed = m[7] !== undefined && !marked && line.length <= 40 && !/[。，；,;]/.test(line) ? /^((?:首届|首批|第[一二三四五六七八九十\d]+[届批])?[“"「『][^”"」』]{2,30}[”"」』])[\u4e00-\u9fa5]{5,}$/.exec(raw) : null;
    if (closed) {
      const h = make(c, 'conferment.count-verb', closed[1], m[1], m.index, m.index + m[0].length - raw.length + closed[1].length, ['N 人 荣获 / 被评为 H', 'a headline\'s second part after the title left out']);
      if (h) out.push(withBodyLevel(h, m[0]));
      continue;
    }
    // 被命名为 names designations (示范企业) as well as honours: only an honour ending or a workshop title counts
    if (/命名/.test(m[0]) && !marked) continue;
    // 5人分别获得一等奖和二等奖: one count spread over several honours counts none of them
    if (/分别/.test(m[0]) && m[6] === undefined && /[^，。]{2}(?:和|及|与|、)[^，。]{2}/.test(raw)) continue;
    // after any noun phrase or a verb of becoming, only a quoted name or an honour ending is an honour
    // (a place or level before the quotes is the name's own: 被评为淮安市“最美户外劳动者服务站点”)
    const placeQuoted = /^[\u4e00-\u9fa5]{0,8}?(?:省|自治区|市|州|盟|县|区|旗)级?[“"「『][^”"」』]{2,30}[”"」』]$/.test(raw);
    if ((m[4] !== undefined || m[5] !== undefined) && m[6] === undefined && !marked && !placeQuoted) continue;
    // a rank or a share is not a count of holders: 第1名 / 前3名 / 占…
    if (/[第前]$/.test(c.text.slice(Math.max(0, m.index - 1), m.index))) continue;
    // one share of an enumeration (分别有2家、1家企业被评为…): the honour is named, its count is not stated
    // or a count distributed over several holders (A和B分别有1人获得…)
    const share = /(?:\d+|[一二两三四五六七八九十]+)[名人个家位支项]、$|分别(?:有|为)?$|各(?:有)?$/.test(c.text.slice(Math.max(0, m.index - 6), m.index));
    const h = make(c, 'conferment.count-verb', raw, share ? null : m[1], m.index, m.index + m[0].length, share ? ['N 人 荣获 / 被评为 H', 'a share of an enumeration: no count'] : ['N 人 荣获 / 被评为 H']);
    if (h) out.push(withBodyLevel(h, m[0]));
  }
  return out;
}

/** 其中7个已被命名为州级以上工作室 / 3名工匠同时是县级以上劳动模范: a bare grade over levels (ranks.gradeAbove) with
 * a count that is a part of a set counted before (其中), or the predicate of a copula, tells how many of some
 * holders also hold one of several titles: a figure, not a conferment (新增市级以上工人先锋号5个 stays one) */
function overLevelsHeld(c: Ctx, from: number, at: number, raw: string): boolean {
  if (!c.r.ranks.gradeAbove.test(honourName(raw, c.province, c.r))) return false;
  return /其中[，,]?$/.test(c.text.slice(Math.max(0, from - 3), from)) || /是[“"「]?$/.test(c.text.slice(from, at));
}

/** a holders' noun with 中 / 里 after a verb of receiving (获奖者中, 获评选手中, 入选人员中), or as the subject of what
 * follows (4个获评班组分别是…): the set of holders, never a title */
function holdersAsTopic(c: Ctx, raw: string): boolean {
  return perRules(c.r, 'conferment.holdersAsTopic', () => new RegExp(`^(?:奖?者|${alt(c.r.v.recipients)})(?:(?:当中|中|里)$|分别|均|都|来自)`)).test(raw);
}

function holders(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.holders, c.text)) {
    const h = make(c, 'conferment.holders', m[1] ?? m[2], m[3], m.index, m.index + m[0].length, ['荣获 H 的 … 共有 N 名']);
    // a bare two-character ending (获得奖章的58名) is a kind of honour, not one; a bare name must end as an
    // honour does (获得结业证书的有79人, 获得各赛项前三名的36名 hold a certificate and a placing), and never opens
    // with a verb of receiving (为获得一等奖的3名: 为 is no verb there, 获得一等奖 a placing)
    const bareOk = m[2] !== undefined && h !== null && h.name.length > 2 && !c.r.v.receive.some((w) => m[2].startsWith(w)) && (c.r.v.endings.some((e) => h.name.endsWith(e) || m[2].endsWith(e)) || /工作室$/.test(h.name));
    if (h && (m[1] !== undefined || bareOk)) out.push(h, ...holdersContinued(c, h.end));
  }
  return out;
}

/** 被命名为“H1”的2个、“H2”的11个: the verb governs the next quoted title and its count too */
function holdersContinued(c: Ctx, from: number): HonourFound[] {
  const item = new RegExp(`^[、，,]\\s*${QUOTED}(?:荣誉)?(?:称号)?的${N}${U}(?=[、，。；;,\\n]|$)`);
  return listContinued(c, from, 40, item, (m, at) => make(c, 'conferment.holders', m[1], m[2], at + 1, at + m[0].length, ['continues 为 H 的 N 个']));
}

/** 由“荆楚工匠”领衔的2个工作室: the units led by holders of an honour, counted (one honour, that count) */
function ledBy(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.ledBy, c.text)) {
    // each honour of the list is quoted or ends as an honour does; two or more share the count: none is counted
    // (a title quoted whole is one whatever its ending: 由“黔匠”领衔的1个)
    const raws = splitHonours(m[3], c.r.v.endings, true);
    const parts = raws.map((x) => x.replace(/[“”"「」『』]/g, ''));
    if (!parts.every((x, i) => x.length >= 2 && (c.r.v.endings.some((e) => x.endsWith(e)) || /^[“"「『][^“”"「」『』]+[”"」』]$/.test(raws[i])))) continue;
    if (skipPlanned(c, 'conferment.led-by', m)) continue;
    // 由各级劳动模范领衔的5家: a class over all levels of the honour is no one honour, its count no holders' count
    if (new RegExp(`^(?:${c.r.v.anyLevel.join('|')})`).test(m[3].replace(/^[“"「『]/, ''))) {
      c.rejected.push({ rule: 'conferment.led-by', text: m[0], start: m.index, end: m.index + m[0].length, why: 'a class of the honour over its levels (各级…): no one honour' });
      continue;
    }
    // (uncounted, 其余由A和“B”领衔, each honour is held by a leader: one each, no count)
    // (only where the verb closes its clause: 由“H”牵头的团队中 qualifies a set, it names no holders)
    const counted = m[1] !== undefined || m[4] !== undefined;
    if (!counted && !/^(?:[，。；;,\n]|$)/.test(c.text.slice(m.index + m[0].length))) continue;
    let at = m.index;
    for (const part of parts) {
      const start = c.text.indexOf(part, at);
      at = start + part.length;
      const whole = parts.length === 1 && counted;
      const h = make(c, 'conferment.led-by', part, whole ? m[4] ?? m[1] : null, whole ? m.index : start, whole ? m.index + m[0].length : at, [whole ? '由 H 领衔的 N 个' : counted ? '由 H1 和 H2 领衔: one count over both, none each' : '由 H 领衔, uncounted']);
      if (h) out.push(h);
    }
  }
  return out;
}

/** the words for all levels of an honour (各级, 全部), ending the text before a title or opening it; built once per
 * rules object (they were built again for every match of the ending reader) */
function allLevels(c: Ctx): { before: RegExp; opening: RegExp } {
  return perRules(c.r, 'conferment.allLevels', () => {
    const every = c.r.v.anyLevel.filter((w) => /^[\u4e00-\u9fa5]+$/.test(w) && !w.endsWith('以上')).join('|');
    return { before: new RegExp(`(?:${every})[“"「]?$`), opening: new RegExp(`^(?:${every})`) };
  });
}

function ending(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const cut = bareCut(c);
  // (its lazy run before an ending, tried at every position of the text, cost as much as all the other patterns
  // together; a line with no count holds no match)
  for (const m of matchesInLines(c.r.re.ending, c.text, COUNTED)) {
    let raw = m[1] ?? m[2];
    let start = m.index;
    if (!m[1]) {
      for (const re of [cut, c.r.notInName]) {
        const k = re.exec(raw);
        if (k) { raw = raw.slice(k[0].length); start += k[0].length; }
      }
    }
    if (skipPlanned(c, 'conferment.ending', m, start)) continue;
    if (!c.r.v.endings.some((e) => raw.endsWith(e))) continue;
    // 建设“职工小家”34个: what is built is a facility, unless its name is marked as an honour (建成市级模范职工之家)
    // (the verb may govern a list: 建成职工书屋86个、爱心驿站42个、“职工之家”120个)
    const said = sentenceBefore(c.text, start);
    const built = c.r.builtBefore.exec(clauseBefore(c.text, start))
      // or a later clause breaks down what the sentence built (建成职工之家和服务站点共46个，分别是职工之家31个)
      // (the pattern names the title, so it is built only when the sentence before names it)
      ?? (said.includes(raw) ? new RegExp(`(?:${alt(c.r.v.build)})了?[^。；;\\n]{0,30}?${escapeRe(raw)}[^。；;\\n]*[，,]`).exec(said) : null);
    // (a mark of honour with no level is still built: 新建模范职工之家4个; a level says it was conferred)
    // (a level and those above it, 建成县级以上模范职工之家23个, is a stock over several titles: built, mark or not)
    if (built && (/^[\u4e00-\u9fa5]{1,3}级(?:及|以)上/.test(raw) || !(c.r.v.honourMarks.some((w) => raw.includes(w)) && (/级/.test(raw) || honourLevel(raw, c.r) !== null)))) {
      c.rejected.push({ rule: 'conferment.ending', text: m[0], start, end: m.index + m[0].length, why: `built (${built[0]}): a facility, not an honour` });
      continue;
    }
    // 建成职工书屋62个，其中全国职工书屋示范点2个: a part of the stock built, told by its kind (level or not)
    const part = m[1] === undefined ? c.r.builtPart.exec(said) : null;
    if (part) {
      c.rejected.push({ rule: 'conferment.ending', text: m[0], start, end: m.index + m[0].length, why: `a part of a stock of facilities built (${part[0]}): a figure, not an honour (rules/conferment.yaml builtPart)` });
      continue;
    }
    // 全市共有各级工人先锋号43个: a stock over all levels of the honour is a sum, no one honour's holders
    // (a level and above, 市级以上…41个, is a class the golds count as one honour: only the words for all levels)
    const every = allLevels(c);
    const any = every.before.exec(c.text.slice(Math.max(0, start - 8), start)) ?? every.opening.exec(raw);
    if (any) { c.rejected.push({ rule: 'conferment.ending', text: m[0], start, end: m.index + m[0].length, why: `a class over its levels (${any[0]}…): a sum, no one honour` }); continue; }
    const post = notHolders(c, m, raw, start);
    if (post) { c.rejected.push({ rule: 'conferment.ending', text: m[0], start, end: m.index + m[0].length, why: post }); continue; }
    const h = make(c, 'conferment.ending', raw, m[3], start, m.index + m[0].length, ['honour ending + count']);
    if (h) out.push(h);
  }
  return out;
}

/** why a bare title counted (H N名) counts no holders: a count of the kinds that follow it (首席技师八个
 * 等级), or an item of an enumeration whose item before is counted and no honour (特级技师2名、首席技师5名:
 * grades beside grades); null if none */
function notHolders(c: Ctx, m: RegExpExecArray, raw: string, start: number): string | null {
  if (m[1] !== undefined) return null;
  const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
  const kind = c.r.v.countedKinds.find((k) => foldToSimplified(after).startsWith(k));
  if (kind) return `the count counts ${kind}, not holders of ${raw}`;
  // 12名“某某工匠”中，种植能手5人、嫁接能手3人: holders counted as the topic, then told by their kinds; a bare title
  // there (no place, no level) is one kind of them, no honour
  const topic = new RegExp(`${N}${U}[^，。；;\\n]{0,20}?(?:中|里|当中)[，,：:][^。；;\\n]*$`).exec(sentenceBefore(c.text, start));
  if (topic && honourLevel(raw, c.r) === null) return `a kind of the holders of a topic counted before (${topic[0].slice(0, 12)}…): no honour`;
  const sib = new RegExp(`([\\u4e00-\\u9fa5]{2,10})${N}${U}、$`).exec(c.text.slice(Math.max(0, start - 16), start));
  const item = sib ? sib[1].replace(bareCut(c), '') : '';
  // (a sibling of a stated level or a unit a naming counts is a title: 新认定县级…示范园区2个、示范点9个)
  const titled = [...c.r.v.endings, ...c.r.v.namedUnits].some((e) => item.endsWith(e)) || /(?:国家|省|市|州|县|区|旗|盟)级/.test(item);
  return item.length >= 2 && !titled ? `an item beside ${item}, counted and no honour: a kind like it` : null;
}

/** a line of the annex references under a notice's body (附件：1. 先进集体名单（12个） /   2. …): it names
 * an annex, whose own heading is the list; the reference is not a second conferment */
function annexReference(text: string, at: number): boolean {
  for (let ls = lineStart(text, at); ; ) {
    const line = text.slice(ls, lineEnd(text, ls));
    if (/^[\s\u3000]*附件[\s\u3000]*[：:]/.test(line)) return true;
    if (!/^[\s\u3000]*\d+[\s\u3000]*[.、．]/.test(line) || ls === 0) return false;
    ls = text.lastIndexOf('\n', ls - 2) + 1;
  }
}

/** the list a heading at `at` sits under is a stock (某市技能大师工作室名录): the nearest line above that names a
 * list (…名单 / …名录) names a 名录 of what exists, not a conferment */
function underStockList(c: Ctx, at: number): boolean {
  const lists = new RegExp(`(?:名单|${alt(c.r.v.stockLists)})(?:[（(][^）)\\n]{0,20}[）)])?[\\s\u3000]*$`);
  const stock = new RegExp(`(?:${alt(c.r.v.stockLists)})(?:[（(][^）)\\n]{0,20}[）)])?[\\s\u3000]*$`);
  const lines = c.text.slice(0, at).split('\n').reverse();
  const list = lines.slice(1).find((l) => lists.test(l) && !/[。；]/.test(l) && !/^[\s\u3000]*附件[\s\u3000]*[：:]/.test(l) && !/^[\s\u3000]*\d+[\s\u3000]*[.、．]/.test(l));
  return !!list && stock.test(list);
}

function heading(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const contestBefore = new RegExp(`(?:${alt(c.r.v.contestNouns)})(?:活动)?(?=${QUOTED}$)`);
  for (const m of matches(c.r.re.heading, c.text)) {
    if (annexReference(c.text, m.index + (/^\s*/.exec(m[0])![0].length))) {
      c.rejected.push({ rule: 'conferment.list-heading', text: m[0].trim(), start: m.index, end: m.index + m[0].length, why: 'a reference to an annex (附件：1. …), not the annex’s own heading' });
      continue;
    }
    // a heading of a 名录 (一、省级技能大师工作室（2个）under 某市技能大师工作室名录) counts a stock of what exists
    if (underStockList(c, m.index + (/^\s*/.exec(m[0])![0].length))) {
      c.rejected.push({ rule: 'conferment.list-heading', text: m[0].trim(), start: m.index, end: m.index + m[0].length, why: 'a heading of a 名录 of what exists (a stock), no conferment' });
      continue;
    }
    // a heading that opens with a plan word (拟表彰…人选名单（9名）, in a 公示) lists proposals, not holders
    const lead = (m[1] ?? m[2] ?? '').trim();
    if (c.r.plan.some((re) => re.exec(lead)?.index === 0)) {
      c.rejected.push({ rule: 'conferment.list-heading', text: m[0].trim(), start: m.index, end: m.index + m[0].length, why: 'a list of proposals (拟…), not of holders' });
      continue;
    }
    // a contest's name before a quoted title (第三届某市职业技能大赛“某市技术能手”名单) says where the title was won:
    // the list is of the quoted title's holders
    const contest = contestBefore.exec(m[1] ?? '');
    const raw = contest ? m[1].slice(contest.index + contest[0].length) : m[1] ?? m[2];
    const at = m.index + m[0].indexOf(raw);
    const h = placedAbove(c, make(c, 'conferment.list-heading', raw, m[3], at, m.index + m[0].length, ['a list of holders (…名单（N名） / 一、H（N个）)']));
    // a bare workshop type (一、劳模创新工作室（11个）) is a section of an annex by type; a conferred
    // title of workshops carries its level (一、省级劳模创新工作室（12个）)
    // the ending as written counts too: the dictionary's canonical name may end otherwise
    const written = raw.replace(/[“”"「」]/g, '');
    // a heading the notice's title names (关于表彰…“瓷都好医生”…的决定 / 一、“瓷都好医生”（10名）) lists that honour
    // (a workshop type the title names unquoted is a section by type: 二、工匠人才创新工作室（5个）)
    const titled = !!c.title && h !== null && h.name.length >= 4 && (c.title.replace(/[「"]/g, '“').replace(/[」"]/g, '”').includes(`“${h.name}”`) ||
      (!/工作室$/.test(h.name) && c.title.replace(/[“”"「」\s]/g, '').includes(h.name)) || titleNamesHolders(c, h.name));
    if (h && (c.r.v.endings.some((e) => h.name.endsWith(e) || written.endsWith(e)) || (/工作室$/.test(h.name) && h.level) || titled ||
      conferredAbove(c, h.name, m.index))) out.push(h);
  }
  return out;
}

/** the title names the heading's merit and its recipients' noun apart, with 的 between and maybe a second noun
 * (…表现突出的集体和个人给予通报表扬的通报 / 一、表现突出集体（5个）, 二、表现突出个人（12名）): the heading lists
 * those the title commends */
function titleNamesHolders(c: Ctx, name: string): boolean {
  const noun = c.r.v.titleHolderNouns.find((n) => name.endsWith(n));
  const merit = noun ? name.slice(0, -noun.length) : '';
  if (!noun || merit.length < 2 || !c.title) return false;
  const nouns = alt(c.r.v.titleHolderNouns);
  const re = new RegExp(`${escapeRe(merit)}的(?:(?:${nouns})[和及、与])?${escapeRe(noun)}`);
  return re.test(c.title.replace(/[“”"「」\s]/g, ''));
}

/** an annex's section heading leaves out the place its decision wrote (授予…“某旗劳动模范”称号, then 一、劳动模范（33名）):
 * a heading with no place or level takes the first title the body above grants or names that ends with it (the decision's
 * own act comes first; a holder's earlier title, 被评为“某省劳动模范”, is no grant of the body) */
function placedAbove(c: Ctx, h: HonourFound | null): HonourFound | null {
  if (!h || h.level !== null || h.name.length < 2) return h;
  const re = new RegExp(`(?:授予|命名|认定)[^。；;\\n]*?[“"「]([^“”"「」\\n]{1,20}${escapeRe(h.name)})[”"」]`);
  const full = re.exec(c.text.slice(0, h.start))?.[1];
  const placed = full ? make(c, h.rule, full, h.count === null ? null : String(h.count), h.start, h.end, [...h.notes, `the place of “${full}” conferred above`]) : null;
  return placed?.level ? placed : h;
}

/** the body above a list heading confers the title it names (授予…等5个单位“H”称号 / 命名…为H, then an annex
 * headed H名单（5个）): the annex lists that honour's holders, whatever the title's ending; the title quoted or
 * called a 称号, never a word met in passing (受表彰的…中，企业职工13名) */
function conferredAbove(c: Ctx, name: string, at: number): boolean {
  // (a quote inside the title is single inside the conferment's quotes, double on a heading of its own, and the
  // heading's name drops it: 授予…“某县‘安康杯’竞赛优秀组织者”称号 / 某县“安康杯”竞赛优秀组织者名单; the inner quotes fall away)
  const fold = (s: string): string => s.replace(/[‘’『』]/g, '');
  const esc = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return name.length >= 4 && new RegExp(`(?:授予|命名|认定|评为|表彰)[^。；;\\n]*?(?:[“"「]${esc}[”"」]|${esc}(?:称号|荣誉))`).test(fold(c.text.slice(0, at)));
}

/** 对12名“巾帼建功标兵”、4个“巾帼文明岗”予以表彰: each listed honour with its count */
function commendList(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const item = new RegExp(`${N}${U}${ORDINAL}(?:${QUOTED}|([^，。；;、,\\n“”和及与]{2,16}))`, 'g');
  for (const m of matches(c.r.re.commendList, c.text)) {
    if (skipPlanned(c, 'conferment.commend-list', m)) continue;
    // the items after 对 and what qualifies the recipients (对评选出的|8名…)
    const from = m.index + m[0].indexOf(m.groups!.items);
    for (const x of m.groups!.items.matchAll(item)) {
      const start = from + x.index!;
      const h = make(c, 'conferment.commend-list', x[3] ?? x[4], x[1], start, start + x[0].length, ['对 N 名 H、N 个 H2 予以表彰']);
      if (h) out.push(h);
    }
  }
  return out;
}

/** 公布“H”名单，X有N人入选 / “H”名单正式公布，全市共有N人入选: the count of a published list's holders */
function listed(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.listedIn, c.text)) {
    const h = make(c, 'conferment.listed', m[1], m[3], m.index, m.index + m[0].length, ['揭晓的 H 评选中，… N 个 榜上有名']);
    if (h) out.push(h);
  }
  for (const m of matches(c.r.re.listed, c.text)) {
    const h = make(c, 'conferment.listed', m[1] ?? m[2], m[3], m.index, m.index + m[0].length, ['公布 H 名单，… N 人入选']);
    if (h) out.push(h);
  }
  for (const m of matches(c.r.re.listedTopic, c.text)) {
    const h = make(c, 'conferment.listed', m[1], m[2], m.index, m.index + m[0].length, ['“H”名单公布，… N 人入选']);
    if (h) out.push(h);
  }
  return out;
}

/** the mood of a quoted title in [start, end) that makes what follows it no holder's name: announced (第六批“H”揭晓,
 * a headline) or said of its class (为每名“H”安排…); null when neither (rules/conferment.yaml mood) */
function titleMood(c: Ctx, start: number, end: number): string | null {
  const m = c.r.v.mood;
  const word = m.announce.find((w) => c.text.startsWith(w, end));
  if (word) return `a title announced (“H”${word}): a headline over the act, no holder named`;
  if (c.r.revoked.test(c.text.slice(Math.max(0, start - 16), start + 1))) return 'a revocation or a former holder (撤销…“H”, 原“H”): no act of conferring (rules/conferment.yaml revoked)';
  return new RegExp(m.every).test(c.text.slice(Math.max(0, start - 3), start)) ? 'every holder of the title (每名“H”): a class, no holder named' : null;
}

/** “H1”、H2某某: titles in apposition before a person, joined by 、; where the next title ends in an honour ending
 * (湖北省劳动模范) the person's name starts right after it. Returns that place, or null */
function titleChainEnd(c: Ctx, after: number): number | null {
  const run = /^、([^，。；;,、\n“”"「」『』（）()]{2,16})/.exec(c.text.slice(after));
  if (!run) return null;
  const ends = c.r.v.endings.map((e) => run[1].indexOf(e) >= 0 ? run[1].indexOf(e) + e.length : -1).filter((i) => i > 0);
  return ends.length ? after + 1 + Math.max(...ends) : null;
}

/** the lengths a name starting at `at` may have, longest first: a double surname (欧阳|某某) lengthens it by one */
function nameSpans(text: string, at: number, pr: ReturnType<typeof peopleRules>): number[] {
  const d = pr.double.find((x) => text.startsWith(x, at));
  return d ? [d.length + 2, d.length + 1] : [3, 2];
}

/** “三晋工匠”赵海波职工创新工作室: a quoted honour (an honour ending) held by the person named right after it */
function titled(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  for (const m of matches(c.r.re.titled, c.text)) {
    if (!c.r.v.endings.some((e) => m[1].endsWith(e)) && !c.r.whole.has(m[1])) continue;
    const after = m.index + m[0].length;
    const mood = titleMood(c, m.index, after);
    if (mood) { c.rejected.push({ rule: 'conferment.titled', text: m[0], start: m.index, end: after, why: mood }); continue; }
    // (a verb of becoming after the title opens a predicate, no name: “H”成为…的金字招牌)
    // (a process or a noun after the title makes it a modifier: “H”申报材料, “H”纳入…, no name)
    const nameAfter = (at: number) => nameSpans(c.text, at, pr).map((n) => c.text.slice(at, at + n)).find((x) => isName(x, pr) && !c.r.v.become.some((b) => x.startsWith(b.slice(0, 2))) &&
      !c.r.v.titledNot.some((w) => x.startsWith(w)));
    const chain = titleChainEnd(c, after);
    const who = nameAfter(after) ?? (chain ? nameAfter(chain) : undefined);
    if (!who) continue;
    // (through a chain the span keeps to the quoted title: the titles after it are items of their own)
    const end = c.text.startsWith(who, after) ? after + who.length : after;
    const h = make(c, 'conferment.titled', m[1], null, m.index, end, ['“H” + the holder’s name', `recipient ${who}`]);
    if (h) out.push({ ...h, recipients: [who] });
  }
  return out;
}

/** a transliterated name closing a run (…技术总监阿依古丽·买买提): parts joined by the interpunct, the first of two to
 * four characters (a longer run reaches back into the post before it); undefined when the run ends otherwise */
function transliterated(run: string): string | undefined {
  return /[\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{2,8})+$/.exec(run)?.[0];
}

/** a name of a rare or non-Han surname closing a run right after its post (…医院主任医师巴特尔): the last 3 characters
 * after a post's last character (rules/people-cues.yaml postEnds), none of them a post's or a unit's last character */
function afterPost(run: string, pr: ReturnType<typeof peopleRules>): string | undefined {
  const { tail, ends } = perRules(pr, 'people.afterPost', () => ({
    tail: new RegExp(`[\\u4e00-\\u9fa5][${pr.cues.postEnds}]([\\u4e00-\\u9fa5]{3})$`),
    ends: new RegExp(`[${pr.cues.postEnds}${pr.cues.unitEnds}]`),
  }));
  const m = tail.exec(run);
  return m && !ends.test(m[1]) ? m[1] : undefined;
}

/** 全国劳动模范、某公司总工程师邹某 / 广东省五一劳动奖章获得者、某公司高级工程师曾某领衔的…: an honour as the first of
 * a person's appositive titles, the person named at the end of the next: a holder, no count */
function appositive(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  // (the honour may be quoted, and open the agent of a verb of leading (ledBy): 由“H”、unit post Name领衔; the name may
  // be followed by an adverb: Name此前已获评…)
  const re = new RegExp(`(?<=^|[，。；：:、\\s（(由]|邀请|邀請)[“"「『]?((?:(?!由|邀请|邀請)[\\u4e00-\\u9fa5]){2,14}?(?:${alt(c.r.v.endings)}))[”"」』]?(?:获得者)?、([^，。；;、\\n“”]{2,30}?)(?=和|与|及|领衔|${alt(c.r.v.ledBy)}|${alt(c.r.v.afterHolder)}|${alt(c.r.v.adverbs)}|说|表示|介绍|作(?!社)|为|在|等|代表|现场|向|给|对|手把手|[，。；;）)]|$)`, 'gm');
  for (const m of matches(re, c.text)) {
    const who = [3, 2].map((n) => m[2].slice(-n)).find((x) => isName(x, pr)) ?? transliterated(m[2]) ?? afterPost(m[2], pr);
    if (!who || m[2].length === who.length && !/^[\u4e00-\u9fa5]{2,3}$/.test(who)) continue;
    const at = m.index + m[0].indexOf(m[1]);
    const h = make(c, 'conferment.appositive', m[1], null, at, at + m[1].length, ['H、unit post Name: an honour the person holds', `recipient ${who}`]);
    if (h && h.level) out.push({ ...h, recipients: [who] });
  }
  return out;
}

/** 那仁格日勒，大庆市劳动模范，现任… / 护士长彭晓蓉，广东省劳动模范，现任…: a person's record opening a sentence (or
 * after a quoted title), the honour held as its second field before the post (rules/people-cues.yaml holdsVerbs): a
 * holder, no count. The name closes the run before the comma, or is the whole run (a Mongolian or Uyghur name has
 * no Han surname) */
function recordHeld(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  const re = perRules(c.r, 'conferment.recordHeld', () => new RegExp(`(?<=^|[。；;！？\\n”」』])([^，。；;\\n“”「」『』（）()、,]{2,16})，([“"「]?)([\u4e00-\u9fa5]{1,16}?(?:${alt(c.r.v.endings)}))(?:获得者)?[”"」]?，(?=${alt(pr.cues.holdsVerbs)})`, 'gm'));
  const notRun = new RegExp(`[${pr.cues.unitEnds}${pr.cues.postEnds}]$|[^\u4e00-\u9fa5]`);
  for (const m of matches(re, c.text)) {
    const run = m[1];
    const who = [3, 2].map((n) => run.slice(-n)).find((x) => isName(x, pr)) ?? transliterated(run) ??
      (run.length <= 7 && !notRun.test(run) ? run : undefined);
    if (!who) continue;
    const at = m.index + run.length + 1 + m[2].length;
    const h = make(c, 'conferment.record-held', m[3], null, at, at + m[3].length, ['Name，H，现任…: an honour the person holds', `recipient ${who}`]);
    // (a place's craftsman title, quoted or not, has its level from the document's place later)
    if (h && (h.level || m[2] || h.name.endsWith('工匠'))) out.push({ ...h, recipients: [who] });
  }
  return out;
}

/** …的评茶员，“揭阳工匠”，她带领…: a quoted honour standing as a field of its own after a clause that closes on a
 * person (a name, or a post: 评茶员): a holder, no count (他/她是“H” is the conferred rule's) */
function quotedField(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  const re = /(?<=[，,])[“"「『]([^”"」』\n]{2,16})[”"」』](?:获得者)?(?=[，,。；;])/gm;
  for (const m of matches(re, c.text)) {
    if (!c.r.v.endings.some((e) => m[1].endsWith(e))) continue;
    const before = c.text.slice(0, m.index);
    const clause = /[^，,。；;\n]*[，,]$/.exec(before)?.[0].slice(0, -1);
    const person = clause === undefined || pr.cues.postEnds.includes(clause.slice(-1)) || [3, 2].some((n) => isName(clause.slice(-n), pr));
    if (!person) continue;
    const h = make(c, 'conferment.quoted-field', m[1], null, m.index + 1, m.index + 1 + m[1].length, ['，“H”， after a person: an honour the person holds']);
    if (h) out.push(h);
  }
  return out;
}

/** 第二届“横山工匠”呼斯楞巴雅尔，榆林工匠，现任… / 图为“H”呼斯楞巴雅尔（左二）: a quoted honour before a name of no Han
 * surname (titled reads Han names only), known as a name by what follows: a record's next field before the post, or
 * a photo caption's place mark */
function titledRun(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  const re = perRules(c.r, 'conferment.titledRun', () => new RegExp(`${QUOTED}([\u4e00-\u9fa5]{4,7})(?=，[^，。；;\\n]{2,24}，(?:${alt(pr.cues.holdsVerbs)})|[（(][左右中前后][一二三四五六七八九十]?[）)])`, 'g'));
  for (const m of matches(re, c.text)) {
    if (!c.r.v.endings.some((e) => m[1].endsWith(e)) || [3, 2].some((n) => isName(m[2].slice(0, n), pr))) continue;
    const h = make(c, 'conferment.titled', m[1], null, m.index, m.index + m[0].length, ['“H” + a holder’s name of no Han surname', `recipient ${m[2]}`]);
    if (h) out.push({ ...h, recipients: [m[2]] });
  }
  return out;
}

/** 带头人为潍坊市首席技师某某 / 领办人、“成都市技能大师”某某 / 负责人：湖南省技术能手、某公司技术总监某某 / 领衔人：
 * 某市劳动模范、品控部经理 某某: a person's role in a unit, then the honour they hold, then (after 、 and a post) their name:
 * a holder, no count */
function roleHolder(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  const re = perRules(c.r, 'conferment.roleHolder', () => new RegExp(`(?:${alt(c.r.v.holderRoles)})(?:为|是|[：:、])[\\s\u3000]*[“"「]?((?:[\u4e00-\u9fa5]){2,14}?(?:${alt(c.r.v.endings)}))[”"」]?([^，。；;（）()“”\\n]{2,30})`, 'g'));
  for (const m of matches(re, c.text)) {
    const who = holderAfterTitle(m[2], pr);
    if (!who) continue;
    const at = m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length - m[1].length);
    const h = make(c, 'conferment.role-holder', m[1], null, at, at + m[1].length, ['role 为/、/： H Name: an honour the person in that role holds', `recipient ${who}`]);
    if (h && h.level) out.push({ ...h, recipients: [who] });
  }
  return out;
}

/** the name of who holds a title, read from what follows it: the name right after it (冷某某为…, 罗某某；), or, after 、
 * and a post, the name closing the post (、某公司技术总监刘某) or set apart by a space (、品控部经理 孙某 依托单位…) */
function holderAfterTitle(rest: string, pr: ReturnType<typeof peopleRules>): string | undefined {
  if (!rest.startsWith('、')) {
    const lead = rest.replace(/^[\s\u3000]+/, '');
    // (a name joined by · runs until the verb after it: 阿某·吐某带领团队…)
    const dotted = /^[\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{2,8})+/.exec(lead)?.[0].replace(/(?:带领|领衔|牵头|负责|主持|正在|介绍|表示|说|为|在).*$/, '');
    return (dotted && transliterated(dotted)) || [3, 2].map((n) => lead.slice(0, n)).find((x) => isName(x, pr));
  }
  const spaced = /^、[^\s\u3000]{2,24}[\s\u3000]+([\u4e00-\u9fa5]{2,4})(?=[\s\u3000]|$)/.exec(rest);
  if (spaced) return isName(spaced[1], pr) ? spaced[1] : undefined;
  const run = /^、([^\s\u3000]{2,30})/.exec(rest)?.[1] ?? '';
  // (the name closes the post run, or a verb of leading or an adverb follows it: …刘某领衔, …刘某正在)
  for (let end = run.length; end >= 4; end--) {
    const part = run.slice(0, end);
    const who = [3, 2].map((n) => part.slice(-n)).find((x) => isName(x, pr)) ?? transliterated(part);
    if (who && (end === run.length || /^(?:领衔|领办|牵头|带头|负责|主持|正|在|为|的)/.test(run.slice(end)))) return who;
  }
  return undefined;
}

/** 由甘南州劳动模范某某担任领衔人 / 由省劳动模范某某领衔 (a bare 省 opens the province’s own honour): the honour right before the name of the one who leads (no 、
 * between them): a holder, no count; the name may be of any people's (two to four characters, or joined by ·) */
function ledByHolder(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  const re = perRules(c.r, 'conferment.ledByHolder', () => new RegExp(`由[“"「]?((?:省|(?:(?!由)[\u4e00-\u9fa5]){2,14}?)(?:${alt(c.r.v.endings)}))[”"」]?([\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{2,8})*)(?:担任|任)?(?:${alt(c.r.v.ledBy)})`, 'g'));
  // (a post's or a unit's last character closes no name: 由劳动模范工作室领衔 names no one)
  const notName = new RegExp(`[${pr.cues.postEnds}${pr.cues.unitEnds}]$`);
  for (const m of matches(re, c.text)) {
    if (notName.test(m[2])) continue;
    const at = m.index + m[0].indexOf(m[1]);
    const h = make(c, 'conferment.led-by-holder', m[1], null, at, at + m[1].length, ['由 H Name 领衔: an honour the leader holds', `recipient ${m[2]}`]);
    if (h && h.level) out.push({ ...h, recipients: [m[2]] });
  }
  return out;
}

/** 领衔人：罗某（成都市劳动模范） / a table's 主要荣誉 column: an honour a named person holds, said as an attribute
 * (no conferment, no count); each of the honours a bracket or a cell lists (、) that ends as an honour does */
function attributed(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const pr = peopleRules();
  const honours = (list: string, at: number, note: string, who: string[]) => {
    for (const p of list.matchAll(/[^、，,；;/]+/g)) {
      // (a quoted title in the brackets: 罗某（“遵义工匠”）)
      const raw = p[0].trim().replace(/获得者$/, '').replace(/^[“"「『]([^”"」』]+)[”"」』]$/, '$1');
      const h = heldHonour(c, raw, at + p.index! + p[0].indexOf(raw), note);
      if (h) out.push({ ...h, recipients: who });
    }
  };
  // every honour it finds ends as an honour does (heldHonour) inside the bracket, field or row it reads: only those
  // holding an ending are read
  const endings = triggersOf(c.r, 'conferment.attribute', () => c.r.v.endings);
  for (const m of c.text.matchAll(/([\u4e00-\u9fa5·]{2,8})[（(]([^（）()\n]{4,40})[）)]/g)) {
    if (!endings.in(m[2])) continue;
    const who = bracketHolder(m[1], c.text.slice(0, m.index!), pr);
    if (who !== null) honours(m[2], m.index! + m[1].length + 1, 'Name（H）: an honour the person holds', who ? [who] : []);
  }
  // a record naming its person first, then the honour as a field after a comma (（某某，H）, 领衔人：某某，H；, an annex's
  // numbered paragraph closing 领办人：某某，“H”。)
  // (the honour may follow other short fields of the record: 领衔人某某，某族，“H”。 / 负责人：某某，车间主任，“H”; a field after
  // the first is an honour only quoted or of a known level: 培养青年工匠 is a clause)
  const opens = perRules(c.r, 'conferment.recordOpens', () => new RegExp(`(?<=^|[（(：:\\s\u3000|]|${alt(pr.cues.labels)})([\u4e00-\u9fa5·]{2,4})[，,]([^（）()\\n；;。：:]{4,120})(?=[）)；;，,。|\\n]|$)`, 'gm'));
  for (const m of c.text.matchAll(opens)) {
    if (!isName(m[1], pr)) continue;
    const first = m.index! + m[1].length + 1;
    let at = first;
    for (const field of m[2].split(/[，,]/).slice(0, 4)) {
      const titled = at === first || /^[“"「『]/.test(field) || honourLevel(honourName(field, c.province, c.r), c.r) !== null;
      if (field.length >= 4 && field.length <= 20 && endings.in(field) && titled) honours(field, at, 'Name，H: a field of the person’s record, an honour they hold', [m[1]]);
      at += field.length + 1;
    }
  }
  // a table row the normaliser parted with spaces whose first cells name a person (1某某 男 …农艺师 H …): each cell
  // after the name that ends as an honour does is theirs
  for (const line of c.text.matchAll(/^.+$/gm)) {
    if (/\|/.test(line[0]) || !endings.in(line[0])) continue;
    const cells = rowCells(c.text, line.index!, line.index! + line[0].length);
    const k = cells ? cells.slice(0, 2).findIndex((x) => isName(x.text.replace(/^\d{1,3}[.．、]?/, ''), pr)) : -1;
    if (!cells || k < 0) continue;
    const who = cells[k].text.replace(/^\d{1,3}[.．、]?/, '');
    for (const x of cells.slice(k + 1)) honours(x.text.replace(/[“"「].*$/, ''), x.start, 'a space-parted row: an honour the row’s person holds', [who]);
  }
  // a Markdown table: the cells of the column whose head names honours (主要荣誉, 所获荣誉)
  let col = -1;
  let last = -2;
  for (const line of c.text.matchAll(/^[ \t]*\|(.*)\|[ \t]*$/gm)) {
    // (a line that is no row ends the table)
    if (line.index! > last + 1) col = -1;
    last = line.index! + line[0].length;
    const cells = rowCells(c.text, line.index!, last);
    if (!cells) continue;
    if (cells.some((x) => /荣誉/.test(x.text))) { col = cells.findIndex((x) => /荣誉/.test(x.text)); continue; }
    if (col < 0 || cells.every((x) => /^[\s:-]*$/.test(x.text)) || cells.length <= col) continue;
    honours(cells[col].text, cells[col].start, 'a table’s honours column: an honour the row’s person holds', []);
  }
  return out;
}

/** who holds the honour bracketed after `run`: a name closing the run, glued to a role word before it
 * (领衔人冀某（H）, 负责人王某（H）); else a run of 2–4 characters that is a whole field (a table cell, after a
 * colon, a 、 or alone on its line) names its person even when the surname is rare (谯某某（H）): the honour counts, no holder
 * (''). null when no person stands there (某公司（H）). */
function bracketHolder(run: string, before: string, pr: ReturnType<typeof peopleRules>): string | null {
  const named = [3, 2, 4].filter((n) => n <= run.length).map((n) => run.slice(-n)).find((x) => isName(x, pr));
  if (named) return named;
  const wholeField = run.length <= 4 && /(?:^|[\n|｜：:、，,\t \u3000])$/.test(before);
  return wholeField && /^[\u4e00-\u9fa5]{2,4}$/.test(run) ? '' : null;
}

/** a title a person holds, read from a bracket or a table's cell: one that ends as an honour does; no count */
function heldHonour(c: Ctx, raw: string, start: number, note: string): HonourFound | null {
  if (raw.length < 4 || !c.r.v.endings.some((e) => raw.endsWith(e))) return null;
  return make(c, 'conferment.attribute', raw, null, start, start + raw.length, [note]);
}

/** a column head the normaliser wrote alone on its line: a short label (主要荣誉, 职业资格/荣誉) */
const HEAD_LABEL = /^\s*[\u4e00-\u9fa5（）()/／、]{2,10}\s*$/;

/** a line that closes an annex's table: the document's tail (抄送：, 印发, 附件2) or a sentence */
function closesTable(line: string): boolean {
  return /^\s*(?:抄送|印发|附件|备注|注[:：])/.test(line) || /[。；;：:]/.test(line) || line.trim().length > 40 || line.trim() === '';
}

/** a cell of a table's honours column: one of the items it lists (、) ends as an honour does (高级技师、某某工匠); a
 * cell that only holds an ending inside a longer name (某某技能大师工作室) is some other column's */
function honoursCell(cell: string, endings: string[]): boolean {
  return cell.split(/[、，,；;/\s]+/).some((p) => p.length >= 4 && endings.some((e) => p.replace(/获得者$/, '').replace(/[”"」』]$/, '').endsWith(e)));
}

/** the head of a table written one cell a line whose rows carry no number: three or more short labels, one of them
 * naming honours (工作室名称\n领衔人\n领衔人荣誉\n依托单位), after a line that is no label (the table's title). A row's
 * cells may look like labels too (甄某, 焊接工作室): the head is the shortest run whose first row holds an honour in
 * the honours column. 0 when none. */
function unnumberedHead(lines: string[], i: number, endings: string[]): number {
  if (i === 0 || HEAD_LABEL.test(lines[i - 1]) || /^\s*(?:序号|编号)\s*$/.test(lines[i])) return 0;
  let j = i;
  while (j < lines.length && j - i < 8 && HEAD_LABEL.test(lines[j]) && !/^\s*附件|名单\s*$/.test(lines[j])) j++;
  for (let n = 3; n <= j - i; n++) {
    const col = lines.slice(i, i + n).findIndex((h) => /荣誉/.test(h));
    const first = lines[i + n + col];
    if (col >= 0 && first !== undefined && !/荣誉/.test(first) && honoursCell(first, endings)) return n;
  }
  return 0;
}

/** a table the normaliser wrote one cell a line (序号\n工作室名称\n…\n主要荣誉\n1\n某某工作室\n…\n辽宁工匠\n2\n…):
 * a header of short labels after 序号, then rows of as many lines that each open with a row number; or, with no
 * 序号, a header of short labels one of which names honours, then whole rows of as many cell-like lines. The cells of
 * a column whose head names honours (主要荣誉, 所获荣誉), and an honour in brackets closing any cell (技师（H）), are
 * honours the row's person holds: no count */
function verticalTableHonours(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const lines = c.text.split('\n');
  const at: number[] = [];
  lines.reduce((o, l) => (at.push(o), o + l.length + 1), 0);
  const take = (raw: string, start: number, note: string) => {
    const h = heldHonour(c, raw, start, note);
    if (h) out.push(h);
  };
  const readRow = (k: number, head: string[], col: number, first: number) => {
    for (let x = first; x < head.length; x++) {
      const cell = lines[k + x];
      if (x === col) {
        for (const p of cell.matchAll(/[^、，,；;/\s]+/g)) take(p[0].replace(/获得者$/, ''), at[k + x] + p.index!, 'a table’s honours column: an honour the row’s person holds');
        continue;
      }
      const b = /[（(]([^（）()]{4,30})[）)]\s*$/.exec(cell);
      // (the bracket may be a record of fields, the leader's name then the honour: 工作室（某某，H）)
      if (b) for (const p of b[1].matchAll(/[^、，,；;/]+/g)) take(p[0].trim(), at[k + x] + b.index + 1 + p.index!, 'a cell’s bracket (技师（H）): an honour the row’s person holds');
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const n = unnumberedHead(lines, i, c.r.v.endings);
    if (n > 0) {
      const head = lines.slice(i, i + n).map((l) => l.trim());
      const col = head.findIndex((h) => /荣誉/.test(h));
      let k = i + n;
      for (; k + n <= lines.length && !lines.slice(k, k + n).some(closesTable); k += n) readRow(k, head, col, 0);
      i = k - 1;
      continue;
    }
    if (!/^\s*(?:序号|编号)\s*$/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && j - i < 10 && /^\s*[\u4e00-\u9fa5（）()]{2,10}\s*$/.test(lines[j])) j++;
    const head = lines.slice(i, j).map((l) => l.trim());
    const col = head.findIndex((h) => /荣誉/.test(h));
    if (head.length < 3) continue;
    for (let k = j; k + head.length <= lines.length && /^\s*\d{1,3}\s*$/.test(lines[k]); k += head.length) readRow(k, head, col, 1);
  }
  return out;
}

/** 被命名为 / 荣获 H with no count: one unit or person receives it (湄潭县茶业集团制茶车间荣获全国工人先锋号) */
function conferred(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(c.r.re.conferred, c.text)) {
    if (skipPlanned(c, 'conferment.conferred', m)) continue;
    const raw = m[1] ?? m[2];
    if (criterionOf(c, m) || !copulaOfPerson(c, m)) continue;
    // a quoted name is an honour by its ending, or by a passive conferment (被…评为“最美快递员”) or 称号 after it
    // (a grade of an appraisal, 被评为“优秀” / “称职”, is two characters: no honour)
    const strong = raw.length >= 4 && (/^被/.test(m[0]) || /^(?:荣誉)?称号/.test(c.text.slice(m.index + m[0].length)));
    // a title opened as honours are (获评“鹰潭市最美新就业形态劳动者”) after a verb of receiving one is an honour too
    const opened = raw.length >= 4 && /^(?:荣获|获评|荣膺)/.test(m[0]) && c.r.v.openings.some((o) => raw.includes(o));
    if (m[1] && !c.r.v.endings.some((e) => raw.endsWith(e)) && !/工作室$/.test(raw) && !strong && !opened) continue;
    // A、B 分别荣获 H1和H2: one honour each, none counted (held7's 分别 split keeps counts only where stated)
    // (曾获“H1”和H2称号: a quoted title closed before 和 is whole, what follows it is a second title, one each)
    const each = /分别$/.test(c.text.slice(Math.max(0, m.index - 2), m.index));
    const split = each || /[”"」』](?:和|及|与|、)/.test(raw) ? splitHonours(raw, c.r.v.endings) : [raw];
    const honours = split.every((x) => c.r.v.endings.some((e) => x.replace(/[“”"「」『』]/g, '').endsWith(e)));
    if (split.length > 1 && !honours && each) continue;
    const parts = honours ? split : [raw];
    let at = m.index;
    for (const part of parts) {
      const start = parts.length > 1 ? c.text.indexOf(part, at) : m.index;
      const end = parts.length > 1 ? start + part.length + (/^[“"「『]/.test(part) && /[”"」』]/.test(c.text[start + part.length]) ? 1 : 0) : m.index + m[0].length;
      at = end;
      const h = make(c, 'conferment.conferred', part, null, start, end, [parts.length > 1 ? '(分别)荣获 H1 和 H2 (one each, no count)' : '被命名为 / 荣获 H (one holder)']);
      if (h) out.push(withBodyLevel(h, m[0]));
    }
  }
  return out;
}

/** 某某为“H”: 为 is a copula only after a person's name (else a preposition or a verb's tail: 命名为, 作为, 为“H”颁奖);
 * true for any other verb */
function copulaOfPerson(c: Ctx, m: RegExpExecArray): boolean {
  if (!m[0].startsWith('为')) return true;
  const run = /[\u4e00-\u9fa5·]{2,8}$/.exec(c.text.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? '';
  return isName(run, peopleRules()) || transliterated(run) === run;
}

/** 已获得“H1”“H2”称号的人员 / 获得过“H”及以上称号: the perfect of receiving before a run of quoted titles, or before
 * one bounded above, is a notice's condition on people who hold them already: each title held, none counted (one title
 * with no bound is the conferred pattern's) */
function heldAlready(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  const re = perRules(c.r, 'conferment.held-already', () => new RegExp(`${c.r.v.heldBefore}((?:${QUOTED}(?:[、和或及与與]|(?=[“"「『])))*${QUOTED})(等)?(${c.r.v.heldAbove})?(?=称号|荣誉|稱號|榮譽)`, 'g'));
  for (const m of matches(re, c.text)) {
    const titles = [...m[1].matchAll(new RegExp(QUOTED, 'g'))];
    if (titles.length < 2 && !m[m.length - 1]) continue;
    const base = m.index + m[0].indexOf(m[1]);
    for (const t of titles) {
      if (!c.r.v.endings.some((e) => t[1].endsWith(e)) && !c.r.whole.has(t[1])) continue;
      const start = base + (t.index ?? 0);
      const h = make(c, 'conferment.held-already', t[1], null, start, start + t[0].length, ['已获得“H1”“H2” / 获得过“H”及以上 (held already, no count)']);
      if (h) out.push(h);
    }
  }
  return out;
}

/** 凡获得“H”称号、但…的 / 获得“H”称号的人员可…: a bare 获得 (no 曾, 已) before a title is a condition when a
 * conditional opens it or a class of people it qualifies follows it */
function criterionOf(c: Ctx, m: RegExpExecArray): boolean {
  if (!/^获得?过?[“"「『]/.test(m[0])) return false;
  const before = c.text.slice(Math.max(0, m.index - 2), m.index);
  const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 28);
  return c.r.v.criterionOpeners.some((o) => before.endsWith(o)) || perRules(c.r, 'conferment.classOf', () => new RegExp(c.r.v.mood.classOf)).test(after);
}

/** 对评选出的“平阳工匠”进行表彰，全区共有28名一线职工获此称号: a count whose verb refers back (获此称号) to the honour
 * its sentence named before, quoted and ending as an honour does: that honour, that count */
function thisTitle(c: Ctx): HonourFound[] {
  const out: HonourFound[] = [];
  // every match holds a pronoun title (获此殊荣): a text with none is not searched
  if (!triggersOf(c.r, 'conferment.this-title', () => c.r.v.anaphora).in(c.text)) return out;
  const re = new RegExp(`${N}${U}[\\u4e00-\\u9fa5]{0,8}?(?:${alt(c.r.v.anaphora)})(?![的])`, 'g');
  for (const m of matches(re, c.text)) {
    // the honour named before in the sentence, else earlier in its paragraph (“H”选树活动…启动…。…最终7人获此殊荣);
    // a quoted name that 称号 follows is a title whatever it ends with (授予…“某县技能大师工作室”称号。…最终6个获此称号)
    const titled = (t: string, q: RegExpMatchArray) => /^(?:荣誉)?称号/.test(t.slice(q.index! + q[0].length));
    const ofHonour = (t: string) => [...t.matchAll(new RegExp(QUOTED, 'g'))].filter((q) => c.r.v.endings.some((e) => q[1].endsWith(e)) || titled(t, q));
    const inSentence = sentenceBefore(c.text, m.index);
    const paragraph = c.text.slice(lineStart(c.text, m.index), m.index);
    const sentence = ofHonour(inSentence).length ? inSentence : paragraph;
    const quoted = ofHonour(sentence);
    if (!quoted.length || skipPlanned(c, 'conferment.this-title', m)) continue;
    // a scope or a place right before the quotes opens the name (在全省“工人先锋号”评选中，…3个班组获此殊荣)
    const q = quoted[quoted.length - 1];
    const h = make(c, 'conferment.this-title', contestScope(sentence.slice(Math.max(0, q.index! - 10), q.index)) + q[1], m[1], m.index, m.index + m[0].length, ['N 名 … 获此称号: the honour named before in the sentence']);
    if (h) out.push(h);
  }
  return out;
}

/** 命名…等5个工作室为H，累计达到21个: the clause right after a counted conferment states the honour's total
 * so far (the same honour, the total's count) */
function totalAfter(c: Ctx, found: HonourFound[]): HonourFound[] {
  const out: HonourFound[] = [];
  const re = new RegExp(`^[，,]\\s*(?:全[省市州县区])?(?:已)?(?:累计|总数|共计)(?:(?:${alt(c.r.v.anaphora)})的(?:职工|人数|人员|同志)?)?(?:已)?(?:达到|达|为|有)?${N}${U}(?![^，。；;\\n]{0,2}?(?:以上|以下))`);
  for (const h of found) {
    if (h.count === null) continue;
    const m = re.exec(c.text.slice(h.end, h.end + 20));
    if (!m) continue;
    const t = make(c, 'conferment.total', h.name, m[1], h.end + 1, h.end + m[0].length, ['，累计达到 N 个: the total of the honour just conferred']);
    if (t) out.push({ ...t, level: h.level });
  }
  return out;
}

/** 在受表彰的25名三八红旗手中 / 受表彰的40名奖章获得者中 / 这20名首席技师中: a later count of the holders of a
 * conferment the document reported, as the topic of what follows. It is one more mention of that honour when
 * its count is the count of one honour conferred before it and its noun is that honour (its ending, or a
 * holder of it: 奖章获得者) or only the holders' noun (职工, 同志); a sum over two honours matches none. */
function anaphoric(c: Ctx, found: HonourFound[]): HonourFound[] {
  const out: HonourFound[] = [];
  // the count may open its sentence with no lead word (30名三八红旗手中，…): the topic of what follows it
  // after a lead word the count may stand alone (受表彰的18人中) and its noun may be the subject of any
  // predicate (这12个班组来自…)
  // the holders by the bare ending of the title (获得标兵称号的40人中, 荣获能手称号的12名): that title
  // (the topic may go straight on with an adverb of its state: 新命名的8个工作室已揭牌6个, 这5名工匠目前在…,
  // or with what each of them gets or will do: 为获评的10名能手每人发放…, 这9名工匠将…,
  // or with the span of time its record covers: 8名“某某工匠”近三年完成…)
  const kind = `(?:获得|荣获|获评|获)(?:${alt(c.r.v.endings)})称号的`;
  // a clause may open on it after a topic (从行业看，8名工匠中) and a handing-over names its holders (为8名工匠颁发证书):
  // both only by the honour's own noun, never by a bare 职工 (byClause below)
  // or with a pact they sign with others (8名工匠与26名青年职工签订师带徒协议): the holders stand before 与
  const pact = `(?:还|也)?(?:${alt(c.r.v.pactWith)})(?=[^，。；;\\n]{1,24}?(?:${alt(c.r.v.handOver)}))`;
  const re = new RegExp(`(?:${kind}|${alt(c.r.v.anaphoraLead)}|${fromLead(c)}(?<=(?:^|[。！？\n])[\\s\u3000]*)|(?:(?<=[，,；;：:][\\s\u3000]*)|(?:${alt(c.r.v.handedTo)})(?=[^，。；;\n]{2,16}?(?:${alt(c.r.v.handOver)}))))(?:${c.r.v.anaphoraRound})?${N}${U}([\u4e00-\u9fa5“”"「」]{0,12}?)(?=中|里|当中|[，,]|(?<=(?:含|包括)(?:${alt(c.r.v.anaphoraLead)})${N}[名人])[）)]|分别(?:是|为|来自)|平均|共有|均|都|全部|每人|每名|将|来自|分布|已|正在|目前|涵盖|覆盖|主要|大多|${alt(c.r.v.handOver)}|${pact}|走进|走入|深入|近[一二两三四五\\d]年|近年来|累计|现有${goesOn(c)})`, 'g');
  for (const m of matches(re, c.text)) {
    if (c.r.v.anaphoraNot.some((w) => c.text.startsWith(w, m.index - w.length))) continue;
    const n = parseSmallInt(m[1]);
    const led = !/^[\d一二两三四五六七八九十百千]/.test(m[0]);
    // the holders' noun may follow the honour (32个青年文明号集体): the honour is what comes before it
    // the people of the holders (7个工作室的带头人中) count the holders themselves
    // (a verb of receiving before a holders' noun, 获评选手 / 入选人员, names the holders as 获评者 does)
    const noun = m[3].replace(/[“”"「」]/g, '').replace(/(?:获得者|获奖者|获评者|受表彰者)$/, '').replace(/的(?:带头人|领衔人|负责人|成员|职工)$/, '')
      .replace(new RegExp(`^(?:获评|获得|荣获|入选|当选)(?=(?:${alt(c.r.v.recipients)})$)`), '')
      // a participle before the holders' noun (在28个新命名的青年文明号集体中) names the batch, not the title
      .replace(/^(?:新|此次|本次|本批|首批)?(?:命名|认定|表彰|评选|授予|确定|聘任)的(?=[\u4e00-\u9fa5“”"「」]{2})/, '');
    // a bare count opening its sentence as a topic (20人中还有3人…) points back only as a topic (…中 / …里)
    if (!noun && !led && !/^(?:中|里|当中)/.test(c.text.slice(m.index + m[0].length))) continue;
    const head = noun.replace(new RegExp(`(?<=.{2})(?:${alt(c.r.v.recipients)})$`), '');
    const ending = new RegExp(`^${kind}`).exec(m[0])?.[0].replace(/^(?:获得|荣获|获评|获)|称号的$/g, '');
    // a conferment on holders named one by one (确定A、B、C为…) counts them by its list
    const before = found.filter((h) => h.end <= m.index && (h.count ?? (h.recipients.length > 1 ? h.recipients.length : null)) === n && (!ending || h.name.endsWith(ending)));
    const bare = noun.replace(new RegExp(`^(?:${alt(c.r.v.holderMerit)})`), '');
    const generic = c.r.v.recipients.includes(bare) || /^(?:人|名|)$/.test(noun);
    const named = before.filter((h) => [noun, head].some((w) => sameTitle(c, h, w)));
    // a lead word naming the title itself (获得称号的32人里) points back to the nearest conferment with that count
    const lead = m[0].slice(0, m[0].length - m[1].length - m[2].length - m[3].length).replace(new RegExp(`(?:${c.r.v.anaphoraRound})$`), '');
    const nearest = before.reduce<HonourFound | undefined>((a, h) => (!a || h.end > a.end ? h : a), undefined);
    // opened by a clause mark or a handing-over, only the honour's own noun points back
    const byClause = lead === '' ? !/(?:^|[。！？\n])[\s\u3000]*$/.test(c.text.slice(0, m.index)) : c.r.v.handedTo.includes(lead);
    const target = named[0] ?? (!byClause && generic && (new Set(before.map((h) => h.name)).size === 1 || /称号的$/.test(lead)) ? nearest : undefined);
    if (!target) continue;
    out.push({ ...target, rule: 'conferment.anaphora', count: n, text: m[0], start: m.index, end: m.index + m[0].length, recipients: [],
      notes: ['a later count of the holders of an honour conferred before (受表彰的N名…中)', `name ${target.name}`, `count ${n}`] });
  }
  return out;
}

/** 全县已累计评定“H”35家 / 累计认定“H”27名: the stock of one quoted title a body names, summed up with its count
 * (rules/conferment.yaml stockNamed): one more entry of that title, as the golds write a counted stock of one title; an
 * earlier, more specific reading of the span wins. (An unquoted grade and kind, 累计命名市级劳模创新工作室86个, stays a
 * figure: the older golds write it so.) */
function stockNamed(c: Ctx): HonourFound[] {
  if (!c.r.v.stockNamed.length) return [];
  const re = perRules(c.r, 'conferment.stockNamed', () => new RegExp(`(?:${alt(c.r.v.stockNamed)})了?${QUOTED}${N}${U}(?![^，。；;\\n]{0,2}?(?:以上|以下))`, 'g'));
  return stockEntries(c, re, '累计评定“H”N 家: the stock of one title named');
}

/** 累计命名县级职工创新工作室34个: the stock of one unquoted title a body names, its level written before its kind
 * (rules/conferment.yaml stockNamedLevels); the golds of six halves count it as an entry of that title, two as a
 * figure only (held3, held38). A kind with no level (累计命名技能大师工作室43个) or over levels (县级以上) stays a figure. */
function stockNamedBare(c: Ctx): HonourFound[] {
  if (!c.r.v.stockNamed.length || !c.r.v.stockNamedLevels.length) return [];
  const re = perRules(c.r, 'conferment.stockNamedBare', () => new RegExp(`(?:${alt(c.r.v.stockNamed)})了?((?:${alt(c.r.v.stockNamedLevels)})(?!及?以上)[\u4e00-\u9fa5]{0,12}?(?:工作室|${alt(c.r.v.endings)}))${N}${U}(?![^，。；;\n]{0,2}?(?:以上|以下))`, 'g'));
  return stockEntries(c, re, '累计命名县级H N 个: the stock of one levelled title named');
}

/** one entry of conferment.stock for each match of a stock's pattern: the title its first group, the count its second */
function stockEntries(c: Ctx, re: RegExp, note: string): HonourFound[] {
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    const h = make(c, 'conferment.stock', m[1], m[2], m.index, m.index + m[0].length, [note, `count ${m[2]}`]);
    if (h) out.push(h);
  }
  return out;
}

/** the lead that opens the holders as the set a part is drawn from (从6名能手中…), an alternative of its own: the
 * count must go on to 中 (rules/conferment.yaml anaphoraFrom) */
function fromLead(c: Ctx): string {
  return c.r.v.anaphoraFrom.length ? `(?:${alt(c.r.v.anaphoraFrom)})(?=[^，。；;\\n]{2,16}?中)|` : '';
}

/** what else a later count of the holders goes on to (rules/conferment.yaml anaphoraGoesOn), as more alternatives */
function goesOn(c: Ctx): string {
  return c.r.v.anaphoraGoesOn.map((w) => `|${w}`).join('');
}

/** 追授某某同志“H”称号 / 决定追授他“H”: a conferment on one who has died, the quoted title after the person (no count) */
function posthumous(c: Ctx): HonourFound[] {
  if (!c.r.v.posthumous.length) return [];
  const re = perRules(c.r, 'conferment.posthumous', () => new RegExp(`(?:${alt(c.r.v.posthumous)})[^，。；;\n“”"「」]{0,30}?${QUOTED}`, 'g'));
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    const start = m.index + m[0].length - m[1].length - 2;
    const h = make(c, 'conferment.posthumous', m[1], null, start, m.index + m[0].length, ['追授 X “H”: a posthumous conferment']);
    if (h) out.push(h);
  }
  return out;
}

/** 为14名“某某工匠”建立健康档案 / 将为10名“某某工匠”安排体检: the holders of a conferment reported before, counted again
 * by the same count and named by the title in quotes as the object of a preposition, whatever is done for them: one
 * more mention of that honour (a class, 每名“H”, has no count and is read elsewhere) */
function quotedLater(c: Ctx, found: HonourFound[]): HonourFound[] {
  const re = new RegExp(`(?<=(?:${alt(c.r.v.handedTo)}))${N}${U}${QUOTED}`, 'g');
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    const n = parseSmallInt(m[1]);
    const target = found.find((h) => h.end <= m.index && h.count === n && h.count !== null && sameTitle(c, h, m[3]));
    if (!target) continue;
    out.push({ ...target, rule: 'conferment.anaphora', count: n, text: m[0], start: m.index, end: m.index + m[0].length, recipients: [],
      notes: ['a later count of the holders, the title quoted (为N名“H”…)', `name ${target.name}`, `count ${n}`] });
  }
  return out;
}

/** 授予…“台安县最美一线职工”称号…三届累计评出最美一线职工24名: a title conferred with its place, later selected
 * again by its kind alone (no place, no honour ending) with a count: the count of holders of that title over its
 * rounds. Only a kind left after a place (县/市/区/州/旗/盟/省) and one title of that kind in the document. */
function bareKindSelected(c: Ctx, found: HonourFound[]): HonourFound[] {
  const out: HonourFound[] = [];
  const titles = new Map<string, HonourFound>();
  for (const h of found) {
    const kind = /^[\u4e00-\u9fa5]{1,8}[省市县区州旗盟](?:总工会)?([\u4e00-\u9fa5]{4,12})$/.exec(h.name)?.[1];
    if (!h.level || !kind || c.r.v.endings.some((e) => kind.endsWith(e))) continue;
    titles.set(kind, titles.has(kind) && titles.get(kind)?.name !== h.name ? { ...h, name: '' } : h);
  }
  for (const [kind, h] of titles) {
    if (!h.name) continue;
    const re = new RegExp(`(?:${alt(c.r.v.select)})了?${kind}${N}${U}`, 'g');
    for (const m of matches(re, c.text)) {
      if (m.index < h.end) continue;
      const n = parseSmallInt(m[1]);
      out.push({ ...h, rule: 'conferment.select', count: n, text: m[0], start: m.index, end: m.index + m[0].length, recipients: [],
        notes: [`the kind ${kind} of ${h.name} conferred before, selected again with a count`, `count ${n}`] });
    }
  }
  return out;
}

/** 11名“某某工匠”出炉 / 首批12名“H”亮相: a batch announced by its count, the title quoted and ending as an honour does:
 * the count of its holders (announced with no count, 第六批“H”揭晓, it names none: titleMood). A rank (第3名) is no count. */
function announcedCount(c: Ctx): HonourFound[] {
  const re = perRules(c.r, 'conferment.announced-count', () =>
    new RegExp(`(?<![第前])${N}${U}${ORDINAL}${QUOTED}(?=${alt(c.r.v.mood.announce)})`, 'g'));
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    if (!c.r.v.endings.some((e) => m[3].endsWith(e)) || skipPlanned(c, 'conferment.announced-count', m)) continue;
    const h = make(c, 'conferment.announced-count', m[3], m[1], m.index, m.index + m[0].length, ['N名“H”出炉: a batch announced by its count']);
    // (a headline's title whose level nothing reads may take a place written before the count, 某地首批12名“H”: left alone)
    if (h?.level) out.push(h);
  }
  return out;
}

/** 为6个单位、8个集体颁发奖牌: a handing-over to holders counted by the very count and noun a conferment before used
 * (授予…等6个单位“H”): one more mention of each of those honours. The noun is a holders' noun of rules/conferment.yaml
 * recipients; a count that matches no one conferment, or several, names none. */
function handedToCounted(c: Ctx, found: HonourFound[]): HonourFound[] {
  const item = `${N}${U}(${alt(c.r.v.recipients)})`;
  const re = perRules(c.r, 'conferment.handed-counted', () =>
    new RegExp(`(?<=(?:${alt(c.r.v.handedTo)}))${item}(?:(?:、|和|及)${item})*(?=${alt(c.r.v.handOver)})`, 'g'));
  const one = new RegExp(item, 'g');
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    for (const x of m[0].matchAll(one)) {
      const n = parseSmallInt(x[1]);
      const by = found.filter((h) => h.end <= m.index && h.count === n && h.count !== null && h.text.includes(`${x[0]}“`));
      if (new Set(by.map((h) => h.name)).size !== 1) continue;
      const start = m.index + x.index!;
      out.push({ ...by[0], rule: 'conferment.anaphora', count: n, text: x[0], start, end: start + x[0].length, recipients: [],
        notes: ['a handing-over to the holders counted as the conferment counted them (为N个单位颁发…)', `name ${by[0].name}`, `count ${n}`] });
    }
  }
  return out;
}

/** 依托8名工匠组建讲师团 / 依托7名“H”建设工作室: a plan resting on the holders of a conferment reported before, counted
 * by the same count and named by the title (quoted) or by its ending (工匠 of 某某面包工匠): one more mention of that
 * honour. The words after the count are tried longest first, so 工匠再建成 stops at 工匠. */
function reliedOn(c: Ctx, found: HonourFound[]): HonourFound[] {
  if (!c.r.v.reliedOn.length) return [];
  const re = perRules(c.r, 'conferment.relied-on', () =>
    new RegExp(`(?:${alt(c.r.v.reliedOn)})${N}${U}(?:${QUOTED}|([\u4e00-\u9fa5]{2,12}))`, 'g'));
  const out: HonourFound[] = [];
  for (const m of matches(re, c.text)) {
    const n = parseSmallInt(m[1]);
    const before = found.filter((h) => h.end <= m.index && h.count !== null && h.count === n);
    const words = m[3] !== undefined ? [m[3]] : Array.from({ length: m[4].length - 1 }, (_, i) => m[4].slice(0, m[4].length - i));
    const word = words.find((w) => !c.r.v.recipients.includes(w) && before.some((h) => sameTitle(c, h, w)));
    const target = word === undefined ? undefined : before.find((h) => sameTitle(c, h, word));
    if (!target || word === undefined) continue;
    const end = m.index + m[0].length - (m[3] !== undefined ? 0 : m[4].length - word.length);
    out.push({ ...target, rule: 'conferment.anaphora', count: n, text: c.text.slice(m.index, end), start: m.index, end, recipients: [],
      notes: ['a plan resting on the holders of an honour conferred before (依托N名…)', `name ${target.name}`, `count ${n}`] });
  }
  return out;
}

/** the bracket after a stock's count naming a past round's holders among them: （含首届命名的10名） */
const INCLUDED_ROUND = new RegExp(`^[（(]含((?:首|第[一二三四五六七八九十\\d]+)[届屆批](?:命名|评选|評選|认定|認定|选树|選樹|授予|表彰)?的?)${N}${U}[）)]`);

/** “某某工匠”18名（含首届命名的10名）: a stock of one honour's holders whose bracket counts the holders of a round
 * named by its ordinal (首届, 首批, 第二批) is that round's conferment, the same honour with the bracket's count.
 * (含本批N名 points back to the conferment just reported: anaphoric reads it.) */
function includedRound(c: Ctx, found: HonourFound[]): HonourFound[] {
  const out: HonourFound[] = [];
  for (const h of found) {
    if (h.count === null) continue;
    const m = INCLUDED_ROUND.exec(c.text.slice(h.end, h.end + 24));
    const n = m ? parseSmallInt(m[2]) : null;
    if (!m || n === null || n >= h.count) continue;
    const start = h.end + 2;
    out.push({ ...h, rule: 'conferment.included-round', count: n, text: c.text.slice(start, h.end + m[0].length - 1), start, end: h.end + m[0].length - 1,
      recipients: [], notes: ['the holders of a past round inside a stock (H N名（含首届M名）)', `name ${h.name}`, `count ${n}`] });
  }
  return out;
}

/** the noun of a later count names the honour conferred before: its ending (工匠 of 某某工匠), its short form
 * (劳模 of 劳动模范), or its grade (县级劳动模范 / 县级劳模 of 某某县劳动模范: the grade word stands for the place of
 * that level the title was named by) */
function sameTitle(c: Ctx, h: HonourFound, word: string): boolean {
  if (word.length < 2) return false;
  const full = honourName(word, c.province, c.r);
  if ([word, full].some((w) => h.name.endsWith(w) || w.endsWith(h.name))) return true;
  const grade = /^(?:省|自治区|市|州|盟|县|区|旗)级(.{2,})$/.exec(full);
  return !!grade && h.level !== null && honourLevel(full, c.r) === h.level && h.name.endsWith(grade[1]) && !h.name.includes('级');
}

/** an honour named with no count whose holders a later clause of its sentence counts by anaphora
 * (陆某荣获“八桂工匠”称号，全市获此称号的女职工累计达到5名): that count */
function countedLater(c: Ctx, h: HonourFound): HonourFound {
  if (h.count !== null) return h;
  const rest = /^[^。！？!?\n]*/.exec(c.text.slice(h.end))![0];
  // (or by the verb again, its holders so far: …今年入选“H”，我县入选的工作室累计达到3个)
  const m = new RegExp(`(?:${alt(c.r.v.anaphora)}|(?:入选|当选|获评)(?=的[^，。；;,\\n]{0,10}?累计))的[^，。；;,\\n]{0,10}?(?:累计|共|已|总数)?(?:达到|达|有|为)?${N}${U}`).exec(rest);
  if (!m) return h;
  const n = parseSmallInt(m[1]);
  return n === null ? h : { ...h, count: n, notes: [...h.notes, `count ${n} from “${m[0]}”`] };
}

/** a bare prize grade (一等奖12名) of a contest that has no name of its own in the sentence: the ranks of a
 * match, not an honour; with a named contest (“荔乡工匠”技能大赛…一等奖8名) it is that contest's prize */
function unnamedPrize(c: Ctx, h: HonourFound): boolean {
  // a placing of a team or a single entrant (团体一等奖, 个人二等奖), or the same placing in each event (各项目一等奖), is a
  // prize grade too
  // (a range of grades, 一等奖至三等奖, is the grades it spans)
  const grade = h.name.replace(/^(?:个人|团体|单项|集体|综合|各(?:项目|赛项|工种|组别))/, '').replace(/(?:至|到|~|～)[一二三特]等奖$/, '');
  if (!c.r.v.prizes.includes(grade)) return false;
  const named = new RegExp(`[“"「][^”"」\\n]{2,16}[”"」][^，。；;,\\n]{0,12}?(?:${alt(c.r.v.contestNouns)})`).test(sentenceBefore(c.text, h.start));
  if (!named) c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: `a prize grade (${h.name}) of a contest with no name of its own: the ranks of a match, not an honour` });
  return !named;
}

/** “龙江工匠”或“黑龙江省技术能手”称号: two honours joined by 或/和/及/与, one each; a count before 或
 * counts holders of either, not of each */
function splitJoined(c: Ctx, h: HonourFound): HonourFound[] {
  const levels = levelsJoined(c, h);
  if (levels) return levels;
  const at = h.text.search(/[”"」』](?:或者|或|和|及|与|、)[“"「『]/);
  if (at < 0) return [h];
  const parts = [...h.text.matchAll(new RegExp(QUOTED, 'g'))];
  const inName = parts.filter((p) => h.name.includes(honourName(p[1], c.province, c.r).slice(-4)));
  if (inName.length < 2 || !h.name.includes(honourName(inName[1][1], c.province, c.r))) return [h];
  const either = /[”"」』](?:或者|或)[“"「『]/.test(h.text);
  return inName.map((p) => {
    const start = h.start + p.index!;
    const one = make(c, h.rule, p[1], null, start, start + p[0].length, [...h.notes.filter((n) => !/^(?:name|count) /.test(n)), 'one of honours joined by 或/和']);
    return one ? { ...one, count: either ? null : h.count } : null;
  }).filter((x): x is HonourFound => x !== null);
}

const GRADE_WORD = '(?:全国|国家级|省部级|省级|自治区级|市级|州级|盟级|县级|区级)';
const LEVELS_JOINED = new RegExp(`^(${GRADE_WORD}(?:(?:和|及|与|、|或)${GRADE_WORD})+)([\\u4e00-\\u9fa5]{2,})$`);

/** 全国和省部级劳动模范: levels joined by 和 share the head (全国劳动模范 + 省部级劳动模范), one honour each; a
 * count of holders of any of them is a sum over both, no count of either */
function levelsJoined(c: Ctx, h: HonourFound): HonourFound[] | null {
  const m = LEVELS_JOINED.exec(h.name);
  if (!m) return null;
  // each keeps a span of its own: its level word (the last one, the shared head too)
  const words = m[1].split(/和|及|与|、|或/);
  let at = h.start;
  return words.map((lv, i) => {
    const s = c.text.indexOf(lv, at);
    at = s + lv.length;
    const end = i === words.length - 1 ? Math.max(h.end, at) : at;
    return make(c, h.rule, lv + m[2], null, s, end, [...h.notes.filter((n) => !/^(?:name|count) /.test(n)), 'levels joined by 和: one honour each, the count a sum']);
  }).filter((x): x is HonourFound => x !== null);
}

/** the frame reader's words, one object per rules load (the reader compiles its patterns once per object) */
const wordsOf = new WeakMap<ConfermentRules, FrameWords>();
function frameWords(r: ConfermentRules): FrameWords {
  let w = wordsOf.get(r);
  if (!w) wordsOf.set(r, w = { ...r.v.frame, openings: r.v.openings, publish: r.v.publish, classOf: r.v.mood.classOf, when: r.v.mood.when });
  return w;
}

/** 评选出首批“某某工匠”工作室6个: a quoted title right before a unit's noun (rules/conferment.yaml namedUnits) is the
 * title of those units, the noun part of it (held35: the honour is the quoted words plus 工作室) */
function unitAfterQuote(c: Ctx, end: number): string {
  if (!/[”"」』]$/.test(c.text.slice(end - 1, end))) return '';
  return c.r.v.namedUnits.find((u) => c.text.startsWith(u, end)) ?? '';
}

/** the frames of conferment (conferment-frame.ts), read with this grammar's vocabulary and guards */
function frames(c: Ctx): HonourFound[] {
  const v = c.r.v;
  const host: FrameHost = { text: c.text, verbs: { grant: v.grant, nameAs: v.nameAs, select: v.select, receive: v.receive, appoint: v.appoint }, endings: v.endings, words: frameWords(c.r),
    // candidates named after the quoted title (入选“H”培育对象) are no holders
    notARecord: (start, titleEnd, name) => planned(c, start) ??
      (v.candidates.some((w) => name.endsWith(w) || c.text.startsWith(w, titleEnd)) ? 'candidates for an honour, not its holders' : null) };
  const out: HonourFound[] = [];
  for (const f of confermentFrames(host)) {
    const note = frameNote(f, c.text);
    const why = f.why ?? (f.count && overLevelsHeld(c, f.start, f.title!.start, c.text.slice(f.title!.start, f.title!.end)) ? 'a grade over levels said of a part counted before (其中N个…): holders of several titles, no conferment' : null);
    if (why) { c.rejected.push({ rule: 'conferment.frame', text: c.text.slice(f.start, f.end), start: f.start, end: f.end, why: `${why} (${note})` }); continue; }
    const h = make(c, 'conferment.frame', c.text.slice(f.title!.start, f.title!.end) + unitAfterQuote(c, f.title!.end), nomineesCounted(c, f) ? null : f.count?.n ?? null, f.start, f.end, [note]);
    // a threshold (获评“H”以上称号的…达到9名) counts the holders of H and of higher titles: no level of its own
    const above = /^[”"」』]?(?:及)?以上/.test(c.text.slice(f.title!.end - 1));
    if (h) out.push(above ? { ...h, level: null, notes: [...h.notes, 'H以上: holders of H and higher titles, no level'] } : withSentenceBodyLevel(c, h));
  }
  return out;
}

/** 1名推荐人选因已于今年获得“H”，不再重复表彰: the count is of nominees set aside because they hold the title already;
 * the title is held (an entry), its count is no count of holders conferred (rules/conferment.yaml nominees) */
function nomineesCounted(c: Ctx, f: Frame): boolean {
  if (!f.count || !f.title || f.count.end > f.title.start) return false;
  const between = c.text.slice(f.count.end, f.title.start);
  // (held already: 已 or a cause 因 before the verb; 12名候选人全部当选“H” counts the holders)
  return c.r.v.nominees.some((w) => between.includes(w)) && /[因已]/.test(between);
}

/** Every honour the grammar of conferment finds in `text`, one per conferment, in text order. */
export function confermentHonours(text: string, province: string | null, r: ConfermentRules, title: string | null = null): HonourFound[] {
  return confermentCandidates(text, province, r, title).found;
}

/** 共评选出先进集体21个、先进个人30名。经研究，决定：… a lead-in counting what the decision after it confers title
 * by title (rules/conferment.yaml mood leadIn): a summary of those acts, no conferment of its own */
function leadIn(c: Ctx, h: HonourFound): boolean {
  const lead = new RegExp(c.r.v.mood.leadIn).test(c.text.slice(h.end, h.end + 80));
  if (lead) c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: 'a lead-in (…N个。经研究，决定：): a summary of the acts the decision states' });
  return lead;
}

/** 春节前看望一线职工和劳模420人 / 慰问劳动模范38名: the holders of a title counted in the clause of a verb
 * of care are the people visited or helped, no conferment (rules/conferment.yaml care) */
export function caredFor(text: string, h: { start: number; end: number; count: number | null }, care: string[]): boolean {
  if (h.count === null || !care.length) return false;
  const clauseStart = Math.max(...[...'，,。；;！？!?：:\n'].map((p) => text.lastIndexOf(p, h.start - 1))) + 1;
  return new RegExp(`(?:${care.join('|')})[^，,。；;！？!?：:\\n]*$`).test(text.slice(clauseStart, h.end));
}

/** a count of an unquoted title in a stock of holders (全市现有市级以上劳动模范N人，其中省部级劳动模范N人 / 截至目前，…,
 * 某县级以上劳动模范N人): how many hold it now, a figure, no conferment (rules/conferment.yaml stockHaving) */
export function stockOfHolders(text: string, h: { start: number; end: number; count: number | null }, v: ConfermentVocabulary): boolean {
  if (h.count === null) return false;
  const sentenceStart = Math.max(...[...'。；;！？!?\n'].map((p) => text.lastIndexOf(p, h.start - 1))) + 1;
  const clauseStart = Math.max(sentenceStart, Math.max(...[...'，,：:'].map((p) => text.lastIndexOf(p, h.start - 1))) + 1);
  const own = text.slice(clauseStart, h.end);
  const acts = new RegExp(v.stockActs);
  if (/[“「"『]/.test(own) || acts.test(own)) return false;
  // (only a stock over levels, 某级以上…N人 or 各级…N人, and its parts by level: a stock of one title is its holders' count)
  if (!/[级級](?:及|以)上|各[级級]/.test(text.slice(sentenceStart, h.end))) return false;
  const before = text.slice(sentenceStart, h.start);
  const having = new RegExp(`(?:${alt(v.stockHaving)})(?![^]*(?:${v.stockActs}))`).test(before);
  return having || new RegExp(`(?:^|[，,])(?:${alt(v.stockLeads)})?[，,]?(?:${alt(v.stockNow)})`).test(before);
}

function cared(c: Ctx, h: HonourFound): boolean {
  const yes = caredFor(c.text, h, c.r.v.care);
  if (yes) c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: 'the holders of a title a verb of care counts (慰问/看望…劳模N人): people visited, no conferment (rules/conferment.yaml care)' });
  return yes;
}

/** 5人入选“荆楚工匠”培育对象 / 被列为“三八红旗手”候选人: those proposed or trained for an honour do not hold it */
function candidates(c: Ctx, h: HonourFound): boolean {
  // (or the rest of the clause says the counted won a candidacy: “H”共有47名选手…获得推荐资格)
  const rest = h.count === null ? '' : /^[^，。；;\n]*/.exec(c.text.slice(h.end))![0];
  const w = c.r.v.candidates.find((x) => h.name.endsWith(x)) ?? c.r.v.qualify.find((x) => rest.includes(x)) ??
    c.r.v.takePart.find((x) => rest.startsWith(x)) ?? perRules(c.r, 'conferment.proposed', () => new RegExp(c.r.v.proposedTail)).exec(h.text)?.[0];
  if (w) c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: `candidates for an honour (…${w}), not its holders (rules/conferment.yaml candidates)` });
  return w !== undefined;
}

/** in a notice that launches a selection (its title), a bare 评选 before the honour states a quota */
/** 培育区级工人先锋号15个左右: a count of about so many (rules/conferment.yaml mood target) is a target, no conferment */
function aboutTarget(c: Ctx, h: HonourFound): boolean {
  if (h.count === null || !new RegExp(c.r.v.mood.target).test(c.text.slice(h.end, h.end + 4))) return false;
  c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: 'a count of about so many (…左右): a target, not a conferment (rules/conferment.yaml mood target)' });
  return true;
}

function launchQuota(c: Ctx, h: HonourFound, title: string | null): boolean {
  if (!title || !new RegExp(c.r.v.launchTitle).test(title)) return false;
  const clause = /[^，。；;！？\n]*$/.exec(c.text.slice(0, h.start))![0];
  // the selection verb may open the match (今年全市|选树“巴陵工匠”20名); a past batch is a record
  const lead = /^[^“"「\d]*/.exec(h.text)![0];
  // the round the notice launches, said as 本届 or as the title's own ordinal, counts its quota even after 共
  const round = /(?:首|第[一二三四五六七八九十\d]+)[届批]/.exec(title)?.[0];
  const thisRound = /本届|本次|此次|本批/.test(clause) || (!!round && clause.includes(round));
  const select = new RegExp(c.r.v.bareSelect).test(clause + lead) || (thisRound && /(?:共|计)(?:评选|选树|推选)/.test(clause + lead));
  if (!select || pastRound(sentenceBefore(c.text, h.start), round)) return false;
  c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: `a quota of the selection this notice launches (${clause}…), not a record` });
  return true;
}

/** a sentence about an earlier round than the one a notice launches (2023年首届…中，最终选树… under a title
 * of 第二届): a record of that round, not the quota */
function pastRound(sentence: string, round: string | undefined): boolean {
  if (/去年|上年|往年|上届|此前|往届|历届|前[一两二三四五]届/.test(sentence)) return true;
  const said = /(?:首|第[一二三四五六七八九十\d]+)[届批]/.exec(sentence)?.[0];
  return !!round && !!said && said !== round;
}

/** a cup labour contest (全州“安康杯”竞赛, 漳州市安康杯劳动竞赛): the words before the cup (group 1), then the cup
 * quoted or its two characters bare and 竞赛 (group 2) */
const CONTEST_HEAD = /([\u4e00-\u9fa5]{0,10})((?:[“"「][\u4e00-\u9fa5]{0,5}杯[”"」]|[\u4e00-\u9fa5]{2}杯)(?:劳动)?竞赛)/g;

/** the scope or place that opens a contest's head, from the words before its cup: the longest tail that is a
 * scope word (全州, 省) or a place (湘西州); the subject and verb before it (企业被评为|全州) are no part of it */
function contestScope(before: string): string {
  for (let k = 0; k < before.length; k++) {
    const tail = before.slice(k);
    if (/^(?:全[国省市州县区盟旗]|[省市州县区](?:级)?)$/.test(tail) || placeAt(tail, 0)?.name === tail) return tail;
  }
  return '';
}

/** 参加“安康杯”竞赛活动，评出优胜企业45家、优秀班组120个: a contest's prize named bare (优胜企业, 优秀班组,
 * 安全生产先进个人) carries the head of the cup labour contest its sentence names before it (漳州市“安康杯”竞赛);
 * a quiz or a skills match (“安康杯”知识竞赛) gives its prizes no such title */
function withContestHead(c: Ctx, h: HonourFound): HonourFound {
  if (h.level || /杯/.test(h.name) || !c.r.v.contestPrizes.some((p) => h.name.endsWith(p))) return h;
  const heads = [...sentenceBefore(c.text, h.start).matchAll(CONTEST_HEAD)];
  if (!heads.length) return h;
  const last = heads[heads.length - 1];
  const head = honourName(contestScope(last[1] ?? '') + last[2], c.province, c.r);
  // the prize may repeat the head's last word (安康杯竞赛 + 竞赛先进个人): it is said once
  const k = [4, 3, 2].find((n) => head.endsWith(h.name.slice(0, n))) ?? 0;
  const name = head + h.name.slice(k);
  return { ...h, name, level: honourLevel(name, c.r), notes: [...h.notes, `head of the contest ${head}`] };
}

/** 表彰了“某州五一劳动奖章”和“某州工人先锋号”获得者，全县有6名职工获得奖章、2个班组获评工人先锋号: a bare kind
 * (奖章, 工人先锋号) counted after its sentence quoted one full title of that kind names that title */
function kindQuotedBefore(c: Ctx, h: HonourFound): HonourFound {
  if (h.level || h.count === null) return h;
  const quoted = [...sentenceBefore(c.text, h.start).matchAll(new RegExp(QUOTED, 'g'))].map((q) => honourName(q[1], c.province, c.r));
  const titles = new Set(quoted.filter((t) => t.length > h.name.length && t.endsWith(h.name) && honourLevel(t, c.r)));
  if (titles.size !== 1) return h;
  const name = [...titles][0];
  return { ...h, name, level: honourLevel(name, c.r), notes: [...h.notes, `the kind ${h.name} of ${name}, quoted before in its sentence`] };
}

/** ASCII full stops that end a sentence (after a character, a quote or a bracket; never a decimal point or
 * a list number's 1.) as 。, same length */
const asciiStops = (text: string): string => text.replace(/(?<=[\u4e00-\u9fa5”"’）)])\.(?!\d)/g, '。');

/** The honours the grammar finds, and the conferments it matched but did not take and why (for --explain). */
export function confermentCandidates(text: string, province: string | null, r: ConfermentRules, title: string | null = null): { found: HonourFound[]; rejected: HonourRejected[] } {
  // a copy typed with ASCII punctuation ends its sentences with '.' (not a decimal point): the patterns read
  // it as 。 in a copy of the same length, so every span stays exact; the items quote the original text
  const c: Ctx = { text: asciiStops(text), province, r, rejected: [], title: title === null ? null : foldToSimplified(title) };
  const bodyConfers = (h: HonourFound) => withSentenceBodyLevel(c, h);
  const all = [...eachOfListed(c), ...[...grantRespectively(c), ...grant(c), ...grantNoun(c)].map(bodyConfers), ...appointed(c), ...nameAs(c).map(bodyConfers), ...nameAsListed(c).map(bodyConfers), ...participle(c), ...total(c), ...pastRoundTotal(c), ...holders(c), ...respectively(c), ...ledBy(c), ...thisTitle(c), ...commendList(c).map(bodyConfers), ...countVerb(c), ...meritCited(c), ...select(c).map(bodyConfers), ...namedCounted(c), ...placedCounted(c), ...heading(c), ...listed(c), ...announcedCount(c), ...ending(c), ...conferred(c), ...heldAlready(c), ...titled(c), ...titledRun(c), ...appositive(c), ...recordHeld(c), ...quotedField(c), ...roleHolder(c), ...ledByHolder(c), ...frames(c), ...attributed(c), ...verticalTableHonours(c)].filter((h) => !unnamedPrize(c, h) && !aboutTarget(c, h) && !launchQuota(c, h, title) && !candidates(c, h) && !cared(c, h) && !leadIn(c, h)).flatMap((h) => splitJoined(c, h)).map((h) => kindQuotedBefore(c, countedLater(c, h)));
  // one honour per span: the first pattern (most specific grammar) wins an overlap; a holder's own
  // title inside a conferment (命名…“三晋工匠”赵海波…工作室等60个…) is another honour
  const kept: HonourFound[] = [];
  for (const h of [...all, ...posthumous(c), ...totalAfter(c, all), ...anaphoric(c, all), ...quotedLater(c, all), ...bareKindSelected(c, all), ...handedToCounted(c, all), ...reliedOn(c, all), ...includedRound(c, all), ...stockNamed(c), ...stockNamedBare(c)]) {
    const over = kept.find((k) => h.start < k.end && h.end > k.start && (h.rule !== 'conferment.titled' || k.name === h.name));
    if (!over) kept.push(h);
    // a frame that binds the count a shape left out (2名职工…，已由…授予“H”称号) reads that honour fuller
    else if (h.rule === 'conferment.frame' && over.name === h.name && over.count === null && h.count !== null) kept.splice(kept.indexOf(over), 1, h);
    else c.rejected.push({ rule: h.rule, text: h.text, start: h.start, end: h.end, why: `overlaps ${over.name} (${over.rule}), a more specific pattern` });
  }
  const original = (h: HonourFound) => ({ ...h, text: text.slice(h.start, h.end) });
  // 获得五一劳动奖章的30名: a kind named bare (no place, no level) is the honour of that kind conferred before
  // with the same count (授予…等30名职工“双鸭山市五一劳动奖章”)
  for (const [i, h] of kept.entries()) {
    if (h.level || h.count === null || !BARE_KIND_RULES.has(h.rule) || levelOutside(text, h)) continue;
    // (命名的28名工匠 of the first batch: a participle's bare kind is the one title of that kind conferred before it;
    // so is a total's: 确定…等6人为“某市首席技师”…全县首席技师目前已达27名, and a bare kind and its count: 前两届共确定首席技师20名)
    const part = h.rule !== 'conferment.holders';
    // (a grade word standing for the place, 县级乡村工匠 beside 某县乡村工匠, is that place's title: byPlaceName)
    const kinds = batchKinds(kept.filter((k) => k.start < h.start && k.name.endsWith(h.name) && k.name !== h.name).map((k) => byPlaceName(k, kept)));
    const t = part ? kept.find((k) => kinds.size === 1 && kinds.has(k.name))
      : kept.slice(0, i).reverse().find((k) => k.count === h.count && k.level && k.name.endsWith(h.name) && k.name !== h.name);
    if (t) kept[i] = { ...h, name: t.name, level: t.level, notes: [...h.notes, `the ${h.name} conferred before: ${t.name}`] };
  }
  return { found: levelledWorkshops(kept).sort((a, b) => a.start - b.start).map((h) => original(withContestHead(c, h))), rejected: c.rejected };
}

/** 前三批命名的13个县级工作室: a level and the bare 工作室 stand for the one workshop title the document conferred
 * before at that level (某县劳模和工匠人才创新工作室), as a bare kind does for its title */
function levelledWorkshops(kept: HonourFound[]): HonourFound[] {
  return kept.map((h) => {
    if (!h.level || !/^[\u4e00-\u9fa5]{1,3}级工作[室站]$/.test(h.name)) return h;
    const names = new Set(kept.filter((k) => k.start < h.start && k.level === h.level && /工作[室站]$/.test(k.name) && !/级工作[室站]$/.test(k.name)).map((k) => k.name));
    const [name] = [...names];
    return names.size === 1 ? { ...h, name, notes: [...h.notes, `the ${h.name} conferred before: ${name}`] } : h;
  });
}

/** the titles of one kind conferred before; where several are (the batch's 某县工匠 and a holder's earlier 某省工匠),
 * the batch is the one conferred with a count, a single holder's title has none */
function batchKinds(before: HonourFound[]): Set<string> {
  const kinds = new Set(before.map((k) => k.name));
  if (kinds.size < 2) return kinds;
  const counted = new Set(before.filter((k) => k.count !== null).map((k) => k.name));
  return counted.size === 1 ? counted : kinds;
}

/** the rules whose bare kind with a count (no place, no level) stands for the one title of that kind conferred before */
const BARE_KIND_RULES = new Set(['conferment.holders', 'conferment.participle', 'conferment.total', 'conferment.ending']);

/** 江苏省“工人先锋号”23个: a place or a level written before the quotes the name opens with is its own, no bare kind */
function levelOutside(text: string, h: HonourFound): boolean {
  return /[省市县区州旗盟国级]\s*[“"「『]$/.test(text.slice(Math.max(0, h.start - 3), h.start + 1));
}

/** two names of one honour end alike (全国烟草行业先进集体 / …第七届先进集体); a dictionary word
 * inside a longer title (劳模 in 全国示范性劳模和工匠人才创新工作室) does not */
const sameHead = (dict: string, grammar: string): boolean => dict.slice(-2) === grammar.slice(-2);

/**
 * The dictionary's awards and the conferment grammar's together. Where they overlap the dictionary
 * keeps its canonical name and level (第七届 dropped, 烟草行业 = industry) and takes the grammar's
 * count when it had none; a dictionary word inside a longer conferred title gives way to the title;
 * elsewhere the grammar's honour is added.
 */
export function mergeHonours(existing: Award[], found: HonourFound[]): Award[] {
  const dict = existing.map((a) => ({ ...a }));
  const out: Award[] = [...dict];
  for (const { notes: _n, ...h } of found) {
    // (the overlap first: `out` holds every honour so far, and an annex of hundreds makes includes() the cost)
    const over = dict.filter((a) => a.start < h.end && a.end > h.start && out.includes(a));
    if (!over.length) out.push(h);
    else if (over.length === 1 && !sameHead(over[0].name, h.name)) out.splice(out.indexOf(over[0]), 1, h);
    // a prefix the dictionary did not read (三晋|技术能手, “全市产改工作|先进集体”): the grammar's fuller name and its level
    else if (over.length === 1 && h.name.endsWith(over[0].name) && h.name.length > over[0].name.length && (h.level || !over[0].level)) {
      Object.assign(over[0], { name: h.name, level: h.level, count: over[0].count ?? h.count });
    }
    else if (over.length === 1 && over[0].count === null) over[0].count = h.count;
    // counts paired with honours by 分别 (2家企业和5名职工分别荣获A和B): the dictionary read the count nearest the
    // verb for the first honour; the pairing gives each its own
    else if (over.length === 1 && h.rule === 'conferment.respectively' && h.count !== null) over[0].count = h.count;
  }
  // a later count of the holders (在阳东区获评的32个班组中) names the honour the body conferred, by its place
  return withoutUmbrellas(out).map((a) => a.rule === 'conferment.anaphora' ? byPlaceName(a, out) : a).sort((a, b) => a.start - b.start);
}

/** 市级“工人先锋号” where the document names the same honour by its place (阳江市工人先锋号, municipal): the scope
 * word stands for that place, so a mention referring back to the conferment takes the place's name (a total
 * to date, 全市已有市级模范职工之家186家, spans many conferments and keeps its scope word) */
export function byPlaceName<T extends { name: string; level: string | null }>(a: T, all: readonly T[]): T {
  const m = /^(?:省级|市级|州级|县级|区级)(.{3,})$/.exec(a.name);
  if (!m) return a;
  const named = [...new Set(all.filter((b) => b.level === a.level && b.name.endsWith(m[1]) && /^[\u4e00-\u9fa5]{1,8}[省市州县区]$/.test(b.name.slice(0, -m[1].length))).map((b) => b.name))];
  return named.length === 1 ? { ...a, name: named[0] } : a;
}

/** honours whose name is a place's title and those above it (某市级以上五一劳动奖章 76名, 某市以上劳动模范): a figure of
 * the holders of several titles, no one honour (a bare grade, 市级以上工人先锋号, is left to the kind: older golds
 * keep it as the kind with no level) */
export function withoutLevelSpans<T extends { name: string; count?: number | null }>(all: T[], r: ConfermentRules): T[] {
  const re = new RegExp(r.v.overLevels);
  return all.filter((a) => {
    const pl = placeSpan(a.name, 0);
    if (pl && re.test(a.name.slice(pl))) return false;
    // a bare grade over levels names a class of titles: alone (5人后来获得地区级以上) no title at all, and held with
    // no count (是县级以上劳动模范) no one honour; counted (11个班组获评市级以上工人先锋号) it is left to the kind
    const grade = r.ranks.gradeAbove.exec(a.name);
    return !(grade && (grade[0] === a.name || a.count === null));
  });
}

/** 授予2025年嘉兴市五一劳动奖和…的决定: 五一劳动奖 names the pair of kinds (奖状 for units, 奖章 for people); where
 * the document confers a kind of it, the uncounted umbrella is that pair said together, not a third honour */
export function withoutUmbrellas<T extends { name: string; count: number | null }>(all: T[]): T[] {
  return all.filter((a) => !(a.count === null && /奖$/.test(a.name) && all.some((b) => b !== a && /^[章状]$/.test(b.name.slice(a.name.length)) && b.name.startsWith(a.name))));
}
