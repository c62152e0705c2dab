import * as vscode from 'vscode';
import { snippetSpecs, type SnippetSpec } from '../core/templates';
import type { PostmortemDocuments } from './documents';

/** Shown after the label, and how tests tell these items from the contributed snippets. */
export const SOURCE_DETAIL = ' (postmortem)';

/** The prefix being typed before the cursor: `pm-…` or `장애-…`. */
const TYPED_PREFIX = /(?:^|[^\p{L}\p{N}_-])((?:pm|장애)-[\p{L}\p{N}_-]{0,40})$/u;

/**
 * Offers the postmortem snippets when "-" is typed after `pm` / `장애` in a postmortem.
 *
 * Markdown turns quick suggestions off by default, so contributed snippets only show on an
 * explicit Ctrl+Space. A provider with "-" as trigger character brings them up while typing,
 * without asking users to change settings. It answers only that trigger, so an explicit
 * Ctrl+Space does not list every snippet twice (the contributed snippets answer it).
 */
export class SnippetCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['-'];
  private readonly specs: SnippetSpec[] = snippetSpecs();

  constructor(private readonly documents: PostmortemDocuments) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] | undefined {
    if (context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) return undefined;
    if (!this.documents.isPostmortem(document)) return undefined;
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const m = TYPED_PREFIX.exec(before.slice(-48));
    if (!m) return undefined;
    const typed = m[1];
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    const family = typed.startsWith('장애') ? '장애-' : 'pm-';
    return this.specs
      .filter((s) => s.prefix.startsWith(family))
      .map((s, i) => {
        const item = new vscode.CompletionItem({ label: s.prefix, detail: SOURCE_DETAIL, description: s.name }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(s.body);
        item.documentation = new vscode.MarkdownString().appendText(s.description).appendCodeblock(s.body.replace(/\$\{\d+:?([^}]*)\}|\$\d+/g, '$1'), 'markdown');
        item.detail = s.description;
        item.range = range;
        item.filterText = s.prefix;
        item.sortText = String(i).padStart(3, '0');
        return item;
      });
  }
}
