/**
 * Components editors may use in English MDX (content/nasjonalt-en/, <local>/en/): the office's
 * name and phone, and a helpline's number. Same names as in Norwegian text.
 */
import Hjelpetelefon from './Hjelpetelefon.astro';
import Kontor from './Kontor.astro';
import KontorTelefon from '../KontorTelefon.astro';
import Kommune from '../Kommune.astro';

export const englishMdxComponents = { Hjelpetelefon, Kontor, KontorTelefon, Kommune };
