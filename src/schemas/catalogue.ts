/**
 * The catalogue of offers: `content/nasjonalt/tilbudskatalog.yaml`. Every kind of offer a
 * municipality may have, with its fixed ID. National pages may point to any of them; where
 * this municipality lacks one, the link is left out rather than broken.
 */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

export const catalogueSchema = z.array(
  z
    .object({
      /** The offer's ID, the same as its address: `/tilbud/<id>/`. */
      id: idSchema,
      /** The offer's usual name. */
      title: textSchema,
    })
    .strict(),
);
