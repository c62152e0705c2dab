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
import { PostmortemDocument, type ParseOptions } from './model/document';
import { MarkdownCache, type Chunking } from './model/markdown';

/** Lints successive versions of one document. */
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
  return {
    lint(text, options = {}) {
      return lintWith(text, options, (t, parseOptions) => new PostmortemDocument(t, parseOptions, parse));
    },
    parse(text, options = {}) {
      return new PostmortemDocument(text, options, parse);
    },
  };
}
