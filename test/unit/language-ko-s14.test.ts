// Korean blame and hindsight, session 14 (issue 8): classes of sentence behind the first-run false alarms of the draw of
// session 14 (the fresh-s13 half drawn into dev; test/language/AUDITS.md "Session 14: draw s14 first run", Korean), and the
// decision on the disagreement between the languages about a vendor's slip. Every case is a NEW sentence of the kind (other subjects, verbs
// and domains than the corpus case that showed it), written before the engine was run on it; each kind has controls that
// must stay flagged and an English mirror checked as an expectation of the English engine. The kinds make sentences
// neutral, so they bring no new finding and no new rewrite (rewrites of the controls are covered by language-fixes).
import { clean, flagged } from './language-cases';

describe('Korean blame and hindsight, session 14 (issue 8)', function () {
  this.timeout(120_000);

  // Kind: a slip in a HABITUAL statement — the slip word inside an event clause headed by 일/경우/사례 whose predicate is a
  // frequency (흔하다, 자주 일어난다, 종종 있다, 드물지 않다, 많다), no past tense, nobody owning the slip (impersonal.ts
  // habitualSlips). First run of draw s14: ko.blame.silsu, one wrong (a gate candidate, 13/17 pooled).
  it('a slip in a statement of how often such things happen is no blame', () => {
    for (const s of [
      '사소한 설정 실수 하나가 전체 장애로 번지는 일은 생각보다 자주 일어납니다.',
      '배포 실수가 대형 장애로 이어지는 경우는 흔하다.',
      '작은 실수 하나가 큰 장애를 부르는 일이 종종 있습니다.',
      '복사 붙여넣기 실수가 보안 사고로 커지는 사례는 드물지 않다.',
      '오타 같은 작은 착오가 결제 중단으로 번지는 경우가 많습니다.',
    ]) clean('ko', s);
    // An owner (a person, a role, a title, the writer), incident deixis, a past tense (an event told): unchanged.
    flagged('ko', '운영자의 작은 실수 하나가 전체 장애로 번졌다.');
    flagged('ko', '작은 설정 실수 하나가 결제 장애로 번졌다.');
    flagged('ko', '이번 배포 실수가 장애로 이어지는 일은 흔했다.');
    flagged('ko', '제 실수가 장애로 이어지는 경우가 많습니다.');
    flagged('ko', '신입 개발자의 실수가 장애로 이어지는 경우는 흔하다.');
    flagged('ko', '김 대리의 설정 실수가 장애로 이어지는 일이 잦다.');
    // English mirror: clean already.
    for (const s of [
      'Small configuration mistakes often snowball into full outages.',
      'A typo in a config file turning into a full outage is more common than you think.',
      'It is not unusual for a copy-paste slip to grow into a security incident.',
    ]) clean('en', s);
  });

  // Decision (session 13 left it open): a slip OWNED BY AN ORGANISATION outside the team, in the possessive ("공급사의 실수로
  // …"). Korean flags it; English does not ("Due to a mistake by our vendor" is clean). The set's conventions
  // (test/language/README.md) leave blame of a vendor by its customer out of the labels, so they do not settle it; since
  // session 6 an organisation as the ACTOR ("협력사가 실수로") is silent in both languages. A neutral reading of the
  // possessive was written (these sentences, all flagged at fd91a76, went clean) and dropped: it removed one RIGHT finding of
  // ko.blame.silsu on the blind fresh-s9 part (figures only: `npm run bench:language -- --by-id --part fresh-s9`, 2/0 -> 1/0)
  // and no wrong one in the first-run data of seven draws. The blind labels read an organisation's slip as blame, so Korean
  // is the one that is right and keeps flagging it; English should flag "due to <organisation>'s mistake" too (reported to
  // lang-en; the English engine's current behaviour is not asserted here). A person of the vendor is flagged in both.
  it("an organisation's slip stays flagged in Korean, as a person's does", () => {
    for (const s of [
      '공급사의 실수로 잘못된 펌웨어가 배포되었다.',
      '호스팅 업체의 작업 실수로 디스크가 삭제되었다.',
      '새벽에 통신사의 실수로 전용선이 끊겼습니다.',
      '공급사 엔지니어의 실수로 전원이 차단되었다.',
      '업체의 작업자 실수로 케이블이 뽑혔다.',
    ]) flagged('ko', s);
    flagged('en', "The hosting company's technician pulled the wrong cable.");
  });

  // Kind: a process that did not RUN PROPERLY — a manner adverb (제대로, 충분히 …) before a passive or intransitive verb
  // (…되다, 이뤄지다, 실행되다, 처리되다 …), negated in a finite form, no person as subject or topic (impersonal.ts
  // processNotProper). With 이/가 the sentence was already neutral; with the topic particle 은/는 the topic was taken for a
  // dropped person's object. First run of draw s14: ko.who.negligent, one wrong.
  it('a process that did not run properly blames nobody', () => {
    for (const s of [
      '확인해 보니 로그 수집은 제대로 되지 않고 있었다.',
      '야간 배치는 한 달 동안 제대로 실행되지 않았다.',
      '알고 보니 인증서 갱신은 충분히 반영되지 않았습니다.',
      '캐시 무효화는 제대로 처리되지 못했다.',
      '백업 덤프는 제대로 이뤄지지 않은 것으로 확인됐다.',
    ]) clean('ko', s);
    // A person as subject or topic, a transitive verb with a person's object, an adnominal object of a person's act: unchanged.
    flagged('ko', '담당자는 백업을 제대로 확인하지 않았다.');
    flagged('ko', '운영자는 제대로 검증되지 않은 채 배포를 진행했다.');
    flagged('ko', '제대로 검증되지 않은 스크립트를 그대로 돌렸다.');
    flagged('ko', '팀원들이 리뷰를 제대로 하지 않았다.');
    // English mirror: clean already (a passive of a process); a person's check not done properly is flagged.
    for (const s of [
      'On checking, log collection had not been running properly.',
      'The nightly batch was not executed properly for a month.',
      'The certificate renewal was not applied properly.',
    ]) clean('en', s);
    flagged('en', 'The on-call engineer did not check the backups properly.');
  });
});
