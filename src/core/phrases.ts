/**
 * Phrase lists for the language rules (`blameful-language`, `counterfactual-language`,
 * `vague-action-item`). The work is split by job under `phrase/`:
 * - `phrase/types.ts`    list names, kinds, entry / compiled pattern / match shapes
 * - `phrase/pattern.ts`  the pattern syntax and its compiler to linear-time regexes
 * - `phrase/validate.ts` validating data and config entries, loading the built-in JSON
 * - `phrase/match.ts`    finding entries in prose
 * - `phrase/rewrite.ts`  filling an entry's suggestions in for a match
 * Kind-based detection ("who did what") lives in `language/`; this module is the word lists.
 */
export * from './phrase/types';
export { compilePattern, PatternError } from './phrase/pattern';
export * from './phrase/validate';
export * from './phrase/match';
export * from './phrase/rewrite';
