// The page fetches another language's words before it renders in it (src/i18n/catalogue.ts):
// tests that switch the language have them at hand from the start, as the page does.
import { loadCatalogue } from '../src/i18n/catalogue.ts';

await loadCatalogue('es');
