// UI smoke test: the packaged extension, installed in a real workbench, reports the blaming phrase
// of a postmortem draft in the Problems view, in English and in Korean.
import * as assert from 'node:assert/strict';
import { closeAllEditors, openFile, openProblems, problemRows, screenshot, waitFor, workbench } from './harness.mjs';

const DRAFTS = [
  // "The outage was caused by human error: Bob forgot to run the config validator"
  { lang: 'en', file: 'postmortems/2025-09-02-config-push-draft.md', phrase: 'human error' },
  // "담당자의 실수로 검증 없이 설정이 배포되었다" (by the operator's mistake…)
  { lang: 'ko', file: 'postmortems/2025-10-01-search-config-draft-ko.md', phrase: '담당자의 실수' },
];

describe('UI: Problems view', () => {
  beforeEach(async () => {
    await closeAllEditors(workbench().page);
  });

  for (const draft of DRAFTS) {
    it(`shows the blaming phrase of a postmortem draft as a finding (${draft.lang})`, async () => {
      const { page } = workbench();
      await openFile(page, draft.file);
      await openProblems(page);
      const rows = await waitFor(
        async () => {
          const r = await problemRows(page);
          return r.some((row) => row.source === 'postmortem' && row.code === 'blameful-language' && row.message.includes(draft.phrase))
            ? r
            : undefined;
        },
        { timeoutMs: 45_000, message: `no blameful-language finding for “${draft.phrase}” appeared in the Problems view` },
      );
      await screenshot(page, `problems-draft-${draft.lang}`);
      const name = draft.file.split('/').pop() ?? '';
      const fileRow = rows.find((row) => !row.message && row.text.includes(name));
      assert.ok(fileRow, `the file row for ${name} is missing: ${rows.map((row) => row.text).join(' | ')}`);
    });
  }
});
