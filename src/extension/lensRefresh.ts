/**
 * Whether the metrics CodeLens must be asked for again after a lint (issue 9), free of `vscode`.
 *
 * Every published lint used to make VS Code ask for the lenses again (a request from the window to
 * the extension host and back, and the lens redrawn) although the figures change only when the
 * timeline does. VS Code asks for them by itself after each edit of the text; so a published lint
 * needs a refresh only when the lens it gives differs from the one the previous lint gives on the
 * same current text: `before` is the previous lint's metrics moved through the edits made since
 * (what VS Code's own request after the last edit was answered with, or will be), `after` the new
 * lint's. Both are in the current text's offsets.
 */
import { metricsLensText } from '../core/metrics/present';
import type { MetricsData } from './lint/metricsData';

/** What the lens shows and where: empty when there is none (no timeline, or no figure to show). */
export function lensKey(data: MetricsData | undefined, lang: 'en' | 'ko'): string {
  if (!data || data.lensAt === undefined) return '';
  const text = metricsLensText(data, lang);
  return text ? `${data.lensAt}\u0001${text}` : '';
}

/** Whether the lens of `after` differs from the lens of `before` (then VS Code must ask again). */
export function lensChanged(before: MetricsData | undefined, after: MetricsData | undefined, lang: 'en' | 'ko'): boolean {
  return lensKey(before, lang) !== lensKey(after, lang);
}
