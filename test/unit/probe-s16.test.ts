// Session 16 (probe): classes of wrong findings on 42 incident reports of other teams, linted before anyone here had read
// them (test/language/AUDITS.md, "Session 16: precision probe on unread documents"). Module: src/core/language/en/thingcause.ts
// (new), called from gate.ts. Each kind: NEW sentences, written before the engine was run on them and sharing no content
// words with the probe's sentences, stay clean; the blame or hindsight beside them is still flagged, each finding with a
// rewrite. Korean mirrors are expectations of the Korean engine, which already reads each kind this way (no Korean module
// is edited here).
import { describeKinds, type Kinds } from './sentence-kinds';

const KINDS: Kinds = {
  // Kind: a SYSTEM EXPECTATION: "should not have happened / occurred / been possible" whose subject is a component, its
  // behaviour or its state: what the design ruled out happened (as "the pager should have fired"). Probe: a provider's
  // weekly infrastructure log (two findings). First-run data: en-19156 (fresh-s15 drawn, neutral), a database's behaviour
  // "should not have occurred". The incident itself or a pronoun for it as the subject, a person in the clause, and "should
  // never have been allowed" stay hindsight.
  'system expectation (en)': {
    clean: [
      "The scheduler's retry storm should not have occurred, because each job carries a backoff limit.",
      "Duplicate invoice rows shouldn't have been possible with the unique index in place.",
      'Two failures happened that should not have happened: a fan controller died and the spare power unit had a blown fuse.',
      'A split-brain between the two brokers should not have been possible with three voters.',
      "The nightly export job's partial write should never have occurred, since every batch runs in one transaction.",
    ],
    flagged: [
      ['This outage should never have happened.', [['c', 'should never have happened']]],
      ['The incident should not have happened if the checklist had been followed.', [['c', 'should not have happened']]],
      ['It should not have happened, and we are sorry.', [['c', 'should not have happened']]],
      ['The deploy that Priya ran at midnight should never have happened.', [['c', 'should never have happened']]],
      ['The data loss should never have been allowed to happen.', [['c', 'should never have been allowed']]],
      // A name the engine cannot place (not in its lexicon, not declared) in the clause keeps the finding.
      ['The deploy that Xiomara ran at midnight should never have happened.', [['c', 'should never have happened']]],
    ],
  },
  // Korean mirror: a system's expectation is silent, the incident as the subject is hindsight. (Korean also leaves "민수 씨가
  // 자정에 돌린 배포는 일어나지 말았어야 했다" silent, where English keeps the person's deploy flagged: not asserted here.)
  'system expectation (ko)': {
    clean: [
      '디스크 설정 오류는 프로비저닝이 자동화되어 있어서 발생하지 않았어야 했다.',
      '고유 인덱스가 있으니 중복 청구 행은 생길 수 없었어야 했다.',
      '투표 노드가 셋이니 두 브로커가 서로 다른 리더를 갖는 상태는 생길 수 없었어야 했다.',
      '야간 내보내기 작업은 한 트랜잭션으로 돌기 때문에 일부만 기록되는 일은 없었어야 했다.',
    ],
    flagged: [
      ['이번 장애는 일어나지 말았어야 했다.', [['c', '말았어야 했다']]],
      ['이런 사고는 애초에 발생하지 않았어야 했습니다.', [['c', '않았어야 했습니다']]],
      ['그 장애는 절대 일어나지 말았어야 했습니다.', [['c', '말았어야 했습니다']]],
    ],
  },
  // Kind: a THING TO BLAME: "X is / was to blame" with a thing as X (a host, a card, a cron expression, a certificate): the
  // cause is named, not a person. Probe: a monitoring vendor's status report ("our ingest instances in us-east-1a were to
  // blame"). A person, a role, "we" stay flagged.
  'a thing to blame (en)': {
    clean: [
      'A misbehaving load balancer in the west region was to blame for the dropped sessions.',
      'The flaky network card in rack 12 is to blame, not the database.',
      'A bad cron expression was to blame for the nightly gap.',
      'An expired intermediate certificate was to blame for the handshake errors.',
    ],
    flagged: [
      ['Priya was to blame for the broken build.', [['b', 'was to blame for the broken build']]],
      ['We were to blame for the late notice.', [['b', 'were to blame for the late notice']]],
      ['The intern was to blame for the dropped table.', [['b', 'was to blame for the dropped table']]],
      ['Our night-shift operator was to blame for the missed page.', [['b', 'was to blame for the missed page']]],
      ['The config change Xiomara pushed was to blame for the outage.', [['b', 'was to blame for the outage']]],
    ],
  },
  'a thing to blame (ko)': {
    clean: [
      '이번 오류는 오래된 DNS 캐시 탓이었다.',
      '응답 지연은 한 가용 영역의 인스턴스들 탓이었다.',
      '세션이 끊긴 건 서쪽 리전의 로드 밸런서 탓이었다.',
      '핸드셰이크 오류는 만료된 중간 인증서 탓이었다.',
    ],
    flagged: [
      ['이번 장애는 김 대리 탓이었다.', [['b', '김 대리 탓이었다']]],
      ['빌드가 깨진 건 민수 씨 탓이다.', [['b', '민수 씨 탓이다']]],
      ['공지가 늦은 건 운영팀 탓이었다.', [['b', '운영팀 탓이었다']]],
    ],
  },
  // Kind: ACCOUNTABLE TO OURSELVES: the writing organisation holds itself accountable (a commitment, the convention for an
  // organisation owning its shortcoming); no punishment is asked of anyone. Probe: a streaming company's incident report.
  // Holding a person or a role accountable, and one person's "I hold myself accountable", stay flagged.
  'accountable to ourselves (en)': {
    clean: [
      'We publish every report in full to hold ourselves accountable to our customers.',
      'We hold ourselves accountable for the uptime we promise.',
      'Holding ourselves accountable means we will share the follow-up list next month.',
      'The board asked us to keep ourselves accountable with a public error budget.',
    ],
    flagged: [
      ['The engineers who skipped the review must be held accountable.', [['b', 'be held accountable']]],
      ['We will hold the on-call engineer accountable for the missed page.', [['b', 'We will hold the on-call engineer accountable']]],
      ['I hold myself accountable for this outage.', [['b', 'I hold myself accountable']]],
    ],
  },
  'accountable to ourselves (ko)': {
    clean: [
      '저희는 고객에게 한 약속에 대해 스스로 책임을 지겠습니다.',
      '회사는 이번 장애에 대한 책임을 통감하고 있습니다.',
      '저희는 매달 가용성 수치를 공개해 스스로에게 책임을 지우겠습니다.',
      '우리 팀은 약속한 가동률에 대해 스스로 책임을 집니다.',
    ],
    flagged: [
      ['담당 엔지니어에게 책임을 물어야 한다.', [['b', '담당 엔지니어에게 책임을 물어야 한다']]],
      ['리뷰를 건너뛴 개발자들은 징계를 받아야 한다.', [['b', '리뷰를 건너뛴 개발자들은 징계를 받아야 한다']]],
      ['당직자에게 누락된 호출에 대한 책임을 묻겠습니다.', [['b', '당직자에게 누락된 호출에 대한 책임을 묻겠습니다']]],
    ],
  },
};

describeKinds('session 16 probe: no person judged (en/thingcause.ts)', KINDS);
