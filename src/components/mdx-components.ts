// Components that lesson MDX can use without importing them: passed to every
// lesson's <Content components={…} />. Add new lesson components here.
import Callout from './Callout.astro';
import Summary from './Summary.astro';
import Session from './Session.astro';
import Diagram from './Diagram.astro';
import CorsLabPresets from './CorsLabPresets.astro';

export const mdxComponents = { Callout, Summary, Session, Diagram, CorsLabPresets };
