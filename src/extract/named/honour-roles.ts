// Roles an honour gives the people it names, when no reader stated what they are: the holder a quoted title
// stands right before (“某某工匠”某某作报告), and the names an annex lists under an honour's own counted heading
// (二、某县五一劳动奖章（15名） / 某镇（4名）：某甲、某乙…). A post or a leader's act read elsewhere says more of what
// the person does, so these only fill a role that is empty.
import type { Entity } from '../../types.js';
import { lineEnd, lineStart } from '../../text-lines.js';

type Honour = { name: string; count: number | null; start: number; end: number; rule: string };

/** the line around `at`: its start and end (before the newline) */
const lineAround = (text: string, at: number) => ({ start: lineStart(text, at), end: lineEnd(text, at) });

/** the holder named right after a quoted honour (the award reader's “H” + name span ends with the name) */
function titledHolder(p: Entity, awards: readonly Honour[]): Honour | undefined {
  return awards.find((a) => a.rule === 'conferment.titled' && a.end === p.end && a.start < p.start);
}

const TOP_ORDINAL = /^[\s\u3000]*[一二三四五六七八九十]{1,3}、/;
const SUB_ORDINAL = /^[\s\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]/;
/** a list heading counts people (（12名）, （8人）, （共16名，按姓氏笔画排序）), not units (（5个）) */
const PEOPLE_COUNT = /[（(](?:共|计|合计)?\d{1,4}(?:名|人|位)(?:[，,][^（）()\n]{1,16})?[）)][\s\u3000]*$/;

/** the stretch of lines an honour's list heading heads: from the next line to the next heading of its rank or
 * above (二、…, or （二）… under a （一）… heading), another honour's heading, or the closing blocks (抄送, 印发) */
function headedStretch(text: string, a: Honour, awards: readonly Honour[]): { start: number; end: number } | null {
  const line = lineAround(text, a.start);
  // (the count may stand on a line of its own under the heading's: 某年度“某某工匠”名单 / （共16名，排名不分先后）)
  const last = lineAround(text, Math.max(a.start, a.end - 1));
  const head = text.slice(line.start, last.end);
  if (!PEOPLE_COUNT.test(head)) return null;
  const sub = SUB_ORDINAL.test(head);
  let pos = last.end + 1;
  while (pos < text.length) {
    const next = lineAround(text, pos);
    const l = text.slice(next.start, next.end);
    const heading = TOP_ORDINAL.test(l) || (sub && SUB_ORDINAL.test(l)) || /^[\s\u3000]*(?:抄送|印发|印發|附件)/.test(l);
    if (heading || awards.some((b) => b !== a && b.rule === 'conferment.list-heading' && b.start >= next.start && b.start < next.end)) break;
    pos = next.end + 1;
  }
  return { start: last.end + 1, end: Math.min(pos, text.length) };
}

/**
 * The people with the role an honour gives them where none is stated: a quoted title's holder, and every name
 * listed under the honour's counted list heading (the heading's honour, not the group labels under it).
 */
export function honourRoles(text: string, awards: readonly Honour[], entities: Entity[]): Entity[] {
  const stretches = awards.filter((a) => a.rule === 'conferment.list-heading').map((a) => ({ a, s: headedStretch(text, a, awards) }));
  return entities.map((e) => {
    if (e.type !== 'person' || e.role) return e;
    const titled = titledHolder(e, awards);
    if (titled) return { ...e, role: titled.name };
    const under = stretches.find(({ s }) => s && e.start >= s.start && e.end <= s.end);
    return under ? { ...e, role: under.a.name } : e;
  });
}
