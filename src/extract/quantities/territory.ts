// The whole of an administrative area as official writing names it: 全省, 全市, 全州, 全县, 全区, 全旗,
// 全盟 (and 縣/區 where traditional text is matched as written). Before a figure it is the figure's
// scope (resolved to the document's place), never part of what is counted; the levels are China's
// administrative divisions, a closed class.
export const WHOLE_AREA = '全[省市州县区旗盟縣區]';

const LEADING = new RegExp(`^${WHOLE_AREA}`);
const LEADING_BEFORE_TWO = new RegExp(`^${WHOLE_AREA}(?=.{2})`);

/** the phrase opens with a whole area (全市工会工作先进集体) */
export const opensWithWholeArea = (s: string) => LEADING.test(s);

/** 全县退役军人 → 退役军人; with `keepShort`, a head of fewer than two characters after it stays whole (全县人 stays) */
export const withoutWholeArea = (s: string, keepShort = true) => s.replace(keepShort ? LEADING_BEFORE_TWO : LEADING, '');
