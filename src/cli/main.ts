// gongwen command line. Data goes to stdout, progress and diagnostics to stderr.
// Exit status: 0 ok, 1 some input failed, 2 usage error, 130 interrupted.
//
// Commands are modules under ./commands/, each exporting `register(program: Command)`, and
// COMMANDS below is the list, in the order `--help` shows them. To add a command: write
// src/cli/commands/<name>.ts exporting register() and add one line to COMMANDS.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_CODES_HELP, EXIT_USAGE, dbOption } from './help.js';
import { commandOf } from './relaunch.js';

type CommandModule = { register: (p: Command) => void };

/**
 * Every command, in the order `--help` lists them. Each module is loaded only when needed: a run
 * of one command loads that command's module alone (so `gongwen query` does not pay for the
 * parsers); `--help`, `help` and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  ingest: () => import('./commands/ingest.js'),
  extract: () => import('./commands/extract.js'),
  query: () => import('./commands/query.js'),
  search: () => import('./commands/search.js'),
  metrics: () => import('./commands/metrics.js'),
  export: () => import('./commands/export.js'),
  compare: () => import('./commands/compare.js'),
  check: () => import('./commands/check.js'),
  remove: () => import('./commands/remove.js'),
  serve: () => import('./commands/serve.js'),
};

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

export async function buildProgram(args: string[] = process.argv.slice(2)): Promise<Command> {
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
    // one prefix for every error message, commander's own included
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'gongwen: ')) })
    .addHelpText('after', EXIT_CODES_HELP);
  const wanted = commandOf(args);
  const names = wanted && wanted in COMMANDS ? [wanted] : Object.keys(COMMANDS);
  for (const name of names) (await COMMANDS[name]()).register(program);
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
    program = await buildProgram(argv.slice(2));
  } catch (e) {
    process.stderr.write(`gongwen: ${(e as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  if (!argv.slice(2).length) {
    // no command: the help, on stderr, as a usage error (nothing was asked that could be done)
    process.stderr.write(program.helpInformation());
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
