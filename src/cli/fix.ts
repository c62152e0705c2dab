/** `--fix`: apply preferred fixes until the text stops changing, then write it back safely. */
import { accessSync, chmodSync, chownSync, closeSync, constants as fsConstants, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { applyFixesDetailed, preferredSuggestions } from '../core/fix';
import type { Finding, TextEdit } from '../core/types';

/** Options for {@link fixUntilStable}. */
export interface FixLoopOptions {
  /** Lints a text (with the file's configuration). */
  lint: (text: string) => Finding[];
  /** Passes before giving up; fixes that keep producing new fixes are a rule bug, not a reason to spin. */
  maxPasses?: number;
}

/** What the fix loop did. */
export interface FixLoopResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Passes that changed the text. */
  passes: number;
  /** Findings of the final text (what is left to report). */
  findings: Finding[];
}

/**
 * Applies the preferred suggestions, re-lints and repeats: one pass may skip overlapping fixes,
 * and a fix may uncover another. Pure apart from calling `lint`. Edits are offset edits on the
 * text as read, so line endings and a BOM outside the edited ranges survive untouched.
 */
export function fixUntilStable(text: string, options: FixLoopOptions): FixLoopResult {
  const maxPasses = options.maxPasses ?? 5;
  let current = text;
  let findings = options.lint(current);
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const result = applyFixesDetailed(current, preferredSuggestions(findings).map((s) => s.edits));
    if (result.applied === 0 || result.text === current) break;
    const next = options.lint(result.text);
    // A pass that resolves none of the findings it fixed is a rule's fix that does not work
    // (e.g. a heading inserted inside an unclosed comment): keep the text as it was rather
    // than grow the file on every run.
    if (!resolvesAny(findings, next, result.edits)) break;
    current = result.text;
    applied += result.applied;
    passes++;
    findings = next;
  }
  return { text: current, applied, passes, findings };
}

/** Findings compared across texts: rule and message, digits folded (positions in messages move). */
function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.message.replace(/\d+/g, '#')}`;
}

/** Maps sorted offsets of the old text into the new one (an offset inside an edit goes to its start). */
function mapOffsets(offsets: readonly number[], edits: readonly TextEdit[]): number[] {
  const order = offsets.map((o, i) => ({ o, i })).sort((a, b) => a.o - b.o);
  const out = new Array<number>(offsets.length);
  let shift = 0;
  let k = 0;
  for (const { o, i } of order) {
    while (k < edits.length && edits[k].end <= o) {
      shift += edits[k].newText.length - (edits[k].end - edits[k].start);
      k++;
    }
    out[i] = k < edits.length && edits[k].start < o ? edits[k].start + shift : o + shift;
  }
  return out;
}

/**
 * Whether some fixable finding of `before` is gone from `after`: no finding with the same rule
 * and message where it was (its start mapped through the edits). A fix that uncovers a new
 * finding of the same kind elsewhere still counts as progress.
 */
function resolvesAny(before: readonly Finding[], after: readonly Finding[], edits: readonly TextEdit[]): boolean {
  const fixed = before.filter((f) => f.suggestions.length > 0 && !f.suggestions[0].manual);
  const mapped = mapOffsets(fixed.map((f) => f.start), edits);
  const there = new Set(after.map((f) => `${findingKey(f)}\u0000${f.start}`));
  return fixed.some((f, i) => !there.has(`${findingKey(f)}\u0000${mapped[i]}`));
}

/** What was read from a file, to tell whether it changed before the fixed text is written. */
export interface FileSnapshot {
  /** The text as read (decoded). */
  text: string;
  /** Permission bits. */
  mode: number;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** Why fixes were not written. `read-only` and `changed` leave the file exactly as it was. */
export class FixWriteError extends Error {
  constructor(
    message: string,
    readonly reason: 'read-only' | 'changed' | 'io',
  ) {
    super(message);
  }
}

/** Test hooks for {@link writeFixedFile}. */
export interface WriteHooks {
  /** Runs after the final change check, just before the new content replaces the old (tests edit the file here). */
  beforeReplace?: () => void;
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Throws `changed` when the file no longer holds what was read (size, time, identity, or text). */
function assertUnchanged(target: string, snapshot: FileSnapshot): Stats {
  const st = statSync(target);
  const same = st.size === snapshot.size && st.mtimeMs === snapshot.mtimeMs && st.ino === snapshot.ino && st.dev === snapshot.dev;
  // Content too: an edit within the file system's time granularity keeps size and mtime.
  if (!same || utf8.decode(readFileSync(target)) !== snapshot.text) throw new FixWriteError('the file changed since it was read; fixes not written (run again)', 'changed');
  return st;
}

/** Overwrites a file's bytes where they are (same inode: hard links, owner and mode stay). */
function writeInPlace(target: string, bytes: Buffer): void {
  const fd = openSync(target, 'r+');
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, off);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes fixed text back with care. Refuses a file the user may not write (`read-only`), and
 * one that changed since it was read (`changed`, checked on size, mtime, inode and content just
 * before the replace). Normally the new text goes to a temporary file in the same folder, gets
 * the original mode and owner, and is renamed over the target (a crash leaves the old or the
 * new file, never half of each). A file with other hard links, or whose owner cannot be kept,
 * or in a folder the user cannot write, is overwritten in place instead, so that links, owner
 * and mode stay. A symlink is followed. No temporary file is left behind on any path.
 */
export function writeFixedFile(path: string, text: string, snapshot: FileSnapshot, hooks: WriteHooks = {}): void {
  let target: string;
  try {
    target = realpathSync(path);
    accessSync(target, fsConstants.W_OK);
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ENOENT') throw new FixWriteError('the file was removed since it was read; fixes not written', 'changed');
    throw new FixWriteError(`the file is not writable (${code}); fixes not written`, 'read-only');
  }
  // Permission bits, checked as well: root may write anything, but a file marked read-only is a request.
  let before: Stats;
  try {
    before = assertUnchanged(target, snapshot);
  } catch (err) {
    if (err instanceof FixWriteError) throw err;
    throw new FixWriteError(`cannot read the file again before writing (${codeOf(err)}); fixes not written`, 'io');
  }
  if ((before.mode & 0o222) === 0) throw new FixWriteError('the file is read-only (no write permission bits); fixes not written', 'read-only');
  const bytes = Buffer.from(text, 'utf8');
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  let dirWritable = true;
  try {
    accessSync(dirname(target), fsConstants.W_OK);
  } catch {
    dirWritable = false;
  }
  const keepOwnerByRename = uid === undefined || uid === 0 || (before.uid === uid && (typeof process.getgroups !== 'function' || before.gid === process.getgid?.() || process.getgroups().includes(before.gid)));
  if (before.nlink > 1 || !dirWritable || !keepOwnerByRename) {
    try {
      hooks.beforeReplace?.();
      assertUnchanged(target, snapshot);
      writeInPlace(target, bytes);
    } catch (err) {
      if (err instanceof FixWriteError) throw err;
      throw new FixWriteError(`cannot write fixes (${codeOf(err)})`, 'io');
    }
    return;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    writeFileSync(tmp, bytes, { mode: before.mode & 0o7777, flag: 'wx' });
    created = true;
    // The umask may have narrowed the mode at creation; set it exactly, and keep owner and group.
    chmodSync(tmp, before.mode & 0o7777);
    const st = statSync(tmp);
    if (st.uid !== before.uid || st.gid !== before.gid) chownSync(tmp, before.uid, before.gid);
    hooks.beforeReplace?.();
    assertUnchanged(target, snapshot);
    renameSync(tmp, target);
    created = false;
  } catch (err) {
    if (err instanceof FixWriteError) throw err;
    throw new FixWriteError(`cannot write fixes (${codeOf(err)})`, 'io');
  } finally {
    if (created) {
      try {
        unlinkSync(tmp);
      } catch {
        // Already gone.
      }
    }
  }
}
