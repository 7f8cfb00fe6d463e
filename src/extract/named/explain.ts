// `gongwen extract FILE --explain` support: for one sentence (or any span of a document), which
// award / workshop / entity rules fired, and which matched but were rejected, and why.
import type { ExtractContext } from '../../types.js';
import { asDoc, type Doc } from '../doc.js';
import type { Explanation } from '../extractor.js';
import { awardCandidates } from '../awards.js';
import { entityCandidates } from '../entities.js';
import { workshopCandidates } from '../workshops.js';
import { textContext } from './doc.js';
import { confermentCandidates } from './conferment.js';
import { docPlace } from './gazetteer.js';
import { cuePeople } from './people-cues.js';
import { honourMottos, namedWorkshops } from './workshop-names.js';

export interface ExplainLine {
  kind: 'award' | 'workshop' | 'entity';
  rule: string;
  text: string;
  start: number;
  end: number;
  /** what was emitted (name / type / canonical …), or null when rejected */
  result: Record<string, unknown> | null;
  /** why it was rejected, or null when it fired */
  rejected: string | null;
  /** the evidence the rule used (prefix, count, verb, recipient …) */
  notes: string[];
}

/**
 * Explains the named-thing rules for `sentence`. With `ctx` (the whole document) and the sentence's
 * offsets, the document's facts (province, 《》 titles, issuers) are used; without, the sentence is
 * read on its own.
 */
export function explainNamed(sentence: string, ctx?: ExtractContext, at?: { start: number; end: number }): ExplainLine[] {
  const c = ctx ?? textContext(sentence);
  const rules = asDoc(c).rules;
  let from = at?.start ?? 0;
  let to = at?.end ?? c.text.length;
  if (ctx && !at) {
    const i = ctx.text.indexOf(sentence);
    if (i >= 0) {
      from = i;
      to = i + sentence.length;
    }
  }
  const inRange = (x: { start: number; end: number }) => x.start < to && x.end > from;
  const out: ExplainLine[] = [];
  for (const a of awardCandidates(c).filter(inRange)) {
    out.push({ kind: 'award', rule: a.rule, text: a.text, start: a.start, end: a.end, rejected: a.rejected, notes: a.notes,
      result: a.rejected ? null : { name: a.name, level: a.level, count: a.count, recipients: a.recipients } });
  }
  const grammar = confermentCandidates(c.text, docPlace(c.text).province, rules.conferment, c.meta.title ?? null);
  const honours = grammar.found;
  for (const h of honours.filter(inRange)) {
    out.push({ kind: 'award', rule: h.rule, text: h.text, start: h.start, end: h.end, rejected: null, notes: h.notes,
      result: { name: h.name, level: h.level, count: h.count, recipients: h.recipients } });
  }
  for (const h of grammar.rejected.filter(inRange)) out.push({ kind: 'award', rule: h.rule, text: h.text, start: h.start, end: h.end, rejected: h.why, notes: ['rules/conferment.yaml'], result: null });
  const cued = cuePeople(c.text, rules.peopleCues);
  for (const p of cued.filter(inRange)) {
    out.push({ kind: 'entity', rule: p.rule, text: p.text, start: p.start, end: p.end, rejected: null, notes: ['a name where the layout puts one (rules/people-cues.yaml)'],
      result: { type: 'person', name: p.name, role: p.role } });
  }
  for (const w of namedWorkshops(c.text, c.meta.title, honours, cued, rules.peopleCues, rules.workshopNames).filter(inRange)) {
    out.push({ kind: 'workshop', rule: w.rule, text: w.text, start: w.start, end: w.end, rejected: null, notes: [w.leader ? `named after its leader ${w.leader}` : 'named by a quoted motto', `level ${w.level ?? 'not stated'}`],
      result: { name: w.name, type: w.type, level: w.level, leader: w.leader } });
  }
  for (const h of honourMottos(c.text, rules.workshopNames).filter(inRange)) out.push({ kind: 'workshop', rule: 'workshop.named', text: h.text, start: h.start, end: h.end, rejected: h.why, notes: [], result: null });
  for (const w of workshopCandidates(c).filter(inRange)) {
    out.push({ kind: 'workshop', rule: w.rule, text: w.text, start: w.start, end: w.end, rejected: w.rejected, notes: w.notes,
      result: w.rejected ? null : { name: w.name, type: w.type, level: w.level, count: w.count, leader: w.leader } });
  }
  for (const e of entityCandidates(c).filter(inRange)) {
    out.push({ kind: 'entity', rule: e.rule, text: e.text, start: e.start, end: e.end, rejected: e.rejected, notes: e.notes,
      result: e.rejected ? null : { type: e.type, name: e.name, canonical: e.canonical, role: e.role } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A readable rendering, one line per candidate. */
export function formatExplain(lines: ExplainLine[]): string {
  return lines
    .map((l) => `${l.rejected ? '✗' : '✓'} ${l.kind} ${l.rule} “${l.text}” [${l.start},${l.end})` +
      (l.rejected ? ` rejected: ${l.rejected}` : ` → ${JSON.stringify(l.result)}`) +
      (l.notes.length ? ` (${l.notes.join('; ')})` : ''))
    .join('\n');
}

/** The named family's --explain section: award, workshop and entity candidates in one list. */
export function explainNames(doc: Doc): Explanation {
  const lines = explainNamed(doc.text, doc, { start: 0, end: doc.text.length });
  return { heading: `explain names (${lines.length} candidates; ✓ fired, ✗ rejected)`, body: formatExplain(lines) };
}
