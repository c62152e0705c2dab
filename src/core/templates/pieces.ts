/**
 * Templates are written once as text with typed holes ("pieces"), then rendered two ways: as a
 * document (holes filled with the incident's values) and as a VS Code snippet (holes become tab
 * stops and date variables, literal text is escaped). One source keeps the skeleton snippets and
 * the New Incident command from drifting apart.
 */

/** A value a template needs. `yaml` holes sit in front matter and are quoted there. */
export type FieldName = 'title' | 'date' | 'start' | 'time' | 'severity' | 'authors' | 'timezone' | 'zone' | 'cursor';

/** A hole in a template. */
export interface FieldRef {
  field: FieldName;
  ctx: 'yaml' | 'text';
}

/** Literal text or a hole. */
export type Piece = string | FieldRef;

/** Builds pieces from a template literal whose substitutions are holes. */
export function md(strings: TemplateStringsArray, ...refs: FieldRef[]): Piece[] {
  const out: Piece[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < refs.length) out.push(refs[i]);
  });
  return out;
}

/** Holes for body text. */
export const T = {
  title: { field: 'title', ctx: 'text' },
  date: { field: 'date', ctx: 'text' },
  time: { field: 'time', ctx: 'text' },
  zone: { field: 'zone', ctx: 'text' },
  cursor: { field: 'cursor', ctx: 'text' },
} as const satisfies Record<string, FieldRef>;

/** Holes for front matter values. */
export const Y = {
  title: { field: 'title', ctx: 'yaml' },
  date: { field: 'date', ctx: 'yaml' },
  start: { field: 'start', ctx: 'yaml' },
  severity: { field: 'severity', ctx: 'yaml' },
  authors: { field: 'authors', ctx: 'yaml' },
  timezone: { field: 'timezone', ctx: 'yaml' },
} as const satisfies Record<string, FieldRef>;

/** Joins pieces, turning literal text and holes into strings with the given functions. */
export function renderPieces(pieces: readonly Piece[], fill: (ref: FieldRef) => string, literal: (s: string) => string = (s) => s): string {
  return pieces.map((p) => (typeof p === 'string' ? literal(p) : fill(p))).join('');
}
