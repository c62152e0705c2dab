// Reading of follow-up items and timelines, session 15 (issues 7): kinds that the s15 draw's first run and the pooled
// first runs of the eight draws showed (test/realworld/AUDITS.md "Session 15: first-run owner findings by path"). Every
// document here is new, invented for its kind (other subjects, systems and people than the corpus documents that showed it).
//
// Kind 1, a finished change told after the problem: a follow-up item whose FIRST sentence states the problem (a fact about
// the system) and whose LATER sentence reports the writers' own completed change ("… were routed to one host. We've updated
// them …"; "… 있었습니다. … 수정했습니다", "… 적용했습니다", "… 수정함", "… 완료했습니다") is done: no owner finding.
// Kind 2, prose after a list of finished work: a follow-up section whose list only reports what was already done, then
// paragraphs after the list that tell work still ahead ("We'll …", "We are also in the middle of an ongoing effort to …",
// "… 예정입니다", "… 진행 중입니다"): each such paragraph is an open item. With any open item in the list the prose stays
// context (the corpus judges a closing "we are confident the measures will …" after a task list as no item); a paragraph
// that explains, or advises readers, stays silent.
// An item whose first sentence is a task ("Add X. We added Y last week …"), or where any sentence plans, asks or tracks more
// work ("We will …", "still", "a ticket to …", "예정", "필요"), stays open (precision first).
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { plansAfterDoneList, reportsDoneLater } from '../../src/core/model/doneLater';

const ownerless = (text: string, locale: 'en' | 'ko' = 'en') => lint(text, { locale }).findings.filter((f) => f.ruleId === 'action-item-owner').map((f) => f.line);
const lines = (...ls: string[]) => [...ls, ''].join('\n');

describe('reading (session 15): a finished change told after the problem is done', () => {
  it('a print shop queue: problem, then "we have changed" / "we moved" / "we capped" (EN)', () => {
    const text = lines(
      '# Print queue stuck for the lab', '', '## Summary', '', 'Student print jobs waited for three hours on 4 March.', '',
      '## Follow-up', '',
      '- The spooler was retrying failed jobs without a limit. We have changed it to give up after',
      '  five attempts and to mail the sender.',
      '- Toner reports shared one host with the spooler. We moved them to the',
      '  reporting box.',
      '- Our quota check was counting pages per printer, not per student. We fixed the counter.',
      '- Add a dashboard for queue depth per printer.',
    );
    assert.deepEqual(ownerless(text), [14]);
  });
  it('a game server: the team reports its fix in a second sentence; a task first stays open (EN)', () => {
    const text = lines(
      '# Match server crash loop', '', '## Next steps', '',
      'We care about uptime and are working on this.', '',
      '- Lobby invites depended on the chat service being up. Our team replaced that call with a',
      '  queue.',
      '- Crash dumps were being written to the game disk. We\'ve pointed them at a separate volume.',
      '- Rotate the signing key used by the lobby. We rotated one of the two keys last night.',
      '- The map loader read every file at start. We\'ve changed it to load maps on demand, but',
      '  we still need to measure the memory use.',
    );
    assert.deepEqual(ownerless(text), [10, 11]);
  });
  it('a city permit form: problem statements with a finished fix, and one with a plan (EN)', () => {
    const text = lines(
      '# Permit form lost uploads', '', '## Action items', '',
      '1. Uploads over 10 MB were being dropped without an error. We have since raised the limit to 50 MB',
      '   and show an error above it.',
      '2. Virus scans held every file in memory. The team rewrote the scan step to stream files.',
      '3. Form drafts were being lost between pages. We will save each page as a draft.',
      '4. Applicants were seeing a blank page after upload. We need to show the upload status.',
    );
    assert.deepEqual(ownerless(text), [8, 9]);
  });
  it('회의실 예약 시스템: 문제를 적고 다음 문장에 완료한 조치 (수정했습니다, 적용했습니다, 완료했습니다) (KO)', () => {
    const text = lines(
      '# 회의실 예약 중복', '', '## 요약', '', '3월 4일 오전에 같은 회의실이 두 번 예약되었습니다.', '',
      '## 후속 조치', '',
      '- 예약 요청이 잠금 없이 처리되고 있었습니다. 같은 시간대 요청은 순서대로 처리되도록 수정했습니다.',
      '- 캘린더 동기화가 10분마다만 실행되었습니다. 변경 시 즉시 동기화되도록 적용했습니다.',
      '- 취소된 예약이 목록에 남아 있었습니다. 취소 시 목록에서 제거하도록 변경을 완료했습니다.',
      '- 예약 변경 이력 화면 추가',
    );
    assert.deepEqual(ownerless(text, 'ko'), [12]);
  });
  it('사내 위키 검색: 문제, 그 다음 수정함 / 적용함; 예정이 남은 항목은 열림 (KO)', () => {
    const text = lines(
      '# 위키 검색 결과 누락', '', '## 재발 방지 대책', '',
      '- 색인 작업이 첨부 파일을 건너뛰고 있었음. 첨부 파일도 색인하도록 수정함.',
      '- 검색 서버에 메모리 제한이 없었음. 컨테이너에 제한을 적용함.',
      '- 색인 실패 알림이 없었습니다. 알림을 추가했습니다. 담당 채널은 추후 정할 예정입니다.',
    );
    assert.deepEqual(ownerless(text, 'ko'), [7]);
  });
  it('학교 급식 주문 앱: 작업 먼저, 뒤에 맥락이 오는 항목은 열림 (KO)', () => {
    const text = lines(
      '# 급식 주문 마감 오류', '', '## 후속 조치', '',
      '- 주문 마감 시각 검증 추가. 지난 학기에 수정했으나 같은 오류가 다시 발생했습니다.',
      '- 결제 모듈이 시간대를 UTC로 계산하고 있었습니다. 학교 현지 시각으로 계산하도록 수정 완료했습니다.',
    );
    assert.deepEqual(ownerless(text, 'ko'), [5]);
  });
  it('the reader on single items (EN and KO)', () => {
    assert.equal(reportsDoneLater('The cron job ran twice an hour. We\'ve changed the schedule to once a day.'), true);
    assert.equal(reportsDoneLater('Check the cron schedule. We changed it once before.'), false);
    assert.equal(reportsDoneLater('The cron job ran twice an hour. We\'ve changed it, and will watch it for a week.'), false);
    assert.equal(reportsDoneLater('The cron job ran twice an hour. We decided to move it.'), false);
    assert.equal(reportsDoneLater('The cron job ran twice an hour.'), false);
    assert.equal(reportsDoneLater('정산 작업이 두 번 실행되었습니다. 하루 한 번 실행되도록 변경했습니다.'), true);
    assert.equal(reportsDoneLater('정산 작업이 두 번 실행되었습니다. 실행 주기 변경이 필요합니다.'), false);
    assert.equal(reportsDoneLater('정산 주기 점검. 작업이 두 번 실행되었습니다.'), false);
  });
});

describe('reading (session 15): prose plans after a list of finished work', () => {
  it('a mail relay: done list, then a plan and work under way (EN)', () => {
    const text = lines(
      '# Outbound mail delayed', '', '## Summary', '', 'Outbound mail queued for two hours on 9 May.', '',
      '## Next steps', '',
      '- We\'ve raised the relay\'s connection limit and added an alert on queue age.',
      '- We moved the bounce processor to its own worker.', '',
      'Beyond these, the relay had no way to shed load. We\'ll add a per-sender rate limit so one',
      'tenant cannot fill the queue.', '',
      'We are also in the middle of replacing the relay with a managed service.', '',
      'Mail is a core part of the product and we take delays seriously.',
    );
    assert.deepEqual(ownerless(text), [12, 15]);
  });
  it('a school timetable app: done list, a plan paragraph, an explanation and advice stay silent (EN)', () => {
    const text = lines(
      '# Timetable sync failed', '', '## Follow-up actions', '',
      '1. We reverted the import script to the last good version.',
      '2. We have added a check that rejects empty timetables.', '',
      'The import failed because the export format changed without notice.', '',
      'If you run the import by hand, you should check the row count first.', '',
      'Longer-term, we plan to move the import to the vendor\'s API.',
    );
    assert.deepEqual(ownerless(text), [12]);
  });
  it('a list with an open item keeps the prose after it as context (EN)', () => {
    const text = lines(
      '# Ticket scanner outage', '', '## Action items', '',
      '- We replaced the scanner firmware.',
      '- Add a spare scanner at each gate.', '',
      'We will also review the gate layout with the venue next month.',
    );
    assert.deepEqual(ownerless(text), [6]);
  });
  it('도서관 대출 시스템: 완료 목록 뒤의 예정 / 진행 중 문단은 항목 (KO)', () => {
    const text = lines(
      '# 대출 시스템 지연', '', '## 후속 조치', '',
      '- 대출 API의 연결 수 제한을 상향했습니다.',
      '- 반납 처리 작업을 별도 서버로 분리했습니다.', '',
      '장기적으로는 야간 일괄 작업을 이벤트 방식으로 바꿀 예정입니다.', '',
      '또한 오래된 대출 기록을 보관 저장소로 옮기는 작업을 진행 중입니다.', '',
      '이용자 여러분께 불편을 드려 죄송합니다.',
    );
    assert.deepEqual(ownerless(text, 'ko'), [8, 10]);
  });
  it('완료 목록 뒤의 설명 문단은 항목이 아님; 열린 항목이 있으면 문단은 맥락 (KO)', () => {
    const text = lines(
      '# 결제 알림 누락', '', '## 재발 방지 대책', '',
      '- 알림 큐의 재시도 설정을 수정했습니다.', '',
      '이번 누락은 큐가 가득 찬 상태에서 새 메시지를 버렸기 때문입니다.', '',
      '## 개선 과제', '',
      '- 큐 용량 알림 추가', '',
      '다음 분기에 알림 구조 전체를 검토할 예정입니다.',
    );
    assert.deepEqual(ownerless(text, 'ko'), [11]);
  });
  it('the reader on single paragraphs (EN and KO)', () => {
    assert.equal(plansAfterDoneList('We\'re also going to run a restore drill every quarter.'), true);
    assert.equal(plansAfterDoneList('We are currently working on a second region for the database.'), true);
    assert.equal(plansAfterDoneList('The outage lasted forty minutes and affected about 3% of users.'), false);
    assert.equal(plansAfterDoneList('You should rotate your API keys if you used the old endpoint.'), false);
    assert.equal(plansAfterDoneList('인증 서버를 이중화하는 작업을 준비 중입니다.'), true);
    assert.equal(plansAfterDoneList('이번 장애는 인증서 만료로 발생했습니다.'), false);
  });
});
