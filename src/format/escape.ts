// Untrusted text (file names, document text) on a terminal: control characters made visible so
// that a file name cannot move the cursor, forge a status line or retitle the window (audit item 9).
/* eslint-disable no-control-regex */
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** C0 controls as their Unicode control pictures (␛, ␇ …), a line break as ⏎, DEL as ␡, C1 and bidi controls as \u escapes. */
export function safeText(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '⏎').replace(CONTROL, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp === 0x09) return ' ';
    if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
    if (cp === 0x7f) return '␡';
    return `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}
