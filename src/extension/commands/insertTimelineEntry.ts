import * as vscode from 'vscode';
import { timelineEntryInsertion } from '../../core/edits/timeline';
import { MILESTONE_KINDS, markerText, type MilestoneKind } from '../../core/metrics/milestones';
import type { ConfigService } from '../config';
import { applyInsertion, commandDocument, parseWithConfig } from '../editing';

/** Test hook: a fixed clock instead of the current time. */
export interface InsertTimelineEntryArgs {
  uri?: vscode.Uri | string;
  /** An instant (ISO string or epoch ms) to write instead of now. */
  now?: string | number;
  /** A milestone to mark the entry with (`[detected]` / `[감지]`, in the document's language). */
  marker?: MilestoneKind;
}

/**
 * Insert Timeline Entry: the current time, in the document's zone and clock style, as a new list
 * item or table row at the end of the timeline (created when missing), cursor on its text.
 */
export async function insertTimelineEntry(config: ConfigService, arg?: unknown): Promise<boolean> {
  const document = await commandDocument(arg);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: open a postmortem to insert a timeline entry.'));
    return false;
  }
  const given = (arg as InsertTimelineEntryArgs | undefined)?.now;
  const now = given !== undefined && !Number.isNaN(new Date(given).getTime()) ? new Date(given) : new Date();
  const doc = await parseWithConfig(config, document);
  const insertion = timelineEntryInsertion(doc, { now });
  const marker = (arg as InsertTimelineEntryArgs | undefined)?.marker;
  if (marker && (MILESTONE_KINDS as readonly string[]).includes(marker)) withMarker(insertion, `${markerText(marker, doc.language)} `);
  return applyInsertion(document, insertion);
}

/** Writes a milestone marker where the entry's text starts (the cursor), keeping the cursor after it. */
function withMarker(insertion: { edits: { start: number; end: number; newText: string }[]; cursor: number }, marker: string): void {
  const e = insertion.edits.find((x) => x.start + x.newText.length === insertion.cursor && x.start === x.end) ?? insertion.edits[insertion.edits.length - 1];
  const at = insertion.cursor - e.start;
  if (at < 0 || at > e.newText.length) return;
  e.newText = e.newText.slice(0, at) + marker + e.newText.slice(at);
  insertion.cursor += marker.length;
}
