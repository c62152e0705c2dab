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
  /**
   * A milestone to mark the entry with (`[detected]` / `[감지]`, in the document's language), or
   * `none` for none. Without it, from the palette or a menu, the command asks (a quick pick).
   */
  marker?: MilestoneKind | 'none';
}

/** What each marker means, for the quick pick (the UI's language). */
function markerLabels(): Record<MilestoneKind | 'none', string> {
  return {
    none: vscode.l10n.t('No milestone'),
    start: vscode.l10n.t('Impact started'),
    detected: vscode.l10n.t('Detected'),
    responded: vscode.l10n.t('Response started'),
    mitigated: vscode.l10n.t('Mitigated'),
    resolved: vscode.l10n.t('Resolved'),
  };
}

/**
 * Asks which milestone the new entry marks: none first, then impact start, detection, response,
 * mitigation and resolution, each showing the marker as it will be written in the document's
 * language (`[detected]`, `[감지]`). Undefined when the user dismisses the pick.
 */
async function pickMarker(lang: 'en' | 'ko'): Promise<MilestoneKind | 'none' | undefined> {
  const labels = markerLabels();
  type Item = vscode.QuickPickItem & { kind2: MilestoneKind | 'none' };
  const items: Item[] = [
    { label: labels.none, kind2: 'none' },
    ...MILESTONE_KINDS.map((k): Item => ({ label: labels[k], description: markerText(k, lang), kind2: k })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert Timeline Entry'),
    placeHolder: vscode.l10n.t('Does this entry mark a milestone of the incident?'),
  });
  return picked?.kind2;
}

/** Invoked from the palette or a menu (no arguments, or the document's URI): the user is asked. */
function fromUi(arg: unknown): boolean {
  return arg === undefined || arg instanceof vscode.Uri;
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
  let marker = fromUi(arg) ? undefined : (arg as InsertTimelineEntryArgs | undefined)?.marker;
  if (fromUi(arg)) {
    marker = await pickMarker(doc.language);
    if (!marker) return false;
  }
  if (marker && marker !== 'none' && (MILESTONE_KINDS as readonly string[]).includes(marker)) withMarker(insertion, `${markerText(marker, doc.language)} `);
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
