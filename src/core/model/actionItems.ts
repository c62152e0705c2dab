import type { PostmortemDocument } from './document';
import type { Section } from './sections';

/** The kinds of action item (Google SRE's types). */
export type ActionType = 'prevent' | 'mitigate' | 'detect' | 'process' | 'repair' | 'investigate';

/** An offset range with the text in it. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One action item: a table row or a list/checklist item in an action-items section. */
export interface ActionItem {
  kind: 'table' | 'list';
  /** Offsets of the whole row / list item. */
  start: number;
  end: number;
  /** What is to be done: the description cell, or the item's text without owner/due/ticket markup. */
  description: Span;
  /** The owner as written, when there is a real one (not a placeholder). */
  owner?: Span;
  /** A placeholder written where the owner goes (TBD, ?, 미정 …). */
  ownerPlaceholder?: Span;
  /** Table items: the owner column's cell (for inserting an owner), when the table has one. */
  ownerCell?: Span;
  type?: ActionType;
  due?: Span;
  ticket?: Span;
  done: boolean;
  /** Short/mid/long term, from a sub-heading or a group item (단기 / 중장기 …). */
  term?: 'short' | 'mid' | 'long';
  section: Section;
}

/** Extracts the action items of a document. */
export function extractActionItems(doc: PostmortemDocument): ActionItem[] {
  void doc;
  return [];
}
