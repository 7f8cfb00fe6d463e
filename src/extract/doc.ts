// The Doc: one document as every extractor reads it, built once per document (extractAll) from
// what structure found. It carries the text, its lines with their pages, its sentences and
// clauses, its segmentation (cut on demand, kept for the document) and the document's facts
// (province, city, kind, 《…》 titles). Everything an extractor derives from the text alone lives
// here, per document: no module keeps a cache keyed by the text.
import type { DocKind, ExtractContext } from '../types.js';
import { compileRules, type CompiledRules } from './compiled-rules.js';
import { computeSentences, findSentence, type Span } from './sentences.js';
import { clauseBounds } from './quantities/subject.js';
import { Segmentation } from './segmentation.js';
import { computeFacts, type DocFacts } from './named/doc.js';
import { docPlace, type DocPlace } from './named/gazetteer.js';

export interface DocLine extends Span {
  /** the source page of the line's first character, null for unpaged formats */
  page: number | null;
}

export interface Doc extends ExtractContext {
  readonly rules: CompiledRules;
  readonly kind: DocKind;
  /** the text's lines ('\n'-separated paragraphs), with their pages */
  readonly lines: readonly DocLine[];
  /** every sentence, in order */
  readonly sentences: readonly Span[];
  readonly seg: Segmentation;
  /** province, city and 《…》 titles, found with the named rules */
  readonly facts: DocFacts;
  /** the province, city and county the national gazetteer finds most in the text's start */
  readonly place: DocPlace;
  /** the start of the whole document (HEAD_LENGTH characters), where its header facts are read:
   * the same for every window of a document extracted window by window */
  readonly head: string;
  sentenceAt(offset: number): Span;
  /** the clause around `offset` (between ，；：。 etc., skipping over （…）) */
  clauseAt(offset: number): Span;
  /** where `ch` occurs in the text, in order */
  occurrences(ch: string): readonly number[];
}

/** how much of a document's start Doc.head keeps */
export const HEAD_LENGTH = 1000;

class BuiltDoc implements Doc {
  readonly text: string;
  readonly meta: ExtractContext['meta'];
  readonly sections: ExtractContext['sections'];
  readonly pageAt: ExtractContext['pageAt'];
  readonly seg: Segmentation;
  private lineList: DocLine[] | null = null;
  private sentenceList: Span[] | null = null;
  private factsOf: DocFacts | null = null;
  private placeOf: DocPlace | null = null;
  private readonly charIndex = new Map<string, number[]>();

  readonly head: string;

  constructor(ctx: ExtractContext, readonly rules: CompiledRules, head?: string) {
    this.head = head ?? ctx.text.slice(0, HEAD_LENGTH);
    this.text = ctx.text;
    this.meta = ctx.meta;
    this.sections = ctx.sections;
    this.pageAt = ctx.pageAt;
    this.seg = new Segmentation(ctx.text);
  }

  get kind(): DocKind {
    return this.meta.kind;
  }

  get lines(): readonly DocLine[] {
    this.lineList ??= splitLines(this.text, this.pageAt);
    return this.lineList;
  }

  get sentences(): readonly Span[] {
    this.sentenceList ??= computeSentences(this.text);
    return this.sentenceList;
  }

  get facts(): DocFacts {
    this.factsOf ??= computeFacts(this, this.rules.named, this.seg);
    return this.factsOf;
  }

  get place(): DocPlace {
    this.placeOf ??= docPlace(this.text);
    return this.placeOf;
  }

  sentenceAt(offset: number): Span {
    return findSentence(this.sentences, this.text, offset);
  }

  clauseAt(offset: number): Span {
    return clauseBounds(this.text, offset);
  }

  occurrences(ch: string): readonly number[] {
    let list = this.charIndex.get(ch);
    if (!list) {
      list = [];
      for (let i = this.text.indexOf(ch); i >= 0; i = this.text.indexOf(ch, i + 1)) list.push(i);
      this.charIndex.set(ch, list);
    }
    return list;
  }
}

function splitLines(text: string, pageAt: (o: number) => number | null): DocLine[] {
  const out: DocLine[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, page: pageAt(start) });
    start = end + 1;
  }
  return out;
}

/** The Doc of a document (built once by extractAll and handed to every extractor); `head`: the
 * document's start when `ctx` is one window of it (default: the start of ctx.text). */
export function buildDoc(ctx: ExtractContext, rules: CompiledRules = compileRules(), head?: string): Doc {
  return new BuiltDoc(ctx, rules, head);
}

/** `ctx` itself when it is a Doc already; else a Doc built over it (explain, tests, one-off calls). */
export function asDoc(ctx: ExtractContext, rulesDir?: string): Doc {
  if (ctx instanceof BuiltDoc) return ctx;
  return new BuiltDoc(ctx, compileRules(rulesDir));
}
