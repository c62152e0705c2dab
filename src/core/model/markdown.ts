import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Root, Nodes, Parents } from 'mdast';

/**
 * The parts of GFM a postmortem uses: tables (timelines, action items), task lists (action
 * items) and strikethrough (done items). Not remark-gfm as a whole: its autolink-literal pass
 * costs about as much as the rest of parsing, and bare URLs are masked from prose anyway
 * (prose.ts). Footnotes and the tag filter do not matter for linting.
 */
function remarkPostmortemGfm(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}

/** The parser, built once. */
const processor = unified().use(remarkParse).use(remarkPostmortemGfm);

/** Parses Markdown into mdast with offsets into `text`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/** Start offset of a node (0 when the node has no position). */
export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/** End offset of a node. */
export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Depth-first walk; return `false` from the visitor to skip a node's children. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => boolean | void, parent?: Parents): void {
  if (visit(node, parent) === false) return;
  if ('children' in node) {
    for (const child of node.children) walk(child as Nodes, visit, node as Parents);
  }
}

/** The plain text of a node: text, inline code and link text, without markup. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
