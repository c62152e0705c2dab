/**
 * The names a workspace's postmortems already use as authors, for the New Incident authors
 * prompt where `git config user.name` cannot be read (a web worker host, or no git). Pure: the
 * extension reads the files, this reads their front matter.
 */
import { authorsOfMeta } from './edits/owner';
import { findFrontMatter } from './model/frontmatter';

/** Only the top of a file is read for front matter: a name list lives in its first lines. */
export const AUTHORS_HEAD_CHARS = 8 * 1024;

/** The authors a document's front matter names ([] without front matter or with invalid YAML). */
export function authorsInText(text: string): string[] {
  const head = text.slice(0, AUTHORS_HEAD_CHARS);
  const fm = findFrontMatter(head, head.charCodeAt(0) === 0xfeff ? 1 : 0);
  return fm?.data ? authorsOfMeta(fm.data).filter((n) => n.length <= 100 && !/^(?:tbd|todo|n\/a|미정|\?+)$/i.test(n)) : [];
}

/**
 * Authors of many documents, most used first (a tie keeps the order of first appearance, so a
 * caller that passes the newest documents first gets recent names on top). Names differing only
 * in case or a leading `@` count as one, spelled as first seen.
 */
export function rankAuthors(perDocument: readonly (readonly string[])[]): string[] {
  const byKey = new Map<string, { name: string; count: number; first: number }>();
  let order = 0;
  for (const names of perDocument) {
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.replace(/^@/, '').toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const hit = byKey.get(key);
      if (hit) hit.count++;
      else byKey.set(key, { name, count: 1, first: order++ });
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.name);
}
