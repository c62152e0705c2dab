/** `--fix`: apply preferred fixes until the text stops changing, then write it back safely. */
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { applyPreferredFixes } from '../core/fix';
import type { Finding } from '../core/types';

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
    const result = applyPreferredFixes(current, findings);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    passes++;
    findings = options.lint(current);
  }
  return { text: current, applied, passes, findings };
}

/**
 * Replaces a file's content atomically: write a temporary file in the same folder (so the
 * rename stays on one filesystem), give it the original mode, then rename it over the target.
 * A crash leaves either the old file or the new one, never half of each. A symlink is followed
 * (renaming over it would replace the link with a copy). Throws on failure after removing the
 * temporary file.
 */
export function writeFileAtomic(path: string, text: string, options: { mode?: number } = {}): void {
  const target = realpathSync(path);
  const mode = options.mode ?? statSync(target).mode & 0o7777;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode, flag: 'wx' });
    // The process umask may have narrowed `mode` at creation; set it exactly.
    chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone, or never created.
    }
    throw err;
  }
}
