// compileRules(dir): every rule file the extractors read, validated and compiled once, as one
// immutable object handed to every extractor with the Doc. GONGWEN_RULES (or rules/) chooses the
// folder when none is given. Each family's part keeps its own loader (numbers/rules.ts,
// quantities/rules.ts, named/rules.ts, citations/rules.ts, and each refiner's module for its rule
// file), which names the file and the entry on any error; only this module calls them, once per
// folder, and the family versions (families.ts) hash what they return.
import { currentRulesDir } from '../rules/loader.js';
import { numberRules, type NumberRules } from './numbers/rules.js';
import { loadQuantityRules, type QuantityRules } from './quantities/rules.js';
import { namedRules, type NamedRules } from './named/rules.js';
import { citationRules, type CitationRules } from './citations/rules.js';
import { loadListRules, type ListRules } from './quantities/list-rules.js';
import { genrePatterns, type GenreWords } from '../structure/genres.js';
import { pageLayout, type PageLayoutRules } from '../structure/page.js';
import { subjectCues, type SubjectCues } from './quantities/subject-refine.js';
import { confermentRules, type ConfermentRules } from './named/conferment.js';
import { peopleRules, type PeopleRules } from './named/people-cues.js';
import { workshopNames, type WorkshopNameRules } from './named/workshop-names.js';
import { orgBodies, type OrgBodies } from './named/org-refine.js';
import { gradeRules, type GradeRules } from './grades.js';

export interface CompiledRules {
  /** the rules folder they were read from */
  readonly dir: string;
  readonly numbers: NumberRules;
  readonly quantities: QuantityRules;
  /** how a total and its parts are written (rules/lists.yaml), shared by extraction and findings */
  readonly lists: ListRules;
  readonly named: NamedRules;
  readonly citations: CitationRules;
  /** the header vocabulary structure read the document with (rules/genres.yaml) */
  readonly genres: GenreWords;
  /** the page layout structure read the document with (rules/page-layout.yaml) */
  readonly page: PageLayoutRules;
  // the refiners run after the extractors (issue 18)
  /** subject-cues.yaml: quantities/subject-refine.ts */
  readonly subjects: SubjectCues;
  /** conferment.yaml (+ awards.yaml aliases): named/conferment.ts */
  readonly conferment: ConfermentRules;
  /** people-cues.yaml (+ people.yaml surnames): named/people-cues.ts */
  readonly peopleCues: PeopleRules;
  /** workshop-names.yaml (+ workshops.yaml types): named/workshop-names.ts */
  readonly workshopNames: WorkshopNameRules;
  /** org-bodies.yaml: named/org-refine.ts */
  readonly orgBodies: OrgBodies;
  /** grades.yaml: a score band's grade (quantities) and a workshop a review grades (named) */
  readonly grades: GradeRules;
}

const compiled = new Map<string, CompiledRules>();

/** The rules of `dir` (default: GONGWEN_RULES or rules/), compiled once per folder. */
export function compileRules(dir = currentRulesDir()): CompiledRules {
  let r = compiled.get(dir);
  if (!r) {
    r = Object.freeze({
      dir,
      numbers: numberRules(dir),
      quantities: loadQuantityRules(dir),
      lists: loadListRules(dir),
      named: namedRules(dir),
      citations: citationRules(dir),
      genres: genrePatterns(dir).words,
      page: pageLayout(dir),
      subjects: subjectCues(dir),
      conferment: confermentRules(dir),
      peopleCues: peopleRules(dir),
      workshopNames: workshopNames(dir),
      orgBodies: orgBodies(dir),
      grades: gradeRules(dir),
    });
    compiled.set(dir, r);
  }
  return r;
}
