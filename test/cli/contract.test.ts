// The exit codes and messages of the README's table, as a user meets them: one prefix
// (`gongwen: `), usage errors exit 2, input that failed exits 1, plurals that agree.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gw, samplesArchive } from './helpers.js';

let dir: string;
let db: string;
beforeAll(() => ({ dir, db } = samplesArchive()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('bare gongwen prints the help on stderr and exits 2', async () => {
    const r = await gw([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: gongwen/);
  });

  it('a missing file argument is a usage error for extract and check alike', async () => {
    for (const c of ['extract', 'check']) {
      const r = await gw([c, 'missing.pdf', '--db', db]);
      expect(r.code, c).toBe(2);
      expect(r.stderr, c).toBe('gongwen: missing.pdf: no such file\n');
    }
  });

  it('an unknown command, a bad flag value and a missing argument: exit 2 with the one prefix', async () => {
    for (const args of [['nope'], ['search', '--db', db], ['query', 'SELECT 1', '--format', 'xml', '--db', db], ['metrics', '--group-by', 'colour', '--db', db]]) {
      const r = await gw(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^gongwen: /);
      expect(r.stderr).not.toMatch(/^error:/m);
    }
  });

  it('a folder with no supported file says so and exits 1', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.xyz'), 'x');
    const r = await gw(['ingest', empty, '--db', join(dir, 'e.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gongwen: no supported file in .*empty \(supported: \.pdf \.docx/m);
  });

  it('a .docx that is plain text: the format used is said, and plurals agree', async () => {
    const fake = join(dir, 'fake.docx');
    writeFileSync(fake, '改革快报\n普洱市共有产业工人11.45万人。\n');
    const r = await gw(['ingest', fake, '--db', join(dir, 'f.db'), '--no-progress']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('fake.docx (read as txt: the file is named .docx but is not a DOCX)');
    expect(r.stdout).toMatch(/^1 file in [\d.]+ s: 1 added/);
    expect(r.stdout).toMatch(/1 document from 1 file; 1 quantity, 0 awards, 0 workshops, \d+ entit(y|ies)/);
    const x = await gw(['extract', fake, '--format', 'json']);
    expect(x.stderr).toMatch(/^gongwen: .*fake\.docx: read as txt/);
  }, 60_000);
});

describe('untrusted text on the terminal (audit item 9)', () => {
  it('a file name holding ESC and BEL is shown escaped by ingest and extract', async () => {
    const evil = join(dir, 'x\x1b]0;owned\x07.txt');
    writeFileSync(evil, '改革快报\n普洱市共有产业工人11.45万人。\n');
    const r = await gw(['ingest', evil, '--db', join(dir, 'evil.db'), '--no-progress']);
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).not.toMatch(/[\x07\x1b]/);
    expect(r.stderr).toContain('x␛]0;owned␇.txt');
    const x = await gw(['extract', evil, '--format', 'text']);
    expect(x.stdout).not.toMatch(/[\x07\x1b]/);
    expect(x.stdout).toContain('x␛]0;owned␇.txt');
  }, 60_000);
});
