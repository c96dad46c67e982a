/**
 * Components editors may use in MDX content, by the name they write. `<Ordliste />` is
 * not here: only the glossary page uses it, and it is given there
 * (src/pages/ordliste/index.astro), so no other page carries the glossary's stylesheet.
 */
import Hjelpetelefon from './Hjelpetelefon.astro';
import Kommune from './Kommune.astro';
import Kontor from './Kontor.astro';
import KontorTelefon from './KontorTelefon.astro';
import Personvernombud from './Personvernombud.astro';
import Tilgjengelighetserklaering from './Tilgjengelighetserklaering.astro';

export const mdxComponents = { Hjelpetelefon, Kommune, Kontor, KontorTelefon, Personvernombud, Tilgjengelighetserklaering };
