/**
 * Components editors may use in English MDX (content/nasjonalt-en/, <local>/en/): the office's
 * name and phone, and a helpline's number. Same names as in Norwegian text.
 */
import Hjelpetelefon from './Hjelpetelefon.astro';
import Kontor from './Kontor.astro';
import Link from './Link.astro';
import KontorTelefon from '../KontorTelefon.astro';
import Kommune from '../Kommune.astro';

/** `a`: links to an offer the municipality does not publish become text. */
export const englishMdxComponents = { Hjelpetelefon, Kontor, KontorTelefon, Kommune, a: Link };
