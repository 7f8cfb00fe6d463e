// extract and check process their one file in a worker thread whose warm-up (its modules, the
// rules, the jieba dictionary) is most of their time. main.ts imports this module first, so that
// the worker starts before the rest of the command line interface loads and parses the flags.
import { prestart } from '../pipeline/one-file.js';

/** The command named on the command line (skipping global options), or null. */
export function invokedCommand(args: string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a;
  }
  return null;
}

const args = process.argv.slice(2);
const cmd = invokedCommand(args);
if ((cmd === 'extract' || cmd === 'check') && !args.some((a) => a === '-h' || a === '--help')) prestart();
