// Action items wherever they are (issue 7), in English and Korean, with positions: sections whose
// heading means follow-up work, bold labels, inline labels, prose lead-ins, numbered bold paragraphs,
// heading items, tables whatever the column names, closed statuses and the owner forms people write.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/model/document';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { ownerEdit } from '../../src/core/model/actionItems';

/** [line, description, owner or '', done] per action item. */
const read = (text: string) => {
  const doc = parseDocument(text);
  return doc.actionItems.map((i) => [doc.lines.position(i.description.start).line, i.description.text.replace(/\s+/g, ' '), i.owner?.text ?? '', i.done] as const);
};
const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => `${f.line}:${f.column}`);

describe('action items: where they are', () => {
  it('reads a section whose heading means follow-up work (EN)', () => {
    const text = '# X\n\n## What we will change\n\n- Add an alert on queue depth\n- Shard the queue @dana\n';
    assert.deepEqual(read(text), [[5, 'Add an alert on queue depth', '', false], [6, 'Shard the queue @dana', '@dana', false]]);
    assert.deepEqual(ownerless(text), ['5:3']);
  });
  it('reads a section whose heading means follow-up work (KO)', () => {
    const text = '# X\n\n## 4. 재발 방지를 위한 작업 🛠\n\n- 큐 길이 알림 추가\n- 큐 분할 (담당: 김민수)\n';
    assert.deepEqual(read(text), [[5, '큐 길이 알림 추가', '', false], [6, '큐 분할 (담당: 김민수)', '김민수', false]]);
    assert.deepEqual(ownerless(text, 'ko'), ['5:3']);
  });
  it('reads a bold label followed by a list, outside any action section (EN and KO)', () => {
    assert.deepEqual(read('# X\n\n## Resolution\n\nWe rolled back.\n\n**Follow-up actions:**\n\n- Add a canary stage\n'), [[9, 'Add a canary stage', '', false]]);
    assert.deepEqual(read('# X\n\n## 해결\n\n롤백했습니다.\n\n**후속 조치:**\n\n- 카나리 단계 추가\n'), [[9, '카나리 단계 추가', '', false]]);
  });
  it('reads a prose lead-in followed by a list (EN and KO)', () => {
    assert.deepEqual(read('# X\n\nThe cache failed. From now on we will:\n\n- page on cache misses\n'), [[5, 'page on cache misses', '', false]]);
    assert.deepEqual(read('# X\n\n캐시가 실패했습니다. 앞으로 다음을 진행합니다:\n\n- 캐시 미스 알림 추가\n'), [[5, '캐시 미스 알림 추가', '', false]]);
  });
  it('does not read past steps or advice to readers as action items', () => {
    assert.deepEqual(read('# X\n\nTo stop the bleeding we took these steps:\n\n- restarted the pods\n'), []);
    assert.deepEqual(read('# X\n\nSome things you can do to help in the future:\n\n- enable 2FA on your account\n'), []);
    assert.deepEqual(read('# X\n\n다음과 같이 조치했습니다:\n\n- 서버 재시작\n'), []);
  });
  it('reads inline labels: "Follow-up:", "[AI]", "AI:", "후속 조치:"', () => {
    assert.deepEqual(read('# X\n\nFollow-up: add retries to the client\n\n- [AI] rotate the keys @sam\n'), [[3, 'add retries to the client', '', false], [5, 'rotate the keys @sam', '@sam', false]]);
    assert.deepEqual(read('# X\n\n후속 조치: 클라이언트 재시도 추가\n\nAI: 키 교체 (담당: 박지훈)\n'), [[3, '클라이언트 재시도 추가', '', false], [5, '키 교체 (담당: 박지훈)', '박지훈', false]]);
  });
  it('reads a list item labelled as the follow-up work, over a nested list (KO notice style)', () => {
    const text = '# 공지\n\n1. 발생 원인 : 네트워크 오류\n\n2. 재발방지 대책\n\n    1) 이중화 구성\n\n    2) 서비스 분리 구성\n';
    assert.deepEqual(read(text).map((r) => r[0]), [7, 9]);
  });
  it('reads numbered bold paragraphs, their details included (KO and EN)', () => {
    const ko = '# X\n\n## 재발 방지 대책\n\n**① 알람 임계치 조정**\n\n- 80% → 70%\n- 담당: 인프라팀\n\n**② 배포 전 검증 추가**\n\nCI에서 설정을 검사합니다.\n';
    assert.deepEqual(read(ko), [[5, '**① 알람 임계치 조정**', '인프라팀', false], [10, '**② 배포 전 검증 추가**', '', false]]);
    assert.deepEqual(ownerless(ko, 'ko'), ['10:1']);
    const en = '# X\n\n## Next steps\n\n**1. Lower the alert threshold**\n\nFrom 80% to 70%.\n';
    assert.deepEqual(read(en), [[5, '**1. Lower the alert threshold**', '', false]]);
  });
  it('reads numbered and prose-only sub-headings as items, with what is under them as details', () => {
    const en = '# X\n\n## Remediation\n\n### 1. Pod log monitoring\n\n- tail errors\n- alert on 5xx\n\n### More chaos testing\n\nNon-finality should become a standard test.\n\n### Issues we saw\n\nDisk was full.\n';
    assert.deepEqual(read(en), [[5, '1. Pod log monitoring', '', false], [10, 'More chaos testing', '', false]]);
    const ko = '# X\n\n## 후속 과제\n\n### 1️⃣ 스토리지 모니터링 구축\n\n#### 노드 수준\n\n- 디스크 사용량\n';
    assert.deepEqual(read(ko), [[5, '1️⃣ 스토리지 모니터링 구축', '', false]]);
  });
  it('does not read an observation under a prose sub-heading as an item (EN and KO)', () => {
    assert.deepEqual(read('# X\n\n## Remediation\n\n### Client separation\n\nUsing separate clients proved valuable.\n'), []);
    assert.deepEqual(read('# X\n\n## 후속 과제\n\n### 클라이언트 분리\n\n분리된 클라이언트가 도움이 되었다.\n\n### 부하 테스트\n\n정기 부하 테스트가 필요하다.\n'), [[9, '부하 테스트', '', false]]);
  });
  it('takes an owner from a responsibility roster elsewhere in the document (KO and EN)', () => {
    const ko = '# X\n\n## 권장 조치 사항\n\n- 애플리케이션 에러 수정 및 롤백\n- 로그 보존 기간 연장\n\n검토 필요: 개발팀 (애플리케이션 에러 수정)\n';
    assert.deepEqual(read(ko).map((r) => r[2]), ['개발팀', '']);
    const en = '# X\n\n## Next steps\n\n- Fix the retry storm in the client\n\nReviewers: Payments team (retry storm)\n';
    assert.deepEqual(read(en).map((r) => r[2]), ['Payments team']);
  });
  it('reads category sub-headings\' paragraphs as items, except "nothing to do"', () => {
    const text = '# X\n\n## Action items\n\n### Detection\n\nRun scans against recent artifacts.\n\n### Prevention\n\nIt is unclear what we can do.\n';
    assert.deepEqual(read(text), [[7, 'Run scans against recent artifacts.', '', false]]);
  });
  it('reads tables whatever the column names, owner columns included (EN and KO)', () => {
    assert.deepEqual(read('## Hardening work\n\n| Task | DRI |\n|---|---|\n| Add canary | |\n| Shard queue | Dana |\n'), [[5, 'Add canary', '', false], [6, 'Shard queue', 'Dana', false]]);
    assert.deepEqual(read('## 개선 사항\n\n| 작업 | 책임 |\n|---|---|\n| 카나리 추가 | 미정 |\n| 큐 분할 | 김민수 |\n'), [[5, '카나리 추가', '', false], [6, '큐 분할', '김민수', false]]);
    assert.deepEqual(ownerless('## 개선 사항\n\n| 작업 | 담당자 |\n|---|---|\n| 카나리 추가 | 미정 |\n', 'ko'), ['5:12']);
  });
  it('takes a checklist item with children as one item, with an owner in the children (EN and KO)', () => {
    assert.deepEqual(read('## Action items\n\n- [ ] Add a canary stage\n  - owner: @lee\n  - due Q3\n'), [[3, 'Add a canary stage', '@lee', false]]);
    assert.deepEqual(read('## 재발 방지 대책\n\n- [ ] 카나리 단계 추가\n  - 담당: 이영희\n'), [[3, '카나리 단계 추가', '이영희', false]]);
  });
  it('gives the items under a team name to that team', () => {
    assert.deepEqual(read('## Follow-ups\n\n- Lighthouse\n  - Developing a hot-states store\n- 인프라팀\n  - 디스크 알림 추가\n').map((r) => r[2]), ['Lighthouse', '인프라팀']);
  });
});

describe('action items: closed statuses and owner forms', () => {
  it('needs no owner for done, rejected, merged, won\'t do, duplicate items (EN)', () => {
    const text = '## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n| A | | Rejected |\n| B | | Merged into #12 |\n| C | | Won\'t do |\n| D | | Duplicate |\n| E | | Done (2024-03-01) |\n| F | | Done by Q3 |\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, true, true, true, false]);
    assert.deepEqual(ownerless(text), ['10:6']);
  });
  it('needs no owner for 완료, 기각, 통합, 반려, 종결, 반영 완료 items (KO)', () => {
    const text = '## 재발 방지 대책\n\n| 조치 | 담당 | 상태 |\n|---|---|---|\n| A | | 기각 |\n| B | | 통합 |\n| C | | 반려 |\n| D | | 종결 |\n| E | | 반영 완료 |\n| F | | 완료 예정 |\n';
    assert.deepEqual(read(text).map((r) => r[3]), [true, true, true, true, true, false]);
  });
  it('reads done from the item text: "(done)", "[완료]", "Completed as of …", a report in the past tense', () => {
    assert.deepEqual(read('## Action items\n\n- Guard the runtime flag (done)\n- Purge the logs; completed as of 2021-10-29.\n- Rolled back the deploy\n- Roll back faster next time\n').map((r) => r[3]), [true, true, true, false]);
    assert.deepEqual(read('## 재발 방지 대책\n\n- [완료] 알림 추가\n- 디스크를 증설했습니다.\n- 디스크 증설 예정\n').map((r) => r[3]), [true, true, false]);
  });
  it('reads owners as written: "— X team", "(SRE팀)", "[Infra]", "Name to <verb>", a doer of future work', () => {
    const en = read('## Action items\n\n- Add an alert — Payments team\n- [Infra] Rotate certs\n- Nóva to send the list of domains\n- Add an alert (SRE team)\n- Add an alert [P1]\n');
    assert.deepEqual(en.map((r) => r[2]), ['Payments team', 'Infra', 'Nóva', 'SRE team', '']);
    const ko = read('## 재발 방지 대책\n\n- 인증서 교체 - 인프라팀\n- 알림 추가 (SRE팀)\n- [플랫폼팀] 큐 분할\n- 알림 추가 [긴급]\n');
    assert.deepEqual(ko.map((r) => r[2]), ['인프라팀', 'SRE팀', '플랫폼팀', '']);
  });
  it('does not take placeholders for owners (TBD, ?, 미정); a template @name is template-placeholder\'s, not reported twice', () => {
    assert.deepEqual(ownerless('## Next steps\n\n- Add an alert (owner: TBD)\n- Add a test @name\n'), ['3:24']);
    assert.deepEqual(ownerless('## 후속 과제\n\n- 알림 추가 (담당: 미정)\n', 'ko'), ['3:14']);
  });
  it('writes an owner into a heading or paragraph item', () => {
    const text = '## Remediation\n\n### 1. Pod log monitoring\n\nx\n';
    const doc = parseDocument(text);
    const e = ownerEdit(doc.actionItems[0], 'dana', 'en')!;
    assert.equal(applyFixes(text, [e]).text, '## Remediation\n\n### 1. Pod log monitoring (owner: @dana)\n\nx\n');
    assert.deepEqual(ownerless(applyFixes(text, [e]).text), []);
  });
});

describe('action items: large inputs', () => {
  /** A follow-up section of heading items, a Korean checkbox list, and numbered bold paragraphs: `n` of each. */
  const manyItems = (n: number) => {
    const parts = ['# X\n\n## Action items\n'];
    for (let i = 0; i < n; i++) parts.push(`\n### ${i}. Add alert ${i}\n\nWe will add it.\n\n**${i % 9 + 1}. Tune ${i}**\n\n- detail\n`);
    parts.push('\n## 후속 과제\n\n');
    for (let i = 0; i < n; i++) parts.push(`- [ ] 알림 추가 ${i}\n  - 담당: 팀${i}\n`);
    parts.push('\n## Next steps\n\n');
    for (let i = 0; i < n; i++) parts.push(`**${i % 9 + 1}. Tune ${i}**\n\n- detail\n\n`);
    return parts.join('');
  };
  /** CPU milliseconds of this process (waiting for a core on a busy machine is not counted). */
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  /** CPU milliseconds to read the items out of a fresh parse of `text` (the parse is not measured), and how many. */
  const readItems = (text: string) => {
    const doc = parseDocument(text);
    const t0 = cpuMs();
    const n = doc.actionItems.length;
    return { ms: cpuMs() - t0, n };
  };

  it('reads hundreds of heading, bold and list items without quadratic passes', function () {
    // Not a speed target (those live in `npm run bench`): the check is how the time GROWS. Reading 4x the items takes
    // about 4x the CPU time when every pass is linear and 16x when one is quadratic; the line is drawn at 8x. Both
    // sizes are measured in CPU time, in turn, best of up to three rounds (a later round only where the first is
    // over the line: a quadratic pass is over it in every round, a pause of the collector only in one). The mocha
    // limit only guards against a hang: on a loaded 2-core machine the parses alone took over a minute of wall time.
    this.timeout(600000);
    readItems(manyItems(50)); // warm up the code paths, so the small size is not charged for compiling them
    const small = manyItems(150);
    const large = manyItems(600);
    let best = { small: Infinity, large: Infinity };
    for (let round = 0; round < 3 && !(best.large < 8 * best.small); round++) {
      const s = readItems(small);
      const l = readItems(large);
      assert.equal(s.n, 450);
      assert.equal(l.n, 1800);
      best = { small: Math.min(best.small, Math.max(s.ms, 1)), large: Math.min(best.large, l.ms) };
    }
    assert.ok(best.large < 8 * best.small, `450 items: ${best.small.toFixed(0)} ms, 1800 items: ${best.large.toFixed(0)} ms (CPU), ${(best.large / best.small).toFixed(1)}x for 4x the items`);
  });

  it('the growth check tells a quadratic pass from a linear one', () => {
    // The same measurement on two stand-in passes over the same item counts: one touching each item once, one
    // comparing every pair (what a per-item scan of the whole document does).
    const items = (n: number) => Array.from({ length: n }, (_, i) => `item ${i}`);
    const time = (f: () => void) => {
      let best = Infinity;
      for (let round = 0; round < 3; round++) {
        const t0 = cpuMs();
        f();
        best = Math.min(best, Math.max(cpuMs() - t0, 0.001));
      }
      return best;
    };
    let sink = 0;
    const linear = (xs: string[]) => () => {
      for (let r = 0; r < 2000; r++) for (const x of xs) sink += x.length;
    };
    const quadratic = (xs: string[]) => () => {
      for (let r = 0; r < 10; r++) for (const a of xs) for (const b of xs) sink += a.length === b.length ? 1 : 0;
    };
    const [small, large] = [items(450), items(1800)];
    assert.ok(time(linear(large)) < 8 * time(linear(small)), 'a linear pass read as quadratic');
    assert.ok(time(quadratic(large)) >= 8 * time(quadratic(small)), 'a quadratic pass read as linear');
    assert.ok(sink > 0);
  });
});
