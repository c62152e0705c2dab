import * as vscode from 'vscode';
import { actionItemFromCause } from '../../core/edits/causeActionItem';
import {
  addFactor, addWhy, attachEvidence, customerQuestion, deleteNode, markRootCause, startFiveWhys, textLang, unmarkRootCause, whyQuestion,
  type WhyEdit,
} from '../../core/fiveWhysEdits';
import { answerText, findWhyNode, whyNodeAt, whyNodePath, wordingWarnings } from '../../core/fiveWhysReview';
import type { PostmortemDocument } from '../../core/model/document';
import type { WhyNode } from '../../core/model/fiveWhys';
import type { Lang, TextEdit } from '../../core/types';
import type { ConfigService } from '../config';
import { toPosition, toWorkspaceEdit } from '../convert';
import { commandDocument, parseWithConfig } from '../editing';
import { Commands } from '../ids';
import { uiLanguage } from '../settings';
import type { FiveWhysView, WhyElement } from './view';

/**
 * Answers that skip the prompts (tests, other commands). `evidence: ''` skips the evidence step,
 * `confirm: true` skips the delete confirmation.
 */
export interface WhyHooks {
  answer?: string;
  evidence?: string;
  confirm?: boolean;
}

/** A node reference: a view element, or `{uri, path, text}` (tests), or nothing (the answer under the cursor). */
interface NodeRef {
  uri?: vscode.Uri;
  path?: number[];
  text?: string;
}

/** What the 5-whys commands share: the view (to refresh and reveal) and the configuration. */
export interface WhyCommandContext {
  view: FiveWhysView;
  config: ConfigService;
}

function isElement(arg: unknown): arg is WhyElement {
  return typeof arg === 'object' && arg !== null && 'node' in arg && 'review' in arg && 'uri' in arg;
}

function refOf(arg: unknown): NodeRef {
  if (isElement(arg)) return { uri: arg.uri, path: arg.review.path, text: arg.node.text };
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const o = arg as Record<string, unknown>;
  const uri = o.uri instanceof vscode.Uri ? o.uri : typeof o.uri === 'string' && o.uri ? vscode.Uri.parse(o.uri) : undefined;
  const path = Array.isArray(o.path) && o.path.every((n) => typeof n === 'number') ? (o.path as number[]) : undefined;
  return { uri, path, text: typeof o.text === 'string' ? o.text : undefined };
}

function hooksOf(arg: unknown): WhyHooks {
  if (typeof arg !== 'object' || arg === null) return {};
  const o = arg as Record<string, unknown>;
  return {
    answer: typeof o.answer === 'string' ? o.answer : undefined,
    evidence: typeof o.evidence === 'string' ? o.evidence : undefined,
    confirm: o.confirm === true ? true : undefined,
  };
}

/** The document a command works on: the reference's, else the view's, else the active editor's. */
async function documentOf(ctx: WhyCommandContext, ref: NodeRef): Promise<vscode.TextDocument | undefined> {
  if (ref.uri) return commandDocument(ref.uri);
  return ctx.view.currentDocument ?? (await commandDocument(undefined));
}

/** A node of the document's current text: by reference, else under the cursor of an editor showing it. */
function locate(document: vscode.TextDocument, doc: PostmortemDocument, ref: NodeRef): WhyNode | undefined {
  if (ref.path || ref.text !== undefined) return findWhyNode(doc.fiveWhys, ref);
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  return editor ? whyNodeAt(doc.fiveWhys, document.offsetAt(editor.selection.active)) : undefined;
}

/** A fresh parse of the document and the node the command is about, or a message saying why not. */
async function resolve(ctx: WhyCommandContext, arg: unknown): Promise<{ document: vscode.TextDocument; doc: PostmortemDocument; node: WhyNode } | undefined> {
  const ref = refOf(arg);
  const document = await documentOf(ctx, ref);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: open a postmortem to work on its 5 whys.'));
    return undefined;
  }
  const doc = await parseWithConfig(ctx.config, document);
  const node = locate(document, doc, ref);
  if (!node) {
    void vscode.window.showInformationMessage(
      ref.path || ref.text !== undefined
        ? vscode.l10n.t('Postmortem: that 5-whys answer has changed in the meantime. Try again from the view.')
        : vscode.l10n.t('Postmortem: put the cursor on an answer of the 5 whys, or use the 5 Whys view.'),
    );
    return undefined;
  }
  return { document, doc, node };
}

/** The same node in the document's text as it is now (prompts take time; the text may have changed). */
async function again(ctx: WhyCommandContext, document: vscode.TextDocument, doc: PostmortemDocument, node: WhyNode): Promise<{ doc: PostmortemDocument; node: WhyNode } | undefined> {
  const fresh = await parseWithConfig(ctx.config, document);
  const found = findWhyNode(fresh.fiveWhys, { path: whyNodePath(doc.fiveWhys, node), text: node.text });
  if (!found) void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: that 5-whys answer has changed in the meantime. Try again from the view.'));
  return found ? { doc: fresh, node: found } : undefined;
}

/**
 * Applies a command's edits as one `WorkspaceEdit` (one undo step), puts the cursor (or a
 * selection) where the person continues, refreshes the view and selects the node there.
 */
async function apply(ctx: WhyCommandContext, document: vscode.TextDocument, edits: readonly TextEdit[], at?: { start: number; end?: number }, options: { focusEditor?: boolean } = {}): Promise<boolean> {
  if (!edits.length) return false;
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
  if (!ok) return false;
  let editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (options.focusEditor) editor = await vscode.window.showTextDocument(document, { viewColumn: editor?.viewColumn, preserveFocus: false });
  if (editor && at) {
    const start = toPosition(document, at.start);
    const end = toPosition(document, at.end ?? at.start);
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  await ctx.view.show(document);
  const snapshot = ctx.view.current(document.uri);
  if (snapshot && at) await ctx.view.reveal(whyNodeAt(snapshot.doc.fiveWhys, at.start));
  return true;
}

/**
 * The warning an answer box shows while typing: blaming or hindsight wording (never blocks).
 * A validation message takes the prompt's place in the box, so the question's guidance is
 * repeated beside the warning.
 */
export function answerValidation(value: string, doc: PostmortemDocument | undefined, locale: Lang = uiLanguage(), prompt = ''): vscode.InputBoxValidationMessage | undefined {
  const warnings = wordingWarnings(value, { doc, locale });
  if (!warnings.length) return undefined;
  const more = warnings.length > 1 ? ` ${vscode.l10n.t('(+{0} more)', warnings.length - 1)}` : '';
  const warning = `⚠ ${warnings[0].message}${more}${warnings[0].note ? `: ${warnings[0].note}` : ''}`;
  return { message: prompt ? `${prompt}  ${warning}` : warning, severity: vscode.InputBoxValidationSeverity.Warning };
}

/** Asks for an answer; undefined when cancelled or left empty. */
async function askAnswer(options: { title: string; prompt: string; placeholder: string; doc: PostmortemDocument; step?: string }): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: options.step ? `${options.title} (${options.step})` : options.title,
    prompt: options.prompt,
    placeHolder: options.placeholder,
    ignoreFocusOut: true,
    validateInput: (v) => answerValidation(v, options.doc, uiLanguage(), options.prompt),
  });
  const answer = value?.replace(/\s+/gu, ' ').trim();
  return answer || undefined;
}

/** The optional evidence step: a link or reference; Enter or Escape skips it. */
async function askEvidence(answer: string, step?: string): Promise<string | undefined> {
  const short = answer.length > 60 ? `${answer.slice(0, 59)}…` : answer;
  const value = await vscode.window.showInputBox({
    title: `${vscode.l10n.t('Evidence for “{0}” (optional)', short)}${step ? ` (${step})` : ''}`,
    prompt: vscode.l10n.t('A link or reference that shows this is a fact: a dashboard, log query, ticket or commit. Leave empty to skip.'),
    placeHolder: vscode.l10n.t('https://… or INC-123 logs'),
    ignoreFocusOut: true,
  });
  return value?.trim() || undefined;
}

const answerPrompt = () =>
  vscode.l10n.t('Answer with a verifiable fact about a system, process or condition, not a person. Several causes? Add each as a contributing factor.');

/** Start 5 Whys: the section (when missing) and the first answer, from the affected customers' view. */
export async function startCommand(ctx: WhyCommandContext, arg?: unknown, hooksArg?: unknown): Promise<boolean> {
  const hooks = hooksOf(hooksArg ?? (isElement(arg) || arg instanceof vscode.Uri ? undefined : arg));
  const document = await documentOf(ctx, refOf(arg));
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: open a postmortem to work on its 5 whys.'));
    return false;
  }
  const doc = await parseWithConfig(ctx.config, document);
  const answer =
    hooks.answer ??
    (await askAnswer({
      title: vscode.l10n.t('Start 5 Whys'),
      prompt: `${customerQuestion(doc.language)} ${vscode.l10n.t('Describe what affected customers experienced, not what the system did.')}`,
      placeholder: vscode.l10n.t('e.g. Customers could not complete checkout for 25 minutes'),
      doc,
    }));
  if (!answer) return false;
  const fresh = await parseWithConfig(ctx.config, document);
  const edit = startFiveWhys(fresh, answer);
  return apply(ctx, document, edit.edits, edit.cursor === undefined ? undefined : { start: edit.cursor });
}

/** Ask Why: a new answer under the node, then (optionally) its evidence. */
export async function askWhyCommand(ctx: WhyCommandContext, arg?: unknown, hooksArg?: unknown): Promise<boolean> {
  const hooks = hooksOf(hooksArg);
  const r = await resolve(ctx, arg);
  if (!r) return false;
  if (r.node.kind === 'paragraph' && r.node.children.length > 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: this 5-whys chain is written as paragraphs, which cannot branch. Ask why of its last answer, or rewrite it as a nested list.'));
    return false;
  }
  const lang = textLang(r.node.text, r.doc.language);
  const answer = hooks.answer ?? (await askAnswer({ title: whyQuestion({ text: answerText(r.node) }, lang), prompt: answerPrompt(), placeholder: vscode.l10n.t('e.g. The connection pool was capped at 10 connections'), doc: r.doc, step: '1/2' }));
  if (!answer) return false;
  const evidence = hooks.answer !== undefined ? hooks.evidence : await askEvidence(answer, '2/2');
  const now = await again(ctx, r.document, r.doc, r.node);
  if (!now) return false;
  return applyWhyEdit(ctx, r.document, addWhy(now.doc, now.node, answer, evidence || undefined));
}

/** Add Contributing Factor: another answer to the question the node answers. */
export async function addFactorCommand(ctx: WhyCommandContext, arg?: unknown, hooksArg?: unknown): Promise<boolean> {
  const hooks = hooksOf(hooksArg);
  const r = await resolve(ctx, arg);
  if (!r) return false;
  const parent = r.node.parent;
  if (!parent) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: a problem statement has no question to answer twice. Use Start 5 Whys for another problem, or Ask Why on it.'));
    return false;
  }
  const lang = textLang(parent.text, r.doc.language);
  const answer = hooks.answer ?? (await askAnswer({ title: whyQuestion({ text: answerText(parent) }, lang), prompt: answerPrompt(), placeholder: vscode.l10n.t('e.g. Clients retried without backoff'), doc: r.doc, step: '1/2' }));
  if (!answer) return false;
  const evidence = hooks.answer !== undefined ? hooks.evidence : await askEvidence(answer, '2/2');
  const now = await again(ctx, r.document, r.doc, r.node);
  if (!now) return false;
  const edit = addFactor(now.doc, now.node, answer, evidence || undefined);
  if (!edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: this 5-whys chain is written as paragraphs, which cannot branch. Ask why of its last answer, or rewrite it as a nested list.'));
    return false;
  }
  return applyWhyEdit(ctx, r.document, edit);
}

async function applyWhyEdit(ctx: WhyCommandContext, document: vscode.TextDocument, edit: WhyEdit | undefined): Promise<boolean> {
  if (!edit) return false;
  return apply(ctx, document, edit.edits, edit.cursor === undefined ? undefined : { start: edit.cursor });
}

/** Mark as Root Cause. */
export async function markRootCauseCommand(ctx: WhyCommandContext, arg?: unknown): Promise<boolean> {
  const r = await resolve(ctx, arg);
  if (!r) return false;
  const edit = markRootCause(r.doc, r.node);
  if (!edit) return false;
  return apply(ctx, r.document, edit.edits, { start: r.node.textStart });
}

/** Unmark Root Cause. */
export async function unmarkRootCauseCommand(ctx: WhyCommandContext, arg?: unknown): Promise<boolean> {
  const r = await resolve(ctx, arg);
  if (!r) return false;
  const edit = unmarkRootCause(r.doc, r.node);
  if (!edit) return false;
  return apply(ctx, r.document, edit.edits, { start: r.node.textStart });
}

/** Attach Evidence: a link or reference appended to the answer. */
export async function attachEvidenceCommand(ctx: WhyCommandContext, arg?: unknown, hooksArg?: unknown): Promise<boolean> {
  const hooks = hooksOf(hooksArg);
  const r = await resolve(ctx, arg);
  if (!r) return false;
  const evidence = hooks.evidence ?? (await askEvidence(answerText(r.node)));
  if (!evidence) return false;
  const now = await again(ctx, r.document, r.doc, r.node);
  if (!now) return false;
  const edit = attachEvidence(now.doc, now.node, evidence);
  if (!edit) return false;
  return apply(ctx, r.document, edit.edits, { start: now.node.textStart });
}

function subtreeSize(node: WhyNode): number {
  return node.children.reduce((n, c) => n + 1 + subtreeSize(c), 0);
}

/** Delete: the answer and every answer below it, after a modal confirmation. */
export async function deleteCommand(ctx: WhyCommandContext, arg?: unknown, hooksArg?: unknown): Promise<boolean> {
  const hooks = hooksOf(hooksArg);
  const r = await resolve(ctx, arg);
  if (!r) return false;
  if (!hooks.confirm) {
    const below = subtreeSize(r.node);
    const short = r.node.text.length > 60 ? `${r.node.text.slice(0, 59)}…` : r.node.text;
    const detail =
      below === 0
        ? vscode.l10n.t('Undo (Ctrl+Z / Cmd+Z in the editor) brings it back.')
        : below === 1
          ? vscode.l10n.t('This also deletes the answer below it. Undo (Ctrl+Z / Cmd+Z in the editor) brings them back.')
          : vscode.l10n.t('This also deletes the {0} answers below it. Undo (Ctrl+Z / Cmd+Z in the editor) brings them back.', below);
    const yes = vscode.l10n.t('Delete');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Delete the answer “{0}”?', short), { modal: true, detail }, yes);
    if (choice !== yes) return false;
  }
  const now = await again(ctx, r.document, r.doc, r.node);
  if (!now) return false;
  const edit = deleteNode(now.doc, now.node);
  return apply(ctx, r.document, edit.edits, { start: Math.max(0, edit.edits[0]?.start ?? 0) });
}

/** Create Action Item from Cause: a draft action item quoting the cause, as a snippet (what selected, then owner, then type). */
export async function createActionItemCommand(ctx: WhyCommandContext, arg?: unknown): Promise<boolean> {
  const r = await resolve(ctx, arg);
  if (!r) return false;
  if (!r.node.parent) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postmortem: a problem statement is not a cause. Ask why until you reach a systemic, actionable cause.'));
    return false;
  }
  const item = actionItemFromCause(r.doc, r.node);
  // A draft to edit: inserted as a snippet, the "what" selected, Tab to the owner, then the type.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === r.document);
  const editor = await vscode.window.showTextDocument(r.document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  if (editor.document.version !== r.document.version) return false;
  const range = new vscode.Range(toPosition(r.document, item.snippet.start), toPosition(r.document, item.snippet.end));
  const ok = await editor.insertSnippet(new vscode.SnippetString(item.snippet.text), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  if (!ok) return apply(ctx, r.document, item.edits, item.selection, { focusEditor: true });
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Clicking a node: reveals and selects its answer in the editor (keeping focus in the view). */
export async function revealCommand(ctx: WhyCommandContext, arg?: unknown): Promise<boolean> {
  const r = await resolve(ctx, arg);
  if (!r) return false;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === r.document);
  const range = new vscode.Range(toPosition(r.document, r.node.textStart), toPosition(r.document, r.node.textEnd));
  const editor = await vscode.window.showTextDocument(r.document, { viewColumn: visible?.viewColumn, preserveFocus: true, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Registers the 5-whys commands. */
export function registerFiveWhysCommands(ctx: WhyCommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.fiveWhysStart, (arg?: unknown, hooks?: unknown) => startCommand(ctx, arg, hooks)),
    vscode.commands.registerCommand(Commands.fiveWhysAskWhy, (arg?: unknown, hooks?: unknown) => askWhyCommand(ctx, arg, hooks)),
    vscode.commands.registerCommand(Commands.fiveWhysAddFactor, (arg?: unknown, hooks?: unknown) => addFactorCommand(ctx, arg, hooks)),
    vscode.commands.registerCommand(Commands.fiveWhysMarkRootCause, (arg?: unknown) => markRootCauseCommand(ctx, arg)),
    vscode.commands.registerCommand(Commands.fiveWhysUnmarkRootCause, (arg?: unknown) => unmarkRootCauseCommand(ctx, arg)),
    vscode.commands.registerCommand(Commands.fiveWhysAttachEvidence, (arg?: unknown, hooks?: unknown) => attachEvidenceCommand(ctx, arg, hooks)),
    vscode.commands.registerCommand(Commands.fiveWhysDelete, (arg?: unknown, hooks?: unknown) => deleteCommand(ctx, arg, hooks)),
    vscode.commands.registerCommand(Commands.fiveWhysCreateActionItem, (arg?: unknown) => createActionItemCommand(ctx, arg)),
    vscode.commands.registerCommand(Commands.fiveWhysReveal, (arg?: unknown) => revealCommand(ctx, arg)),
  ];
}
