// The rules changes the benchmark re-extracts the archive after, one per extractor family, each a
// real, schema-valid rule entry (with the example every rule carries) written into a copy of rules/:
//   comment   a comment appended to every rule file: the parsed rules are the same, nothing
//             needs re-extracting (`unchanged` once re-extraction is selective);
//   units     a new measure word in units.yaml (尊): the quantities family only;
//   people    a new surname entry in people.yaml (郄, 子车): the named family (awards, workshops,
//             entities) only — surnames are not in the jieba user dictionary;
//   alias     a new award alias in awards.yaml (荆楚金蓝领; an honour the conferment grammar cannot find alone): the alias enters the jieba user
//             dictionary, which every extractor's segmentation depends on: everything.
// Entries are added as text (a minimal diff), and each change checks that the file parses to exactly
// the old rules plus the new entry, nothing else.
import { appendFileSync, cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseDocument, stringify } from 'yaml';

export type RuleChangeId = 'comment' | 'units' | 'people' | 'alias';

export interface RuleChange {
  id: RuleChangeId;
  /** the table row's label */
  label: string;
  /** what has to be re-extracted once re-extraction is selective */
  expect: string;
  /** files edited, relative to the rules folder */
  files: string[];
  /** judged against the re-extraction target (≥ 3× text ingest) */
  judged: boolean;
  /** a line of text the changed rules extract something new from (tests check it) */
  probe: string;
  /** writes the change into a rules folder (a copy) */
  apply(dir: string): void;
}

type Rule = Record<string, unknown>;

/** Edits `dir/file` and checks that the parsed rules equal the old ones with `edit` applied to
 * plain data, so the change is exactly the one intended. `text` edits the file as text (a minimal
 * diff); when it cannot (the layout is not what it expects) the YAML document model does it
 * (`doc`: same content, the file's flow collections reformatted). */
function editRules(
  dir: string,
  file: string,
  edit: (rules: Rule[]) => void,
  text: (src: string) => string | null,
  doc: (d: ReturnType<typeof parseDocument>) => void,
): void {
  const path = join(dir, file);
  const src = readFileSync(path, 'utf8');
  const expected = parse(src) as { rules: Rule[] };
  edit(expected.rules);
  const ok = (out: string | null) => {
    if (out == null) return false;
    try {
      return isDeepStrictEqual(parse(out), expected);
    } catch {
      return false;
    }
  };
  let out = text(src);
  if (!ok(out)) {
    const d = parseDocument(src);
    if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
    doc(d);
    out = d.toString({ lineWidth: 0, flowCollectionPadding: false });
    if (!ok(out)) throw new Error(`bench rules change: ${file} did not come out as intended`);
  }
  writeFileSync(path, out!);
}

/** Appends a rule entry to `file`'s `rules:` list (the last thing in every rule file). */
function addRule(dir: string, file: string, rule: Rule): void {
  editRules(
    dir,
    file,
    (rules) => {
      if (rules.some((r) => r.id === rule.id)) throw new Error(`${file}: ${String(rule.id)} exists already`);
      rules.push(structuredClone(rule));
    },
    (src) => {
      const indent = /^( *)- id:/m.exec(src)?.[1] ?? '  ';
      const item = stringify([rule], { lineWidth: 0 }).replace(/^(?=.)/gm, indent);
      return `${src.replace(/\n*$/, '\n')}${item}`;
    },
    (d) => d.addIn(['rules'], d.createNode(rule)),
  );
}

function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...ruleFiles(p));
    else if (/\.ya?ml$/.test(n)) out.push(p);
  }
  return out;
}

const UNIT: Rule = {
  id: 'unit.bench-statues',
  kind: 'count',
  class: 'noun',
  words: ['尊'],
  examples: {
    positive: [{ text: '安装雕像12尊。', value: 12, unit: '尊', subject: '雕像' }],
    negative: [],
  },
};

const SURNAMES: Rule = {
  id: 'people.bench-surnames',
  single: '郄',
  double: ['子车'],
  examples: { positive: [{ text: '报：子车青同志。', name: '子车青' }], negative: [] },
};

const ALIAS = { rule: 'award.craftsman-provincial', alias: '荆楚金蓝领' };
const ALIAS_EXAMPLE = { text: '荆楚金蓝领2人。', name: '荆楚金蓝领', level: 'provincial', count: 2 };

export const RULE_CHANGES: RuleChange[] = [
  {
    id: 'comment',
    label: 're-extract: comment added to every rule file',
    expect: 'nothing (the parsed rules are the same)',
    files: ['*.yaml'],
    judged: false,
    probe: '',
    apply(dir) {
      for (const f of ruleFiles(dir)) appendFileSync(f, '\n# bench: a comment, no rule changed\n');
    },
  },
  {
    id: 'units',
    label: 're-extract: new unit (units.yaml)',
    expect: 'quantities',
    files: ['units.yaml'],
    judged: true,
    probe: '安装雕像12尊。',
    apply: (dir) => addRule(dir, 'units.yaml', UNIT),
  },
  {
    id: 'people',
    label: 're-extract: new surnames (people.yaml)',
    expect: 'awards, workshops, entities',
    files: ['people.yaml'],
    judged: true,
    probe: '报：子车青同志。',
    apply: (dir) => addRule(dir, 'people.yaml', SURNAMES),
  },
  {
    id: 'alias',
    label: 're-extract: new award alias (user dictionary)',
    expect: 'everything (the jieba user dictionary changed)',
    files: ['awards.yaml'],
    judged: false,
    probe: '荆楚金蓝领2人。',
    apply(dir) {
      let at = -1;
      editRules(
        dir,
        'awards.yaml',
        (rules) => {
          at = rules.findIndex((r) => r.id === ALIAS.rule);
          if (at < 0) throw new Error(`awards.yaml: no ${ALIAS.rule}`);
          const r = rules[at] as { aliases: string[]; examples: { positive: unknown[] } };
          if (r.aliases.includes(ALIAS.alias)) throw new Error(`awards.yaml: ${ALIAS.alias} is already an alias`);
          r.aliases.push(ALIAS.alias);
          r.examples.positive.push({ ...ALIAS_EXAMPLE });
        },
        (src) => {
          // the rule's block: from its `- id:` line to the next entry
          const m = new RegExp(`^( *)- id: ${ALIAS.rule.replace(/\./g, '\\.')}\\s*$`, 'm').exec(src);
          if (!m) return null;
          const next = src.indexOf(`\n${m[1]}- `, m.index + m[0].length);
          const end = next < 0 ? src.length : next + 1;
          let block = src.slice(m.index, end);
          block = block.replace(/^( *aliases: \[[^\]\n]*)\]/m, `$1, ${ALIAS.alias}]`);
          // after the last line of the positive examples (lines indented deeper than `positive:`)
          const pm = /^( *)positive:\n/m.exec(block);
          if (!pm) return null;
          let at2 = pm.index + pm[0].length;
          while (at2 < block.length && block.startsWith(`${pm[1]}  `, at2)) at2 = block.indexOf('\n', at2) + 1 || block.length;
          block = `${block.slice(0, at2)}${pm[1]}  - ${JSON.stringify(ALIAS_EXAMPLE)}\n${block.slice(at2)}`;
          return src.slice(0, m.index) + block + src.slice(end);
        },
        (d) => {
          d.addIn(['rules', at, 'aliases'], ALIAS.alias);
          d.addIn(['rules', at, 'examples', 'positive'], d.createNode(ALIAS_EXAMPLE));
        },
      );
    },
  },
];

/** Copies the rules folder `from` to `to` and applies one change there. */
export function rulesWithChange(from: string, to: string, change: RuleChange): string {
  cpSync(from, to, { recursive: true });
  change.apply(to);
  return to;
}
