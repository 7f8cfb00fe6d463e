// What a part of a set is counted by when its clause names no noun for it: 其中5人通过认定, 另有2个暂缓命名,
// 最终6家通过评审, 15人中有11人长期在一线工作. Before the figure the clause holds only frame words (其中, 另,
// 最终, a set framed by 中, an adverb, 有); after the measure word comes no noun but a predicate. The figure
// then counts those of whom the predicate is told, and the predicate names them (通过认定, 暂缓命名); a copula
// (为, 是) before a noun leaves the noun, a cause (因…) before what befell them is no part of it.
import type { Quantity } from '../../types.js';
import { jiebaTag } from '../named/jieba.js';

/** the clause marks that end a predicate */
const CLAUSE_END = /[，,。；;：:！？!?\n]/;

/** only frame words before the figure: a frame or time (其中, 另外, 最终, 经评审, 结业后, 截至9月底), a set framed
 * by 中 or 里, an adverb (又, 已, 共), 有 and a word of about (近, 约) */
// (共 and a whole area, 全市共30人入选, open a total, not a part)
const FRAME_ONLY = new RegExp(
  '^(?:其中|另外|此外|最终|最后|目前|现在|如今|截至[^，,]{0,8}?|经[^，,]{1,30}?|[^，,]{1,6}[后後])?' +
  '(?:[^，,]{1,24}?(?:之中|当中|中|里|裡))?(?:又|还|也|另|已经|已|先后|尚|仍|则)?(?:有)?(?:近|约|超过|逾)?$',
);

/** what opens a predicate told of the part: a passive, a cause, a negation, an adverb, a modal or a verb of passing */
const PREDICATE_OPENS = /^(?:被|因|未|不再|暂缓|已经|已|能|可|通过|经|在|与|與|达到|成为|走上|获得|取得)/;

/** the clause before the figure, without spaces */
function leftOf(text: string, q: Quantity): string {
  const head = text.slice(Math.max(0, q.start - 40), q.start);
  return head.replace(/^[^]*[，,；;。！？!?：:\n]/, '').replace(/\s+/g, '');
}

/** the predicate after the measure word, to the end of its clause (the next clause when a cause fills this one) */
function predicateAfter(text: string, q: Quantity): string {
  const rest = text.slice(q.end, q.end + 60);
  const end = rest.search(CLAUSE_END);
  const p = (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/g, '');
  if (!p.startsWith('因')) return p;
  // (1个因依托企业停产被撤销命名: what befell them follows the cause from its passive or negation on; 1个因带头人
  // 调离，不再保留: with none in the clause, it is the clause after; with no such clause, the cause names nothing)
  const at = p.search(/被|不再|暂缓|撤销|取消/);
  if (at > 0) return p.slice(at);
  return end >= 0 && /[，,]/.test(rest[end]) ? rest.slice(end + 1).split(CLAUSE_END)[0].replace(/\s+/g, '').replace(/^(?:予以|并|而|故)/, '') : '';
}

/** a predicate that is a verb phrase, not a noun, a figure or a quoted title (those the other readers name) */
function isPredicate(p: string): boolean {
  if (p.length < 2 || /[0-9０-９“”"「」]/.test(p) || /^(?:以上|以下|左右|的|之)/.test(p)) return false;
  if (PREDICATE_OPENS.test(p)) return true;
  const first = jiebaTag(p)[0];
  return !!first && /^(?:v|d)/.test(first.tag) && first.tag !== 'vn';
}

/** 其中5人通过认定 → 通过认定, 其余3人为技师 → 技师; null when the clause names a noun of its own for the part */
export function partPredicate(text: string, q: Quantity): string | null {
  if (q.kind !== 'count' || !FRAME_ONLY.test(leftOf(text, q))) return null;
  const p = predicateAfter(text, q);
  const copula = /^(?:为|是|系)(.{2,})$/.exec(p);
  if (copula) return /[0-9０-９“”"「」]/.test(copula[1]) ? null : copula[1];
  return isPredicate(p) ? p : null;
}
