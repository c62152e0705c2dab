// Session 16 (langhold): the fresh blind part of the language evaluation set is tagged "[fresh-s16]". These checks pin
// that it is read as its own part and kept in holdout, like fresh-s7…s15 (test/language/README.md, "Fresh blind part
// (session 16)"), and that a later draw of it goes to dev. The checks are shared: test/unit/langhold-fresh-part.ts.
import { describeFreshPart } from './langhold-fresh-part';

describeFreshPart(16, /^(en|ko)(-act)?-20[0-3]\d{2}$/, 'en-99999');
