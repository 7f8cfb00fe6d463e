// The text report of compare / check: a summary by type, then the findings grouped by severity,
// one block per finding, each figure with where it is like a linter's `file:line:` (line = the
// paragraph in the document's text), its page and section heading, and its sentence with the
// figure marked 【…】. Offsets stay in the JSON output. Document text, file names and headings are
// untrusted: their control characters are made visible here (JSON and CSV carry them escaped).
import { safeText } from '../format/escape.js';
import type { Finding, FindingItem } from '../types.js';
import { summarize } from './filter.js';

const HEADINGS: Record<string, string> = {
  error: '错误 (error) — 必须改正',
  warning: '警告 (warning) — 请核对',
  info: '提示 (info)',
};

const TYPE_NAMES: Record<string, string> = {
  conflict: '数据冲突',
  'sum-mismatch': '合计不符',
  'percent-mismatch': '比例不符',
  'cumulative-decrease': '累计数减少',
  'issue-sequence': '期号/日期',
  'restated-changed': '同一表述数字改变',
};

/** file:line: （第2页 · 二、技能培训） — or the offsets when the item was not located */
export function whereOf(it: FindingItem): string {
  const source = safeText(it.source);
  if (it.end <= it.start) return source;
  if (it.line == null) return `${source} @${it.start}-${it.end}`;
  const extra = [it.page != null ? `第${it.page}页` : '', safeText(it.section ?? '')].filter(Boolean).join(' · ');
  return `${source}:${it.line}:${extra ? ` （${extra}）` : ''}`;
}

function summaryLines(findings: Finding[]): string[] {
  const s = summarize(findings);
  const types = Object.keys(s.byType).sort();
  if (!types.length) return [];
  const w = Math.max(...types.map((t) => t.length));
  return [
    '',
    `${'类型 (type)'.padEnd(w + 2)} 错误 警告 提示`,
    ...types.map((t) => {
      const c = s.byType[t];
      return `${t.padEnd(w + 4)} ${String(c.error).padStart(4)} ${String(c.warning).padStart(4)} ${String(c.info).padStart(4)}  ${TYPE_NAMES[t] ?? ''}`;
    }),
  ];
}

/** The sentence with every item's figure marked 【…】 (items sharing one sentence). */
function marked(items: FindingItem[]): string {
  const s = items[0].sentence || '';
  const spans: [number, number][] = [];
  let from = 0;
  for (const it of items) {
    const i = it.text ? s.indexOf(it.text, from) : -1;
    if (i < 0) continue;
    spans.push([i, i + it.text.length]);
    from = i + it.text.length;
  }
  let body = '';
  let pos = 0;
  for (const [a, b] of spans) {
    body += `${s.slice(pos, a)}【${s.slice(a, b)}】`;
    pos = b;
  }
  body = safeText(body + s.slice(pos));
  return body.length > 200 ? `${body.slice(0, 197)}…` : body;
}

export function formatFindingsText(findings: Finding[], opts: { title?: string } = {}): string {
  const lines: string[] = [];
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${safeText(opts.title ?? '一致性检查')}：${findings.length} 项（错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}）`,
  );
  if (!findings.length) {
    lines.push('', '未发现问题。');
    return lines.join('\n') + '\n';
  }
  lines.push(...summaryLines(findings));
  for (const sev of ['error', 'warning', 'info']) {
    const group = findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push('', `== ${HEADINGS[sev]}：${group.length} 项 ==`);
    group.forEach((f, n) => {
      lines.push('', `${n + 1}. [${TYPE_NAMES[f.type] ?? f.type}] ${safeText(f.message)}`);
      // items in one sentence of one document are listed together, the sentence shown once
      for (let i = 0; i < f.items.length; ) {
        let j = i + 1;
        while (j < f.items.length && f.items[j].documentId === f.items[i].documentId && f.items[j].sentence === f.items[i].sentence) j++;
        const group = f.items.slice(i, j);
        for (const it of group) {
          lines.push(`   - ${whereOf(it)}  “${safeText(it.text)}”`);
        }
        if (group[0].sentence) lines.push(`     ${marked(group)}`);
        i = j;
      }
    });
  }
  return lines.join('\n') + '\n';
}
