// Scores one document of the genre corpus against its gold, kind by kind, as the table of the
// issue "Real documents from all over China" measures them. Names compare without spaces and
// quotation marks, with full-width digits and letters at half width (as the canonical text stores
// them, src/normalize/text.ts) and folded to simplified script, so a copy is judged on what it says,
// not on which character table the extractor answers in.
import type { DocumentJson, Entity, Quantity } from '../../src/types.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { foldWidth } from '../../src/normalize/text.js';
import type { GenreGold, GenreQuantity } from './genre-gold.js';

export interface Tally { tp: number; fp: number; fn: number }
/** a count of judged items and of those right (subject, partOf, role, header fields) */
export interface Rate { right: number; of: number }

export interface DocScore {
  quantities: Tally;
  subject: Rate;
  partOf: Rate;
  honours: Tally;
  honourLevel: Rate;
  workshops: Tally;
  workshopTypeLevel: Rate;
  orgs: Tally;
  people: Tally;
  role: Rate;
  title: Rate;
  issuers: Rate;
  date: Rate;
  docNumber: Rate;
  byline: Rate;
  articles: Tally;
  notes: string[];
}

/** spaces, quotation marks and table pipes are layout, not text: a gold may quote a Markdown row as
 * `名称 | 5000` while the stored text holds the cells one a line */
export const norm = (s: string | null | undefined): string =>
  foldToSimplified(foldWidth(s ?? '').replace(/[\s\u3000|]+/g, '').replace(/[“”‘’"'「」《》]/g, ''));

const eqAny = (x: string | null | undefined, ...ys: (string | null | undefined)[]) => ys.some((y) => norm(x) === norm(y));

// ------------------------------------------------------------------------------- quantities
function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
/** the subject as annotated (or an alternative); a list part named by its level (省级) may also carry
 * the total's noun (省级创新工作室), the convention of the samples' gold */
export const subjectOk = (g: Pick<GenreQuantity, 'subject' | 'subject_alt'>, q: Pick<Quantity, 'subject'>) =>
  eqAny(q.subject, g.subject, ...(g.subject_alt ?? [])) || levelPart(norm(g.subject), norm(q.subject));
/** tested on the folded gold, so a traditional-script 級 counts as 级 */
const levelPart = (gold: string, got: string) => /级$/.test(gold) && got.startsWith(gold) && !got.includes('以上');
/** 千分之五 written as 5 ‰ or as the fraction 0.005 is one figure: golds of both forms exist (held64, held65) */
export function sameAmount(a: { value: number; unit: string }, b: { value: number; unit: string }): boolean {
  const plain = (x: { value: number; unit: string }) => (norm(x.unit) === '‰' ? { value: x.value / 1000, unit: '' } : { value: x.value, unit: norm(x.unit) });
  const [x, y] = [plain(a), plain(b)];
  return sameNumber(x.value, y.value) && x.unit === y.unit;
}
const fits = (g: GenreQuantity, q: Quantity) =>
  sameAmount(q, g) && norm(q.sentence).includes(norm(g.sentence_contains));

/** the gold total a part names: the nearest entry before it with that text (else the first) */
function totalOf(gold: GenreQuantity[], gi: number): number {
  const want = gold[gi].partOf;
  for (let i = gi - 1; i >= 0; i--) if (gold[i].text === want) return i;
  return gold.findIndex((t) => t.text === want);
}

function scoreQuantities(gold: GenreQuantity[], got: Quantity[], s: DocScore): void {
  const used = new Set<number>();
  const pairOf = new Map<number, number>();
  for (const pass of [1, 2]) {
    gold.forEach((g, gi) => {
      if (pairOf.has(gi)) return;
      const k = got.findIndex((q, qi) => !used.has(qi) && fits(g, q) && (pass === 2 || subjectOk(g, q)));
      if (k >= 0) { used.add(k); pairOf.set(gi, k); }
    });
  }
  s.quantities = { tp: pairOf.size, fp: got.length - used.size, fn: gold.length - pairOf.size };
  gold.forEach((g, gi) => { if (!pairOf.has(gi)) s.notes.push(`q MISS   ${g.text} subject=${g.subject} | …${g.sentence_contains}…`); });
  got.forEach((q, qi) => { if (!used.has(qi)) s.notes.push(`q FALSE  ${q.text} = ${q.value}${q.unit} subject=${q.subject} | ${q.sentence.slice(0, 50)}`); });
  for (const [gi, qi] of pairOf) {
    const g = gold[gi];
    const q = got[qi];
    s.subject.of++;
    if (subjectOk(g, q)) s.subject.right++;
    else s.notes.push(`q SUBJ   ${g.text}: got ${q.subject || '∅'}, want ${g.subject}`);
    if (!g.partOf) continue;
    s.partOf.of++;
    const want = pairOf.get(totalOf(gold, gi));
    if (want !== undefined && q.partOf === want) s.partOf.right++;
    else s.notes.push(`q PARTOF ${g.text} ⊂ ${g.partOf}: got ${q.partOf === null ? '∅' : got[q.partOf]?.text}`);
  }
}

// ------------------------------------------------------------------------------- multiset match
/** greedy one-to-one match of gold items to extracted items by a predicate */
function matchItems<G, X>(gold: G[], got: X[], ok: (g: G, x: X) => boolean): { pairs: [G, X][]; missed: G[]; extra: X[] } {
  const used = new Set<number>();
  const pairs: [G, X][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const k = got.findIndex((x, i) => !used.has(i) && ok(g, x));
    if (k >= 0) { used.add(k); pairs.push([g, got[k]]); } else missed.push(g);
  }
  return { pairs, missed, extra: got.filter((_, i) => !used.has(i)) };
}

function scoreHonours(gold: GenreGold['honours'], got: DocumentJson['awards'], s: DocScore): void {
  const m = matchItems(gold, got, (g, a) => eqAny(a.name, g.name, ...(g.alt ?? [])) && (a.count ?? null) === g.count);
  s.honours = { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
  for (const [g, a] of m.pairs) { s.honourLevel.of++; if ((a.level ?? null) === (g.level ?? null)) s.honourLevel.right++; }
  for (const g of m.missed) s.notes.push(`h MISS   ${g.name} ×${g.count ?? '∅'}`);
  for (const a of m.extra) s.notes.push(`h FALSE  ${a.name} ×${a.count ?? '∅'} (${a.rule}) | ${a.text}`);
}

/**
 * Named workshops only (李建国劳模创新工作室, “启航”职工创新工作室): one gold entry per mention, matched
 * on name and leader; type and level judged on matched pairs. Unnamed type mentions (创新工作室58个)
 * are figures, scored with the quantities, and are left out on both sides.
 */
function scoreWorkshops(gold: GenreGold['workshops'], got: DocumentJson['workshops'], s: DocScore): void {
  const named = gold.filter((g) => g.name);
  const m = matchItems(named, got.filter((w) => w.name), (g, w) => eqAny(w.name, g.name) && eqAny(w.leader ?? '', g.leader ?? ''));
  s.workshops = { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
  for (const [g, w] of m.pairs) {
    s.workshopTypeLevel.of++;
    if (eqAny(w.type, g.type) && (w.level ?? null) === (g.level ?? null)) s.workshopTypeLevel.right++;
    else s.notes.push(`w TYPE/LEVEL ${g.name}: got ${w.type}/${w.level ?? '∅'}, want ${g.type}/${g.level ?? '∅'}`);
  }
  for (const g of m.missed) s.notes.push(`w MISS   ${g.name} leader=${g.leader ?? '∅'}`);
  for (const w of m.extra) s.notes.push(`w FALSE  ${w.name} leader=${w.leader ?? '∅'} | ${w.text}`);
}

// ------------------------------------------------------------------------------- entities
/** distinct gold names (grouped by canonical) against distinct extracted entities of one type */
function scoreNamed(
  groups: { key: string; names: string[] }[],
  got: Entity[],
  what: string,
  s: DocScore,
): { tally: Tally; matched: Map<string, Entity[]> } {
  const matched = new Map<string, Entity[]>();
  const strays = new Map<string, Entity>();
  for (const e of got) {
    const g = groups.find((x) => x.names.some((n) => eqAny(n, e.canonical) || eqAny(n, e.name)));
    if (g) matched.set(g.key, [...(matched.get(g.key) ?? []), e]);
    else strays.set(norm(e.canonical), e);
  }
  for (const g of groups) if (!matched.has(g.key)) s.notes.push(`${what} MISS   ${g.key}`);
  for (const e of strays.values()) s.notes.push(`${what} FALSE  ${e.canonical}${e.name !== e.canonical ? ' (' + e.name + ')' : ''} (${e.rule})`);
  return { tally: { tp: matched.size, fp: strays.size, fn: groups.length - matched.size }, matched };
}

function orgGroups(gold: GenreGold['orgs']): { key: string; names: string[] }[] {
  const by = new Map<string, string[]>();
  for (const o of gold) {
    const names = typeof o === 'string' ? [o] : [o.name, ...(o.canonical ? [o.canonical] : []), ...(o.alt ?? [])];
    const key = norm(typeof o === 'string' ? o : o.canonical ?? o.name);
    by.set(key, [...(by.get(key) ?? []), ...names]);
  }
  return [...by].map(([key, names]) => ({ key, names }));
}

function scorePeople(gold: GenreGold['people'], got: Entity[], s: DocScore): void {
  const groups = gold.map((p) => ({ key: norm(p.name), names: [p.name, ...(p.alt ?? [])] }));
  const r = scoreNamed(groups, got, 'p', s);
  s.people = r.tally;
  for (const p of gold) {
    if (!p.role) continue;
    const es = r.matched.get(norm(p.name));
    if (!es) continue;
    s.role.of++;
    const want = [p.role, ...(p.role_alt ?? [])].map(norm);
    const roles = es.map((e) => norm(e.role));
    if (roles.some((x) => x && want.some((w) => x === w || x.endsWith(w)))) s.role.right++;
    else s.notes.push(`p ROLE   ${p.name}: got ${roles.filter(Boolean).join('/') || '∅'}, want ${p.role}`);
  }
}

// ------------------------------------------------------------------------------- header
/** a 文号 is stored in the GB/T 9704 form (某发〔2025〕3号, src/structure/header.ts) whatever brackets the
 * document put round its year; a gold may quote the document's own ([2025], （2025）) */
export const sameDocNumber = (got: string | null | undefined, want: string | null | undefined) =>
  yearBrackets(norm(got)) === yearBrackets(norm(want));
const yearBrackets = (s: string) => s.replace(/[［[（(〔](\d{4})[］\]）)〕]/g, '〔$1〕');

function field(s: DocScore, name: 'title' | 'issuers' | 'date' | 'docNumber' | 'byline', ok: boolean, got: unknown, want: unknown): void {
  s[name].of++;
  if (ok) s[name].right++;
  else s.notes.push(`header ${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

function scoreHeader(h: GenreGold['header'], d: DocumentJson['document'], s: DocScore): void {
  field(s, 'title', eqAny(d.title, h.title, ...(h.title_alt ?? [])), d.title, h.title);
  const gi = [...h.issuers].map(norm).sort();
  const di = [...d.issuers].map(norm).sort();
  field(s, 'issuers', gi.length === di.length && gi.every((x, i) => x === di[i]), d.issuers, h.issuers);
  if (h.date !== undefined) field(s, 'date', (d.date ?? null) === (h.date ?? null), d.date, h.date);
  if (h.docNumber !== undefined) field(s, 'docNumber', sameDocNumber(d.docNumber, h.docNumber), d.docNumber, h.docNumber);
  if (h.byline !== undefined) field(s, 'byline', eqAny(d.byline ?? '', h.byline ?? ''), d.byline, h.byline);
}

/** the articles of a bulletin issue, when the extractor gives them (`document.articles`) */
function scoreArticles(gold: GenreGold['articles'], d: DocumentJson['document'], s: DocScore): void {
  if (!gold) return;
  const got = ((d as { articles?: { title: string | null; byline?: string | null }[] }).articles ?? []);
  const m = matchItems(gold, got, (g, a) => eqAny(a.title, g.title) && eqAny(a.byline ?? '', g.byline ?? ''));
  s.articles = { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
  for (const g of m.missed) s.notes.push(`article MISS   ${g.title} / ${g.byline ?? '∅'}`);
  for (const a of m.extra) s.notes.push(`article FALSE  ${a.title} / ${a.byline ?? '∅'}`);
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const rate = (): Rate => ({ right: 0, of: 0 });

export function emptyScore(): DocScore {
  return {
    quantities: tally(), subject: rate(), partOf: rate(), honours: tally(), honourLevel: rate(), workshops: tally(),
    workshopTypeLevel: rate(), orgs: tally(), people: tally(), role: rate(), title: rate(), issuers: rate(), date: rate(),
    docNumber: rate(), byline: rate(), articles: tally(), notes: [],
  };
}

export function scoreDocument(gold: GenreGold, json: DocumentJson): DocScore {
  const s = emptyScore();
  scoreQuantities(gold.quantities, json.quantities, s);
  scoreHonours(gold.honours, json.awards, s);
  scoreWorkshops(gold.workshops, json.workshops, s);
  s.orgs = scoreNamed(orgGroups(gold.orgs), json.entities.filter((e) => e.type === 'org'), 'o', s).tally;
  scorePeople(gold.people, json.entities.filter((e) => e.type === 'person'), s);
  scoreHeader(gold.header, json.document, s);
  scoreArticles(gold.articles, json.document, s);
  return s;
}

/** add b into a (every tally and rate; notes are per document and not summed) */
export function addInto(a: DocScore, b: DocScore): void {
  for (const k of Object.keys(a) as (keyof DocScore)[]) {
    if (k === 'notes') continue;
    const x = a[k] as unknown as Record<string, number>;
    const y = b[k] as unknown as Record<string, number>;
    for (const f of Object.keys(x)) x[f] += y[f];
  }
}
