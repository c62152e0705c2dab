// Session 18 (vague): vague-action-item, English and Korean. Every item here is NEW (written for this file, ids
// en-act-24300… / ko-act-24300…; no content words of the corpus items that showed a kind). Each kind is stated in one line
// with what showed it; controls are near-misses that must stay as they are.
import { strict as assert } from 'node:assert';
import { vagueFindings } from './language-cases';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/model/document';
import { addressedToOthers } from '../../src/core/model/adviceList';

type Lang = 'en' | 'ko';

/** Items by id: [id, lang, item, the finding texts expected ([] = clean)]. */
function kind(title: string, cases: [string, Lang, string, string[]][]): void {
  describe(title, () => {
    for (const [id, lang, item, at] of cases) it(`${id} ${at.length ? 'vague' : 'clean'}: ${item}`, () => assert.deepEqual(vagueFindings(lang, item), at));
  });
}

const lines = (...ls: string[]) => [...ls, ''].join('\n');
const found = (text: string, rule: string, locale: Lang) => lint(text, { locale }).findings.filter((f) => f.ruleId === rule).map((f) => text.split('\n')[f.line - 1]);

// Kind 1 (the brief; two readers disagreed): WHO IS ADDRESSED is one decision (src/core/model/adviceList.ts) for the item model
// (owners) and the vague rule. Parties never of the team (users, customers, subscribers, self-hosters, extension or package
// authors, 사용자, 외부 개발자) asked to act are advice anywhere; roles the team may hold too (operators, developers, admins,
// everyone; 운영자, 관리자, 개발자) are advice only under a heading or lead-in of advice; the team's own people and what the
// team does for outsiders (a receipt, a passive, a capability) are work everywhere.
describe('session 18: one audience reader for the item model and the vague rule', () => {
  // [text, under advice, anywhere]
  const table: [string, boolean, boolean][] = [
    ['Extension authors should be careful when they request broad permissions.', true, true],
    ['Self-hosters should double-check their proxy settings after each upgrade.', true, true],
    ['Our subscribers should be cautious about forwarding invite links.', true, true],
    ['Also, customers should never reuse a recovery code.', true, true],
    ['Operators should be more careful when they restart relays.', true, false],
    ['Administrators who run their own gateway should rotate the shared secret.', true, false],
    ['Everyone should stay alert during the cut-over.', true, false],
    ['You should check the cache headers after a deploy.', true, false],
    ['Our SREs should be more careful with manual failovers.', false, false],
    ['The release managers must double-check the changelog.', false, false],
    ['Subscribers should receive a notice when a renewal fails.', false, false],
    ['Customers should be told about a maintenance window two days ahead.', false, false],
    ['Users should be able to export their archive in one step.', false, false],
    ['Dashboards for users should show the maintenance window.', false, false],
    ['We should be more careful when editing the relay config.', false, false],
    ['사용자는 초대 링크 공유에 주의해야 합니다.', true, true],
    ['외부 개발자는 토큰 보관에 유의해야 합니다.', true, true],
    ['관리자분들은 설정을 바꾸기 전에 백업을 꼭 확인해 주시기 바랍니다.', true, true],
    ['운영자는 릴레이 재시작 시 더 주의해야 합니다.', true, false],
    ['개발자는 수동 배포에 신경 써야 합니다.', true, false],
    ['구독자에게 갱신 실패 안내를 보내겠습니다.', false, false],
    ['사용자는 보관함을 한 번에 내려받을 수 있어야 합니다.', false, false],
    ['고객은 점검 이틀 전에 안내받아야 합니다.', false, false],
  ];
  it('decides each item the same way in both contexts as the table says', () => {
    for (const [t, advice, anywhere] of table) {
      assert.equal(addressedToOthers(t, 'advice'), advice, `advice: ${t}`);
      assert.equal(addressedToOthers(t, 'items'), anywhere, `items: ${t}`);
    }
  });

  const rest = {
    en: ['## Timeline', '', 'All times are UTC.', '', '- 08:02 Relay queue stalls.', '- 08:40 Relay restarted.', '', '## Root cause', '', 'A stale secret on one relay.', ''],
    ko: ['## 타임라인', '', '모든 시각은 KST입니다.', '', '- 08:02 릴레이 큐가 멈춤', '- 08:40 릴레이 재시작', '', '## 근본 원인', '', '릴레이 한 대의 오래된 비밀 값.', ''],
  };
  const doc = (lang: Lang, heading: string, lead: string, items: string[]) =>
    lines(lang === 'en' ? '# Relay outage' : '# 릴레이 장애', '', lang === 'en' ? '## Summary' : '## 요약', '', lang === 'en' ? 'Mail relays stopped for forty minutes.' : '메일 릴레이가 40분 동안 멈췄습니다.', '', ...rest[lang], heading, '', ...(lead ? [lead, ''] : []), ...items.map((i) => `- ${i}`));

  it('en, under "Action items": an outsider item is neither owned nor vague; a role item is both (the team\'s own)', () => {
    const text = doc('en', '## Action items', '', [
      'Extension authors should be careful when they request broad permissions.',
      'Operators should be more careful when they restart relays.',
      'Rotate the relay secret every 30 days (owner: @lena)',
    ]);
    const items = parseDocument(text).actionItems.map((i) => i.description.text);
    assert.ok(!items.some((t) => t.startsWith('Extension authors')), items.join(' | '));
    assert.deepEqual(found(text, 'action-item-owner', 'en'), ['- Operators should be more careful when they restart relays.']);
    assert.deepEqual(found(text, 'vague-action-item', 'en'), ['- Operators should be more careful when they restart relays.']);
    assert.deepEqual(found(text, 'blameful-language', 'en'), []);
  });
  it('en, under "Recommendations": the role item is advice too, for both rules', () => {
    const text = doc('en', '## Recommendations', 'Looking back at this outage, here are our recommendations:', [
      'Extension authors should be careful when they request broad permissions.',
      'Operators should be more careful when they restart relays.',
    ]);
    assert.equal(parseDocument(text).actionItems.length, 0);
    assert.deepEqual(found(text, 'action-item-owner', 'en'), []);
    assert.deepEqual(found(text, 'vague-action-item', 'en'), []);
    // (Left as found: the blame rule still reads "Operators should be more careful" here as vigilance blame; the list under
    // this heading is not read as items at all, so the advice mark never reaches the blame rule's exception. Blame's area.)
  });
  it('ko, 재발 방지 대책: 외부 개발자에게 하는 권고는 항목이 아니고, 운영자 항목은 팀의 일이다', () => {
    const text = doc('ko', '## 재발 방지 대책', '', [
      '외부 개발자는 토큰 보관에 유의해야 합니다.',
      '운영자는 릴레이 재시작 시 더 주의해야 합니다.',
      '릴레이 비밀 값을 30일마다 교체 (담당: 김하린)',
    ]);
    const items = parseDocument(text).actionItems.map((i) => i.description.text);
    assert.ok(!items.some((t) => t.startsWith('외부 개발자')), items.join(' | '));
    assert.deepEqual(found(text, 'action-item-owner', 'ko'), ['- 운영자는 릴레이 재시작 시 더 주의해야 합니다.']);
    assert.deepEqual(found(text, 'vague-action-item', 'ko'), ['- 운영자는 릴레이 재시작 시 더 주의해야 합니다.']);
  });
  it('ko, 권고 사항: 운영자에게 하는 권고도 두 규칙 모두에서 권고다', () => {
    const text = doc('ko', '## 권고 사항', '릴레이를 운영하는 분들께 다음을 권고합니다:', [
      '외부 개발자는 토큰 보관에 유의해야 합니다.',
      '운영자는 릴레이 재시작 시 더 주의해야 합니다.',
    ]);
    assert.equal(parseDocument(text).actionItems.length, 0);
    assert.deepEqual(found(text, 'action-item-owner', 'ko'), []);
    assert.deepEqual(found(text, 'vague-action-item', 'ko'), []);
  });

  kind('the vague rule on the same items (placed under the action-items heading with an owner)', [
    ['en-act-24300', 'en', 'Extension authors should be careful when they request broad permissions.', []],
    ['en-act-24301', 'en', 'Our subscribers should be cautious about forwarding invite links.', []],
    ['en-act-24302', 'en', 'Operators should be more careful when they restart relays.', ['be more careful']],
    ['en-act-24303', 'en', 'Everyone should stay alert during the cut-over.', ['stay alert']],
    ['en-act-24304', 'en', 'Our SREs should be more careful with manual failovers.', ['be more careful']],
    ['ko-act-24300', 'ko', '외부 개발자는 토큰 보관에 더 유의해야 합니다.', []],
    ['ko-act-24301', 'ko', '운영자는 릴레이 재시작 시 더 주의해야 합니다.', ['더 주의해야']],
  ]);
});
