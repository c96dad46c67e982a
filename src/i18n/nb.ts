/**
 * Every visible word the code writes, in bokmål. Keys are flat and area-first.
 * Content (titles, leads, bodies) is not here: it lives in content/.
 * `{name}`-style placeholders are filled by `t()`. One file per area under nb/,
 * so features can add their words without touching each other's.
 */
import { core } from './nb/core';
import { events } from './nb/events';
import { glossary } from './nb/glossary';
import { guide } from './nb/guide';
import { offers } from './nb/offers';
import { print } from './nb/print';
import { search } from './nb/search';

export const nb = {
  ...core,
  ...events,
  ...glossary,
  ...guide,
  ...offers,
  ...print,
  ...search,
} as const;
