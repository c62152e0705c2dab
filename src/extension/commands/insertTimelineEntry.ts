import * as vscode from 'vscode';
import { timelineEntryInsertion } from '../../core/edits/timeline';
import type { ConfigService } from '../config';
import { applyInsertion, commandDocument, parseWithConfig } from '../editing';

/** Test hook: a fixed clock instead of the current time. */
export interface InsertTimelineEntryArgs {
  uri?: vscode.Uri | string;
  /** An instant (ISO string or epoch ms) to write instead of now. */
  now?: string | number;
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
  return applyInsertion(document, timelineEntryInsertion(doc, { now }));
}
