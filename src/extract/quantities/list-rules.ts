// The words of a list (rules/lists.yaml) and the two readings of a linked list that the findings need
// (src/compare/sum.ts): a total's direct parts, and whether they are a breakdown that must add up. Kept
// apart from lists.ts so that `gongwen check` reads them without loading the extraction.
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import { longestFirst } from '../refiners/regex.js';

const Example = z.object({
  text: z.string().min(1),
  /** a part's figure as written → its total's figure as written */
  parts: z.record(z.string(), z.string()).optional(),
  /** figures that must not be a part of anything */
  none: z.array(z.string()).optional(),
});

const ListRuleSchema = z.object({
  id: z.string().min(1),
  type: z.enum(['intro', 'shared', 'stated', 'total', 'nested', 'stop', 'outcome', 'unit-group', 'unit-within', 'attribute', 'change', 'tally', 'tally-mixed', 'tally-any', 'frame-more', 'deed-head', 'leader', 'led', 'event', 'intro-within', 'progress', 'stage', 'stage-final', 'stage-review', 'stage-papers', 'pronoun-frame', 'instalment', 'funded', 'aside-include', 'aside-exclude', 'among', 'reject-negation', 'reject-verb', 'rejected', 'stage-reach', 'stage-end', 'pooled']),
  description: z.string().optional(),
  words: z.array(z.string().min(1)).min(1),
  examples: z.object({ positive: z.array(Example).default([]), negative: z.array(Example).default([]) }),
});
export type ListRule = z.infer<typeof ListRuleSchema>;

export interface ListRules {
  rules: ListRule[];
  /** words of each type, longest first */
  intro: string[];
  /** adverbs of a clause saying what all members of a set share (均具有…): no new fact */
  shared: string[];
  /** verbs that make a noun + count clause a statement of its own (达到, 增加): no bare attribute part */
  stated: string[];
  total: string[];
  nested: string[];
  stop: string[];
  /** words opening a clause that states a change against an earlier time (比上年增加, 同比增长) */
  change: string[];
  /** verbs of a new fact (评出, 获得, 命名): they end a list unless the part is a subset they name */
  outcome: string[];
  /** measure word → its group's first word (人, 名, 位 → 人) */
  unitGroup: Map<string, string>;
  /** a total's measure word → the measure words its parts may have besides its own (人次 → 人, 名) */
  unitWithin: Map<string, string[]>;
  /** a total's measure word → those its intro list may count in when none is in its own (个 → 家) */
  introWithin: Map<string, string[]>;
  /** verbs of a step reached by members of a set (通过, 投入使用, 取得): 已有N人通过… is a part of it */
  progress: string[];
  /** verbs of a stage of a selection passed (进入…环节, 入围, 通过…审查): those who got there are a part of those before */
  stage: string[];
  entryPapers: string[];
  /** words opening the last stage of a selection (最终, 最后): those chosen are a part of the stage before */
  stageFinal: string[];
  /** words of a review after 经 (经评审, 经审查): the counts told after it are a part of the entries before */
  stageReview: string[];
  /** a pronoun frame opening a sentence (他们中, 她们当中): the set is the one the sentence before counted */
  pronounFrame: string[];
  /** words of a sum paid in instalments (分两次拨付, 分期): the amounts after them add up to it */
  instalment: string[];
  /** verbs of paying after 由 and its payers: the shares of a sum (rules/lists.yaml funded) */
  funded: string[];
  /** attributes of people, one list per dimension (gender, migrant workers, youth …) */
  attributes: { id: string; words: string[] }[];
  /** unit rules (rules/units.yaml) of the whole counts whose exact sum makes them a total's parts */
  tally: string[];
  /** generic heads of people a frame names its set by (实现就业的人员, 受聘人员, 一线生产职工), longest first */
  deedHead: string[];
  /** events (竞赛, 活动, 会议): a frame of one frames a time, no set */
  event: string[];
  /** leaders of a thing (领衔人, 带头人): a frame of them counts the things they lead */
  leader: string[];
  /** things led by one leader each (工作室, 工作站) */
  led: string[];
  /** stop words that, inside a frame of a counted set (这14名工匠中), add one more part of it (另有) */
  frameMore: string[];
  /** measure words of collectives (个, 家): a tally in one may be split into the others */
  tallyMixed: string[];
  /** measure words of mixed sets (个): a tally in them may be split into any measure word */
  tallyAny: string[];
  /** a bracketed aside right after a total saying what it includes (（含…）) or leaves out (（不含…）) */
  aside: RegExp;
  /** …of those, one saying what it includes */
  asideIncludes: RegExp;
  /** words ending right before a figure that point at the set just named (占其中的, 其中的) */
  among: string[];
  /** those a selection turned down (未获评的24名, 落选的47名): a negation and a verb of being chosen, or a word of its own */
  rejected: RegExp;
  /** …of a stage they never reached (未进入评估环节的4个): a negation and a verb of reaching a stage */
  neverReached: RegExp;
  /** words of the entries a selection started from (申报, 推荐, 受理) */
  pooled: string[];
  /** a stage's name after its verb of reaching (进入现场评估环节 → 现场评估) */
  stageName: RegExp;
}

/** the patterns of a selection's rejections and stages (rules/lists.yaml reject-*, stage-reach, stage-end) */
function selectionPatterns(of: (t: ListRule['type']) => string[]): Pick<ListRules, 'rejected' | 'neverReached' | 'stageName'> {
  const alt = (words: string[]) => words.join('|');
  const [negation, reach] = [alt(of('reject-negation')), alt(of('stage-reach'))];
  return {
    rejected: new RegExp(`(?:${negation})(?:${alt(of('reject-verb'))})|${alt(of('rejected'))}`),
    neverReached: new RegExp(`(?:${negation})(?:${reach})`),
    stageName: new RegExp(`(?:${reach})([^，,；;。、\\d]{2,8}?)(?:${alt(of('stage-end'))}|$)`),
  };
}

export const loadListRules = oncePerRulesDir((dir): ListRules => {
  const rules = loadRuleFile('lists.yaml', ListRuleSchema, dir);
  const of = (t: ListRule['type']) =>
    longestFirst([...new Set(rules.filter((r) => r.type === t).flatMap((r) => r.words))]);
  const unitGroup = new Map<string, string>();
  for (const r of rules) if (r.type === 'unit-group') for (const w of r.words) unitGroup.set(w, r.words[0]);
  const within = (type: ListRule['type']) => {
    const m = new Map<string, string[]>();
    for (const r of rules) if (r.type === type) m.set(r.words[0], [...(m.get(r.words[0]) ?? []), ...r.words.slice(1)]);
    return m;
  };
  const [unitWithin, introWithin] = [within('unit-within'), within('intro-within')];
  const attributes = rules.filter((r) => r.type === 'attribute').map((r) => ({ id: r.id, words: r.words }));
  const opens = (words: string[]) => new RegExp(`^[（(](?:${words.join('|')})`);
  const aside = new RegExp(`${opens([...of('aside-include'), ...of('aside-exclude')]).source}[^（()）\\n]{0,30}[）)]`);
  return { rules, intro: of('intro'), shared: of('shared'), stated: of('stated'), total: of('total'), nested: of('nested'), stop: of('stop'), change: of('change'), outcome: of('outcome'), unitGroup, unitWithin, introWithin, attributes, tally: rules.filter((r) => r.type === 'tally').flatMap((r) => r.words), tallyMixed: of('tally-mixed'), tallyAny: of('tally-any'), frameMore: of('frame-more'), deedHead: of('deed-head'), leader: of('leader'), led: of('led'), event: of('event'), progress: of('progress'), stage: of('stage'), entryPapers: of('stage-papers'), stageFinal: of('stage-final'), stageReview: of('stage-review'), pronounFrame: of('pronoun-frame'), instalment: of('instalment'), funded: of('funded'), aside, asideIncludes: opens(of('aside-include')), among: of('among'), pooled: of('pooled'), ...selectionPatterns(of) };
});

/** total index → the indexes of its direct parts (those whose partOf is it), in order. */
export function directParts<T extends { partOf: number | null }>(qs: T[], indexOf: (q: T, n: number) => number = (_q, n) => n): Map<number, T[]> {
  const out = new Map<number, T[]>();
  qs.forEach((q, n) => {
    if (q.partOf == null || q.partOf === indexOf(q, n)) return;
    let l = out.get(q.partOf);
    if (!l) out.set(q.partOf, (l = []));
    l.push(q);
  });
  return out;
}

/**
 * Are the parts a breakdown whose sum must equal the total? Not when they are named by attributes
 * of two or more dimensions (其中女职工…、农民工…、青年职工…): such groups overlap.
 */
export function isBreakdown(subjects: string[], lr: ListRules = loadListRules()): boolean {
  const dims = new Set<string>();
  let plain = 0;
  for (const s of subjects) {
    const own = lr.attributes.filter((a) => a.words.some((w) => s.includes(w)));
    for (const a of own) dims.add(a.id);
    if (!own.length) plain++;
  }
  // 女性同志38名；来自学校的27名: a group of people named by an attribute beside groups named
  // otherwise cuts across them (skill levels, a classification of their own, excepted)
  const crossing = [...dims].some((d) => d !== 'list.attribute-skill');
  return dims.size < 2 && !(crossing && plain > 0);
}
