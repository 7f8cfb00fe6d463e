// The named-thing refinements of issue 18, run after the dictionary extractors: honours by the
// grammar of conferment, people where the layout names them, named workshops with their leaders
// and levels. Each step adds what the dictionaries cannot know and corrects what they cut wrong.
import type { ExtractContext, Extraction } from '../../types.js';
import { confermentHonours, mergeHonours } from './conferment.js';
import { docPlace } from './gazetteer.js';
import { cuePeople, mergePeople, peopleRules } from './people-cues.js';
import { refineOrgs } from './org-refine.js';
import { isChromeLine } from '../../structure/page.js';
import { leaderPeople, mergeWorkshops, namedWorkshops } from './workshop-names.js';

export function refineNamed(ctx: ExtractContext, ex: Extraction): Extraction {
  const text = ctx.text;
  const pr = peopleRules();
  const place = docPlace(text);
  const awards = mergeHonours(ex.awards, confermentHonours(text, place.province));
  const cued = cuePeople(text, pr);
  let entities = mergePeople(ex.entities, cued, text);
  entities = refineOrgs(entities, text, place, isChromeLine);
  const named = namedWorkshops(text, ctx.meta.title, awards, entities.filter((e) => e.type === 'person'), pr);
  const workshops = mergeWorkshops(ex.workshops, named, awards);
  entities = mergePeople(entities, leaderPeople(named, text), text);
  return { ...ex, awards, workshops, entities };
}
