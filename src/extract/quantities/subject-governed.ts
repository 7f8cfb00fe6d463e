// A measure written as the modifier of the noun it measures, after the verb that governs the noun:
// 建起了约120平方米的职工活动室, 建立了8651人的实名台账, 经营着一个二十多亩的草果园. The figure and its 的
// make an attribute; the noun after 的 is what is measured, not the doer before the verb.
import type { QuantityRules } from './rules.js';
import type { Segmentation } from '../segmentation.js';

/** what may stand between the verb and the figure: a classifier phrase of one (一个, 一座), a word of about */
const BETWEEN = /(?:一[个座处片块间条支])?(?:约|近|大约|超过|共|总计)?$/;
/** an aspect particle closing the verb (建立了, 经营着) */
const ASPECT = /[了着]$/;
/** a whole area or town proper after the verb (负责县城约42万平方米的道路保洁): where the work is, no noun counted */
const AREA = /(?:全[国省市州区县旗镇乡]|县城|城区|市区|辖区)$/;

/** whether `leftSeg` (the clause left of the figure) ends on a verb (a governing verb of the word lists or one
 * the segmenter tags so) with its aspect particle or the whole area it works in after it, maybe a classifier
 * phrase of one or a word of about: 建起了约, 建立了, 经营着一个, 承担县城约 (a noun before the figure,
 * 带出徒弟30名的, 海拔3000米的, keeps its reading) */
export function aspectGoverned(leftSeg: string, rules: QuantityRules, seg: Segmentation): boolean {
  const s = leftSeg.replace(/\s+/g, '').replace(BETWEEN, '');
  // (转移就业不少于8500人的目标: a verb the segmenter finds, with no particle or area after it, may end a noun)
  if (!ASPECT.test(s) && !AREA.test(s)) return false;
  const stem = s.replace(AREA, '').replace(ASPECT, '');
  if (rules.words('verb').some((w) => w.length >= 2 && stem.endsWith(w))) return true;
  const last = seg.tokensOf(stem).at(-1);
  return !!last && last.word.length >= 2 && /^v/.test(last.tag);
}

/** 问卷中有38.3%的职工, 全县仍有约15%的规上企业: a share after 有 (an about word may follow) tied with 的 to a
 * noun is the share of that noun; 以97.5分的成绩, 价值200元的关爱包: a measure after the preposition of means
 * or after 价值 names the noun after 的 */
const SHARE_HELD = /有(?:约|近|超过|不足|逾)?$/;
const MEANS_OR_VALUE = /(?:^|[^所可难])以$|价值(?:约|近)?$/;
export function heldShare(leftSeg: string): boolean {
  return SHARE_HELD.test(leftSeg.replace(/\s+/g, ''));
}
export function meansOrValue(leftSeg: string): boolean {
  return MEANS_OR_VALUE.test(leftSeg.replace(/\s+/g, ''));
}

/** 推荐审批表、1500字左右的先进事迹材料: a figure that opens an item of a series (right after 、) and ties
 * itself with 的 to a noun measures that noun, not the item before the mark */
export function itemOpened(leftSeg: string): boolean {
  const s = leftSeg.replace(/\s+/g, '');
  return s.endsWith('、') && /[\u4e00-\u9fa5]{2}、$/.test(s);
}
