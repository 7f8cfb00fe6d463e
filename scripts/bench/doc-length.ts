// Does one document's extraction cost grow faster than its length? Times the extraction (structure
// and every extractor, as extractCanonical runs them for `gongwen extract` and an ingest worker) of
// documents of growing length, warm, in this one thread, and prints CPU ms and µs a character:
//   joined     k generated bulletins of one template (scripts/bench/corpus.ts) as one Markdown document
//   paragraph  the same, every line run together (a scan per paragraph or per line sees all of it)
//   annex      the notice sample with an annex of n workshops (unit, name, leader with an honour)
// A scan run once per item over the whole text shows as µs a character rising with k or n.
//   npx tsc -p tsconfig.json && node dist/scripts/bench/doc-length.js [--sizes 1,4,16] [--annex 25,100,400,1600] [--reps 3]
// CPU is the process's (process.cpuUsage, the minimum of --reps runs of the same text after one
// untimed run), so a loaded machine inflates it less than wall time; figures are for comparison
// within one run.
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates, variantOf, varyText } from './corpus.js';
import { repoRoot } from './paths.js';
import { ingestFile } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import { extractCanonical } from '../../src/pipeline/process.js';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** the minimum CPU ms of `reps` extractions of `text` read as `file` (after one untimed), and its canonical length */
async function time(text: string, reps: number, file = 'doc-length.md'): Promise<{ chars: number; ms: number }> {
  const ingested = await ingestFile(file, Buffer.from(text));
  const c = normalize(ingested);
  const run = () =>
    extractCanonical({ id: 'x', source: file, format: ingested.format, text: c.text, lines: c.lines, pageCount: ingested.pageCount, encoding: ingested.encoding, ocr: null });
  run();
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = cpuMs();
    run();
    best = Math.min(best, cpuMs() - t);
  }
  return { chars: c.text.length, ms: best };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '德胜玉兰海涛国庆建华志强丽娟明辉秀英文斌春梅晓东红霞永刚桂芳立新凤琴';
const TRADES = ['钢铁', '燃气', '电力', '供水', '化工', '医药', '建工', '交通', '矿业', '纺织', '食品', '机械', '电子', '通信', '物流'];
const HONOURS = ['全国劳动模范', '云南省劳动模范', '云岭工匠', '昆明市劳动模范', '全国五一劳动奖章获得者'];

/** the notice sample with an annex listing n workshops, each on three lines */
function annexed(notice: string, n: number): string {
  const person = (i: number) => SURNAMES[i % SURNAMES.length] + GIVEN.slice((i * 2) % GIVEN.length, ((i * 2) % GIVEN.length) + 2);
  const lines = [notice.trimEnd(), '', '附件', '', '劳模和工匠人才创新工作室名单', `（共${n}个）`, ''];
  for (let i = 0; i < n; i++) {
    lines.push(
      `${i + 1}．云南${TRADES[i % TRADES.length]}${['有限公司', '集团有限公司', '股份有限公司'][i % 3]}${['冷轧厂', '检修车间', '第二分公司', '技术中心'][i % 4]}`,
      `　　工作室名称：${person(i + 7)}${TRADES[(i + 3) % TRADES.length]}创新工作室`,
      `　　领 衔 人：${person(i)}（${HONOURS[i % HONOURS.length]}）`,
    );
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let sizes = [1, 4, 16];
  let annex = [25, 100, 400, 1600];
  let reps = 3;
  const list = (s: string) => s.split(',').map(Number);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = list(argv[++i]);
    else if (argv[i] === '--annex') annex = list(argv[++i]);
    else if (argv[i] === '--reps') reps = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (see the header of scripts/bench/doc-length.ts)`);
  }
  const root = repoRoot();
  const load = [loadavg()[0]];
  const rows: string[] = [];
  const row = (shape: string, size: number, r: { chars: number; ms: number }) =>
    rows.push(`| ${shape} | ${size} | ${r.chars} | ${r.ms.toFixed(0)} | ${((1000 * r.ms) / r.chars).toFixed(1)} |`);
  // (one extraction first: the rules, jieba's dictionary and the code's first run are not timed)
  await time(loadTemplates(root)[0].md, 0);
  for (const t of loadTemplates(root)) {
    for (const k of sizes) {
      const joined = Array.from({ length: k }, (_, i) => varyText(t.md, variantOf(i, 1))).join('\n\n');
      row(`joined ${t.name}`, k, await time(joined, reps));
      row(`paragraph ${t.name}`, k, await time(joined.replace(/\s+/g, ''), reps));
    }
  }
  const notice = readFileSync(join(root, 'samples', 'notice-yungongtong-2022-21.txt'), 'utf8');
  for (const n of annex) row('annex of n workshops', n, await time(annexed(notice, n), reps, 'doc-length.txt'));
  load.push(loadavg()[0]);
  process.stdout.write(
    [
      `extraction CPU against document length: minimum of ${reps} warm runs, load ${load.map((x) => x.toFixed(1)).join(' → ')}`,
      '| shape | k or n | characters | CPU ms | µs a character |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n') + '\n',
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`doc-length: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
