/**
 * The municipality's logo (`logo` in profil.yaml): an SVG, which the header inlines, or a
 * PNG, JPEG or WebP, which goes through Astro's image pipeline. Pure: it gets the file
 * name and its first bytes, and says what kind of image it is or what is wrong.
 */
export type LogoKind = 'svg' | 'png' | 'jpeg' | 'webp';

const EXTENSIONS: Record<string, LogoKind> = { svg: 'svg', png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp' };

/** What each kind of file begins with. */
function contentKind(bytes: Uint8Array): LogoKind | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  const text = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

/** The logo's kind, or a problem (for the field `logo`) in words. `bytes` is undefined when the file is missing. */
export function checkLogo(name: string, bytes: Uint8Array | undefined): { kind: LogoKind } | { problem: string } {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const expected = EXTENSIONS[extension];
  if (!expected) return { problem: `logo: «${name}» er ikke en bildefil vi kan bruke. Bruk SVG, PNG, JPEG eller WebP (.svg, .png, .jpg, .webp)` };
  if (!bytes) return { problem: `logo: finner ikke filen «${name}». Legg den ved siden av profil.yaml, eller fjern linjen for å vise bare navnet` };
  const actual = contentKind(bytes);
  if (!actual) return { problem: `logo: «${name}» kan ikke leses som et bilde. Lagre logoen på nytt som SVG, PNG, JPEG eller WebP` };
  if (actual !== expected) return { problem: `logo: «${name}» er egentlig en ${actual.toUpperCase()}-fil. Gi filen riktig endelse (.${actual === 'jpeg' ? 'jpg' : actual})` };
  return { kind: actual };
}
