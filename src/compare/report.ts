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

function marked(it: FindingItem): string {
  const s = it.sentence || '';
  const i = it.text ? s.indexOf(it.text) : -1;
  const body = i < 0 ? s : `${s.slice(0, i)}【${it.text}】${s.slice(i + it.text.length)}`;
  return body.length > 160 ? `${body.slice(0, 157)}…` : body;
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
      for (const it of f.items) {
        const where = it.end > it.start ? `${it.source} @${it.start}-${it.end}` : it.source;
        lines.push(`   - ${where}  “${it.text}”`);
        if (it.sentence) lines.push(`     ${marked(it)}`);
      }
    });
  }
  return lines.join('\n') + '\n';
}
