// Image preparation for OCR, on @napi-rs/canvas (already installed for pdf.js). Red seals and
// red heads are printed over black text: in the red channel red ink is as light as paper, so
// the text under a seal is read; the red head itself is then read apart, from the red ink only.
import type { ImageData } from '@napi-rs/canvas';

// loaded with the first image: a batch without scans never loads the native canvas
const canvas = () => import('@napi-rs/canvas');

export interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decoded, scaled up when narrower than `minWidth` (Tesseract reads Chinese best at ~300 dpi). */
export async function decodeImage(bytes: Buffer, minWidth = Number(process.env.GONGWEN_OCR_MIN_WIDTH ?? 1000)): Promise<Rgba> {
  const { createCanvas, loadImage } = await canvas();
  const img = await loadImage(bytes);
  const f = img.width < minWidth ? Math.min(3, minWidth / img.width) : 1;
  const w = Math.round(img.width * f);
  const h = Math.round(img.height * f);
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(img, 0, 0, w, h);
  const d = ctx.getImageData(0, 0, w, h);
  return { width: d.width, height: d.height, data: d.data };
}

/** Pixels as PNG, each made gray from `value(r, g, b)`; rows [y0, y1) only, with `pad` white rows above and below. */
async function grayPng(img: Rgba, value: (r: number, g: number, b: number) => number, y0 = 0, y1 = img.height, pad = 0): Promise<Buffer> {
  const { createCanvas } = await canvas();
  const h = Math.max(1, y1 - y0);
  const c = createCanvas(img.width, h + 2 * pad);
  const ctx = c.getContext('2d');
  const out = ctx.createImageData(img.width, h + 2 * pad) as ImageData;
  out.data.fill(255);
  for (let y = y0; y < y0 + h; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      const o = ((y - y0 + pad) * img.width + x) * 4;
      const v = value(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!);
      out.data[o] = out.data[o + 1] = out.data[o + 2] = v;
      out.data[o + 3] = 255;
    }
  }
  ctx.putImageData(out, 0, 0);
  return c.encode('png');
}

const isRed = (r: number, g: number, b: number): boolean => r > 140 && r - g > 60 && r - b > 60;

/** The red channel: red ink vanishes, black ink stays. */
export function redChannel(img: Rgba): Promise<Buffer> {
  // stretched: a seal's light red (r ≈ 200–220 after the scan) becomes paper, black ink stays black
  return grayPng(img, (r) => Math.max(0, Math.min(255, ((r - 40) * 255) / 150)));
}

/** Red ink as black on white, other ink dropped (rows [y0, y1), `pad` white rows above and below:
 * Tesseract's layout analysis finds no line in a strip whose glyphs touch its edges). */
export function redInk(img: Rgba, y0: number, y1: number, pad = 0): Promise<Buffer> {
  return grayPng(img, (r, g, b) => (isRed(r, g, b) ? 0 : 255), y0, y1, pad);
}

/** Rows [y0, y1) that hold red ink (at least `min` red pixels). */
export function redRows(img: Rgba, y0: number, y1: number, min = 4): number[] {
  const rows: number[] = [];
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
    let n = 0;
    for (let x = 0; x < img.width && n < min; x++) {
      const i = (y * img.width + x) * 4;
      if (isRed(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) n++;
    }
    if (n >= min) rows.push(y);
  }
  return rows;
}

/** Share of dark pixels (a blank page is not worth reading). */
export function inkShare(img: Rgba): number {
  let dark = 0;
  const n = img.width * img.height;
  for (let i = 0; i < n * 4; i += 16) if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 384) dark++;
  return dark / (n / 4);
}
