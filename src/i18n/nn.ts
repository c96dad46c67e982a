/**
 * Every visible word the code writes, in nynorsk. Keys are flat and area-first, and exactly
 * the same as in nb.ts. Content (titles, leads, bodies) is not here: it lives in content/.
 * `{name}`-style placeholders are filled by `t()`. One file per area under nn/,
 * so features can add their words without touching each other's.
 */
import { core } from './nn/core';
import { events } from './nn/events';
import { glossary } from './nn/glossary';
import { guide } from './nn/guide';
import { offers } from './nn/offers';
import { print } from './nn/print';
import { search } from './nn/search';

export const nn = {
  ...core,
  ...events,
  ...glossary,
  ...guide,
  ...offers,
  ...print,
  ...search,
} as const;
