/**
 * The changes of each open document since the version its lint worker last received (free of
 * `vscode`): the extension host records every change event, and a lint request then carries the
 * changes from the worker's version to the requested one instead of the whole text (issue 9).
 * Where the log cannot say (a change event it did not see, one without its changes, such as a
 * change of line endings, or too much typed since the last lint), it says nothing and the whole
 * text is sent.
 */
import type { TextChange } from './protocol';

/** The changes of one change event: the document went from version `from` to `to`. */
interface Batch {
  from: number;
  to: number;
  changes: readonly TextChange[];
}

/** Past this many change events, or this many characters typed, since a document's last lint, the log starts over (the text is then sent whole). */
export const MAX_LOGGED_EVENTS = 2000;
export const MAX_LOGGED_CHARS = 1_000_000;

export class EditLog {
  private readonly docs = new Map<string, { at: number | undefined; batches: Batch[]; chars: number }>();

  /**
   * A change event of a document: it is now at `version`, by `changes` (in the coordinates of the
   * text before each, in order). Without changes (an event that changed the text but does not say
   * how), the history before `version` is lost.
   */
  record(key: string, version: number, changes: readonly TextChange[] | undefined): void {
    let doc = this.docs.get(key);
    if (!doc) this.docs.set(key, (doc = { at: undefined, batches: [], chars: 0 }));
    if (doc.at === version && (!changes || changes.length === 0)) return;
    if (doc.at !== undefined && doc.at < version && changes && changes.length > 0) {
      doc.batches.push({ from: doc.at, to: version, changes });
      doc.chars += changes.reduce((n, c) => n + c.text.length, 0);
      if (doc.batches.length > MAX_LOGGED_EVENTS || doc.chars > MAX_LOGGED_CHARS) this.restart(doc);
    } else this.restart(doc);
    doc.at = version;
  }

  /**
   * The document is at `version` (about to be linted): a document the log has not seen change yet
   * starts its history here; one whose last event was another version lost its history.
   */
  seen(key: string, version: number): void {
    const doc = this.docs.get(key);
    if (!doc) this.docs.set(key, { at: version, batches: [], chars: 0 });
    else if (doc.at !== version) {
      if (doc.at === undefined || doc.at < version) {
        this.restart(doc);
        doc.at = version;
      }
      // A later version already recorded: the lint reads the version before those events; keep them.
    }
  }

  /** The changes from version `from` to version `to`, in order; undefined when the log does not have them all. */
  between(key: string, from: number, to: number): TextChange[] | undefined {
    if (from === to) return [];
    const doc = this.docs.get(key);
    if (!doc) return undefined;
    const out: TextChange[] = [];
    let at = from;
    for (const b of doc.batches) {
      if (b.to <= at) continue;
      if (b.from !== at) return undefined;
      for (const c of b.changes) out.push(c);
      at = b.to;
      if (at === to) return out;
    }
    return undefined;
  }

  /** The worker has `version`: the events up to it are not needed any more. */
  trim(key: string, version: number): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    let n = 0;
    while (n < doc.batches.length && doc.batches[n].to <= version) n++;
    if (n === 0) return;
    for (const b of doc.batches.slice(0, n)) doc.chars -= b.changes.reduce((k, c) => k + c.text.length, 0);
    doc.batches.splice(0, n);
  }

  /** The document closed. */
  forget(key: string): void {
    this.docs.delete(key);
  }

  /** Test hook: how many events are kept for a document. */
  size(key: string): number {
    return this.docs.get(key)?.batches.length ?? 0;
  }

  private restart(doc: { batches: Batch[]; chars: number }): void {
    doc.batches = [];
    doc.chars = 0;
  }
}
