import type { PostmortemDocument } from './document';
import type { Nodes } from 'mdast';
import { startOf, endOf, originOf, walk } from './markdown';

/** A `<!-- postmortem-lint-… -->` comment. */
export interface SuppressionComment {
  directive: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids it names; empty means every rule. */
  ruleIds: string[];
  /** The reason after ` -- `; empty when missing. */
  reason: string;
  start: number;
  end: number;
  /** 1-based lines the comment starts and ends on. */
  line: number;
  endLine: number;
}

/** The suppression comments of a document and the question they answer. */
export interface Suppressions {
  comments: SuppressionComment[];
  /** Whether a finding of `ruleId` starting on `line` is suppressed. */
  isSuppressed(ruleId: string, line: number): boolean;
}

// Matched on the inside of each HTML comment (found with indexOf), anchored at its start.
const DIRECTIVE = /^\s*postmortem-lint-(disable-next-line|disable-line|disable|enable)\b/;

/** Parses one comment body ("rule-a, rule-b -- reason"). */
export function parseDirectiveBody(body: string): { ruleIds: string[]; reason: string } {
  const sep = body.search(/\s--\s|\s--$/);
  const ids = sep >= 0 ? body.slice(0, sep) : body;
  const reason = sep >= 0 ? body.slice(sep).replace(/^\s*--/, '').trim() : '';
  return { ruleIds: ids.split(/[\s,]+/).filter(Boolean), reason };
}

/** A comment found in a top-level node, without its lines (they depend on the whole text). */
type Found = Omit<SuppressionComment, 'line' | 'endLine'>;

/**
 * The comments of a top-level node of a lint session's parse, kept by the chunk node it is a copy
 * of ({@link originOf}: the same tree and source text, `delta` apart), with offsets of the origin's place.
 */
const kept = new WeakMap<Nodes, readonly Found[]>();

/** The suppression comments inside one top-level node (never inside code), in order. */
function commentsIn(doc: PostmortemDocument, top: Nodes, out: Found[]): void {
  walk(top, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return false;
    if (node.type !== 'html') return;
    const base = startOf(node);
    const raw = doc.text.slice(base, endOf(node));
    for (let open = raw.indexOf('<!--'); open >= 0; open = raw.indexOf('<!--', open + 4)) {
      const close = raw.indexOf('-->', open + 4);
      if (close < 0) break;
      const inner = raw.slice(open + 4, close);
      const m = DIRECTIVE.exec(inner);
      if (!m) continue;
      const { ruleIds, reason } = parseDirectiveBody(inner.slice(m[0].length));
      out.push({ directive: m[1] as SuppressionComment['directive'], ruleIds, reason, start: base + open, end: base + close + 3 });
    }
  });
}

/** Finds suppression comments in HTML nodes (never inside code blocks). */
export function extractSuppressions(doc: PostmortemDocument): Suppressions {
  const comments: SuppressionComment[] = [];
  const push = (c: Found, by: number) =>
    comments.push({ ...c, ruleIds: [...c.ruleIds], start: c.start + by, end: c.end + by, line: doc.lines.position(c.start + by).line, endLine: doc.lines.position(c.end + by).line });
  // Every directive names itself: without the word in the text there is no tree to walk (a re-lint of a big document skips it).
  if (doc.text.includes('postmortem-lint-')) {
    for (const top of doc.root.children as Nodes[]) {
      // A node an edit did not touch has the comments read before, moved (a re-lint walks only the edited nodes).
      const o = originOf(top);
      let found = o && kept.get(o.origin);
      if (!found) {
        const own: Found[] = [];
        commentsIn(doc, top, own);
        found = own;
        if (o) kept.set(o.origin, own.map((c) => ({ ...c, start: c.start - o.delta, end: c.end - o.delta })));
        for (const c of own) push(c, 0);
      } else {
        for (const c of found) push(c, o!.delta);
      }
    }
  }

  // Per rule id ('*' for all): line ranges [from, to] that are disabled.
  const ranges: { rule: string; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  for (const c of comments) {
    const ids = c.ruleIds.length ? c.ruleIds : ['*'];
    if (c.directive === 'disable-next-line') {
      for (const rule of ids) ranges.push({ rule, from: c.endLine + 1, to: c.endLine + 1 });
    } else if (c.directive === 'disable-line') {
      for (const rule of ids) ranges.push({ rule, from: c.line, to: c.endLine });
    } else if (c.directive === 'disable') {
      for (const rule of ids) if (!open.has(rule)) open.set(rule, c.endLine);
    } else {
      const closing = c.ruleIds.length ? ids : [...open.keys()];
      for (const rule of closing) {
        const from = open.get(rule);
        if (from !== undefined) {
          ranges.push({ rule, from, to: c.line });
          open.delete(rule);
        }
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Number.MAX_SAFE_INTEGER });

  return {
    comments,
    isSuppressed(ruleId, line) {
      return ranges.some((r) => (r.rule === ruleId || r.rule === '*') && line >= r.from && line <= r.to);
    },
  };
}
