// An item table's row as the archive stores it (schema 12, src/store/migration-12.ts), from the row
// of its public columns (src/extract/tables.ts): what the document's text or the row's other columns
// already hold is not stored twice, and the views give it back.
//   - `sentence` (quantities, citations): its UTF-8 byte offset and length in documents.text
//     (`sentence_at`, `sentence_bytes`); the sentence itself only when the text does not hold it.
//   - entities: `name` NULL when it equals `canonical`, `text` NULL when it equals the name.
//   - `rule` is kept once in item_rules, the row holds its key (`rule_id`): the rows here still carry
//     the rule id, which the writer's statement looks up (storedValue).
// Built in the worker thread with the rest of a document's rows (no database module here).
import type { ItemTable } from '../extract/families.js';
import { TABLES } from '../extract/tables.js';

type Row = unknown[];

/** the columns of `<table>_rows` after doc, in the order storedRows gives them */
export function storedColumns(t: ItemTable): string[] {
  return TABLES[t].columns.flatMap((c) => (c === 'sentence' ? ['sentence', 'sentence_at', 'sentence_bytes'] : c === 'rule' ? ['rule_id'] : [c]));
}

/** The SQL value of a stored column from its parameter: a rule id becomes its key in item_rules. */
export function storedValue(column: string): string {
  return column === 'rule_id' ? '(SELECT id FROM item_rules WHERE rule = ?)' : '?';
}

/** UTF-8 byte offsets of UTF-16 offsets into one text: a count every 4,096 units, so that each look-up reads at most that many. */
export class ByteOffsets {
  private readonly marks: number[] = [0];
  constructor(private readonly text: string) {}

  at(k: number): number {
    const m = k >> 12;
    while (this.marks.length <= m) {
      const i = this.marks.length;
      this.marks.push(this.marks[i - 1] + Buffer.byteLength(this.text.slice((i - 1) << 12, i << 12)));
    }
    return this.marks[m] + Buffer.byteLength(this.text.slice(m << 12, k));
  }
}

/**
 * Where a sentence holding the item at `itemStart` is in the text, as UTF-8 bytes [offset, length];
 * null when the text holds it nowhere around the item (then the row keeps the sentence itself).
 * Only the stretch that can hold such a sentence is searched, so a document's look-ups cost its
 * sentences' length, not its items times its text.
 */
export function sentenceBytes(text: string, sentence: string, itemStart: number, bytes = new ByteOffsets(text)): [number, number] | null {
  const lo = Math.max(0, itemStart - sentence.length);
  const around = text.slice(lo, itemStart + sentence.length);
  let k = around.lastIndexOf(sentence, itemStart - lo);
  if (k < 0) k = around.indexOf(sentence);
  if (k < 0) return null;
  k += lo;
  // a slice that would part a surrogate pair has no byte offset of its own (never a real sentence)
  const low = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  if (low(k) || low(k + sentence.length)) return null;
  return [bytes.at(k), Buffer.byteLength(sentence)];
}

function compactor(t: ItemTable): ((row: Row, text: string, bytes: ByteOffsets) => Row) | null {
  const cols = TABLES[t].columns as readonly string[];
  const at = (c: string) => cols.indexOf(c);
  const s = at('sentence');
  if (s >= 0) {
    const start = at('start');
    return (row, text, bytes) => {
      const sentence = String(row[s]);
      const place = sentenceBytes(text, sentence, Number(row[start]), bytes);
      return [...row.slice(0, s), ...(place ? [null, ...place] : [sentence, null, null]), ...row.slice(s + 1)];
    };
  }
  if (t === 'entities') {
    const [name, canonical, text] = [at('name'), at('canonical'), at('text')];
    return (row) => {
      const out = row.slice();
      if (row[name] === row[canonical]) out[name] = null;
      if (row[text] === row[name]) out[text] = null;
      return out;
    };
  }
  return null;
}

const COMPACTORS = new Map<ItemTable, ((row: Row, text: string, bytes: ByteOffsets) => Row) | null>();

/** The rows of table `t` as stored, from the rows of its public columns, for a document of this text. */
export function storedRows(t: ItemTable, rows: Row[], text: string): Row[] {
  if (!COMPACTORS.has(t)) COMPACTORS.set(t, compactor(t));
  const f = COMPACTORS.get(t)!;
  if (!f) return rows;
  const bytes = new ByteOffsets(text);
  return rows.map((r) => f(r, text, bytes));
}
