// The gazetteer the build keeps beside the bundle (cli/gazetteer.v8, round 62): read back, it is the
// gazetteer built from the division list — the same places, the maps holding the same place objects, the
// word indexes answering alike — and a file made from another division list, or no such file, is not used.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gazetteer, readGazetteer, serializedGazetteer } from '../../src/extract/named/gazetteer.js';
import { WordIndex } from '../../src/extract/refiners/word-index.js';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-gazetteer-'));
  file = join(dir, 'gazetteer.v8');
  writeFileSync(file, serializedGazetteer());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shipped gazetteer', () => {
  it('reads back as the built one', () => {
    const built = gazetteer();
    const read = readGazetteer(file)!;
    expect(read).not.toBeNull();
    expect(isDeepStrictEqual(read.places, built.places)).toBe(true);
    expect(read.names).toEqual(built.names);
    for (const k of ['byName', 'tallied', 'countyTails'] as const) expect(isDeepStrictEqual(read[k], built[k]), k).toBe(true);
    // the maps hold the places themselves, as the built gazetteer's do (rank is keyed by them)
    expect(read.places.every((pl, i) => read.rank.get(pl) === i)).toBe(true);
    expect([...read.byName.values()].flat().every((pl) => read.rank.has(pl))).toBe(true);
    expect([...read.tallied.values()].flat().every((pl) => read.rank.has(pl))).toBe(true);
    for (const k of ['fullNames', 'nameStarts', 'nameEnds'] as const) {
      expect(read[k]).toBeInstanceOf(WordIndex);
      expect(isDeepStrictEqual({ ...read[k] }, { ...built[k] }), k).toBe(true);
    }
    const text = '云南省曲靖市麒麟区总工会和临夏州、科左中旗、乾县的代表';
    for (let i = 0; i <= text.length; i++) {
      expect(read.nameStarts.lengthsAt(text, i)).toEqual(built.nameStarts.lengthsAt(text, i));
      expect(read.nameEnds.lengthsAt(text, i)).toEqual(built.nameEnds.lengthsAt(text, i));
      expect(read.fullNames.longestAt(text, i)).toBe(built.fullNames.longestAt(text, i));
    }
  });

  it('is not used when made from another division list, or when there is none', () => {
    expect(readGazetteer(file, Buffer.from('[]'))).toBeNull();
    expect(readGazetteer(join(dir, 'missing.v8'))).toBeNull();
    const junk = join(dir, 'junk.v8');
    writeFileSync(junk, 'not a gazetteer');
    expect(readGazetteer(junk)).toBeNull();
  });
});
