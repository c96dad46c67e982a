/**
 * The QR code printed on every sheet, back to the page it was printed from.
 * Made at build time by the `qrcode` library as an SVG path: low error correction
 * and no quiet zone keep it small (about 0.6 KB gzipped in the page), since the
 * page budget counts every byte. The printed sheet gives the quiet zone by margin.
 *
 * The code is decorative for assistive technology (`aria-hidden`): the same address
 * is written out in text next to it.
 */
import QRCode from 'qrcode';

const OPTIONS = { type: 'svg', errorCorrectionLevel: 'L', margin: 0 } as const;

/** An inline SVG QR code for an absolute URL, hidden from assistive technology. */
export async function qrSvg(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`QR-koden trenger en hel adresse, fikk «${url}»`);
  const svg = await QRCode.toString(url, OPTIONS);
  return svg
    .trim()
    .replace('<svg ', '<svg class="pg-qr__code" aria-hidden="true" focusable="false" ')
    .replace('fill="#ffffff"', 'fill="#fff"')
    .replace('stroke="#000000"', 'stroke="#000"');
}

/** The module matrix of a QR code for `url`, row by row (true = dark), as the library makes it. */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
  const size = modules.size;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => Boolean(modules.get(row, col))));
}
