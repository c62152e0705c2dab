import type { Insertion } from '../core/edits/insert';
import { escapeSnippetText } from '../core/templates/snippets';

/** An insertion as one snippet: the span of the original text it replaces and the snippet body. */
export interface InsertionSnippet {
  start: number;
  end: number;
  /** The new text of the span, escaped, with `$0` where the cursor goes. */
  snippet: string;
}

/**
 * An insertion's edits as ONE snippet that also places the cursor (`$0`), so that the edit and the
 * cursor move reach the editor in one message: a key typed right after the command lands in the
 * new text, not where the cursor was before. Several edits become one replacement of the span
 * from the first to the last, the text between them copied unchanged. Literal `$`, `}` and `\`
 * are escaped. Undefined when there is nothing to insert, the edits overlap or run past the
 * text, or the cursor is not inside the replaced span (the caller then applies the edits and moves
 * the cursor in two steps).
 *
 * `text` is the text the insertion's offsets refer to; `insertion.cursor` is an offset in the
 * text after the edits.
 */
export function insertionAsSnippet(text: string, insertion: Insertion): InsertionSnippet | undefined {
  const edits = [...insertion.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (edits.length === 0) return undefined;
  const start = edits[0].start;
  let at = start;
  let merged = '';
  for (const e of edits) {
    if (e.start < at || e.end < e.start || e.end > text.length) return undefined;
    merged += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  const end = at;
  const cursor = insertion.cursor - start;
  if (cursor < 0 || cursor > merged.length) return undefined;
  return { start, end, snippet: `${escapeSnippetText(merged.slice(0, cursor))}$0${escapeSnippetText(merged.slice(cursor))}` };
}
