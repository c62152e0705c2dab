// Session 18, second round (mirrors): language kinds that existed in one language only, mirrored in the other. Every
// sentence is new (written for its kind, other words than the sentence the kind was read from); controls are near-misses
// that must stay as they are. Modules: src/core/language/en/reply.ts (a blaming place denied, an avoidability denied in one
// clause), src/core/language/ko/neutral.ts (SYSTEM_EXPECTED: a product's expected behaviour), src/core/language/ko/prose.ts
// (DO_BETTER: the pledge to do better), src/core/language/ko/addressed.ts (SELF_ACT: the writer's own artefact as the
// subject of a harm; ownedFailure: "제가 실패했습니다" with an apology or a duty).
import { strict as assert } from 'node:assert';
import { describeKinds, spans, type Kinds } from './sentence-kinds';
import { clean, flagged, rewritten } from './language-cases';

const KINDS: Kinds = {
  // FALSE ALARM (en), mirror of lang-ko A1: A BLAMING ENVIRONMENT, CULTURE OR PLACE DENIED as what the team is. Only the
  // denial is neutral: a blame after ", but …" stays judged; the place asserted, not denied, stays flagged.
  'a blaming place denied (en)': {
    clean: [
      'This is not an environment where we blame people.',
      'We are not a team that punishes mistakes.',
      "This isn't the kind of place where people point fingers.",
      'Ours has never been a culture where anyone blames a colleague for a bad deploy.',
      'After a bad release, ours is not a company that shames engineers or holds anybody responsible.',
    ],
    flagged: [
      ['We are not a team that punishes mistakes, but the admin ignored the alert.', [['b', 'the admin ignored']]],
    ],
  },
  // FALSE ALARM (en), mirror of lang-ko's "피할 수 있었던 장애는 아니었습니다": AN AVOIDABILITY DENIED IN ONE CLAUSE, the negated
  // copula carrying the relative clause's hindsight. Controls: the same without the negation; a person's should-have.
  'an avoidability denied in one clause (en)': {
    clean: [
      'It was not an outage that could have been avoided.',
      "This wasn't a failure we could have prevented.",
      'The incident was not one that anyone could have foreseen.',
      'It was not really a network problem that could have been caught earlier.',
    ],
    flagged: [
      ['It was an outage that could have been avoided.', [['c', 'could have been avoided']]],
    ],
  },
  // FALSE ALARM (ko), mirror of lang-en's "Keycloak should have worked after the reload": A PRODUCT'S EXPECTED BEHAVIOUR,
  // 동작/작동/구동/기동 + 했어야: how software runs, never what a person does. Controls: people's acts (테스트, 확인, 응답).
  '제품이 기대대로 동작했어야 함 (ko)': {
    clean: [
      '키클록은 재시작 후에 제대로 작동했어야 했는데 멈춰 있었다.',
      '그라파나는 설정을 바꾼 뒤 정상적으로 구동됐어야 했다.',
      '넥스트클라우드는 캐시를 비운 뒤 바로 동작했어야 합니다.',
    ],
    flagged: [
      ['담당자가 재시작 후에 확인했어야 했다.', [['c', '확인했어야 했다']]],
      ['당직자가 알림에 응답했어야 했다.', [['c', '응답했어야 했다']]],
    ],
  },
  // RECALL (ko), mirror of lang-en's "I'll do better next time": THE PLEDGE TO DO BETTER, only with 다음(에는 …) or the
  // writer before it and nothing after it. Controls: a company's "더 잘하겠습니다" to customers, a question, an object.
  '더 잘하겠다는 다짐 (ko)': {
    clean: ['고객 여러분께 더 잘하겠습니다.', '다음에는 더 잘하겠습니까?', '다음에는 모니터링을 더 잘하겠습니다.'],
    flagged: [
      ['다음 번에는 꼭 더 잘하겠습니다.', [['b', '다음 번에는 꼭 더 잘하겠습니다']]],
      ['정말 죄송합니다. 제가 앞으로 더 잘하겠습니다!', [['b', '제가 앞으로 더 잘하겠습니다']]],
    ],
  },
  // RECALL (ko), mirror of lang-en's "My last push broke the main branch": THE WRITER'S OWN ARTEFACT AS THE SUBJECT OF A
  // HARM (제/내/저의/나의 + change + harmful past verb). Controls: an opinion ("제 생각에는"), a repair, a question, a negation,
  // the team's artefact (저희 팀의: not the writer alone, left to other rules).
  '내 변경이 무언가를 망가뜨림 (ko)': {
    clean: [
      '제 생각에는 배포가 서비스를 다운시켰습니다.',
      '내 예상으로는 설정 변경이 캐시를 날렸다.',
      '제 패치가 깨진 링크를 고쳤습니다.',
      '제 커밋이 빌드를 깨뜨렸나요?',
      '제 커밋은 빌드를 하나도 깨뜨리지 않았습니다.',
    ],
    flagged: [
      ['제 마지막 배포가 인증 서버를 다운시켰습니다.', [['b', '제 마지막 배포가 인증 서버를 다운시켰습니다']]],
      ['내 스크립트가 운영 테이블을 지워 버렸다.', [['b', '내 스크립트가 운영 테이블을 지워 버렸다']]],
      ['저의 마이그레이션이 결제 데이터를 손상시켰습니다.', [['b', '저의 마이그레이션이 결제 데이터를 손상시켰습니다']]],
    ],
  },
  // RECALL (ko), mirror of lang-en's "… is a priority and I failed. Sorry": THE WRITER OWNING A FAILURE with an apology or
  // after a duty. Controls: an attempt with no writer, a technical step ("접속에 실패했습니다"), no apology, the rewrite.
  '사과와 함께 "제가 실패했습니다" (ko)': {
    clean: ['세 번 시도했지만 실패했습니다.', '제가 접속에 실패했습니다. 죄송합니다.', '제가 실패했습니다.', '이번에는 지켜지지 못했습니다. 죄송합니다.'],
    flagged: [
      ['저희가 실패했습니다. 정말 미안합니다.', [['b', '저희가 실패했습니다']]],
      ['주문 서버를 살려 두는 게 제 일이었는데 제가 실패했습니다.', [['b', '제가 실패했습니다']]],
    ],
  },
};

describeKinds('mirrors s18: language kinds mirrored across English and Korean', KINDS);

describe('mirrors s18: the brief’s sentences and sound rewrites', function () {
  this.timeout(120_000);
  it('en clean: the two false alarms of the brief', () => {
    clean('en', 'This is not an environment where we blame people.');
    clean('en', 'It was not an outage that could have been avoided.');
  });
  it('ko clean: a product’s expected behaviour', () => clean('ko', '마스토돈은 업그레이드 후에 정상적으로 동작했어야 했습니다.'));
  it('ko flagged with sound rewrites: the three recall kinds', () => {
    for (const s of ['제가 실패했습니다. 죄송합니다', '다음에는 더 잘하겠습니다', '제 최근 커밋이 빌드를 깨뜨렸습니다']) flagged('ko', s);
    assert.equal(rewritten('ko', '제 최근 커밋이 빌드를 깨뜨렸습니다.'), '최근 커밋이 빌드를 깨뜨렸습니다.');
    assert.equal(rewritten('ko', '내 스크립트가 운영 테이블을 지워 버렸다.'), '해당 스크립트가 운영 테이블을 지워 버렸다.');
    assert.equal(rewritten('ko', '저희가 실패했습니다. 정말 미안합니다.'), '이번에는 지켜지지 못했습니다. 정말 미안합니다.');
    assert.equal(rewritten('ko', '주문 서버를 살려 두는 게 제 일이었는데 제가 실패했습니다.'), '주문 서버를 살려 두는 게 제 일이었는데 이번에는 지켜지지 못했습니다.');
    assert.match(rewritten('ko', '다음에는 더 잘하겠습니다.'), /검사가|확인 단계가/u);
  });
});

// English kinds of the brief still clean today (not done this round; asserted as what the engine does, so that a change shows).
export const EN_MISSING = [
  'I never paid any attention to the disk alerts.',
  'The error came from a module that I imported.',
  "Why didn't you turn that into handover material?!",
];
describe('mirrors s18: English kinds left for later (not expectations)', () => {
  for (const s of EN_MISSING) it(`clean today: ${s}`, () => assert.deepEqual(spans(s), []));
});
