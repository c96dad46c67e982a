/**
 * A guide page (side): one file in `content/nasjonalt|lokalt/sider/<id>.mdx`, published at `/<id>/`.
 * Rights, the care journey, situations, and the statements about the site itself.
 */
import { z } from 'astro/zod';
import { AUDIENCES, PAGE_SECTIONS } from '../lib/vocabulary';
import {
  azTermsSchema,
  leadSchema,
  legalRefSchema,
  relatedSchema,
  searchTermsSchema,
  draftSchema,
  pageLastCheckedSchema,
  pageSourcesSchema,
  textSchema,
} from './common';

export const pageSchema = z
  .object({
    /** The page title, phrased as the reader would look for it. */
    title: textSchema,
    /** One or two plain sentences on what the page answers. */
    lead: leadSchema,
    /** Which part of the site the page belongs to. Example: `rettigheter`. */
    section: z.enum(PAGE_SECTIONS),
    /** Who the page is written for. Default: `voksne`. */
    audience: z.enum(AUDIENCES).default('voksne'),
    /** Where the facts come from; at least one (a draft may have none yet). */
    sources: pageSourcesSchema,
    /** The date someone last checked the facts against the sources. Required unless `draft: true`. */
    lastChecked: pageLastCheckedSchema,
    /** `true` while no one has checked the file: shown with «Utkast» by `npm start`, left out by `npm run build`. Default: `false`. */
    draft: draftSchema,
    /** The laws and sections the page explains. Default: `[]`. */
    legalRefs: z.array(legalRefSchema).default([]),
    /** Everyday words people search for. */
    searchTerms: searchTermsSchema,
    /** Where the A–Å index files it, if not under its title (see azTermsSchema). Default: `[]`. */
    azTerms: azTermsSchema,
    /** Offers this page tells about; they are listed at the end of the page. */
    offers: relatedSchema,
    /** Other pages worth reading next. */
    related: relatedSchema,
    /**
     * The contact whose phone stands under the title, by its ID in kontakter/, instead of the
     * office's: a page for children or young people gives their own helpline, open when they
     * need it. Example: `alarmtelefonen`.
     */
    callContact: z.string().optional(),
    /** Where the page sorts within its section; lower first. Default: 100. */
    order: z.number().int().default(100),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
