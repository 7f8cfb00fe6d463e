// gongwen command line. Data goes to stdout, progress and diagnostics to stderr.
// Exit status: 0 ok, 1 some input failed, 2 usage error, 130 interrupted.
//
// Commands are modules under ./commands/, each exporting `register(program: Command)`, and
// COMMANDS below is the list, in the order `--help` shows them. To add a command: write
// src/cli/commands/<name>.ts exporting register(), import it here and add it to COMMANDS.
// OPTIONAL names modules that may not exist in every build: they are registered when present
// (a missing module is skipped; one that exists but fails to load is an error).
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_CODES_HELP, EXIT_USAGE, dbOption } from './help.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerExtract } from './commands/extract.js';
import { register as registerQuery } from './commands/query.js';
import { register as registerSearch } from './commands/search.js';
import { register as registerMetrics } from './commands/metrics.js';
import { register as registerExport } from './commands/export.js';
import { register as registerCompare } from './commands/compare.js';
import { register as registerCheck } from './commands/check.js';

const COMMANDS: ((p: Command) => void)[] = [
  registerIngest,
  registerExtract,
  registerQuery,
  registerSearch,
  registerMetrics,
  registerExport,
  registerCompare,
  registerCheck,
];
const OPTIONAL: string[] = [];

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    if (pkg.version) return pkg.version;
  } catch {
    /* running from src/: one level less */
  }
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function buildProgram(): Promise<Command> {
  const program = new Command();
  program
    .name('gongwen')
    .description(
      'Turns Chinese government bulletins (改革快报, 工作简报) and notices (红头文件) into a SQLite archive of ' +
        'figures, awards, workshops and issuing bodies, each with its span in the stored text and the rule that found it.',
    )
    .version(version(), '-V, --version', 'print the version')
    .addOption(dbOption())
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);
  for (const reg of COMMANDS) reg(program);
  for (const name of OPTIONAL) {
    let mod: { register?: (p: Command) => void };
    try {
      mod = (await import(`./commands/${name}.js`)) as typeof mod;
    } catch (e) {
      const err = e as { code?: string; message?: string; url?: string };
      const missingSelf =
        err.code === 'ERR_MODULE_NOT_FOUND' && String(err.url ?? err.message).includes(`commands/${name}.`);
      if (missingSelf) continue;
      throw e;
    }
    if (typeof mod.register === 'function') mod.register(program);
  }
  // usage errors exit 2 (commander's default is 1)
  const override = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

export async function main(argv = process.argv): Promise<void> {
  // `gongwen query … | head`: a closed pipe ends the output quietly
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  let program: Command;
  try {
    program = await buildProgram();
  } catch (e) {
    process.stderr.write(`gongwen: ${(e as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        process.exitCode = 0;
      } else {
        process.exitCode = EXIT_USAGE;
      }
      return;
    }
    const err = e as { exitCode?: number; message?: string };
    process.stderr.write(`gongwen: ${err.message ?? String(e)}\n`);
    process.exitCode = typeof err.exitCode === 'number' ? err.exitCode : 1;
  }
}

await main();
