/**
 * English blame and hindsight by KIND, not by phrase: who is the subject (a person: role noun,
 * pronoun, declared or common given name; or a thing), and what the predicate does (a harmful
 * act, a missed duty, negligence, a verdict, hindsight). Every detection carries rewrites that
 * restructure the clause around the condition ("Tom skipped the canary stage" → "The canary
 * stage was skipped; nothing in the process prevented it"). All patterns are bounded and linear.
 */
import { phraseKind } from '../../people';
import type { Note } from '../../phrase/types';
import type { DetectContext, Detection, Rewrite, Sentence } from '../types';

interface Tok {
  w: string;
  l: string;
  start: number;
  end: number;
}

const TOKEN = /[@\p{L}\p{N}][\p{L}\p{N}'’_-]*|[,;:()—–?!]/gu;

function tokens(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ w: m[0], l: m[0].toLowerCase().replace(/’/gu, "'"), start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

const NOTES: Record<string, Note> = {
  act: {
    en: 'describe what the process or tooling allowed, not who did it: what made the step easy to take, and what did not catch it',
    ko: '누가 했는지가 아니라 절차나 도구가 무엇을 허용했는지 적으세요: 그 단계를 쉽게 만든 것과 잡아내지 못한 것',
  },
  duty: {
    en: 'say what should have prompted the step (a checklist, an alert, an automated gate) and why it did not',
    ko: '그 단계를 하도록 알려 줄 것(체크리스트, 알림, 자동 검사)이 무엇이었고 왜 없었는지 적으세요',
  },
  verdict: {
    en: 'describe the decision with what was known at the time, and what made it look reasonable',
    ko: '당시 알려진 정보로 결정을 설명하고, 왜 그 결정이 합리적으로 보였는지 적으세요',
  },
  vigilance: {
    en: 'ask for a change to the system (a check, a guard rail, an alert), not for people to try harder',
    ko: '사람이 더 애쓰는 것이 아니라 시스템의 변경(검사, 안전장치, 알림)을 요구하세요',
  },
  hindsight: {
    en: 'describe what was known at the time and what made the right action hard',
    ko: '당시 알 수 있었던 것과 올바른 행동을 어렵게 만든 조건을 적으세요',
  },
};

const SUBJECT_SKIP = new Set(['also', 'then', 'just', 'simply', 'again', 'still', 'already', 'initially', 'later', 'eventually', 'ultimately', 'apparently', 'unfortunately', 'clearly', 'obviously', 'accidentally', 'inadvertently', 'mistakenly', 'carelessly', 'blindly', 'lazily', 'hastily', 'quickly', 'immediately', 'promptly', 'even', 'only', 'somehow', 'personally']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'my', 'your', 'this', 'that', 'one', 'two', 'both', 'either', 'every', 'each', 'some', 'another', 'whoever']);
const PRONOUN_PEOPLE = new Set(['i', 'we', 'he', 'she', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody']);

// Verbs that do harm with a person as the subject (past forms → past participle).
const HARM: Record<string, string> = {
  deleted: 'deleted', dropped: 'dropped', wiped: 'wiped', truncated: 'truncated', broke: 'broken', destroyed: 'destroyed', killed: 'killed',
  overrode: 'overridden', overwrote: 'overwritten', skipped: 'skipped', bypassed: 'bypassed', ignored: 'ignored', disregarded: 'disregarded',
  overlooked: 'overlooked', missed: 'missed', neglected: 'neglected', forgot: 'forgotten', mistyped: 'mistyped', misconfigured: 'misconfigured',
  misread: 'misread', misjudged: 'misjudged', botched: 'botched', bungled: 'bungled', fumbled: 'fumbled', mishandled: 'mishandled',
  'rubber-stamped': 'rubber-stamped', winged: 'improvised', corrupted: 'corrupted', erased: 'erased', nuked: 'deleted', clobbered: 'overwritten',
};
// Verbs that are harm only with a marker in the clause ("pushed an untested config", "ran … against production").
const ACTS: Record<string, string> = {
  pushed: 'pushed', merged: 'merged', ran: 'run', approved: 'approved', typed: 'typed', deployed: 'deployed', pasted: 'pasted', copied: 'copied',
  took: 'taken', left: 'left', shut: 'shut', applied: 'applied', changed: 'changed', edited: 'edited', restarted: 'restarted', promoted: 'promoted',
  removed: 'removed', disabled: 'disabled', enabled: 'enabled', rolled: 'rolled', released: 'released', shipped: 'shipped', executed: 'executed',
  used: 'used', set: 'set', updated: 'updated', committed: 'committed', started: 'started', stopped: 'stopped', scaled: 'scaled', let: 'let',
  blew: 'blown', chose: 'chosen', went: 'gone', rushed: 'rushed', moved: 'moved', rebooted: 'rebooted', terminated: 'terminated', upgraded: 'upgraded',
};
const MARKER = /\b(?:wrong|by mistake|by accident|accidentally|mistakenly|untested|unreviewed|blindly|without (?:a |an |the |any |first )?(?:dry[- ]run|review|reviewing|test|tests|testing|reading|checking|approval|asking|telling|waiting|confirmation|confirming|backup|runbook|canary|rollback|looking|thinking)|despite|straight (?:in)?to (?:prod|production)|against (?:the )?(?:live|production|prod)\b|(?:into|on|in) (?:the )?(?:live|production|prod)\b|his own|her own|their own|still red|failing tests|to save time|grow unchecked|unchecked|go unnoticed|for (?:an hour|hours|days|three days|a week) without|away the|out of rotation)/iu;

// Duties a person "did not" / "never" / "failed to" do.
const DUTY = new Set(
  'follow test check verify read answer respond reply acknowledge escalate notify review wait update renew monitor page look confirm validate tell inform ask report watch restore back run document communicate investigate disable enable roll revert drain announce'.split(' '),
);
const DUTY_PP: Record<string, string> = { read: 'read', run: 'run', tell: 'told', back: 'backed up', roll: 'rolled back', wait: 'waited for', look: 'looked at', ask: 'asked', answer: 'answered', respond: 'answered', reply: 'answered', watch: 'watched', report: 'reported' };

function ppOfBase(base: string): string {
  if (DUTY_PP[base]) return DUTY_PP[base];
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

// Words that end an object noun phrase: prepositions, adverbs, conjunctions.
const NP_END = new Set('in on at to for from with without by before after during while when until because since so and but or as despite into onto against than immediately earlier first again anymore for then'.split(' '));

function plural(word: string): boolean {
  const l = word.toLowerCase();
  return /[^su']s$/u.test(l) && !/(?:ss|us|is|ics)$/u.test(l);
}

const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The object noun phrase starting at token `i` (determiner + up to 6 words), and where it ends. */
function objectAt(toks: Tok[], i: number): { first: number; last: number } | undefined {
  let j = i;
  if (j >= toks.length || /^[,;:()—–?!]$/u.test(toks[j].w) || NP_END.has(toks[j].l)) return undefined;
  const first = j;
  let last = j;
  for (let n = 0; j < toks.length && n < 7; j++, n++) {
    const t = toks[j];
    if (/^[,;:()—–?!]$/u.test(t.w) || (j > first && (NP_END.has(t.l) || /^(?:that|which|who)$/u.test(t.l)))) break;
    last = j;
  }
  return { first, last };
}

/** "X was not PP rest": the clause from `from` to the clause end, rebuilt around the object. */
function passive(ctx: DetectContext, toks: Tok[], subjStart: number, objFrom: number, pp: string, negative: boolean, clauseEnd: number): Rewrite[] {
  const obj = objectAt(toks, objFrom);
  if (!obj) return [];
  // "known better", "acted sooner": no object to put first.
  if (/^(?:better|earlier|sooner|later|more|less|first|again|faster|quickly|up|down|out|off|about|that|what|how|whether|if|why|it)$/iu.test(toks[obj.first].w)) return [];
  const text = ctx.text;
  const objText = text.slice(toks[obj.first].start, toks[obj.last].end);
  // "his own pull request" → "a pull request"; possessives of people read as blame.
  const cleanObj = objText.replace(/^(?:his|her|their|my|our|your)(?: own)?\s/iu, 'the ');
  if (/^(?:it|them|this|that|him|her|me|us)$/iu.test(cleanObj)) return [];
  const headWord = text.slice(toks[obj.last].start, toks[obj.last].end);
  const be = plural(headWord) ? 'were' : 'was';
  const restStart = toks[obj.last].end;
  const rest = text.slice(restStart, clauseEnd).trimEnd();
  const atStart = subjStart === 0 || /[.!?]\s*$/u.test(text.slice(0, subjStart));
  const objPhrase = /^(?:the|a|an|this|that|these|those|every|all|some|any)\b/iu.test(cleanObj) || /^\p{Lu}/u.test(cleanObj) ? cleanObj : `the ${cleanObj}`;
  const head = atStart ? cap(objPhrase) : objPhrase;
  const core = `${head} ${be} ${negative ? 'not ' : ''}${pp}${rest}`;
  return [
    { start: subjStart, end: clauseEnd, text: core },
    { start: subjStart, end: clauseEnd, text: negative ? `${core}: nothing prompted it at the time` : `${core}; nothing in the process stopped it` },
  ];
}

/** Where the clause that starts at token `i` ends (offset into the text). */
function clauseEndAt(toks: Tok[], i: number, sentence: Sentence): number {
  for (let j = i; j < toks.length; j++) if (/^[;:—–?!(]$/u.test(toks[j].w) || (toks[j].w === ',' && j > i + 2)) return toks[j - 1].end;
  let end = sentence.end;
  while (end > sentence.start && /[.!?\s]/u.test(sentence.text[end - sentence.start - 1] ?? '')) end--;
  return end;
}

/** The person subject that opens a clause at token `i`: its span and the token after it. */
function personSubject(toks: Tok[], i: number, ctx: DetectContext): { start: number; next: number } | undefined {
  let j = i;
  const words: Tok[] = [];
  while (j < toks.length && words.length < 4) {
    const t = toks[j];
    if (/^[,;:()—–?!]$/u.test(t.w)) return undefined;
    if (j > i && (HARM[t.l] || ACTS[t.l] || /^(?:did|didn't|never|failed|neglected|forgot|should|could|would|had|was|were|is|cut|winged|phoned|let|chose|blindly|lazily|carelessly|half-heartedly)$/u.test(t.l))) break;
    words.push(t);
    j++;
  }
  if (!words.length || j >= toks.length) return undefined;
  const phrase = words.map((w) => w.w).join(' ');
  const first = words[0].l;
  if (/^(?:no|nobody|none|nothing)$/u.test(first)) return undefined;
  const isPerson = (words.length === 1 && PRONOUN_PEOPLE.has(first)) || (words.every((w) => DETERMINERS.has(w.l) || /^[\p{L}-]+$/u.test(w.w)) && phraseKind(phrase.replace(/^(?:someone|somebody) on (?:the )?/iu, ''), ctx.people) === 'person') || /^(?:someone|somebody|anyone) (?:on|from|in) /iu.test(phrase);
  if (!isPerson) return undefined;
  // Skip adverbs between the subject and the verb.
  while (j < toks.length && SUBJECT_SKIP.has(toks[j].l)) j++;
  return { start: words[0].start, next: j };
}

function detection(list: 'blameful' | 'counterfactual', id: string, kind: Detection['kind'], start: number, end: number, note: Note, rewrites: Rewrite[]): Detection {
  return { list, id, kind, start, end, note, rewrites };
}

/** A person subject opening a clause and a harmful act, a missed duty or negligence. */
function personActs(sentence: Sentence, ctx: DetectContext, toks: Tok[]): Detection[] {
  const out: Detection[] = [];
  // Clause starts: the sentence start and after a semicolon.
  const starts = [0];
  for (let i = 0; i < toks.length; i++) if (toks[i].w === ';') starts.push(i + 1);
  for (const s0 of starts) {
    let s = s0;
    // "At 12:10 …", "Then …": an opening adverbial is not the subject.
    if (toks[s] && /^(?:then|later|so|and|but|also|finally|meanwhile|afterwards)$/u.test(toks[s].l)) s++;
    const subj = personSubject(toks, s, ctx);
    if (!subj) continue;
    const v = toks[subj.next];
    if (!v) continue;
    const end = clauseEndAt(toks, subj.next, sentence);
    const clause = ctx.text.slice(v.start, end);
    // Negated duty: "did not follow", "never tested", "failed to notify", "forgot to renew".
    const neg = /^(?:did not|didn't|never|failed to|neglected to|forgot to|did not bother to|didn't bother to|couldn't be bothered to|could not be bothered to|was too lazy to)\s+([\p{L}-]+)(?:\s+(?:up|back|to|for|at|on))?/iu.exec(clause);
    if (neg) {
      const base = neg[1].toLowerCase().replace(/(?:ed|s)$/u, (x) => (DUTY.has(neg[1].toLowerCase().slice(0, -x.length)) ? '' : x));
      const harmNegated = /^(?:did not|didn't|never)$/iu.test(neg[0].split(/\s+/u).slice(0, neg[0].startsWith('did') ? 2 : 1).join(' ')) && (HARM[`${base}ed`] || HARM[base] || base === 'ignore' || base === 'forget' || base === 'skip' || base === 'miss');
      if (harmNegated) continue;
      if (DUTY.has(base) || /^(?:failed to|neglected to|forgot to|.*bother.*|was too lazy to)/iu.test(neg[0])) {
        const objTok = toks.findIndex((t) => t.start >= v.start + neg[0].length);
        const rewrites = objTok > 0 ? passive(ctx, toks, subj.start, objTok, ppOfBase(base), true, end) : [];
        out.push(detection('blameful', 'en.who.missed-duty', 'person-failure', subj.start, v.start + neg[0].length, NOTES.duty, rewrites));
        continue;
      }
    }
    const harm = HARM[v.l];
    const act = ACTS[v.l];
    const idiom = /^(?:cut corners|phoned it in|dropped the ball|winged it|let [^,;.]{1,40} (?:grow|slip|run|go|sit|pile)|chose to ignore|blindly|lazily|carelessly|half-heartedly|rubber-stamped)/iu.exec(clause);
    if (idiom) {
      out.push(detection('blameful', 'en.who.negligence', 'person-failure', subj.start, v.start + idiom[0].length, NOTES.act, []));
      continue;
    }
    if (harm || (act && MARKER.test(clause))) {
      const objTok = subj.next + 1 + (toks[subj.next + 1] && /^(?:up|down|away|out|off)$/u.test(toks[subj.next + 1].l) ? 1 : 0);
      let pp = harm ?? act;
      if (v.l === 'ignored') pp = 'not acted on';
      if (v.l === 'missed' || v.l === 'overlooked') pp = 'not noticed';
      if (v.l === 'forgot') pp = 'forgotten';
      const rewrites = passive(ctx, toks, subj.start, objTok, pp, false, end);
      out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, v.end, NOTES.act, rewrites));
    }
  }
  return out;
}

// Attribution, verdicts, self-blame and calls for vigilance: shapes of a clause, bounded.
type Fixer = (m: RegExpExecArray, at: number, sentence: Sentence, ctx: DetectContext) => Rewrite[];

/** Replaces the match with each of `texts` (case of a sentence-initial letter kept). */
const swap = (...texts: string[]): Fixer => (m, at, sentence) => texts.map((t) => ({ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }));

/** Replaces the match and the rest of its clause. */
const toClauseEnd = (...texts: string[]): Fixer => (m, at, sentence, ctx) => {
  let end = at + m[0].length;
  while (end < sentence.end && !/[.;:!?,]/u.test(ctx.text[end])) end++;
  return texts.map((t) => ({ start: at, end, text: at === sentence.start ? cap(t) : t }));
};

const SHAPES: { id: string; list: 'blameful' | 'counterfactual'; kind: Detection['kind']; note: Note; re: RegExp; person?: number; fix?: Fixer }[] = [
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:blame|responsibility|fault)(?: for [^,;.]{1,60})? (?:lies|lay|rests|rested|falls|fell|goes|went) (?:squarely |entirely |solely )?(?:with|on|to) [^,;.]{1,40}/iu,
    fix: (m, at, sentence) => {
      const what = /^(?:blame|responsibility|fault) for ([^,;.]{1,60}?) (?:lies|lay|rests|rested|falls|fell|goes|went)/iu.exec(m[0]);
      const t = what ? `${what[1]} traces back to gaps in the process` : 'the cause lies in the process';
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:is|was|are|were) (?:squarely |entirely |all |completely |really |100% )?on (?:me|us|him|her|them|the [\p{L}-]{1,20} (?:team|group|shift|engineers?|crew))\b/iu, fix: (m, at, sentence) => { const be = /^(?:were|are)\b/iu.test(m[0]) ? (/^are/iu.test(m[0]) ? 'are' : 'were') : /^is/iu.test(m[0]) ? 'is' : 'was'; return [{ start: at, end: at + m[0].length, text: `${be} down to gaps in the process` }, { start: at, end: at + m[0].length, text: `${be} a gap in the process` }]; } },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:i|we) take (?:full |the |all the |complete )?(?:blame|responsibility) for\b/iu, fix: swap('we will follow up on', 'the process gap is the cause of') },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\bis to blame\b|\bare to blame\b|\bwas to blame\b|\bwere to blame\b/iu },
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b([\p{Lu}][\p{Ll}]{1,20})['’]s (?:(?:bad|rushed|hasty|sloppy|careless|quick|late|risky|untested|last-minute) )?(?:deploy|deployment|typo|mistake|error|shortcut|refactor|change|slip|slip-up|oversight|blunder|fault|push|commit|script|query|command|decision|call)\b/u,
    person: 1,
    fix: (m, at, sentence) => {
      const rest = m[0].slice(m[1].length).replace(/^['’]s\s/u, '').replace(/^(?:bad|rushed|hasty|sloppy|careless) /u, '');
      const noun = /^(?:mistake|error|slip|slip-up|oversight|blunder|fault)$/u.test(rest) ? 'change' : rest;
      const lead = (t: string) => (at === sentence.start ? cap(t) : t);
      return [{ start: at, end: at + m[0].length, text: lead(`the ${noun}`) }, { start: at, end: at + m[0].length, text: lead(`a ${noun}`) }];
    },
  },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:failed us|let us down|let the team down)\b/iu, fix: swap('were left without the support they needed', 'had no safeguard to rely on') },
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:was|is|were|proved|turned out to be) (?:a |an |the )?(?:clearly |obviously |simply |in retrospect |in hindsight )?(?:wrong|bad|poor|foolish|reckless|careless|terrible|questionable|stupid|dumb|irresponsible|lazy|sloppy|risky|unwise) (?:call|choice|decision|move|idea|judg(?:e)?ment)\b/iu,
    fix: (m, at) => { const be = /^(?:were|are)\b/iu.test(m[0]) ? 'were' : 'was'; return [{ start: at, end: at + m[0].length, text: `${be} a decision made without the information we have now` }, { start: at, end: at + m[0].length, text: `${be} a decision made under the pressure of the moment` }]; },
  },
  { id: 'en.who.verdict', list: 'blameful', kind: 'blame-word', note: NOTES.verdict, re: /\b(?:a |an )?(?:lapse|error|failure|errors|lapses) (?:in|of) judg(?:e)?ment\b/iu, fix: swap('a decision made with the information at hand', 'a decision made under time pressure') },
  { id: 'en.who.verdict', list: 'blameful', kind: 'blame-word', note: NOTES.verdict, re: /\b(?:my|our) (?:bad|mistake|error|fault|oversight|slip)\b|\bi (?:messed|screwed|goofed) up\b|\bwe (?:messed|screwed|goofed) up\b/iu, fix: (m, at, sentence) => { const verb = /up$/iu.test(m[0]); const t = verb ? 'the process let this through' : 'a gap in the process'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; } },
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:people|engineers|everyone|everybody|we|you|reviewers|operators|developers|the team|teams|on-call engineers|our [\p{L}-]{2,20}s|staff|the on-call|responders|deployers) (?:need|needs|must|should|have|has|ought) (?:to )?(?:be more|be better at|take more care|take greater care|pay (?:more|closer|better) attention|stay (?:more )?vigilant|remain (?:more )?vigilant|double-check|be extra)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  { id: 'en.who.vigilance', list: 'blameful', kind: 'blame-word', note: NOTES.vigilance, re: /\b(?:protection|defen[cs]e|safeguard|answer|fix) is (?:more )?(?:discipline|vigilance|care|carefulness|attention)\b/iu, fix: (m, at) => { const w = m[0].split(' ')[0]; return [{ start: at, end: at + m[0].length, text: `${w} is a guard rail in the tooling` }]; } },
  { id: 'en.who.negligence', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:cut corners|phoned it in|dropped the ball|could(?:n't| not)? be bothered|winged (?:it|the)|rubber-stamped|half-heartedly|asleep at the (?:wheel|switch)|chose to ignore|set lazily|done lazily|blindly (?:copied|ran|pasted|applied|trusted|followed))\b/iu },
  // Hindsight.
  { id: 'en.who.hindsight-avoidable', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:was|is|were|been) (?:entirely |completely |totally |easily |clearly |perfectly |100% )?(?:avoidable|preventable)\b/iu, fix: (m, at) => { const be = m[0].split(' ')[0]; const verb = be === 'been' ? 'exposed' : be === 'is' ? 'exposes' : 'exposed'; return [{ start: at, end: at + m[0].length, text: be === 'been' ? 'shown gaps we can close' : `${verb} gaps we can close` }, { start: at, end: at + m[0].length, text: `${be} possible because safeguards were missing` }]; } },
  {
    id: 'en.who.hindsight-prevented',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\bwould(?: easily| surely| certainly| probably| likely)? have (?:prevented|avoided|caught|stopped|spared|saved|averted|mitigated|flagged|spotted|detected)\b/iu,
    fix: toClauseEnd('was not part of the process at the time', 'is a safeguard the process did not include'),
  },
  {
    id: 'en.who.hindsight-passive',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:should|could|might|ought to)(?:n['’]t| not)?(?:,? (?:so |very |quite |really |easily |trivially |simply |also |probably |certainly |definitely |at least |,? ?in hindsight,? )){0,3} ?(?:have|['’]ve)(?: (?:easily|also|probably|simply|quickly|trivially))? (?:be|been) (?:easily |quickly |trivially )?(?:caught|avoided|prevented|detected|noticed|spotted|found|stopped|mitigated|handled|fixed|averted|escalated|checked|tested|reviewed|done|renewed|flagged|rushed|rolled back)\b/iu,
    fix: (m, at) => {
      const words = m[0].split(' ');
      const pp = words[words.length - 1] === 'back' ? words.slice(-2).join(' ') : words[words.length - 1];
      const neg = /n['’]t|\bnot\b/iu.test(m[0]);
      return neg ? [{ start: at, end: at + m[0].length, text: `was ${pp}` }] : [{ start: at, end: at + m[0].length, text: `was not ${pp}` }, { start: at, end: at + m[0].length, text: `went un${pp === 'caught' || pp === 'noticed' || pp === 'detected' || pp === 'spotted' || pp === 'checked' || pp === 'tested' || pp === 'reviewed' ? pp : 'handled'}` }];
    },
  },
  { id: 'en.who.hindsight-conditional', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:avoidable|preventable|avoided|prevented),? had\b/iu },
  { id: 'en.who.hindsight-obvious', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /^(?:wasn['’]t|isn['’]t|was it not|wasn['’]t it) (?:it |this |that )?(?:obvious|clear|evident)\b/iu },
];

/** "X should (adverbs) have PP" / "If X had PP" / "Why did X not …?" with a person as X. */
function personHindsight(sentence: Sentence, ctx: DetectContext, toks: Tok[]): Detection[] {
  const out: Detection[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!/^(?:should|could|might|must|ought|shouldn't|couldn't)$/u.test(t.l)) continue;
    // have within the next 5 tokens, then a participle.
    let h = -1;
    for (let j = i + 1; j < Math.min(toks.length, i + 7); j++) {
      if (toks[j].l === 'have' || toks[j].l === "'ve") {
        h = j;
        break;
      }
      if (/^[;:?!]$/u.test(toks[j].w)) break;
    }
    if (h < 0 || !toks[h + 1]) continue;
    let p = h + 1;
    while (toks[p] && /ly$/u.test(toks[p].l) && toks[p].l !== 'early') p++;
    const pp = toks[p];
    // "-ing" is a noun or gerund ("should have alerting on …", "should have monitoring"): something to have, not a deed missed.
    if (!pp || pp.l === 'been' || !/(?:ed|en|wn|ne|ht|ld|lt|nt|ut|ad|id|un|ng|ew)$/u.test(pp.l) || /ing$/u.test(pp.l) || /^(?:seen|been|gone|happened|turned|ended)$/u.test(pp.l)) continue;
    // The subject: the person words before the modal, at clause start.
    let s = i - 1;
    while (s >= 0 && !/^[,;:()—–?!]$/u.test(toks[s].w) && i - s <= 5) s--;
    const subj = personSubject(toks, s + 1, ctx);
    if (!subj || subj.next > i) continue;
    const end = clauseEndAt(toks, p, sentence);
    const base = pp.l.replace(/ed$/u, '');
    const rewrites = passive(ctx, toks, subj.start, p + 1, pp.l, true, end);
    out.push(detection('counterfactual', 'en.who.hindsight-person', 'counterfactual', t.start, pp.end, NOTES.hindsight, rewrites.length ? rewrites : base ? [] : []));
  }
  // "Had Oskar waited for the canary, nothing would have broken" (a person, or a passive step: "had the runbook been followed").
  const inv = /^(?:had|were) ([^,;.?!]{2,80}), [^;.?!]{0,80}\bwould(?: never| not|n['’]t)? have\b/iu.exec(sentence.text);
  if (inv) {
    const words = inv[1].split(/\s+/u);
    const who = words.slice(0, words[0].toLowerCase() === 'the' || words[0].toLowerCase() === 'our' ? 3 : 1).join(' ');
    if (PRONOUN_PEOPLE.has(words[0].toLowerCase()) || phraseKind(who, ctx.people) === 'person' || /\bbeen [\p{L}-]{2,20}(?:ed|en|wn)\b/iu.test(inv[1])) {
      out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + inv[0].length, NOTES.hindsight, []));
    }
  }
  // "If X had (not) PP …, … would", "If only …".
  const cond = /^(?:even )?if (?:only )?([^,;]{1,60}?) had(?: not|n['’]t)? (?:just |only |simply |actually )?([\p{L}-]{2,20}(?:ed|en|wn))\b[^;?!]{0,120}\bwould\b/iu.exec(sentence.text);
  if (cond) {
    const who = cond[1];
    if (phraseKind(who, ctx.people) === 'person' || PRONOUN_PEOPLE.has(who.toLowerCase())) out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + cond[0].length, NOTES.hindsight, []));
  }
  // "Why did the on-call not …?", "How did the reviewer miss …?", "Why didn't Ruth wait …?"
  const q = /^(?:why|how)(?: on earth)? (?:did|didn['’]t|could|couldn['’]t|would|wouldn['’]t|was|wasn['’]t|were|weren['’]t) ([^,;?]{1,40}?) (?:not |never )?([\p{L}-]{2,20})\b[^?]{0,160}\?$/iu.exec(sentence.text);
  if (q) {
    const who = q[1].replace(/^(?:the|a|an|our) /iu, '');
    const first = who.split(/\s+/u)[0].toLowerCase();
    if (/^(?:nobody|no one|anyone|anybody|someone)$/u.test(first) || phraseKind(q[1].split(' ').slice(0, 3).filter((w, k, a) => !a.slice(0, k + 1).some((x) => /^(?:on|from|in)$/iu.test(x))).join(' '), ctx.people) === 'person' || PRONOUN_PEOPLE.has(first)) {
      out.push(detection('counterfactual', 'en.who.hindsight-question', 'counterfactual', sentence.start, sentence.end, NOTES.hindsight, [
        { start: sentence.start, end: sentence.end, text: 'What made this step hard to see at the time?' },
        { start: sentence.start, end: sentence.end, text: 'What did the responders know at that moment?' },
      ]));
    }
  }
  return out;
}

// Cheap gates before tokenising: a past-tense verb or a negation for acts, a modal or a conditional for hindsight.
const ACT_WORDS = /ed\b|\b(?:broke|forgot|overrode|overwrote|misread|ran|took|left|shut|set|let|blew|chose|went|did|didn['’]t|never|cut|winged|phoned|could(?:n['’]t| not)? be bothered|was too)\b/iu;
const HINDSIGHT_WORDS = /\b(?:should|could|might|must|ought|shouldn['’]t|couldn['’]t)\b|^(?:had|were|if|even if|why|how)\b/iu;
const SHAPE_WORDS = /blame|responsib|fault|\bon (?:me|us|him|her|them|the)\b|\btake\b|['’]s |failed us|let (?:us|the team) down|\b(?:call|choice|decision|move|idea)\b|judg|\b(?:my|our) |\bup\b|need|must|should|\b(?:have|has) to\b|ought|protection|defen[cs]e|safeguard|answer|\bfix is|corners|phoned|ball|bothered|winged|rubber|half-heart|asleep|chose to|lazily|blindly|avoidable|preventable|would|could|might|^(?:wasn|isn|was it)/iu;

/** English blame and hindsight in one sentence. */
export function englishProse(sentence: Sentence, ctx: DetectContext): Detection[] {
  if (sentence.text.length > 800) return [];
  const out: Detection[] = [];
  const acts = ACT_WORDS.test(sentence.text);
  const hindsight = HINDSIGHT_WORDS.test(sentence.text);
  if (acts || hindsight) {
    const toks = tokens(sentence.text, sentence.start);
    if (acts) out.push(...personActs(sentence, ctx, toks));
    if (hindsight) out.push(...personHindsight(sentence, ctx, toks));
  }
  // Most sentences hold none of the shapes' words: one cheap test skips them all.
  if (!SHAPE_WORDS.test(sentence.text)) return out;
  for (const shape of SHAPES) {
    const m = shape.re.exec(sentence.text);
    if (!m) continue;
    if (shape.person && !(phraseKind(m[shape.person], ctx.people) === 'person')) continue;
    const at = sentence.start + m.index;
    out.push(detection(shape.list, shape.id, shape.kind, at, at + m[0].length, shape.note, shape.fix ? shape.fix(m, at, sentence, ctx) : []));
  }
  return out;
}
