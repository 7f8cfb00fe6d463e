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
import { homeLevels } from './level.js';

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
  for (const w of namedWorkshops(c.text, c.meta.title, honours, cued, rules.peopleCues, rules.workshopNames, homeLevels(c.meta.issuers, c.meta.title ?? null)).filter(inRange)) {
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
  out.push(...unconfirmedNames(asDoc(c), out, from, to));
  return out.sort((a, b) => a.start - b.start);
}

/** the words jieba tags as a person's name (nr, nrfg, nrt) that no rule took as a person: a person needs the
 * layout's word for one (a role or post, 同志, a byline, a label, a list line, an earlier mention), so that
 * 高效 or 文化 after a surname's character never makes one; --explain says so of each */
function unconfirmedNames(doc: Doc, lines: ExplainLine[], from: number, to: number): ExplainLine[] {
  const people = lines.filter((l) => !l.rejected && (l.result?.type === 'person' || typeof l.result?.leader === 'string'));
  const taken = (s: number, e: number) => people.some((l) => l.start < e && l.end > s) || lines.some((l) => !l.rejected && l.kind === 'entity' && l.start <= s && l.end >= e);
  const s = doc.rules.named.surnames;
  const out: ExplainLine[] = [];
  for (const t of doc.seg.tokensBetween(from, Math.max(to, from + 1))) {
    if (!/^nr/.test(t.tag) || t.word.length < 2 || t.word.length > 4 || t.start < from || t.end > to || taken(t.start, t.end)) continue;
    // (a given name jieba cuts from its surname: 李|红梅)
    const lead = t.word.length === 2 && s.single.has(doc.text[t.start - 1] ?? '') && doc.seg.tokenAt(t.start - 1)?.word.length === 1 ? 1 : 0;
    const word = doc.text.slice(t.start - lead, t.end);
    if (lead && taken(t.start - lead, t.end)) continue;
    const surname = s.single.has(word[0]) || s.double.some((d) => word.startsWith(d));
    out.push({ kind: 'entity', rule: 'person.unconfirmed', text: word, start: t.start - lead, end: t.end, result: null, notes: [`jieba ${t.tag}`],
      rejected: surname ? 'no role or post, 同志, byline, label, list line or earlier mention says it is a person (rules/people-cues.yaml, rules/roles.yaml)'
        : 'its first character is no surname of rules/people.yaml, and no label or list line says it is a person' });
  }
  return out;
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
