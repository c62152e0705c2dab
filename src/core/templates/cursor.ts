import { parseDocument } from '../model/document';
import { endOf, startOf } from '../model/markdown';

/** A range of text, as UTF-16 offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * The summary's placeholder: the first block after the summary heading that is not a comment
 * (in the built-in templates, the `TODO: …` paragraph). Undefined when there is no summary
 * section or it has no such block. The New Incident command selects it so typing replaces it.
 */
export function summaryPlaceholder(text: string): OffsetRange | undefined {
  const doc = parseDocument(String(text ?? ''));
  const summary = doc.sectionsOf('summary')[0];
  if (!summary) return undefined;
  for (const node of doc.nodesIn(summary)) {
    if (node.type === 'html') continue;
    if (node.type === 'heading') return undefined;
    return { start: startOf(node), end: endOf(node) };
  }
  return undefined;
}

/**
 * Where the cursor goes in a new document: on the summary's placeholder line; in an empty
 * summary, on the blank line after its heading (else at the heading's end); without a summary, after the first heading, else
 * after the front matter. Never throws.
 */
export function summaryCursor(text: string): number {
  const src = String(text ?? '');
  const placeholder = summaryPlaceholder(src);
  if (placeholder) return placeholder.start;
  const doc = parseDocument(src);
  const summary = doc.sectionsOf('summary')[0] ?? doc.sections[0];
  if (summary) return afterLineBreak(src, summary.contentStart);
  if (doc.frontMatter) return doc.frontMatter.end;
  return doc.hasBom ? 1 : 0;
}

/** The blank line after the line ending at `offset`, when there is one; otherwise `offset` itself. */
function afterLineBreak(text: string, offset: number): number {
  const next = text.startsWith('\r\n', offset) ? offset + 2 : text[offset] === '\n' || text[offset] === '\r' ? offset + 1 : -1;
  if (next < 0) return offset;
  return next >= text.length || text[next] === '\n' || text[next] === '\r' ? next : offset;
}
