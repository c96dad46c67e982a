/** Components editors may use in MDX content, by the name they write. */
import Kommune from './Kommune.astro';
import Kontor from './Kontor.astro';
import KontorTelefon from './KontorTelefon.astro';

export const mdxComponents = { Kommune, Kontor, KontorTelefon };
