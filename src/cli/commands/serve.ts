// gongwen serve: the read-only review page of the archive (src/serve/).
import { spawn } from 'node:child_process';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT_CODES_HELP, UsageError, dbOption, examples, resolveDb } from '../help.js';

interface Flags {
  port: number;
  host?: string;
  open?: boolean;
}

function port(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n > 65535) throw new InvalidArgumentError('--port must be a whole number 0…65535 (0: any free port)');
  return n;
}

/** Opens the URL in the desktop's browser, if there is one; failing quietly is fine. */
function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(cmd, [url], { stdio: 'ignore', detached: true }).on('error', () => process.stderr.write(`serve: could not open a browser (${cmd})\n`)).unref();
  } catch {
    /* no browser */
  }
}

export function register(program: Command): void {
  program
    .command('serve')
    .summary('a local, read-only review page of the archive (documents, highlights, metrics, findings)')
    .description(
      'Serves the archive as web pages on this machine: the documents with facets and full-text search, each ' +
        'document with every extracted item highlighted in its sentence, metrics charts, compare\'s findings and ' +
        'a page to check a draft. The archive is opened read-only; every page has its JSON (and CSV) at the same ' +
        'address with .json / .csv. Bound to 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C.',
    )
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'the port (0: any free one)').argParser(port).default(8765))
    .option('--host <host>', 'the address to listen on (default 127.0.0.1: this machine only)')
    .option('--open', 'open the page in the browser')
    .addHelpText('after', examples('gongwen serve', 'gongwen serve --db archive.db --port 9000 --open') + EXIT_CODES_HELP)
    .action(async (flags: Flags, cmd: Command) => {
      const { startServer } = await import('../../serve/server.js');
      const db = resolveDb(cmd);
      let running;
      try {
        running = await startServer({ db, port: flags.port, host: flags.host, log: (l) => process.stderr.write(l + '\n') });
      } catch (e) {
        const err = e as NodeJS.ErrnoException & { exitCode?: number };
        if (err.code === 'EADDRINUSE') throw new UsageError(`serve: port ${flags.port} is in use (try --port 0)`);
        if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') throw new UsageError(`serve: cannot listen on ${flags.host}`);
        throw e;
      }
      process.stdout.write(`${running.url}\n`);
      process.stderr.write(`serve: ${db} (read-only, ${running.archive.allDocs().length} documents); Ctrl-C stops\n`);
      if (flags.host && !/^(127\.|::1$|localhost$)/.test(flags.host)) process.stderr.write('serve: listening beyond this machine: anyone who can reach it can read the archive\n');
      if (flags.open) openBrowser(running.url);
      await new Promise<void>((resolve) => {
        const stop = () => void running.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
