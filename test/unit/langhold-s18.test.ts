// Session 18 (langhold): the fresh blind part of the language evaluation set is tagged "[fresh-s18]". These checks pin
// that it is read as its own part and kept in holdout, like fresh-s7…s17 (test/language/README.md, "Fresh blind part
// (session 18)"), and that a later draw of it goes to dev. The checks are shared: test/unit/langhold-fresh-part.ts.
import { describeFreshPart } from './langhold-fresh-part';

describeFreshPart(18, /^(en|ko)-25[0-4]\d{2}$|^(en|ko)-act-255\d{2}$/, 'en-99997');
