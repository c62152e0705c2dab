/** Turning command-line inputs (files, directories, globs) into files, and reading them safely. */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Folders never searched: dependencies and VCS metadata hold no postmortems, only noise and time. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/** File endings searched for in directories. */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;

/** Above this size a file is skipped: no postmortem is 5 MB, and the engine's budget is for documents, not dumps. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file to lint. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Named on the command line (problems are errors) rather than found in a directory or by a glob (problems are notes). */
  explicit: boolean;
  /** The directory searched to find it, when it was found by a directory walk (not named, not a glob). */
  walkedFrom?: string;
}

/** Files found, plus the inputs that named nothing lintable. */
export interface ResolvedInputs {
  files: InputFile[];
  /** Folders a directory walk could not read (one-line messages; the run notes them). */
  unreadable: string[];
  /** One-line messages, one per input that failed; any of them means exit 2. */
  errors: string[];
}

/** Options for {@link resolveInputs}. */
export interface ResolveInputsOptions {
  cwd: string;
}

function isMarkdownName(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Markdown files under a directory, sorted, without following symlinked directories (a link
 * back up the tree would otherwise loop forever). An unreadable subfolder does not stop the
 * walk; it is named in `unreadable` (with the reason) so that the run can say so.
 */
export function walkMarkdown(dir: string, unreadable: string[] = []): string[] {
  const out: string[] = [];
  const list = (d: string): { dir: string; names: string[]; next: number } | undefined => {
    try {
      return { dir: d, names: readdirSync(d).sort(), next: 0 };
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      unreadable.push(`${d}: cannot read folder (${typeof code === 'string' ? code : String(err)})`);
      return undefined;
    }
  };
  // An explicit stack, not recursion (a deep tree must not overflow the call stack), visiting
  // entries in the same order a recursive walk would.
  const first = list(dir);
  const stack = first ? [first] : [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.names.length) {
      stack.pop();
      continue;
    }
    const name = top.names[top.next++];
    const full = join(top.dir, name);
    let st: Stats;
    try {
      st = lstatSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) {
        const sub = list(full);
        if (sub) stack.push(sub);
      }
    } else if (isMarkdownName(name)) {
      // A symlink to a Markdown file is linted; a dangling one or a link to a folder is not.
      if (st.isFile() || (st.isSymbolicLink() && statOrUndefined(full)?.isFile())) out.push(full);
    }
  }
  return out;
}

/** Expands inputs into files. Never throws; inputs that match nothing become `errors`. */
export async function resolveInputs(inputs: readonly string[], options: ResolveInputsOptions): Promise<ResolvedInputs> {
  const files = new Map<string, InputFile>();
  const errors: string[] = [];
  const unreadable: string[] = [];
  const add = (path: string, explicit: boolean, walkedFrom?: string) => {
    const prev = files.get(path);
    if (!prev) files.set(path, { path, explicit, walkedFrom });
    else if (explicit) {
      prev.explicit = true;
      prev.walkedFrom = undefined;
    } else if (!walkedFrom) prev.walkedFrom = undefined;
  };
  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    // An existing path wins over glob syntax: file names may contain brackets or braces.
    const st = statOrUndefined(abs);
    if (st?.isFile()) add(abs, true);
    else if (st?.isDirectory()) {
      const before = unreadable.length;
      const found = walkMarkdown(abs, unreadable);
      if (found.length === 0 && unreadable.length === before) errors.push(`${input}: no Markdown files (*.md, *.markdown) in this directory`);
      for (const f of found) add(f, false, abs);
    } else if (st) errors.push(`${input}: not a file or directory`);
    else if (isDynamicPattern(input)) {
      let matches: string[] = [];
      try {
        matches = await glob(input.split(sep).join('/'), {
          cwd: options.cwd,
          absolute: true,
          onlyFiles: true,
          ignore: [...SKIPPED_DIRS].map((d) => `**/${d}/**`),
        });
      } catch (err) {
        errors.push(`${input}: invalid glob (${err instanceof Error ? err.message : String(err)})`);
        continue;
      }
      if (matches.length === 0) errors.push(`${input}: no files match this pattern`);
      for (const m of matches.map((p) => resolve(p)).sort()) add(m, false);
    } else errors.push(`${input}: no such file or directory`);
  }
  return { files: [...files.values()], errors, unreadable };
}

/** A file's text and what identifies the version read (for `--fix`), or why it was not read. */
export type ReadResult = { ok: true; text: string; mode: number; size: number; mtimeMs: number; ino: number; dev: number } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}

/**
 * Reads a file as UTF-8, keeping a BOM (offsets count it, and `--fix` must write it back).
 * Binary content (a NUL byte, or bytes that are not UTF-8) and oversized files are refused
 * with a short reason instead of being linted as garbage. Reads to the end whatever the size
 * says: files under /proc report 0 and a growing file reports too little.
 */
export function readTextFile(path: string, options: { maxBytes?: number } = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: `file too large (${formatBytes(st.size)}; the limit is ${formatBytes(maxBytes)})` };
    // Up to one byte past the limit, so that a file larger than it says is still caught.
    let buf = Buffer.alloc(Math.min(Math.max(st.size, 64 * 1024), maxBytes) + 1);
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        if (len > maxBytes) break;
        const bigger = Buffer.alloc(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) return { ok: false, reason: `file too large (more than ${formatBytes(maxBytes)})` };
    const bytes = buf.subarray(0, len);
    if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, reason: 'binary file (not valid UTF-8)' };
    }
    return { ok: true, text, mode: st.mode & 0o7777, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return { ok: false, reason: `cannot read file (${typeof code === 'string' ? code : err instanceof Error ? err.message : String(err)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A path for humans and reports: relative to `cwd` with `/` separators, or absolute when the
 * file lies outside `cwd` (a chain of `../` helps nobody find it).
 */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}
