// The text is matched folded to simplified, and OpenCC's one-character table folds 乾 to 干: the two
// places whose names hold 乾 (乾安县 in 吉林, 乾县 in 陕西) must still be found in the folded text.
import { describe, expect, it } from 'vitest';
import { placeAt, placeLevel } from '../../src/extract/named/gazetteer.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

describe('places whose names the fold changes', () => {
  it('finds 乾安縣 and 乾县 in the folded text, under their own names', () => {
    expect(placeAt(foldToSimplified('乾安縣總工會'), 0)?.name).toBe('乾安县');
    expect(placeAt(foldToSimplified('乾县城关镇'), 0)?.name).toBe('乾县');
    expect(placeLevel(foldToSimplified('乾安縣'))).toBe('county');
  });

  it('leaves a folded word that names no place alone', () => {
    expect(placeAt(foldToSimplified('乾淨整潔'), 0)).toBeNull();
  });
});
