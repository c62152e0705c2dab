import type { PostmortemDocument } from './document';

/** One answer in a 5-whys tree. */
export interface WhyNode {
  /** The answer, as plain text (markers such as "Why?" and "(root cause)" removed). */
  text: string;
  /** Offsets of the list item / paragraph. */
  start: number;
  end: number;
  /** Offsets of the answer text itself. */
  textStart: number;
  textEnd: number;
  rootCause: boolean;
  children: WhyNode[];
  parent: WhyNode | undefined;
}

/** A 5-whys tree: the roots are the problem statements. */
export interface FiveWhys {
  start: number;
  end: number;
  roots: WhyNode[];
}

/** Extracts the 5-whys trees of a document. */
export function extractFiveWhys(doc: PostmortemDocument): FiveWhys[] {
  void doc;
  return [];
}
