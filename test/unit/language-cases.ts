// Shared checks for the session test files of the language rules (language-ko-s8/-s9/-s10, language-real-s8/-s9/-s10):
// a sentence or an action item placed in the evaluation set's scaffold document and linted whole, as the evaluation set
// measures it.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { actionDocument, sentenceDocument } from '../language/harness';

export type Lang = 'en' | 'ko';
export const RULES = ['blameful-language', 'counterfactual-language', 'vague-action-item'];

/** The language findings on the sentence's line and after it. */
export function found(lang: Lang, s: string) {
  const p = sentenceDocument(lang, s);
  return { p, fs: lint(p.text, { locale: lang }).findings.filter((f) => RULES.includes(f.ruleId) && f.line >= p.line) };
}
export const flagged = (lang: Lang, s: string) => assert.ok(found(lang, s).fs.length > 0, `not flagged: ${s}`);
export const clean = (lang: Lang, s: string) => assert.deepEqual(found(lang, s).fs.map((f) => f.message), [], s);

/** The first rewrite of every finding, applied together: the line it gives, which must lint clean. */
export function rewritten(lang: Lang, s: string): string {
  const { p, fs } = found(lang, s);
  assert.ok(fs.length > 0, `not flagged: ${s}`);
  for (const f of fs) assert.ok(f.suggestions.length > 0, `${s}: no rewrite for ${f.message}`);
  const fixed = applyFixes(p.text, fs.map((f) => f.suggestions[0].edits)).text;
  const line = fixed.split('\n')[p.line - 1];
  const again = lint(fixed, { locale: lang }).findings.filter((f) => RULES.includes(f.ruleId) && f.line >= p.line);
  assert.deepEqual(again.map((f) => f.message), [], `${s} -> ${line}`);
  // A second fix-all finds nothing to do.
  assert.equal(applyFixes(fixed, again.map((f) => f.suggestions[0]?.edits ?? [])).text, fixed);
  return line;
}

/** The spans of the vague-action-item findings on an open action item (with an owner) placed as the set places it. */
export function vagueFindings(lang: Lang, item: string): string[] {
  const p = actionDocument(lang, item);
  return lint(p.text, { locale: lang })
    .findings.filter((f) => f.ruleId === 'vague-action-item' && f.endLine >= p.line)
    .map((f) => p.text.slice(f.start, f.end));
}
