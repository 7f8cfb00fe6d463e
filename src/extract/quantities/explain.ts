// `gongwen extract FILE --explain` for figures: every number the number finder reads in the
// text, and what became of it — the quantity it produced (unit rule, subject, scope, period,
// list structure) or why none was made, so a rule author sees why a figure was or was not found.
import type { ExtractContext, Quantity } from '../../types.js';
import { asDoc, type Doc } from '../doc.js';
import type { Explanation } from '../extractor.js';
import { findNumbers } from '../numbers/index.js';

export interface QuantityExplainLine {
  text: string;
  start: number;
  end: number;
  /** the quantity made from this number, or null */
  quantity: Quantity | null;
  /** index of that quantity in the document's array */
  index: number | null;
  /** why no quantity was made, when none was */
  rejected: string | null;
}

/** `quantities` is the document's extracted array (extractQuantities(ctx)). */
export function explainQuantities(ctx: ExtractContext, quantities: Quantity[], from = 0, to = ctx.text.length): QuantityExplainLine[] {
  const out: QuantityExplainLine[] = [];
  const rules = asDoc(ctx).rules.quantities;
  for (const m of findNumbers(ctx.text, from, to)) {
    const index = quantities.findIndex((q) => q.start < m.end && m.start < q.end);
    if (index >= 0) {
      out.push({ text: m.text, start: m.start, end: m.end, quantity: quantities[index], index, rejected: null });
      continue;
    }
    const after = ctx.text.slice(m.end, m.end + 4).split('\n')[0];
    const next = after.replace(/^[\s余多]+/, '');
    // a measure word that counts only in its context (年龄…岁, 时长…天) or after Arabic digits (二类竞赛)
    const conditional = rules.units.find((r) => (r.when && (r.words ?? []).some((w) => next.startsWith(w))) ||
      (m.script === 'chinese' && (r.chineseLabel ?? []).some((w) => next.startsWith(w))));
    const reason = m.percent
      ? 'a percentage the quantity rules did not keep (guard, or no subject)'
      : conditional
        ? `“${next}”: ${conditional.id} counts only in its context (rules/units.yaml ${conditional.when ? 'when: the words before the number or after the measure word' : 'chineseLabel: a Chinese numeral before a noun is a category label'}), which does not hold here`
        : `no measure word of rules/units.yaml follows it (next: “${after}”), or a quantity guard dropped it`;
    out.push({ text: m.text, start: m.start, end: m.end, quantity: null, index: null, rejected: reason });
  }
  return out;
}

export function formatQuantityExplain(lines: QuantityExplainLine[]): string {
  return lines
    .map((l) => {
      const at = `${l.start}-${l.end}`.padEnd(11);
      if (!l.quantity) return `✗ number    ${at} ${l.text}  — ${l.rejected}`;
      const q = l.quantity;
      const extra = [
        `subject=${q.subject}`,
        q.scope ? `scope=${q.scope}` : '',
        q.period ? `period=${q.period}` : '',
        q.partOf !== null ? `partOf=#${q.partOf}` : '',
        q.approx ? `approx(${q.qualifier ?? ''})` : '',
        q.cumulative ? 'cumulative' : '',
      ].filter(Boolean);
      return `✓ quantity  ${at} ${q.text}  #${l.index} ${q.kind} ${q.valueText ?? q.value} ${q.unit}  rule=${q.rule}  ${extra.join(' ')}`;
    })
    .join('\n');
}

/** The quantities extractor's --explain section: every number of the document. */
export function explainFigures(doc: Doc, quantities: Quantity[]): Explanation {
  const figures = explainQuantities(doc, quantities);
  return { heading: `explain figures (${figures.length} numbers; ✓ made a quantity, ✗ did not)`, body: formatQuantityExplain(figures) };
}
