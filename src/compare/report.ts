// The text report of compare / check: grouped by severity, one block per finding, each
// figure with where it is (file, offsets) and its sentence with the figure marked 【…】.
import type { Finding, FindingItem } from '../types.js';

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
};

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
  body += s.slice(pos);
  return body.length > 200 ? `${body.slice(0, 197)}…` : body;
}

export function formatFindingsText(findings: Finding[], opts: { title?: string } = {}): string {
  const lines: string[] = [];
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${opts.title ?? '一致性检查'}：${findings.length} 项（错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}）`,
  );
  if (!findings.length) {
    lines.push('', '未发现问题。');
    return lines.join('\n') + '\n';
  }
  for (const sev of ['error', 'warning', 'info']) {
    const group = findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push('', `== ${HEADINGS[sev]}：${group.length} 项 ==`);
    group.forEach((f, n) => {
      lines.push('', `${n + 1}. [${TYPE_NAMES[f.type] ?? f.type}] ${f.message}`);
      // items in one sentence of one document are listed together, the sentence shown once
      for (let i = 0; i < f.items.length; ) {
        let j = i + 1;
        while (j < f.items.length && f.items[j].documentId === f.items[i].documentId && f.items[j].sentence === f.items[i].sentence) j++;
        const group = f.items.slice(i, j);
        for (const it of group) {
          const where = it.end > it.start ? `${it.source} @${it.start}-${it.end}` : it.source;
          lines.push(`   - ${where}  “${it.text}”`);
        }
        if (group[0].sentence) lines.push(`     ${marked(group)}`);
        i = j;
      }
    });
  }
  return lines.join('\n') + '\n';
}
