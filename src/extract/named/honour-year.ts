// The year a body writes inside the quotes of the title it confers (授予…“2025年度全县工会工作先进集体”称号) is a
// part of that title's name: the round of a yearly title, as the document spells it every time it names it again
// (its annex heading 2025年度全县工会工作先进集体名单（12个）). A year outside the quotes (2023年度“浙江工匠”) only
// dates the conferment (honourName drops it); a workshop's title keeps its plain name either way (the golds:
// “2025年度某市劳模和工匠人才创新工作室” is 某市劳模和工匠人才创新工作室).
import type { Award } from '../../types.js';

const QUOTED_YEAR = /[“"「『](\d{4}年(?:度|[上下]半年))([^“”"「」『』\n]{2,30})[”"」』]/g;

/** the years the text quotes with each title (one title quoted with two years is left as it is) */
function quotedYears(text: string): Map<string, string> {
  const years = new Map<string, Set<string>>();
  for (const m of text.matchAll(QUOTED_YEAR)) {
    if (/工作[室站]$/.test(m[2])) continue;
    years.set(m[2], (years.get(m[2]) ?? new Set()).add(m[1]));
  }
  return new Map([...years].filter(([, ys]) => ys.size === 1).map(([name, ys]) => [name, [...ys][0]]));
}

/** each honour whose name the text quotes after a year takes that year back into its name */
export function withQuotedYears(awards: Award[], text: string): Award[] {
  const years = quotedYears(text);
  if (!years.size) return awards;
  return awards.map((a) => (years.has(a.name) ? { ...a, name: years.get(a.name)! + a.name } : a));
}
