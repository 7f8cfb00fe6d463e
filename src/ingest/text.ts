// Plain text and Markdown: encoding detection (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK, Big5)
// and Markdown markup removal. Headings stay as structure (kind 'heading').
import { createRequire } from 'node:module';
import type { IngestResult, SourceLine } from '../types.js';
import { FormatFailure } from './errors.js';
import { mixedUtf8, mostlyUtf8, scanUtf8 } from './utf8-scan.js';
import { stripInline } from './markdown-inline.js';

export { stripInline };

// chardet is asked only to break a near tie between GB18030 and Big5 (or when neither decodes), so
// it is loaded then: as part of this module it cost every worker ~7 ms of a cold start (a DOCX or
// PDF never needs it, nor does UTF-8 text)
const requireCjs = createRequire(import.meta.url);
const chardet = (): typeof import('chardet') => requireCjs('chardet') as typeof import('chardet');

// Frequent characters of Chinese running text (simplified and traditional forms). A wrong
// decoding (GB bytes read as Big5 or the reverse) gives rare characters instead.
const COMMON_CHARS = ('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除构府称太准精值号率族维划选标写存候亲快效院查江型王按格养易置派层片始却专状育厂京识适属包火住调满县局照参红细引听该价严龙飞' +
    '這個們來時為說發對學經過動會國於與業產實際關開長體點進種樣還當應現總將認領導組織標幹機構區鄉鎮縣級聯務計劃議題處員單設條項議經濟發揮職廠' );
/** 1 at the code unit of each common character (all are in the BMP): the score reads codes, and
 * s[i] would make a one-character string for each ideograph of the text */
const COMMON = new Uint8Array(0x10000);
for (let i = 0; i < COMMON_CHARS.length; i++) COMMON[COMMON_CHARS.charCodeAt(i)] = 1;

/** Share of common characters among the CJK ideographs of the first 20,000 code units. */
function scoreChinese(s: string): number {
  let cjk = 0;
  let common = 0;
  const n = Math.min(s.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      common += COMMON[c]!;
    }
  }
  return cjk === 0 ? 0 : common / cjk;
}

function tryDecode(buf: Buffer, enc: string): string | null {
  try {
    return new TextDecoder(enc, { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

export interface Decoded {
  text: string;
  /** the encoding's name, with what was replaced (e.g. 'UTF-8 (2 invalid bytes replaced)') */
  encoding: string;
  /** set when the decoding is not clean: bytes replaced, or an encoding guessed */
  warning?: string;
}

/** Single-byte encodings that chardet may name: they decode any bytes, Chinese text wrongly. */
const SINGLE_BYTE = /^(WINDOWS-125\d|ISO-8859-\d+|KOI8|MACINTOSH|IBM\d+)/;

/**
 * Decode text bytes; returns the text (BOM removed) and the encoding's name. A wrong decoding is
 * never returned silently: a UTF-8 text with a few damaged bytes is decoded with U+FFFD in their
 * place and a warning; a file that mixes UTF-8 with another encoding is refused.
 */
export function decodeText(buf: Buffer): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const t = tryDecode(buf.subarray(3), 'utf-8');
    if (t !== null) return { text: t, encoding: 'UTF-8 (BOM)' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'UTF-16LE' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'UTF-16BE' };
  const utf8 = tryDecode(buf, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const scan = scanUtf8(buf);
  if (mostlyUtf8(scan)) {
    const n = scan.invalid;
    return {
      text: new TextDecoder('utf-8').decode(buf),
      encoding: `UTF-8 (${n} invalid byte${n === 1 ? '' : 's'} replaced)`,
      warning: `${n} byte${n === 1 ? ' is' : 's are'} not valid UTF-8 (the first at byte ${scan.firstInvalid}): replaced with U+FFFD`,
    };
  }
  if (mixedUtf8(scan)) {
    throw new FormatFailure(
      `mixed text encodings: ${scan.utf8Lines} lines are UTF-8 and ${scan.badLines} are not (the first bad byte at ${scan.firstInvalid}); convert the file to one encoding`,
    );
  }

  // Not UTF-8: a legacy Chinese encoding. A file that decodes cleanly as only one of GB18030 and
  // Big5 is that one. When both decode (short text often does), each is scored on common
  // characters; chardet's guess (slow: it runs every detector it has) only breaks a near tie or
  // names an encoding when neither decodes.
  let guessCache: string[] | null = null;
  const guesses = (): string[] =>
    (guessCache ??= chardet().analyse(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)).map((m) => m.name.toUpperCase()));
  const decoded = [
    { label: 'GB18030', text: tryDecode(buf, 'gb18030') },
    { label: 'Big5', text: tryDecode(buf, 'big5') },
  ].filter((c): c is { label: string; text: string } => c.text !== null);
  const scored = decoded.map((c) => ({ ...c, score: scoreChinese(c.text) }));
  if (scored.length === 1 && scored[0]!.score > 0.05) return { text: scored[0]!.text, encoding: scored[0]!.label };
  if (scored.length === 2) {
    const [gb, big5] = scored as [(typeof scored)[0], (typeof scored)[0]];
    if (Math.abs(gb.score - big5.score) > 0.05) {
      const best = gb.score > big5.score ? gb : big5;
      if (best.score > 0.05) return { text: best.text, encoding: best.label };
    } else if (gb.score > 0.05) {
      const rank = (label: string) => {
        const i = guesses().findIndex((g) => (label === 'GB18030' ? /GB|GBK|18030/.test(g) : /BIG5|BIG-5/.test(g)));
        return i < 0 ? 99 : i;
      };
      const best = rank('Big5') < rank('GB18030') ? big5 : gb;
      return { text: best.text, encoding: best.label };
    }
  }
  const fallback = scored.sort((a, b) => b.score - a.score)[0];
  // last resort: chardet's first guess if Node can decode it, without failing on bad bytes; a
  // single-byte Western guess (which decodes anything) only when no Chinese decoding worked
  for (const g of guesses()) {
    if (fallback && SINGLE_BYTE.test(g)) continue;
    try {
      const t = new TextDecoder(g.toLowerCase()).decode(buf);
      if (!t.includes('\ufffd')) {
        return { text: t, encoding: g, warning: `not UTF-8, GB18030 or Big5: decoded as ${g}, a guess; check the text` };
      }
    } catch {
      /* unknown to Node */
    }
  }
  if (fallback) return { text: fallback.text, encoding: fallback.label };
  throw new FormatFailure(`unknown text encoding (not UTF-8, GB18030 or Big5${guesses()[0] ? `; looks like ${guesses()[0]}` : ''})`);
}

const splitLines = (t: string): string[] => t.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');

export function textLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of splitLines(text)) if (l.trim()) out.push({ text: l, page: null, kind: 'para' });
  return out;
}

export function markdownLines(text: string): SourceLine[] {
  const src = splitLines(text);
  const out: SourceLine[] = [];
  let fence: string | null = null;
  for (let i = 0; i < src.length; i++) {
    let line = src[i]!;
    if (fence) {
      if (line.trim().startsWith(fence)) fence = null;
      else if (line.trim()) out.push({ text: line, page: null, kind: 'para' });
      continue;
    }
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      fence = f[1]!;
      continue;
    }
    if (!line.trim()) continue;
    // setext underline: turns the previous paragraph line into a heading
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && i > 0 && src[i - 1]!.trim() && out.length && out[out.length - 1]!.kind === 'para') {
      const prev = out[out.length - 1]!;
      prev.kind = 'heading';
      prev.level = line.trim()[0] === '=' ? 1 : 2;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // thematic break
    // table delimiter row: dashes, a colon at either end for alignment; GFM takes one dash (| :-: | - |), a lone
    // dash with no pipe or colon on the line is a bullet or a rule, not a delimiter
    if (/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && /\||:|-{3}/.test(line)) continue;
    line = line.replace(/^(\s{0,3}>\s?)+/, ''); // block quotes
    const h = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (h) {
      const t = stripInline(h[2] ?? '');
      if (t.trim()) out.push({ text: t, page: null, kind: 'heading', level: h[1]!.length });
      continue;
    }
    line = line
      .replace(/^\s*[-*+][ \t]+(\[[ xX]\][ \t]+)?/, '') // bullet (and task box)
      .replace(/^\s*(\d{1,3})([.)、．])[ \t]+/, '$1$2'); // ordered list: the number is content in Chinese documents
    if (/^\s*\|.*\|\s*$/.test(line)) {
      // table row: one line per cell
      for (const cell of line.trim().replace(/^\||\|$/g, '').split('|')) {
        const t = stripInline(cell).trim();
        if (t) out.push({ text: t, page: null, kind: 'para' });
      }
      continue;
    }
    line = line.replace(/[ \t]+$/, '').replace(/\\$/, ''); // hard breaks: two spaces or backslash
    const t = stripInline(line);
    if (t.trim()) out.push({ text: t, page: null, kind: 'para' });
  }
  return out;
}

export function readText(buf: Buffer, markdown: boolean): IngestResult {
  const { text, encoding, warning } = decodeText(buf);
  if (!text.trim()) throw new FormatFailure('empty file (only whitespace)');
  if (text.includes('\u0000')) throw new FormatFailure('binary data, not a supported format');
  const lines = markdown ? markdownLines(text) : textLines(text);
  return { format: markdown ? 'md' : 'txt', lines, pageCount: null, encoding, ...(warning ? { warnings: [warning] } : {}) };
}
