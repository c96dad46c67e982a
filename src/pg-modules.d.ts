/** The municipality's raster logo (PNG, JPEG, WebP), set by the parorendeguiden integration; undefined for an SVG logo or none. */
declare module 'pg:logo' {
  export const logo: import('astro').ImageMetadata | undefined;
}
