// Mirrors, session 6 (issue 8, second round): kinds fixed this session in one language whose mirror in the other
// language was still wrong. Each kind is tested in English AND Korean: hard negatives stay clean; the blameful shape of
// the same kind is flagged at the same words (positions), offers a rewrite, and its first rewrites applied together
// re-lint clean.
// - a dismissal only reported ("was fired", "해고되었다") is silent; a call for one ("should be fired", "해고해야 한다")
//   is flagged;
// - "rarely the fault of one person" / "한 사람의 잘못인 경우는 드물다": a general statement against single-person blame;
// - self-identification as the culprit ("The culprit was me", "범인은 저였습니다") is self-blame;
// - a general statement of what punishment does ("People hide mistakes when punishment is harsh", "처벌이 무거우면
//   사람들은 실수를 감춘다") is silent;
// - an omission by a person, a role or a name ("The operator left out one word", "작업자가 단어 하나를 빼먹어") is flagged;
//   a thing that leaves something out, or the writer leaving details out of the report, is not.
// Sentences written for this test (not from the evaluation sets), except where a comment says otherwise.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix';
import { sentenceDocument } from '../language/harness';

type Lang = 'en' | 'ko';
const RULES = ['blameful-language', 'counterfactual-language'];
const langOf = (s: string): Lang => (/[가-힣]/u.test(s) ? 'ko' : 'en');

function found(s: string) {
  const lang = langOf(s);
  const p = sentenceDocument(lang, s);
  return { lang, p, fs: lint(p.text, { locale: lang }).findings.filter((f) => RULES.includes(f.ruleId) && f.line >= p.line) };
}

/** The flagged texts of a sentence with their offsets in it. */
function spans(s: string): [string, number][] {
  const { p, fs } = found(s);
  const lineStart = p.text.split('\n').slice(0, p.line - 1).join('\n').length + 1;
  const at = lineStart + p.text.slice(lineStart).indexOf(s);
  return fs.map((f) => [p.text.slice(f.start, f.end), f.start - at]);
}

/** Every finding offers a rewrite; the first ones applied together leave no language finding on the line. */
function soundRewrites(s: string): void {
  const { lang, p, fs } = found(s);
  assert.ok(fs.length > 0, s);
  for (const f of fs) assert.ok(f.suggestions.length > 0, `${s}: no rewrite for ${f.message}`);
  const fixed = applyFixes(p.text, fs.map((f) => f.suggestions[0].edits)).text;
  const again = lint(fixed, { locale: lang }).findings.filter((f) => RULES.includes(f.ruleId) && f.line >= p.line);
  assert.deepEqual(again.map((f) => f.message), [], `${s} -> ${fixed.split('\n')[p.line - 1]}`);
}

const KINDS: Record<string, { clean: string[]; flagged: [string, string[]][] }> = {
  'a dismissal reported, not called for (en)': {
    clean: ['The engineer was fired a week later.', 'Two operators were let go after the outage.', 'He was sacked the next day.'],
    flagged: [
      ['The engineer should be fired.', ['be fired']],
      ['Whoever ran the script must be sacked.', ['Whoever ran the script must be sacked']],
    ],
  },
  'a dismissal reported, not called for (ko)': {
    clean: [
      '그 엔지니어는 해고되었다.',
      '담당 팀장은 사고 일주일 뒤 경질됐다.',
      '작업자 두 명이 해고당했습니다.',
      '회사는 그 직원을 해고했다.',
      '해고된 엔지니어는 나중에 다른 회사로 옮겼다.',
    ],
    flagged: [
      ['그 엔지니어는 해고해야 한다.', ['그 엔지니어는 해고해야 한다']],
      ['담당자는 해고되어야 합니다.', ['담당자는 해고되어야 합니다']],
      ['그 작업자를 해고하자.', ['그 작업자를 해고하자']],
    ],
  },
  'rarely the fault of one person (en)': {
    clean: [
      'Outages of this size are rarely the fault of one person.',
      'Failures like this are seldom the fault of a single engineer.',
      // The Korean shapes "…인 경우는 드물다", "한 사람의 잘못": "it is rare for/that …", the possessive.
      "It is rare for an outage to be one person's fault.",
      'It is rare that an outage is the fault of one person.',
      'Incidents like this are almost never one person’s fault.',
    ],
    flagged: [
      ['This outage was the fault of one person.', ['was the fault of one person']],
      ['This outage was one engineer’s fault.', ['one engineer’s fault']],
    ],
  },
  'rarely the fault of one person (ko)': {
    clean: [
      '이런 규모의 사고가 한 사람의 잘못인 경우는 드물다.',
      '대형 장애가 한 사람의 실수로 일어나는 경우는 거의 없습니다.',
      '사고가 한 개인의 잘못에서 비롯되는 일은 드물다.',
      '장애가 누구 한 사람의 탓인 경우는 흔치 않다.',
    ],
    flagged: [['이번 사고는 운영자의 잘못이었다.', ['운영자의 잘못이었다']]],
  },
  'the culprit identified as oneself (en)': {
    clean: ['The on-call that night was me.', 'It was me who noticed the alert first.'],
    flagged: [
      ['That someone was me.', ['That someone was me']],
      ['The culprit was me.', ['The culprit was me']],
    ],
  },
  'the culprit identified as oneself (ko)': {
    clean: ['그날 당직자는 저였습니다.', '알림을 처음 본 사람은 저였습니다.', '범인은 캐시 서버였습니다.', '범인은 제가 아니었습니다.'],
    flagged: [
      ['범인은 저였습니다.', ['범인은 저였습니다']],
      ['알고 보니 원인은 나였다.', ['원인은 나였다']],
      ['그 누군가가 바로 저였습니다.', ['그 누군가가 바로 저였습니다']],
      ['이번 장애의 주범은 바로 저입니다.', ['주범은 바로 저입니다']],
    ],
  },
  'what punishment does, stated generally (en)': {
    clean: [
      'People hide mistakes when punishment is harsh.',
      'Punishment makes people hide mistakes.',
      'Harsh punishment teaches people to hide errors.',
      'Engineers stop reporting near misses when they are blamed for them.',
    ],
    flagged: [
      ['The engineer should be punished.', ['be punished']],
      ['They should be punished for the outage.', ['be punished']],
    ],
  },
  'what punishment does, stated generally (ko)': {
    clean: ['처벌이 무거우면 사람들은 실수를 감춘다.', '징계는 사람들이 실수를 숨기게 만든다.', '처벌이 두려우면 엔지니어는 실수를 보고하지 않는다.'],
    flagged: [['실수한 사람은 처벌해야 한다.', ['실수한 사람은 처벌해야 한다']]],
  },
  'an omission by a person (en)': {
    clean: [
      'The script left out the last line.',
      'The template omitted a required field.',
      'We left out the customer names for privacy.',
      'I omitted the internal hostnames from this report.',
      'The operator was not left out of the call.',
    ],
    flagged: [
      ['The operator left out one word.', ['The operator left out']],
      ['A contractor omitted a line from the config, and the whole network went down.', ['A contractor omitted']],
      ['The engineer left out the WHERE clause.', ['The engineer left out']],
    ],
  },
  'an omission by a person (ko)': {
    clean: ['스크립트가 마지막 줄을 빼먹어 설정이 반쯤만 적용됐다.', '템플릿이 필수 항목을 빠뜨린 채 배포되었다.'],
    flagged: [['운영자가 한 단어를 빼먹어 설정이 깨졌다.', ['운영자가 한 단어를 빼먹어']]],
  },
};

describe('Language mirrors, session 6 (issue 8): a kind fixed in one language, mirrored in the other', function () {
  this.timeout(120_000);
  for (const [kind, { clean, flagged }] of Object.entries(KINDS)) {
    describe(kind, () => {
      for (const s of clean) it(`clean: ${s}`, () => assert.deepEqual(spans(s), []));
      for (const [s, want] of flagged) {
        it(`flagged: ${s}`, () => {
          assert.deepEqual(spans(s), want.map((t) => [t, s.indexOf(t)]));
          soundRewrites(s);
        });
      }
    });
  }
});
