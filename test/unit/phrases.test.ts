// The phrase engine: the particle helper, the data files and their validator, the pattern syntax,
// matching (Korean particles, boundaries, subjects) and the rewrites.
import { strict as assert } from 'node:assert';
import { finalSound, hasBatchim, particleFor, withParticle } from '../../src/core/korean';
import { parseDocument } from '../../src/core/model/document';
import { englishSubjectBefore, koreanSubjectBefore, noPeople, peopleOf, phraseKind } from '../../src/core/people';
import {
  builtinData,
  compilePattern,
  findPhrases,
  LIST_KINDS,
  PatternError,
  phraseConfigProblems,
  phraseDocs,
  phraseEntries,
  PHRASE_LISTS,
  rewritesOf,
  validateEntries,
  validatePhraseConfig,
  type CompiledEntry,
  type PhraseEntry,
} from '../../src/core/phrases';
import { resolveConfig } from '../../src/core/config';
import { assertGrowth } from './growth-check';

describe('Korean particle harmony', () => {
  it('reads the final sound of Hangul, Latin letters and digits', () => {
    assert.equal(finalSound('공백'), 'consonant');
    assert.equal(finalSound('부재'), 'vowel');
    assert.equal(finalSound('서울'), 'rieul');
    assert.equal(finalSound('API'), 'vowel');
    assert.equal(finalSound('HTML'), 'rieul');
    assert.equal(finalSound('v3'), 'consonant');
    assert.equal(finalSound('설정(config)'), 'consonant');
    assert.equal(finalSound('“공백”'), 'consonant');
    assert.equal(hasBatchim('절차'), false);
    assert.equal(hasBatchim('검증'), true);
  });

  it('picks 이/가, 은/는, 을/를, 과/와 by 받침', () => {
    assert.equal(withParticle('공백', '가'), '공백이');
    assert.equal(withParticle('부재', '이'), '부재가');
    assert.equal(withParticle('공백', '는'), '공백은');
    assert.equal(withParticle('부재', '은'), '부재는');
    assert.equal(withParticle('공백', '를'), '공백을');
    assert.equal(withParticle('부재', '을'), '부재를');
    assert.equal(withParticle('공백', '와'), '공백과');
    assert.equal(withParticle('부재', '과'), '부재와');
  });

  it('writes both forms after an English word, whose sound the spelling does not tell', () => {
    assert.equal(withParticle('“human error”', '은'), '“human error”은(는)');
    assert.equal(withParticle('forgot', '을'), 'forgot을(를)');
    assert.equal(withParticle('fallback', '로'), 'fallback(으)로');
    assert.equal(withParticle('API', '는'), 'API는', 'acronyms are read letter by letter');
    assert.equal(withParticle('URL', '로'), 'URL로');
  });

  it('picks 으로/로, with ㄹ 받침 taking 로', () => {
    assert.equal(withParticle('공백', '로'), '공백으로');
    assert.equal(withParticle('부재', '으로'), '부재로');
    assert.equal(withParticle('서울', '으로'), '서울로');
    assert.equal(withParticle('공백', '로서'), '공백으로서');
  });

  it('re-picks the copula (였/이었, 다/이다) and leaves fixed particles alone', () => {
    assert.equal(withParticle('공백', '였'), '공백이었');
    assert.equal(withParticle('부재', '이었'), '부재였');
    assert.equal(withParticle('공백', '다'), '공백이다');
    assert.equal(particleFor('공백', '의'), '의');
    assert.equal(particleFor('부재', '도'), '도');
    assert.equal(particleFor('공백', '에서'), '에서');
  });
});

describe('phrase data', () => {
  const b = builtinData();

  it('the built-in data validates without problems', () => {
    assert.deepEqual(b.problems, []);
  });

  it('every list has English and Korean entries, with ids that start with their language', () => {
    for (const list of PHRASE_LISTS) {
      const entries = b.entries[list];
      assert.ok(entries.some((e) => e.lang === 'en'), `${list}: no English entry`);
      assert.ok(entries.some((e) => e.lang === 'ko'), `${list}: no Korean entry`);
      for (const e of entries) {
        assert.ok(e.id.startsWith(`${e.lang}.`), `${e.id} should start with "${e.lang}."`);
        assert.ok(LIST_KINDS[list].includes(e.kind), `${e.id}: kind ${e.kind}`);
        assert.ok(e.note.en && e.note.ko, `${e.id}: note in both languages`);
        assert.ok(e.suggestions.length === 0 || e.suggestions.length >= 2, `${e.id}: suggestions`);
      }
    }
  });

  it('ids are unique across all lists', () => {
    const ids = PHRASE_LISTS.flatMap((l) => b.entries[l].map((e) => e.id));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('no rewrite is itself flagged by its list (a fix never needs another fix)', () => {
    const hits: string[] = [];
    for (const list of PHRASE_LISTS) {
      for (const e of b.entries[list]) {
        for (const s of e.suggestions) {
          if (!s) continue;
          const base = e.verbs ? Object.values(e.verbs)[0] : '';
          const verb = e.verbs ? Object.keys(e.verbs)[0] : '';
          const text = s.replace('{a} ', 'a ').replace('{be}', 'was').replace('{base}', base).replace('{verb}', verb);
          const sentence = e.lang === 'en' ? `The rollout had ${text} in it.` : `배포에 ${text}이 있었다.`;
          for (const m of findPhrases(sentence, phraseEntries(list))) hits.push(`${e.id}: “${text}” is flagged by ${m.compiled.entry.id}`);
        }
      }
    }
    assert.deepEqual(hits, []);
  });

  it('hands the docs generator every entry, per rule', () => {
    const docs = phraseDocs();
    assert.deepEqual(Object.keys(docs).sort(), ['blameful-language', 'counterfactual-language', 'vague-action-item']);
    const human = docs['blameful-language'].find((d) => d.id === 'en.blame.human-error');
    assert.ok(human && human.replacements[0] === 'insufficient validation' && human.note.length > 10);
  });
});

describe('pattern syntax', () => {
  const match = (pattern: string, lang: 'en' | 'ko', text: string, verbs?: Record<string, string>) => {
    const entry: PhraseEntry = { id: 'x.test', lang, kind: 'blame-word', patterns: [pattern], note: { en: 'n', ko: 'n' }, suggestions: [], unless: [], measured: false, origin: 'test', verbs };
    const compiled: CompiledEntry = { entry, list: 'blameful', order: 0, patterns: [compilePattern(pattern, lang, verbs)], unless: [] };
    return findPhrases(text, [compiled]).map((m) => m.text);
  };

  it('English: words with boundaries, any case, flexible spaces and apostrophes', () => {
    assert.deepEqual(match('human error', 'en', 'Human  error and human errors'), ['Human  error']);
    assert.deepEqual(match('human error', 'en', 'inhuman error, human-error'), []);
    assert.deepEqual(match("didn't check", 'en', 'They didn’t check'), ['didn’t check']);
  });

  it('alternatives, optional groups and gaps', () => {
    assert.deepEqual(match('{a |an |}{careless|sloppy} mistake', 'en', 'a careless mistake; sloppy mistake'), ['a careless mistake', 'sloppy mistake']);
    assert.deepEqual(match('held ... accountable', 'en', 'held accountable; held them all personally accountable; held a b c d accountable'), ['held accountable', 'held them all personally accountable']);
  });

  it('open ends and starts, clause anchors', () => {
    assert.deepEqual(match('reprimand-', 'en', 'reprimanded twice'), ['reprimanded']);
    assert.deepEqual(match('-했어야 했-', 'ko', '확인했어야 했다'), ['확인했어야 했다']);
    assert.deepEqual(match('^investigate', 'en', 'Investigate X; investigate Y. Then investigate Z'), ['Investigate', 'investigate']);
    assert.deepEqual(match('{검토|파악}$', 'ko', '구성 검토 (담당: 김민수)'), ['검토']);
    assert.deepEqual(match('{검토|파악}$', 'ko', '검토 결과를 문서화'), []);
  });

  it('Korean: a left boundary, an optional space, particles and 하다-endings after the word', () => {
    const texts = ['실수로', '실수가', '실수를', '실수였다', '실수했다', '실수는 없었다', '실수요자', '사실수', '실수 연산'];
    assert.deepEqual(texts.map((t) => match('실수', 'ko', t)), [['실수로'], ['실수가'], ['실수를'], ['실수였'], ['실수했다'], ['실수는'], [], [], ['실수']]);
    assert.deepEqual(match('휴먼 에러', 'ko', '휴먼에러와 휴먼 에러'), ['휴먼에러와', '휴먼 에러']);
  });

  it('slots: <person>, <owner>, <verb>, <pp>, <past>', () => {
    assert.deepEqual(match('blame <person>', 'en', 'blame the on-call; blame the network'), ['blame the on-call']);
    assert.deepEqual(match("<person>'s fault", 'en', "It was the engineer's fault, not the disk's fault"), ["the engineer's fault"]);
    assert.deepEqual(match('<owner>careless mistake', 'en', "the on-call's careless mistake; the script's careless mistake"), ["the on-call's careless mistake", 'careless mistake']);
    assert.deepEqual(match('should have <verb>', 'en', 'should have checked, should have a runbook', { checked: 'check' }), ['should have checked']);
    assert.deepEqual(match('should have <pp>', 'en', 'should have seen; should have a runbook; should have tested'), ['should have seen', 'should have tested']);
    assert.deepEqual(match('-<past>더라면', 'ko', '알았더라면, 했더라면, 하더라면'), ['알았더라면', '했더라면']);
    assert.deepEqual(match('<owner>실수', 'ko', '담당자의 실수로, 설정의 실수로'), ['담당자의 실수로', '실수로']);
  });

  it('rejects malformed patterns with a message that says why', () => {
    const bad: [string, RegExp][] = [
      ['', /empty/],
      ['{a|b', /without "}"/],
      ['a}', /without "{"/],
      ['{a{b}}', /nested/],
      ['<nobody> forgot', /unknown slot <nobody>/],
      ['forgot <owner>', /<owner> must open/],
      ['should have <verb>', /needs the entry's "verbs"/],
      ['<past>어야', /Korean/],
      ['... forgot', /between words/],
      ['<person> <person>', /only once/],
      ['{,|;}', /literal word/],
      ['x'.repeat(201), /200 characters/],
    ];
    for (const [p, why] of bad) assert.throws(() => compilePattern(p, p.includes('어야') ? 'en' : 'en'), (err: unknown) => err instanceof PatternError && why.test(err.message), p);
  });
});

describe('entry validation (data and config)', () => {
  it('reports each bad entry once and keeps the good ones', () => {
    const { entries, problems } = validateEntries(
      [
        { id: 'team.ok', patterns: ['rockstar'], note: 'say what the person did' },
        { patterns: ['x'], note: 'n' },
        { id: 'Bad Id', patterns: ['x'], note: 'n' },
        { id: 'team.no-note', patterns: ['x'] },
        { id: 'team.one', patterns: ['y'], note: 'n', suggestions: ['only one'] },
        { id: 'team.bad-pattern', patterns: ['{a|b'], note: 'n' },
        { id: 'team.key', patterns: ['z'], note: 'n', colour: 'red' },
        { id: 'team.kind', patterns: ['w'], note: 'n', kind: 'vague' },
        'not an entry',
        { id: 'team.ok', patterns: ['rockstars'], note: 'duplicate id' },
        { id: 'team.dup-pattern', patterns: ['Rockstar'], note: 'duplicate pattern' },
      ],
      { list: 'blameful', origin: '.postmortemrc.yaml' },
    );
    assert.deepEqual(entries.map((e) => e.id), ['team.ok']);
    assert.equal(problems.length, 10);
    const text = problems.join('\n');
    for (const want of ['"id" is required', 'lowercase words', '"note" is required', 'two or more', 'without "}"', 'unknown key "colour"', '"kind" must be one of', 'must be a mapping', 'duplicate id "team.ok"', 'duplicate pattern']) {
      assert.ok(text.includes(want), `missing: ${want}\n${text}`);
    }
    assert.ok(problems.every((p) => p.startsWith('.postmortemrc.yaml: phrases.blameful[')));
  });

  it('config entries: unknown lists, clashes with built-in ids, language from the script', () => {
    const { entries, problems } = validatePhraseConfig({
      blameful: [
        { id: 'team.blame.hero', patterns: ['hero'], note: 'heroics hide the missing process', suggestions: ['responder', 'person on call'] },
        { id: 'team.blame.nakhu', patterns: ['낙후'], note: '사람 탓' },
        { id: 'en.blame.human-error', patterns: ['human slip'], note: 'clash' },
      ],
      nonsense: [],
      vague: 'not a list' as unknown as unknown[],
    });
    assert.deepEqual(entries.blameful.map((e) => [e.id, e.lang]), [['team.blame.hero', 'en'], ['team.blame.nakhu', 'ko']]);
    assert.ok(problems.some((p) => p.includes('duplicate id "en.blame.human-error"')));
    assert.ok(problems.some((p) => p.includes('unknown phrase list "phrases.nonsense"')));
    assert.ok(problems.some((p) => p.includes('phrases.vague must be a list')));
  });

  it('a resolved configuration exposes its phrase problems and adds its valid entries', () => {
    const { config } = resolveConfig({ phrases: { blameful: [{ id: 'team.blame.hero', patterns: ['hero'], note: 'n' }, { id: 'x' }] } });
    assert.equal(phraseConfigProblems(config).length, 1);
    const ids = phraseEntries('blameful', config).map((e) => e.entry.id);
    assert.ok(ids.includes('team.blame.hero') && ids.includes('en.blame.human-error'));
    // Memoised per configuration: the same compiled entries come back.
    assert.equal(phraseEntries('blameful', config).at(-1), phraseEntries('blameful', config).at(-1));
  });
});

describe('matching and rewrites', () => {
  const blame = phraseEntries('blameful');
  const first = (text: string) => {
    const m = findPhrases(text, blame)[0];
    assert.ok(m, `nothing found in ${text}`);
    return { m, rewrites: rewritesOf(m, text) };
  };

  it('Korean rewrites keep the particle right', () => {
    assert.deepEqual(first('실수가 있었다').rewrites, ['확인 절차의 공백이', '안전장치의 부재가']);
    assert.deepEqual(first('실수는 반복된다').rewrites, ['확인 절차의 공백은', '안전장치의 부재는']);
    assert.deepEqual(first('실수로 삭제했다').rewrites, ['확인 절차의 공백으로', '안전장치의 부재로']);
    assert.deepEqual(first('원인은 실수였다').rewrites, ['확인 절차의 공백이었', '안전장치의 부재였']);
    assert.deepEqual(first('부주의로 삭제했다').rewrites, ['확인 절차의 부재로', '안전장치의 부재로']);
    assert.deepEqual(first('과실과 누락').rewrites, ['절차상의 공백과', '안전장치의 부재와']);
  });

  it('no Korean rewrite where the noun is used as a verb or as the object of 하다', () => {
    assert.deepEqual(first('담당자가 실수했다').rewrites, []);
    assert.deepEqual(first('운영자가 실수를 했다').rewrites, []);
    assert.deepEqual(first('운영자가 실수를 저질렀다').rewrites, []);
    assert.deepEqual(first('부주의한 작업').rewrites, []);
  });

  it('English rewrites keep the first letter’s case and fit the article', () => {
    assert.deepEqual(first('Human error caused it').rewrites, ['Insufficient validation', 'Missing automation']);
    assert.deepEqual(first('It was a careless mistake').rewrites, ['an unguarded manual step', 'a step without a safety check']);
    // The possessive goes with the phrase ("his careless mistake" → "an unguarded manual step").
    assert.equal(first('It was his careless mistake').m.text, 'his careless mistake');
    assert.deepEqual(first('It was his careless mistake').rewrites, ['an unguarded manual step', 'a step without a safety check']);
    assert.deepEqual(first('The careless mistakes added up').rewrites, ['unguarded manual steps', 'steps without safety checks']);
  });

  it('a subject decides whether a verb is blame', () => {
    const ids = (t: string) => findPhrases(t, blame).map((m) => m.compiled.entry.id);
    assert.deepEqual(ids('The on-call ignored the alert.'), ['en.blame.ignored']);
    assert.deepEqual(ids('nginx ignored the header.'), []);
    assert.deepEqual(ids('The `nginx` proxy ignored the header.'.replace(/`[^`]*`/, '\uFFFC')), []);
    assert.deepEqual(ids('When the alert fired, the on-call acknowledged it but ignored the runbook.'), ['en.blame.ignored']);
    assert.deepEqual(ids('The engineer who ignored the alert was new.'), ['en.blame.ignored']);
    assert.deepEqual(ids('당직자가 알림을 무시했다.'), ['ko.blame.ignored']);
    assert.deepEqual(ids('nginx가 헤더를 무시했다.'), []);
    assert.deepEqual(ids('김 대리님이 확인하지 않았다.'), ['ko.blame.didnt-check']);
    assert.deepEqual(ids('민수 씨가 설정을 검증하지 않았다.'), ['ko.blame.didnt-check']);
    assert.deepEqual(ids('파이프라인이 설정을 검증하지 않았다.'), []);
  });
});

describe('people and subjects', () => {
  it('classifies roles, pronouns, names, handles and things', () => {
    assert.equal(phraseKind('the on-call'), 'person');
    assert.equal(phraseKind('@dana'), 'person');
    assert.equal(phraseKind('the deploy engineer'), 'person');
    assert.equal(phraseKind('the health check'), 'thing');
    assert.equal(phraseKind('the Prometheus operator'), 'thing');
    assert.equal(phraseKind('the operator'), 'person');
    assert.equal(phraseKind('Bob'), 'person', 'a common given name');
    assert.equal(phraseKind('Zorbix'), 'unknown');
    assert.equal(phraseKind('Will'), 'unknown', 'a name that is also a word is left out');
    assert.equal(phraseKind('Bob', { latin: new Set(['Bob']), hangul: new Set() }), 'person');
    assert.equal(phraseKind('TTL'), 'thing');
    assert.equal(phraseKind('SRE'), 'person');
    assert.equal(phraseKind('김 대리님'), 'person');
    assert.equal(phraseKind('고객님'), 'thing');
    assert.equal(phraseKind('날씨'), 'thing');
    assert.equal(phraseKind('민수 씨'), 'person');
  });

  it('finds the English subject before a verb', () => {
    const at = (t: string, verb: string) => englishSubjectBefore(t, t.indexOf(verb));
    assert.equal(at('The health check failed to detect it.', 'failed').kind, 'thing');
    assert.equal(at('Then the on-call simply forgot.', 'forgot').kind, 'person');
    assert.equal(at('Kubernetes failed to schedule.', 'failed').kind, 'thing');
    assert.equal(at('Forgot to renew.', 'Forgot').kind, 'unknown');
    assert.equal(at('The bugs should have been caught.', 'should').plural, true);
    assert.equal(at('It should have been caught.', 'should').plural, false);
  });

  it('finds the Korean subject several words back', () => {
    const at = (t: string, verb: string) => koreanSubjectBefore(t, t.indexOf(verb));
    assert.equal(at('담당자가 배포 전에 설정을 확인하지 않았다', '확인').kind, 'person');
    assert.equal(at('담당자가 확인했지만 헬스 체크가 감지하지 못했다', '감지').kind, 'thing');
    assert.equal(at('김민수 님께서 확인하지 않았다', '확인').kind, 'person');
    assert.equal(at('설정은 담당자가 확인하지 않았다', '확인').kind, 'person');
    assert.equal(at('배포 전에 확인하지 않았다', '확인').kind, 'unknown');
  });

  it('collects the people a document names', () => {
    const doc = parseDocument(
      [
        '---',
        'authors: [Priya Raman, "@tomas"]',
        'incident_commander: Dana Kim',
        '작성자: 김민수',
        '---',
        '',
        '# Incident',
        '',
        '**On-call:** Jennifer Ode',
        '',
        'Alice (SRE) joined at 10:00.',
        '',
        '## Action Items',
        '',
        '- [ ] Add an alert (owner: Marco Rossi)',
        '',
      ].join('\n'),
    );
    const people = peopleOf(doc);
    for (const n of ['Priya', 'Raman', 'Tomas', 'Dana', 'Jennifer', 'Alice', 'Marco']) assert.ok(people.latin.has(n), n);
    assert.ok(people.hangul.has('김민수') && people.hangul.has('민수'));
    assert.equal(noPeople().latin.size, 0);
  });
});

describe('linear time on adversarial input', function () {
  // A safety net only: two copies of this file at load 28 on two cores passed the ratio but overran 60 s (session 18).
  this.timeout(300000);
  it('every compiled pattern scales linearly (4× input, well under 16× time)', () => {
    const shapes = [
      (n: number) => 'a '.repeat(n),
      (n: number) => "should have had ".repeat(n / 8),
      (n: number) => '실수 '.repeat(n / 3),
      (n: number) => '했어야 '.repeat(n / 4),
      (n: number) => 'held the '.repeat(n / 9) + 'x',
      (n: number) => "the on-call's ".repeat(n / 14),
      (n: number) => '가'.repeat(n),
      (n: number) => ' '.repeat(n) + 'x',
    ];
    const entries = PHRASE_LISTS.flatMap((l) => phraseEntries(l));
    // CPU time, interleaved, best of 3, up to 3 attempts (growth-check.ts): a single wall-clock pair was skewed by a busy
    // machine. Linear is ~4×, quadratic 16×.
    const texts = (n: number) => shapes.map((shape) => shape(n));
    const [small, large] = [texts(5000), texts(20000)];
    const find = (ts: string[]) => () => ts.forEach((t) => findPhrases(t, entries, { measured: false }));
    assertGrowth('findPhrases on adversarial input', find(small), find(large), { scale: 4, maxRatio: 10, reps: 3 });
  });
});
