/**
 * Session 16 (probe): English findings that put a cause, a lapse or a punishment where the sentence names no person.
 * Each is a class of wrong findings of the session-16 precision probe (test/language/AUDITS.md, "Session 16: precision
 * probe on unread documents": incident reports of other teams linted before anyone here read them), written first as new
 * sentences (test/unit/probe-s16.test.ts) and checked against the first-run data of the draws.
 *
 * - a SYSTEM EXPECTATION: "should not have happened / occurred / been possible" whose subject is a component, its
 *   behaviour or its state ("the drive misconfiguration shouldn't have been possible", "the behaviour of the database …
 *   should not have occurred", "things happened that should not have happened: a disk failed …"): what the design ruled
 *   out happened; nobody is judged, as in "the pager should have fired". Korean reads it so already ("디스크 설정 오류는 …
 *   발생하지 않았어야 했다" is silent, "이번 장애는 일어나지 말았어야 했다" is not). The incident itself or a pronoun
 *   standing for it as the subject ("This outage should never have happened", "It should not have happened"), a person in
 *   the clause, and the other forms of the same detection ("should never have been allowed", "shipped", "got past review")
 *   keep the finding.
 * - a THING TO BLAME: "X is / was to blame" whose subject is a thing ("our ingest instances in us-east-1a were to blame",
 *   "a stale DNS cache was to blame"): the cause is named, not a person; the Korean "… 캐시 탓이었다" is silent too. A person,
 *   a role, "we", or any person word in the clause ("The reviewer who approved it was to blame") keep it.
 * - ACCOUNTABLE TO OURSELVES: the organisation holding itself accountable ("… to hold ourselves accountable", "We hold
 *   ourselves accountable for the uptime we promise"): a commitment the writers make, no punishment asked of anyone (the
 *   convention for an organisation owning its shortcoming). "I hold myself accountable" (one person's self-blame) and
 *   holding anyone else accountable keep the finding.
 *
 * Pure and bounded: each check reads at most one sentence around the finding.
 */
import { englishSubjectBefore, englishWordKind, phraseKind } from '../../people';

/** What the gates need of a finding (the shape of gate.ts `Gated`). */
export interface ThingCauseFinding {
  list: string;
  id: string;
  start: number;
  end: number;
}

const WINDOW = 240;

/**
 * Whether the words name someone or may: a person word, or a word that cannot be placed (an undeclared capitalised name,
 * "they"). The first word is skipped when it opens the sentence (its capital says nothing). The gates then keep the finding.
 */
function someoneIn(words: string, opensSentence: boolean): boolean {
  const tokens = words.match(/[@\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? [];
  return tokens.some((t, i) => !(i === 0 && opensSentence) && englishWordKind(t, tokens[i - 1]) !== 'thing');
}

/**
 * The clause before `at`: back to a sentence end, a colon or semicolon, at most WINDOW characters, then after the last
 * clause-opening word or comma. `opens` tells whether it starts where the sentence (or the colon's clause) starts.
 */
function clauseBefore(text: string, at: number): { words: string; opens: boolean } {
  const from = Math.max(0, at - WINDOW);
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '\n') && (i + 1 >= at || /\s/u.test(text[i + 1]))) {
      start = i + 1;
      break;
    }
  }
  const head = text.slice(start, at);
  // The subject's own clause: after the last "that", "which", "because", "since", "so", "and", "but" or comma.
  const cut = /^.*(?:,|\b(?:that|which|because|since|so|and|but|while|although|though)\b)/isu.exec(head);
  return cut ? { words: head.slice(cut[0].length), opens: false } : { words: head, opens: true };
}

// The incident itself, or a word standing for it: a verdict on the event, not a system's expectation.
const INCIDENT_WORDS = /^(?:outages?|incidents?|downtime|disruptions?|breach(?:es)?|leaks?|mistakes?|errors?|failures?|accidents?|mess|it|this|that|these|those|none|all|any|everything|anything|something|which)$/iu;
const SYSTEM_EXPECTATION = /^(?:should(?: never|n['’]t| not)|never should)(?: ever)? have (?:happened|occurred|been possible)\b/iu;

function systemExpectation(f: ThingCauseFinding, text: string): boolean {
  if (f.id !== 'en.who.hindsight-passive' || !SYSTEM_EXPECTATION.test(text.slice(f.start, f.end))) return false;
  const subject = englishSubjectBefore(text, f.start);
  if (subject.kind !== 'thing' || !subject.word || INCIDENT_WORDS.test(subject.word)) return false;
  const clause = clauseBefore(text, f.start);
  // "… that should not have happened": the relative clause's own words are empty; the sentence before it is read instead.
  const empty = !clause.words.trim();
  const words = empty ? text.slice(Math.max(0, f.start - WINDOW), f.start).split(/[.!?:;\n]/u).pop() ?? '' : clause.words;
  if (phraseKind(words) === 'person' || someoneIn(words.trimStart(), empty || clause.opens)) return false;
  // A pronoun or the incident as the subject of a relative clause ("the outage, which should never have happened").
  return !/\b(?:outages?|incidents?|downtime)\b[^.;:]{0,40}$/iu.test(words);
}

const TO_BLAME = /^(?:is|are|was|were)(?: (?:largely|partly|partially|mostly|mainly|solely|primarily|ultimately|also))? to blame\b/iu;

function thingToBlame(f: ThingCauseFinding, text: string): boolean {
  if ((f.id !== 'en.who.attribution' && f.id !== 'en.blame.at-fault') || !TO_BLAME.test(text.slice(f.start, f.end))) return false;
  const subject = englishSubjectBefore(text, f.start);
  if (subject.kind !== 'thing' || !subject.word || /^(?:it|this|that|which)$/iu.test(subject.word)) return false;
  const clause = clauseBefore(text, f.start);
  return phraseKind(clause.words) !== 'person' && !someoneIn(clause.words.trimStart(), clause.opens);
}

const OURSELVES_ACCOUNTABLE = /\b(?:hold|holds|holding|held|keep|keeps|keeping) ourselves (?:fully |directly |publicly )?accountable\b/iu;

function accountableOurselves(f: ThingCauseFinding, text: string): boolean {
  if (f.list !== 'blameful' || !/^en\.(?:who|punitive)\./u.test(f.id)) return false;
  const found = text.slice(f.start, f.end);
  return /\bourselves\b/iu.test(found) && OURSELVES_ACCOUNTABLE.test(found);
}

/** Whether an English finding is one of the session-16 probe's classes: no person judged. Never throws. */
export function thingCause(f: ThingCauseFinding, text: string): boolean {
  try {
    return systemExpectation(f, text) || thingToBlame(f, text) || accountableOurselves(f, text);
  } catch {
    return false;
  }
}
