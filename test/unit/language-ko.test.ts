// Korean language rules: robustness on mixed-script words, detection by kind, hard negatives,
// rewrites that read naturally and are never themselves flagged.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { koreanStemKind, phraseKind, englishWordKind, koreanSubjectBefore } from '../../src/core/people';
import { ALTERNATING_PARTICLES } from '../../src/core/korean';
import { findPhrasesInTexts, phraseEntries } from '../../src/core/phrases';
import type { Finding } from '../../src/core/types';

const LANGUAGE_RULES = ['blameful-language', 'counterfactual-language', 'vague-action-item'];

function findings(text: string): Finding[] {
  return lint(text, { locale: 'ko' }).findings.filter((f) => LANGUAGE_RULES.includes(f.ruleId));
}

describe('Korean language rules: mixed-script words never crash', () => {
  // A Latin word, a number or a handle followed by a Korean particle, then a blame word: the shape of
  // "값을 true로 잘못 넣었다" that made blameful-language overflow the stack.
  const WORDS = ['true', 'false', 'null', 'API', 'v2', 'DB', 'prod', 'k8s', 'Bob', 'nginx', '3', '2024', '10', 'x', 'A', '@bob', 'on-call', 'feature_flag', 'my.cnf', 'Redis'];
  const PARTICLES = [...ALTERNATING_PARTICLES, '의', '에', '에서', '에게', '께서', '도', '만', '까지', '부터', '처럼', '보다', '팀', '팀이', '님', '님이', '씨가', ''];
  const BLAME = ['잘못 넣었다', '잘못했다', '잘못이다', '실수로 바꿨다', '실수했다', '탓이다', '과오였다', '책임이었다', '부주의로', '무시했다', '놓쳤다', '확인하지 않았다', '했어야 했다'];

  const sentences: string[] = [];
  for (const w of WORDS) for (const p of PARTICLES) for (const b of BLAME) for (const sep of [' ', '']) sentences.push(`값을 ${w}${p}${sep}${b}.`);

  it('matches every Latin/number word + particle + blame word without an exception', () => {
    for (const list of ['blameful', 'counterfactual', 'vague'] as const) {
      assert.doesNotThrow(() => findPhrasesInTexts(sentences, phraseEntries(list)), list);
    }
  });

  it('lints a document of those sentences with every rule able to check', () => {
    const text = `# 장애\n\n${WORDS.flatMap((w) => PARTICLES.map((p) => `값을 ${w}${p} 잘못 넣었다. ${w}${p} 실수였다.`)).join('\n\n')}\n`;
    const broken = lint(text, { locale: 'en' }).findings.filter((f) => /could not check/u.test(f.message));
    assert.deepEqual(broken.map((f) => f.message), []);
  });

  it('classifies mixed-script words by their Latin part, without recursion', () => {
    for (const w of WORDS) {
      for (const p of PARTICLES) {
        const word = `${w}${p}`;
        assert.doesNotThrow(() => koreanStemKind(word), word);
        assert.doesNotThrow(() => englishWordKind(word, undefined), word);
        assert.doesNotThrow(() => phraseKind(word), word);
        assert.doesNotThrow(() => koreanSubjectBefore(`${word} 잘못`, word.length + 1), word);
      }
    }
    assert.equal(koreanStemKind('true로'), 'thing');
    assert.equal(koreanStemKind('DevOps팀'), 'person');
    assert.equal(koreanStemKind('@민수'), 'person');
  });

  it('leaves "값을 true로 잘못 넣었다" to the other findings of the document', () => {
    const text = '# 장애\n\n값을 true로 잘못 넣었다.\n\n담당자의 실수로 설정이 배포되었다.\n';
    const found = findings(text);
    assert.ok(lint(text, { locale: 'en' }).findings.every((f) => !/could not check/u.test(f.message)));
    assert.ok(found.some((f) => text.slice(f.start, f.end).startsWith('담당자의 실수')));
  });
});
