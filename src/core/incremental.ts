/**
 * Incremental linting for the editor: a session lints successive versions of one document and
 * reuses what an edit cannot have changed, with results identical to {@link lint}.
 *
 * - Parsing (most of a lint's time) is per chunk: the text is cut where a new top-level block
 *   starts with nothing open before it, each chunk's tree is kept by its text, and only chunks
 *   an edit touched are parsed again (`MarkdownCache` in model/markdown.ts, which checks every cut
 *   and merges chunks where a fence or an HTML block stays open).
 * - Everything after the parse (sections, timeline, action items, rules) runs on the new tree
 *   as {@link lint} runs it.
 */
import { lintWith, type LintOptions, type LintResult } from './lint';
import { PostmortemDocument, type DocumentReuse, type ParseOptions } from './model/document';
import { findFrontMatter, type FrontMatter } from './model/frontmatter';
import { LineIndex } from './model/lines';
import { MarkdownCache, type Chunking } from './model/markdown';

/**
 * Lints successive versions of one document. A result's document (its tree and what is derived
 * from it) is valid until the session's next call: the nodes of chunks an edit did not touch are
 * moved to their new place in place, not copied (the findings and other plain data stay as they are).
 */
export interface LintSession {
  /** Exactly what `lint(text, options)` returns, reusing work from this session's previous calls. */
  lint(text: string, options?: LintOptions): LintResult;
  /**
   * Exactly what `parseDocument(text, options)` returns, reusing this session's previous parses
   * (for an editor's parse cache: `lintDocument` on it then gives the findings of `lint`).
   */
  parse(text: string, options?: ParseOptions): PostmortemDocument;
}

/**
 * How a session cuts the text: at a heading once a chunk has about 1 KB, anywhere allowed once it
 * has 4 KB. An edit then parses about one section again, whatever the document's size.
 */
const SESSION_CHUNKING = { heading: 1024, size: 4096 };

/** Options of a session; for tests (the defaults are what the editor needs). */
export interface LintSessionOptions {
  /** Where chunks may start (smaller chunks: more cuts to check). */
  chunking?: Chunking;
}

/** A new session (one per open document). */
export function createLintSession(options: LintSessionOptions = {}): LintSession {
  const markdown = new MarkdownCache(options.chunking ?? SESSION_CHUNKING);
  const parse = (masked: string) => markdown.parse(masked);
  let lines: LineIndex | undefined;
  let front: { key: string; from: number; found: FrontMatter } | undefined;
  const reuse: DocumentReuse = {
    // The line starts before and after the edit are the previous version's (moved after it).
    lines: (text) => (lines = lines ? LineIndex.after(lines, text) : new LineIndex(text)),
    // Front matter depends on the text up to two characters past its end (its closing line and
    // line break) and on whether the text ends there: kept while those are the same.
    frontMatter(text, from) {
      if (front && front.from === from && text.startsWith(front.key) && (front.key.length === front.found.end + 2 || text.length === front.key.length)) return copyFrontMatter(front.found);
      const found = findFrontMatter(text, from);
      front = found && { key: text.slice(0, found.end + 2), from, found };
      return found && copyFrontMatter(found);
    },
    markdown: (text, maskEnd) => markdown.parseMasked(text, maskEnd),
  };
  return {
    lint(text, options = {}) {
      return lintWith(text, options, (t, parseOptions) => new PostmortemDocument(t, parseOptions, parse, reuse));
    },
    parse(text, options = {}) {
      return new PostmortemDocument(text, options, parse, reuse);
    },
  };
}

/** Each document its own front matter object (the parsed data shared: nothing changes it). */
function copyFrontMatter(fm: FrontMatter): FrontMatter {
  return { ...fm, errors: fm.errors.map((e) => ({ ...e })), fields: new Map([...fm.fields].map(([k, v]) => [k, { ...v }])), forbidden: fm.forbidden.map((f) => ({ ...f })) };
}
