// structure(): reads the header block of a bulletin (改革快报, 工作简报 …) or a notice (红头文件)
// from the canonical text and splits the body into numbered sections. See ./README.md for the
// decisions (title spacing, which issuer names win, numbering rules).
import type { Canonical, Format, Structured } from '../types.js';
import { readBulletin, readNotice, readOther } from './header.js';
import { toLines } from './lines.js';
import { findSections } from './sections.js';
import { refineHeader } from './page.js';

export function structure(c: Canonical, _format: Format): Structured {
  const lines = toLines(c);
  const h = refineHeader(lines, c.text, readBulletin(lines, c.text) ?? readNotice(lines, c.text) ?? readOther(lines, c.text));
  const sections = findSections(c.text, lines, h.meta.bodyStart, h.bodyEnd);
  return { meta: h.meta, sections };
}
