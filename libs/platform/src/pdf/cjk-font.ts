import { existsSync, readFileSync } from 'node:fs';

/**
 * CJK fonts looked for, in order (Debian packages fonts-wqy-zenhei, fonts-wqy-microhei,
 * fonts-noto-cjk; `.ci/run` installs the first). `CJK_FONT` (or the older `HOURS_CJK_FONT`)
 * overrides.
 */
const FONT_CANDIDATES: { path: string; family?: string }[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

/** A font for Chinese text in generated PDFs, or null (the PDF is then Latin only and says so). */
export function findCjkFont(): { path: string; family?: string } | null {
  const override = process.env.CJK_FONT ?? process.env.HOURS_CJK_FONT;
  if (override && existsSync(override)) return { path: override };
  return FONT_CANDIDATES.find((f) => existsSync(f.path)) ?? null;
}

let cached: { path: string; family?: string; data: Buffer } | null | undefined;

/**
 * Sets a PDFKit document's font to the CJK font, read from disk once per process (the font file
 * is some 16 MB); false when there is none.
 */
export function useCjkFont(doc: {
  registerFont(name: string, src: Buffer, family?: string): unknown;
  font(name: string): unknown;
}): boolean {
  if (cached === undefined) {
    const font = findCjkFont();
    cached = font ? { ...font, data: readFileSync(font.path) } : null;
  }
  if (!cached) return false;
  doc.registerFont('cjk', cached.data, cached.family);
  doc.font('cjk');
  return true;
}

/** The bytes a document stream (a PDFKit document) writes, once it ends. Call before `end()`. */
export function collectBytes(stream: {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
