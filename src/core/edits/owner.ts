import { knownOwners, ownerEdit, type ActionItem } from '../model/actionItems';
import type { PostmortemDocument } from '../model/document';
import type { TextEdit } from '../types';

/** Front matter keys that list the people who wrote the document. */
const AUTHOR_KEYS = ['authors', 'author', 'owners', 'owner', '작성자', '저자', '담당자'];

/** Names from a front matter value: "a, b", ["a", "b"], or [{name: "a"}]. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[,;，、]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? namesOf((v as Record<string, unknown>).name) : namesOf(v)));
  return [];
}

/** The authors named in the front matter, in order, without duplicates. */
export function frontMatterAuthors(doc: PostmortemDocument): string[] {
  return authorsOfMeta(doc.meta);
}

/** The authors named in parsed front matter data, in order, without duplicates. */
export function authorsOfMeta(meta: Record<string, unknown>): string[] {
  return dedupe(AUTHOR_KEYS.flatMap((k) => namesOf(meta[k])));
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.replace(/^@/, '').toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

/**
 * Names to offer when assigning an owner: owners already used in the action items (most used
 * first, so a team's usual owner comes on top), then the front matter's authors.
 */
export function ownerCandidates(doc: PostmortemDocument): string[] {
  return dedupe([...knownOwners(doc.actionItems), ...frontMatterAuthors(doc)]);
}

/** The action item at an offset (a finding's start lies inside the item's row or list item). */
export function actionItemAt(doc: PostmortemDocument, offset: number): ActionItem | undefined {
  // Nested list items: the innermost (shortest) item containing the offset.
  let best: ActionItem | undefined;
  for (const item of doc.actionItems) {
    if (offset >= item.start && offset <= item.end && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}

/** Whether an owner can be written into the item without restructuring the document. */
export function canAssignOwner(doc: PostmortemDocument, item: ActionItem): boolean {
  return ownerEdit(item, 'x', doc.language) !== undefined;
}

/**
 * The edit that assigns `owner` to the action item at `offset`: into the owner cell, over a
 * placeholder, or as "(owner: @x)" / "(담당: x)" in the item's language. Undefined when there is no
 * such item, the owner is blank, or the item cannot take one.
 */
export function assignOwnerEdit(doc: PostmortemDocument, options: { offset: number; owner: string }): TextEdit | undefined {
  const item = actionItemAt(doc, options.offset);
  if (!item) return undefined;
  // A line break in a name would break a table row or a list item.
  const owner = options.owner.replace(/[\r\n|]+/g, ' ').trim();
  return owner ? ownerEdit(item, owner, doc.language) : undefined;
}
