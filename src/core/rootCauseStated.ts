import type { Nodes } from 'mdast';
import type { PostmortemDocument } from './model/document';
import { endOf, plainText, startOf } from './model/markdown';
import type { FiveWhys, WhyNode } from './model/fiveWhys';
import { structuralKinds } from './requirements';
import { headingKey } from './model/sections';

/**
 * Whether the document states its root cause apart from a 5-whys chain: a root-cause section whose heading names a cause
 * ("## Root cause", "## Blameless root cause", "## 근본 원인", "## Technical cause"; not "## Investigation") with written
 * content outside the chain (also "## Root Cause Analysis" / "## 근본 원인 분석" when the chain is in another section), or a
 * labelled statement ("Root cause: …", "**근본 원인:** …", an overview row "| Root cause | … |") anywhere else. Then the
 * team has named the cause it acts on, in its own place; the chain's last answer need not carry a marker too, and
 * the engine cannot tell that the analysis lacks one (session 10, structure: a "## Whys" chain followed by "## Root
 * cause" was reported as unmarked). Template leftovers (`TODO`, an empty heading, a comment) state nothing.
 */
export function rootCauseStatedApart(doc: PostmortemDocument, trees: readonly FiveWhys[]): boolean {
  const chain: { start: number; end: number }[] = [];
  const stack: WhyNode[] = trees.flatMap((t) => t.roots);
  while (stack.length) {
    const n = stack.pop()!;
    chain.push({ start: n.start, end: n.end });
    for (const c of n.children) stack.push(c);
  }
  const inChain = (node: Nodes) => {
    const s = startOf(node);
    const e = endOf(node);
    return chain.some((c) => s < c.end && e > c.start);
  };
  for (const section of doc.sections) {
    // A root-cause section whose heading names a cause: not one that only tells the work ("Investigation", "Analysis").
    // "## Root Cause Analysis" / "## 근본 원인 분석" are read as 5-whys sections; beside a chain told elsewhere (no why-step
    // inside it or its sub-sections) such a section states the cause as much as "## Root cause" does.
    const apart = section.kind === 'five-whys' && !chain.some((c) => c.start >= section.start && c.start < section.end);
    if ((section.kind !== 'root-causes' && !apart) || !NAMES_CAUSE.test(headingKey(section.title))) continue;
    for (const node of doc.nodesIn(section)) {
      // The section's own text, not a sub-section's ("## Root causes" over "### 5 Whys" states nothing by itself).
      if (node.type === 'heading') break;
      if (inChain(node)) continue;
      if (states(node)) return true;
    }
  }
  // A labelled statement anywhere: a paragraph that opens with a root-cause label, a table row that names it.
  for (const node of doc.root.children) {
    if (inChain(node)) continue;
    if (node.type === 'paragraph') {
      const text = doc.text.slice(startOf(node), endOf(node));
      if (!structuralKinds(doc, 'paragraph', text).includes('root-causes')) continue;
      const value = text.replace(/^[^:：]*[:：]/u, '');
      if (meaningful(value)) return true;
    } else if (node.type === 'table') {
      for (const row of node.children) {
        const [first, ...rest] = row.children;
        if (!first || !structuralKinds(doc, 'tableCell', plainText(first)).includes('root-causes')) continue;
        if (rest.some((c) => meaningful(plainText(c)))) return true;
      }
    }
  }
  return false;
}

/** A heading that names a cause ("Root cause", "Technical cause", "Contributing factors", "근본 원인", "기여 요인", "발단"). */
const NAMES_CAUSE = /cause|factor|원인|요인|발단/u;

/** A block that says something: a paragraph, list, table or quote with words in it other than a template's TODO. */
function states(node: Nodes): boolean {
  if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table' && node.type !== 'blockquote') return false;
  return meaningful(plainText(node));
}

function meaningful(text: string): boolean {
  const t = text.replace(/[*_`~]/g, '').trim();
  if (/(?<![\p{L}\p{N}_])TODO(?![\p{L}\p{N}_])/u.test(t)) return false;
  // At least one word of two letters (a cause in a few words: "Lack of operational documentation", "검증 부재").
  return /\p{L}{2}/u.test(t);
}
