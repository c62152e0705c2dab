import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { presentSectionKinds } from '../../src/core/requirements';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import { requiredSections } from '../../src/core/rules/required-sections';
import type { Rule } from '../../src/core/types';

/*
 * Session 9, structural rules on real postmortems (issue 7): the kinds behind the wrong and missed
 * structural findings of the documents drawn into dev, and the timeline shapes whose times were not
 * read (so an out-of-order entry there could not be seen). Each kind as NEW invented documents,
 * English and Korean where the kind exists in both.
 */

const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
function findings(text: string, rules: Rule[] = TIMELINE): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const kinds = (text: string) => presentSectionKinds(parseDocument(text));
const missing = (text: string) => lint(text, { rules: [requiredSections] }).findings.map((f) => f.message).join('\n');

// Kind: a 24-hour time that carries a redundant or stray AM/PM, then a zone ("13:55 PM PST", "23:00 AM MST"):
// the marker is part of the time, so the zone after it is the entry's own.
describe('structure s9: a zone after a 24-hour time with a stray AM/PM is the entry\'s own', () => {
  it('reads the zone, so a timeline with zones on every entry states its zone (EN)', () => {
    const en = '## Timeline\n\n- 13:05 PM UTC deploy of the billing worker starts\n- 14:10 PM UTC backlog alert fires\n- 15:30 PM UTC workers scaled out, backlog drains\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => [e.minutes, e.zone]), [[785, 'UTC'], [850, 'UTC'], [930, 'UTC']]);
    assert.deepEqual(findings(en), []);
  });

  it('sees an entry in another zone, and compares it by instant (EN)', () => {
    const en = [
      '## Timeline (all times CET)',
      '',
      '16:05 PM CET: replication lag alarm on the reporting replica',
      '',
      '17:40 PM CET: replica promoted by the database team',
      '',
      '17:55 PM EET: dashboards back',
      '',
      '19:30 PM CET: old primary rebuilt',
      '',
    ].join('\n');
    // 17:55 EET is 16:55 CET, before the 17:40 CET entry above it.
    assert.deepEqual(findings(en), ['7 timeline-order', '7 timeline-timezone']);
    const swapped = en.replace('17:55 PM EET', '18:55 PM EET');
    assert.deepEqual(findings(swapped), ['7 timeline-timezone']);
  });

  it('a stray AM on a late hour keeps the hour as written ("23:10 AM" is 23:10)', () => {
    const en = '## Timeline (UTC)\n\n- 22:50 PM UTC queue depth peaks\n- 23:10 AM UTC queue drained\n- 23:40 PM UTC alert cleared\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => e.minutes), [1370, 1390, 1420]);
    assert.deepEqual(findings(en), []);
  });

  it('the Korean redundant form ("오후 13:05 KST") reads its zone too (KO)', () => {
    const ko = '## 타임라인\n\n- 오후 13:05 KST 정산 워커 배포 시작\n- 오후 14:10 KST 적체 경보 발생\n- 오후 15:30 UTC 워커 증설\n';
    assert.deepEqual(parseDocument(ko).timeline.entries.map((e) => [e.minutes, e.zone]), [[785, 'KST'], [850, 'KST'], [930, 'UTC']]);
    assert.deepEqual(findings(ko), ['5 timeline-timezone']);
  });

  it('a 12-hour time keeps reading as before ("1:05 PM UTC" is 13:05)', () => {
    const en = '## Timeline\n\n- 1:05 PM UTC deploy\n- 2:10 PM UTC alert\n';
    assert.deepEqual(parseDocument(en).timeline.entries.map((e) => [e.minutes, e.zone]), [[785, 'UTC'], [850, 'UTC']]);
  });
});

