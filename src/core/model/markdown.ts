import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Nodes, Parents } from 'mdast';

/** remark with GFM (tables and task lists are everyday postmortem syntax). Built once. */
const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown into mdast with offsets into `text`. */
export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
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
