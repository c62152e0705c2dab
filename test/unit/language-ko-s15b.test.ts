// Session 15, second round (lang-ko2): two Korean kinds lang-en reported (test/unit/language-en-s15.test.ts, KO_MISSED and
// KO_OPEN), each with NEW sentences written before the engine was run on them, sharing no content words with the reported
// ones, and English mirrors as expectations of the English engine.
// Modules: src/core/language/ko/prose.ts (vigilance: the pledge alternatives of VIGILANCE and PLEDGE_CHANGE) and
// src/core/language/ko/slipquestion.ts (a gate of ko.blame.silsu in src/core/language/gate.ts).
import { strict as assert } from 'node:assert';
import { clean, flagged, rewritten } from './language-cases';

describe('language kinds, Korean, session 15 second round (lang-ko2)', () => {
  // Kind 1: a call for care as a PLEDGE (-겠습니다/-겠다/-어야겠다) or a call to work HARDER (더 열심히 …해야): comparative care
  // promised or asked, no change named. Flagged, the whole sentence rewritten as the check that replaces care.
  describe('a pledge of care or of checking harder is a call for care (flagged, with a sound rewrite)', () => {
    const cases = [
      '앞으로는 인증서 만료일을 더 세심하게 살피겠습니다.',
      '이후로는 마이그레이션 스크립트를 더욱 신중히 검토하겠습니다.',
      '다음 릴리스부터는 변경 로그를 더 꼼꼼하게 읽겠습니다.',
      '운영팀은 백업 상태를 더 열심히 점검해야 한다.',
      '저희는 앞으로 권한 설정을 더 열심히 들여다보겠습니다.',
      '앞으로 더 주의 깊게 지켜보겠습니다.',
    ];
    for (const s of cases) {
      it(`flagged: ${s}`, () => {
        flagged('ko', s);
        const line = rewritten('ko', s);
        assert.ok(/필요합니다|필요하다/u.test(line), line);
      });
    }
    it('the rewrite keeps the register (plain 한다 → 필요하다, polite 습니다 → 필요합니다)', () => {
      assert.match(rewritten('ko', '운영팀은 백업 상태를 더 열심히 점검해야 한다.'), /필요하다/u);
      assert.match(rewritten('ko', '앞으로 더 주의 깊게 지켜보겠습니다.'), /필요합니다/u);
    });
  });
  describe('a pledge of a concrete change, of effort, or of the write-up, and a past account, stay clean', () => {
    const cases = [
      '다음 주까지 디스크 사용량 알림을 추가하겠습니다.',
      '배포 파이프라인에 스키마 검사 단계를 넣겠습니다.',
      '인증서 만료 14일 전에 경보가 울리도록 설정하겠습니다.',
      '알림 규칙을 더 세심하게 설정하겠습니다.',
      '검사를 더 철저히 자동화하겠습니다.',
      '경보 임계값을 더 신중하게 바꾸겠습니다.',
      '회고 내용을 더 꼼꼼하게 정리하겠습니다.',
      '아래에서 원인을 더 자세히 설명하겠습니다.',
      '더 열심히 노력하겠습니다.',
      '모두가 밤새 열심히 복구했습니다.',
      '팀원들은 더 열심히 일했습니다.',
      '재현 절차를 꼼꼼하게 문서로 남기겠습니다.',
    ];
    for (const s of cases) it(`clean: ${s}`, () => clean('ko', s));
  });
  describe('English mirrors (expectations of the English engine)', () => {
    it('flagged: From now on we will review certificate expiry dates more carefully.', () => flagged('en', 'From now on we will review certificate expiry dates more carefully.'));
    it("flagged: We'll read the changelog more closely before each release.", () => flagged('en', "We'll read the changelog more closely before each release."));
    it('clean: We will add a disk usage alert by next week.', () => clean('en', 'We will add a disk usage alert by next week.'));
    it('clean: Below we explain the cause in more detail.', () => clean('en', 'Below we explain the cause in more detail.'));
  });

  // Kind 2: mistakes as a class, the subject of an open why/how question about what the process did with a slip.
  describe('mistakes as the subject of an open question about the process stay clean', () => {
    const cases = [
      '이런 실수는 어째서 테스트에서 걸러지지 않았을까?',
      '설정 실수가 왜 스테이징 단계에서 잡히지 않는가?',
      '사소한 실수가 어떻게 운영 환경까지 도달할 수 있었나?',
      '권한 실수들은 왜 감사 로그에서 발견되지 않을까?',
      '오타 같은 실수가 왜 배포 전 검사를 통과했을까?',
    ];
    for (const s of cases) it(`clean: ${s}`, () => clean('ko', s));
  });
  describe('a mistake owned, of this incident, a person\'s act, or a statement, stays flagged', () => {
    const cases = [
      '민수 씨의 실수가 왜 리뷰를 통과했을까?',
      '김 대리는 왜 이런 실수를 했는가?',
      '이번 실수가 왜 리뷰를 통과했을까?',
      '제 실수가 어떻게 검사를 통과했는지 모르겠다.',
      '실수가 왜 리뷰를 통과했는지 리뷰어에게 물었다.',
      '담당자의 실수로 서버가 멈췄다.',
    ];
    for (const s of cases) it(`flagged: ${s}`, () => flagged('ko', s));
  });
  describe('English mirrors of kind 2 (expectations of the English engine)', () => {
    it('clean: Why do typos slip past our checks?', () => clean('en', 'Why do typos slip past our checks?'));
    it('clean: How did a config mistake reach production without being caught?', () => clean('en', 'How did a config mistake reach production without being caught?'));
    // "Why did Sam make this mistake?" (a person's mistake asked about) is clean in English today; its Korean mirror
    // ("김 대리는 왜 이런 실수를 했는가?") is flagged. Reported to lang-en, not asserted here.
  });
});
