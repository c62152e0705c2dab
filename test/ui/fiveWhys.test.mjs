// UI test: the 5 Whys view beside the editor, in the packaged extension in a real workbench. It opens a
// postmortem with a branching analysis, shows the view, clicks a root cause (which selects its text in
// the editor) and saves a screenshot to test-results/ui/; with UPDATE_README_IMAGES=1 (set by
// `npm run screenshots`) it also refreshes the README's docs/images/five-whys-view.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { closeAllEditors, openFile, repoRoot, runCommand, screenshot, waitFor, workbench } from './harness.mjs';

const FILE = 'postmortems/2025-10-14-checkout-payment-errors.md';

// A realistic analysis: two contributing factors, two root causes with evidence and action items,
// and one branch that stops too early (the view marks it).
const POSTMORTEM = `---
title: Checkout payment errors after a traffic spike
date: 2025-10-14
severity: SEV-2
authors: [Alice Kim, Dana Park]
lang: en
---

# Postmortem: checkout payment errors after a traffic spike

## Summary

For 38 minutes, 12% of checkout attempts failed with "Payment failed". The payment API ran out of
database connections while refund queries were slow and mobile clients retried at once.

## 5 Whys

1. Customers saw "Payment failed" at checkout for 38 minutes ([status page](https://status.example.com/incidents/812))
   1. Why? The payment API timed out after 10 seconds ([latency dashboard](https://grafana.example.com/d/pay-api))
      1. Why? All 20 database connections were busy (evidence: pgbouncer logs 14:06–14:40)
         1. Why? The pool size is a constant that no load test exercises ([config](https://git.example.com/pay/blob/main/pool.yaml)) (root cause)
      2. Why? Refund queries held connections for 8 seconds ([slow query log](https://logs.example.com/q/slow-refunds))
         1. Why? The refunds table has no index on order_id ([schema](https://git.example.com/pay/blob/main/schema.sql)) (root cause)
   2. Why? Mobile clients retried at once, tripling the load ([client metrics](https://grafana.example.com/d/clients))
      1. Why? The mobile SDK retries without backoff

## Action Items

| Action | Type | Owner | Due | Bug |
| --- | --- | --- | --- | --- |
| Size the pool from load tests: the pool size is a constant that no load test exercises | prevent | @dana | 2025-11-07 | PAY-912 |
| Add the missing index: the refunds table has no index on order_id | prevent | @alice | 2025-10-21 | PAY-913 |
| Alert when pool wait time exceeds 500 ms | detect | @sre-team | 2025-10-28 | PAY-914 |

## Timeline

All times UTC.

- 14:02 — Marketing push sends checkout traffic to 3× the usual rate.
- 14:06 — Payment API p99 latency passes 10 s; the first "Payment failed" errors.
- 14:31 — Refund batch paused; connection wait time drops.
- 14:40 — Error rate back under 0.1%.
`;

const WITHOUT_WHYS = 'postmortems/2025-10-20-search-outage.md';

const SEARCH_OUTAGE = `---
title: Search outage after an index rebuild
date: 2025-10-20
severity: SEV-3
authors: [Chris Lee]
lang: en
---

# Postmortem: search outage after an index rebuild

## Summary

Search returned no results for 12 minutes while the index was rebuilt in place.
`;

/** The 5 Whys view's rows as shown: label, description and the accessible label (which carries problems). */
async function whyRows(page) {
  return page.locator('.pane:has(.pane-header[aria-label*="5 Whys"]) .monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
      aria: r.getAttribute('aria-label') ?? '',
    })),
  );
}

describe('UI: 5 Whys view', () => {
  let page;
  before(async () => {
    page = workbench().page;
    fs.mkdirSync(path.join(workbench().workspace, 'postmortems'), { recursive: true });
    fs.writeFileSync(path.join(workbench().workspace, FILE), POSTMORTEM);
    fs.writeFileSync(path.join(workbench().workspace, WITHOUT_WHYS), SEARCH_OUTAGE);
    // Long answers wrap in the editor instead of scrolling it sideways (workspace settings apply live).
    fs.mkdirSync(path.join(workbench().workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workbench().workspace, '.vscode', 'settings.json'), JSON.stringify({ '[markdown]': { 'editor.wordWrap': 'on' }, 'editor.minimap.enabled': false }));
    await closeAllEditors(page);
  });

  after(async () => {
    fs.rmSync(path.join(workbench().workspace, '.vscode'), { recursive: true, force: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows the analysis of a postmortem beside the editor (screenshot for the README)', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openFile(page, FILE);
    await runCommand(page, 'View: Hide Panel', { timeoutMs: 5_000 }).catch(() => {});
    await runCommand(page, 'Postmortem: Focus on 5 Whys View');
    const rows = await waitFor(
      async () => {
        // The tree can render in steps on a busy machine: wait for the last leaf, not for a row count.
        const r = await whyRows(page);
        return r.length >= 8 && r.some((row) => row.label === 'The mobile SDK retries without backoff' && /No evidence/.test(row.aria)) ? r : undefined;
      },
      { timeoutMs: 45_000, message: 'the 5 Whys view did not show the tree' },
    );
    const labels = rows.map((r) => r.label);
    assert.ok(labels.includes('Customers saw "Payment failed" at checkout for 38 minutes'), labels.join(' | '));
    const rc = rows.find((r) => r.label === 'The pool size is a constant that no load test exercises');
    assert.ok(rc, labels.join(' | '));
    assert.match(rc.description, /root cause/);
    assert.match(rc.description, /1 action item/);
    const sdk = rows.find((r) => r.label === 'The mobile SDK retries without backoff');
    assert.ok(sdk);
    assert.match(sdk.aria, /No evidence/);

    // Widen the side bar so labels and descriptions fit.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const x = sidebar.x + sidebar.width;
      await page.mouse.move(x, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(x + 300, sidebar.y + sidebar.height / 2, { steps: 8 });
      await page.mouse.up();
    }

    // Clicking a node selects its answer in the editor.
    await page.locator('.monaco-list-row', { hasText: 'The refunds table has no index on order_id' }).first().click();
    await waitFor(async () => (await page.locator('.editor-instance .monaco-editor .selected-text').count()) > 0, {
      message: 'clicking the node did not select its text in the editor',
    });

    // The tooltip of a marked answer says why it is marked.
    // Hovered near its left end, so the tooltip opens over the empty part of the side bar, not the editor.
    await page.locator('.monaco-list-row', { hasText: 'The mobile SDK retries without backoff' }).first().hover({ position: { x: 90, y: 10 } });
    await page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'No evidence' }).first().waitFor({ state: 'visible', timeout: 10_000 });

    const file = await screenshot(page, 'five-whys-view');
    // Tests never rewrite tracked files; the README picture is refreshed on request only.
    if (process.env.UPDATE_README_IMAGES === '1') {
      const target = path.join(repoRoot, 'docs', 'images', 'five-whys-view.png');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
  });

  it('offers Start 5 Whys for a postmortem without an analysis, and starts it from the customer question', async () => {
    await openFile(page, WITHOUT_WHYS);
    await runCommand(page, 'Postmortem: Focus on 5 Whys View');
    const pane = page.locator('.pane:has(.pane-header[aria-label*="5 Whys"])');
    const button = pane.locator('.welcome-view-content a.monaco-button, .welcome-view-content .monaco-button', { hasText: 'Start 5 Whys' }).first();
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await pane.locator('.welcome-view-content').innerText(), /Five is a symbol/);
    await screenshot(page, 'five-whys-welcome');
    await button.click();
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await page.locator('.quick-input-widget').innerText(), /What did affected users experience\?/);
    // The box warns about blaming wording while typing, without blocking.
    await input.fill('Bob forgot to warm the index');
    await page.locator('.quick-input-widget', { hasText: 'pins the incident on a person' }).waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'five-whys-start-warning');
    await input.fill('Customers got empty search results for 12 minutes');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await whyRows(page)).some((r) => r.label === 'Customers got empty search results for 12 minutes'), {
      message: 'the new problem statement did not appear in the view',
    });
    await screenshot(page, 'five-whys-started');
    // Leave the file as it was for the other tests.
    await runCommand(page, 'File: Revert File');
  });
});
