// The code units OpenCC changes when folding traditional to simplified: CJK ideographs (the
// unified block and its extension A, and the compatibility ideographs). Everything else is copied.
export const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
];

/** the same ranges, written out: it runs for every character of every document */
export const isHan = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
