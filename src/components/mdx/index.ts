/** Components editors may use in MDX content, by the name they write. */
import Hjelpetelefon from './Hjelpetelefon.astro';
import Kommune from './Kommune.astro';
import Kontor from './Kontor.astro';
import KontorTelefon from './KontorTelefon.astro';
import Ordliste from './Ordliste.astro';
import Personvernombud from './Personvernombud.astro';
import Tilgjengelighetserklaering from './Tilgjengelighetserklaering.astro';

export const mdxComponents = { Hjelpetelefon, Kommune, Kontor, KontorTelefon, Ordliste, Personvernombud, Tilgjengelighetserklaering };
