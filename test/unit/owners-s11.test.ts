// action-item-owner, session 11 (issue 7): the path that found each action item (ActionItem.path, internal) and the gates
// chosen from the first-run precision of the paths and shapes (test/realworld/AUDITS.md "Session 11: first-run owner
// findings by path"). Every document here is new and invented for its kind.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';

/** [line, path] per action item. */
const paths = (text: string) => {
  const doc = parseDocument(text);
  return doc.actionItems.map((i) => [doc.lines.position(i.description.start).line, i.path ?? 'untagged'] as const);
};
const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);

describe('owners (session 11): every action item carries the path that found it', () => {
  it('tags items of an action-items section by layout (EN)', () => {
    const text = [
      '# Search outage', '', '## Action items', '',
      '| Action | Owner |', '| --- | --- |', '| Shard the query index | |', '',
      '- Page on indexer lag', '',
      '**1. Cap the merge threads**', '', 'Details of the cap.', '',
      '### Warm the replica before failover', '', 'We will warm it from the nightly snapshot.', '',
    ].join('\n');
    assert.deepEqual(paths(text), [[7, 'section-table'], [9, 'section-list'], [11, 'section-numbered-bold'], [15, 'section-heading']]);
  });
  it('tags items found outside an action-items section (KO)', () => {
    const text = [
      '# 검색 장애', '', '## 원인', '', '인덱서 지연이 쌓였다.', '',
      '**후속 조치:**', '', '- 인덱서 지연 알림 추가', '',
      '후속 조치: 병합 스레드 상한 설정', '',
      '- 후속 조치:', '  - 복제본 예열 절차 작성', '',
    ].join('\n');
    assert.deepEqual(paths(text), [[9, 'label-list'], [11, 'inline'], [14, 'nested-label']]);
  });
  it('tags items under horizon sub-headings and prose plans', () => {
    const horizon = '# X\n\n## 적용 순서\n\n### 단기\n\n- 캐시 만료 시간 단축\n\n### 장기\n\n- 캐시 계층 재설계\n';
    assert.deepEqual(paths(horizon), [[7, 'horizon'], [11, 'horizon']]);
    const prose = '# X\n\n## Future plan\n\nWe will move the scheduler to a managed queue next quarter.\n';
    assert.deepEqual(paths(prose), [[5, 'section-prose']]);
  });
  it('the path changes no finding', () => {
    const text = '# X\n\n## Next steps\n\n- Add a disk alert on the queue hosts\n- Rotate the deploy key (owner: @mira)\n';
    assert.deepEqual(ownerless(text), [5]);
  });
});
