// The flags that narrow findings, shared by compare and check: --type, --severity, --since, --series.
import { Command, Option } from 'commander';
import { UsageError } from '../help.js';
// filter.js, not index.js: check loads the detectors while its draft is being processed
import { FINDING_TYPES, SEVERITIES, summarize, type FindingFilter } from '../../compare/filter.js';
import type { Finding } from '../../types.js';

export function addFindingFlags(cmd: Command, withScope: boolean): Command {
  cmd
    .addOption(new Option('--type <types>', `only these types, comma-separated: ${FINDING_TYPES.join(', ')}`))
    .addOption(new Option('--severity <level>', 'only this severity and the more severe ones').choices([...SEVERITIES]));
  if (withScope) {
    cmd
      .addOption(new Option('--since <date>', 'only findings with a figure in a document dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)'))
      .addOption(new Option('--series <name>', 'only findings with a figure in a bulletin of this series (改革快报, 工作简报 …)'));
  }
  return cmd;
}

export interface FindingFlags {
  type?: string;
  severity?: FindingFilter['severity'];
  since?: string;
  series?: string;
}

/** The filter the flags ask for; a usage error (exit 2) for an unknown type or a malformed date. */
export function filterFromFlags(command: string, f: FindingFlags): FindingFilter {
  const out: FindingFilter = {};
  if (f.type) {
    const types = f.type.split(/[,，\s]+/).filter(Boolean);
    const bad = types.filter((t) => !(FINDING_TYPES as readonly string[]).includes(t));
    if (bad.length) throw new UsageError(`${command}: unknown --type ${bad.join(', ')} (known: ${FINDING_TYPES.join(', ')})`);
    out.types = types;
  }
  if (f.severity) out.severity = f.severity;
  if (f.since) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(f.since.trim());
    if (!m || (m[2] && (+m[2] < 1 || +m[2] > 12)) || (m[3] && (+m[3] < 1 || +m[3] > 31)))
      throw new UsageError(`${command}: --since ${f.since} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    out.since = f.since.trim();
  }
  if (f.series) out.series = f.series;
  return out;
}

export function findingsJson(findings: Finding[]): string {
  return JSON.stringify({ findings, summary: summarize(findings) }, null, 2) + '\n';
}

export const FINDINGS_HELP = `
Findings: sum-mismatch (a total its listed parts do not add up to), percent-mismatch (a share its
part and whole contradict), restated-changed (the same statement in issues close in time with a
figure that cannot be right: a stock that halves or doubles is an error, digits in another order a
warning), cumulative-decrease (a 累计 figure lower in a later issue), conflict (the same subject,
scope and period with different values), issue-sequence (第N期 / 总第N期 / dates that contradict).
Text output starts with a summary by type; each figure is shown as file:line: (line = paragraph
of the document's text), with its page and section heading; --format json gives the offsets
(start, end) of each item and a "summary" object (check's JSON items also carry page, line, section).`;
