/**
 * English blame and hindsight by KIND, not by phrase: who is the subject (a person: role noun,
 * pronoun, declared or common given name; or a thing), and what the predicate does (a harmful
 * act, a missed duty, negligence, a verdict, hindsight). Every detection carries rewrites that
 * restructure the clause around the condition ("Tom skipped the canary stage" → "The canary
 * stage was skipped; nothing in the process prevented it"). All patterns are bounded and linear.
 */
import { englishWordKind, phraseKind } from '../../people';
import { nameLike, verbBase } from './names';
import { confessions } from './confess';
import { failedApology } from './failed';
import { madeWorse } from './worse';
import { verdicts } from './verdict';
import { missedBySafeguard, missingSafeguardCounterfactual } from './safeguard';
import counterfactualEn from '../../data/phrases/counterfactual.en.json';
import { teamNamesOwnGap } from '../../phrase/match';
import type { Note } from '../../phrase/types';
import type { DetectContext, Detection, Rewrite, Sentence } from '../types';

interface Tok {
  w: string;
  l: string;
  start: number;
  end: number;
}

// Times ("16:05") and grouped numbers ("4,102") are one token: their colon or comma ends no clause.
const TOKEN = /\p{N}{1,2}(?::\p{N}{2}){1,2}\b|\p{N}{1,3}(?:,\p{N}{3})+\b|[@\p{L}\p{N}][\p{L}\p{N}'’_-]*|[,;:()—–?!]/gu;

// (Session 10: a hyphenated "mis-" verb reads as the closed form, "mis-clicked" as "misclicked"; the offsets are the word's.)
function tokens(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ w: m[0], l: m[0].toLowerCase().replace(/’/gu, "'").replace(/^mis-(?=[a-z]{3,20}ed$)/u, 'mis'), start: offset + m.index, end: offset + m.index + m[0].length });
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

const SUBJECT_SKIP = new Set(['totally', 'completely', 'entirely', 'actually', 'unknowingly', 'unwittingly', 'also', 'then', 'just', 'simply', 'again', 'still', 'already', 'initially', 'later', 'eventually', 'ultimately', 'apparently', 'unfortunately', 'clearly', 'obviously', 'accidentally', 'accidently', 'accidentaly', 'inadvertently', 'mistakenly', 'carelessly', 'blindly', 'lazily', 'hastily', 'quickly', 'immediately', 'promptly', 'even', 'only', 'somehow', 'personally', 'prematurely', 'hurriedly', 'casually', 'thoughtlessly', 'haphazardly', 'rashly', 'needlessly', 'negligently', 'recklessly', 'sloppily', 'wrongly', 'incorrectly']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'my', 'your', 'this', 'that', 'one', 'two', 'both', 'either', 'every', 'each', 'some', 'another', 'whoever']);
const PRONOUN_PEOPLE = new Set(['i', 'we', 'he', 'she', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody']);
// "we", alone or with adverbs of sequence that judge nothing ("we also", "we then", "we later manually"); not "we just"
// (a confession: "We just deleted the production database", en-15020, is labelled self-blame).
const WE_PLAIN = /^we(?: (?:also|then|later|first|next|finally|eventually|subsequently|additionally|manually|again|initially|ultimately|still|already|further|afterwards|separately|likewise))*$/u;

// Verbs that do harm with a person as the subject (past forms → past participle).
const HARM: Record<string, string> = {
  deleted: 'deleted', dropped: 'dropped', wiped: 'wiped', truncated: 'truncated', broke: 'broken', destroyed: 'destroyed', killed: 'killed',
  overrode: 'overridden', overwrote: 'overwritten', skipped: 'skipped', bypassed: 'bypassed', ignored: 'ignored', disregarded: 'disregarded',
  overlooked: 'overlooked', missed: 'missed', neglected: 'neglected', forgot: 'forgotten', mistyped: 'mistyped', misconfigured: 'misconfigured',
  misread: 'misread', misjudged: 'misjudged', botched: 'botched', bungled: 'bungled', fumbled: 'fumbled', mishandled: 'mishandled',
  'rubber-stamped': 'rubber-stamped', winged: 'improvised', corrupted: 'corrupted', erased: 'erased', nuked: 'deleted', clobbered: 'overwritten',
  // (Not silenced/muted/snoozed: responders silence a noisy alert as part of the response; with a marker they are harm.)
  'force-pushed': 'force-pushed', 'fat-fingered': 'mistyped', skimmed: 'only skimmed',
  // Session 6: hosing a system ("I hosed my production server"; "crashed the site" is read with "took down").
  hosed: 'broken',
  // Going round a rule or review (round 3): the rule is the object, so the act is harm with any subject that is a person.
  'self-approved': 'self-approved', 'self-merged': 'self-merged', sidestepped: 'sidestepped', circumvented: 'circumvented', flouted: 'flouted',
  contravened: 'contravened', 'hard-reset': 'hard-reset', 'force-deleted': 'force-deleted',
};
// Past tenses (beyond -ed) for a person's act that a marker makes harmful ("reverted the wrong commit", "went back to bed").
const PAST_IRREGULAR = /^(?:ran|took|left|shut|set|let|put|cut|wrote|sent|made|gave|hit|went|came|brought|began|drove|threw|spun|tore|kept|held|hid|sold|told|sat)$/u;
// Acts that repair or observe: "Camille noticed the wrong region and fixed it" is not blame.
const REMEDY = /^(?:noticed|spotted|found|fixed|corrected|identified|reported|flagged|discovered|caught|detected|investigated|confirmed|explained|documented|traced|diagnosed|realised|realized|saw|restored|recovered|repaired|resolved|rotated|revoked|warned|asked|escalated|paged|opened|filed|wrote|told|raised|pointed|suggested|proposed|questioned|checked|verified|tested|reviewed|rolled)$/u;
// Verbs that are harm only with a marker in the clause ("pushed an untested config", "ran … against production").
const ACTS: Record<string, string> = {
  pushed: 'pushed', merged: 'merged', ran: 'run', approved: 'approved', typed: 'typed', deployed: 'deployed', pasted: 'pasted', copied: 'copied',
  took: 'taken', left: 'left', shut: 'shut', applied: 'applied', changed: 'changed', edited: 'edited', restarted: 'restarted', promoted: 'promoted',
  removed: 'removed', disabled: 'disabled', enabled: 'enabled', rolled: 'rolled', released: 'released', shipped: 'shipped', executed: 'executed',
  used: 'used', set: 'set', updated: 'updated', committed: 'committed', started: 'started', stopped: 'stopped', scaled: 'scaled', let: 'let',
  blew: 'blown', chose: 'chosen', went: 'gone', rushed: 'rushed', moved: 'moved', rebooted: 'rebooted', terminated: 'terminated', upgraded: 'upgraded',
};
// "left the flag enabled", "left the bucket public": a state someone left behind.
const LEFT_STATE = /^left\b[^,;.]{0,60}?\b(?:enabled|disabled|open|unlocked|exposed|unpatched|public|running|switched on|turned on|unmerged|unfinished|half-done|blank|empty|unset|unfilled|broken|failing|red|unattended|unanswered|unacknowledged|unmonitored|in an? (?:broken|failing|bad|inconsistent|half-migrated|corrupt|corrupted|unusable) state)\b/iu;
// (Session 10: a shared thing left broken, "left the build red", "left the branch in a failing state".)
const LEFT_WORDS = /^(?:blank|empty|unset|unfilled|enabled|disabled|open|unlocked|exposed|unpatched|public|running|unmerged|unfinished|half-done|broken|failing|red|unattended|unanswered|unacknowledged|unmonitored)$/u;
// Something broken put in place by the person: "uploaded a malformed CSV", "pushed an invalid config".
const PUT_BAD = /^(?:uploaded|pushed|deployed|committed|merged|applied|shipped|released|entered|typed|pasted|submitted|introduced|added|copied|imported) (?:a|an|the|some|his|her|their) (?:[\p{L}-]{2,20} )?(?:malformed|invalid|incorrect|faulty|broken|corrupt|corrupted|buggy|untested)\b/iu;
// (Session 12: a check named with its kind, "without unit tests", "without load testing", "without security review".)
const MARKER = /\b(?:wrong|by mistake|by accident|on accident|accident(?:al?)?ly|mistakenly|untested|unreviewed|blindly|without (?:a |an |the |any |first |proper |prior |telling |asking |checking |reading )?(?:(?:code|unit|integration|load|smoke|security|manual|e2e|end-to-end|regression|local|design|qa) )?(?:dry[- ]run|review|reviewing|test|tests|testing|reading|checking|approval|asking|telling|waiting|confirmation|confirming|backup|runbook|canary|rollback|looking|thinking|feature flag|flag|sign-off|signoff|ticket|change ticket|notice|warning|heads-up|announcement|coordination|peer review|second reviewer|staging|verification|verifying|anyone|anybody|the team)|despite|straight (?:in)?to (?:prod|production|main|master)\b|against (?:the )?(?:live|production|prod)\b|(?:into|on|in) (?:the )?(?:live|production|prod)\b|his own|her own|their own|still red|failing tests|to save time|grow unchecked|unchecked|go unnoticed|for (?:an hour|hours|days|three days|a week) without|away the|out of rotation)/iu;
// More markers of a harmful act: an omitted step ("without draining connections first"), acting against a red
// signal, "anyway", leaving the post, secrets put where they leak. An avoided outcome is not one ("without dropping requests").
const MARKER2 = [
  // Not an avoided outcome ("without dropping requests"), nor missing knowledge ("without realising …": a latent condition).
  /\bwithout (?:first |even |ever |properly |actually )?(?!(?:causing|affecting|impacting|losing|dropping|interrupting|disrupting|breaking|needing|requiring|incurring|triggering|hurting|harming|waking|paging|taking|having|any|further|much|downtime|impact|knowing|realising|realizing|noticing|being|seeing|understanding|suspecting|anything)\b)[a-z]{3,20}ing\b/iu,
  // Going ahead against a red build (responders acting while alerts fire is incident response, not blame).
  /\bwhile (?:the |our |all )?(?:[a-z-]{2,20} )?(?:build|builds|checks?|tests?|ci|pipeline|canary) (?:was|were|is|are) (?:still )?(?:failing|red|broken)\b/iu,
  // ("anyway" is left out: authors narrate their own decisions with it, "we proceeded anyway".)
  // A step of the documented procedure passed over ("rather than following the staged plan", "instead of waiting for the canary").
  /\b(?:instead of|rather than) (?:(?:following|using|going through) (?:the |our )?(?:documented|agreed|staged|planned|usual|normal|standard|approved|prescribed) |waiting for (?:the |a )?(?:canary|approval|review|sign-off|signoff|tests?|ci|checks?|green)\b|(?:checking|testing|asking)\b)/iu,
  // The act landed on the wrong target: "restarted the primary instead of the replica", "deleted the prod bucket rather than the staging one".
  /^(?:restarted|rebooted|deleted|dropped|terminated|killed|stopped|wiped|truncated|drained|removed|promoted|patched|deployed|reverted|unplugged|cordoned|formatted|purged|flushed|shut down|failed over|rolled back|scaled down) (?:the|a|an|our|their|his|her) (?:[\p{L}\d_-]{1,20} ){0,3}?[\p{L}\d_-]{1,20} (?:instead of|rather than) (?:the|a|an|our|their) (?!(?:usual|normal|expected|planned|old|other way)\b)/iu,
  // The act's result named in a relative clause: "deployed a config change that took down their payment processing".
  /^[a-z-]{3,20} (?:a|an|the|his|her|their|our|my|some) (?:[\p{L}\d-]{1,20} ){0,3}(?:that|which) (?:then |promptly |immediately |later )?(?:took down|brought down|knocked out|broke|crashed|wiped|corrupted|deleted|caused (?:the|an|a) (?:outage|incident|downtime))\b/iu,
  // Run in the live environment instead of a test one: "ran the script on production instead of the testing environment".
  /\b(?:instead of|rather than) (?:in |on |against )?(?:the |a |an |our )?(?:test|testing|staging|stage|dev|development|sandbox|local|qa|pre-?prod) (?:environment|env|cluster|database|db|console|server|instance|account|project|namespace|one|copy|box|host|machine|terminal|shell|tab|window)s?\b/iu,
  // Acting on a whim, against a red signal named after "even though" ("even though the smoke tests were red"), at peak.
  /\b(?:on a whim|without a second thought|for no (?:good )?reason|unilaterally)\b|\b(?:even though|although|though) (?:the |our |all |both )?(?:[a-z-]{2,20} ){0,2}(?:build|builds|checks?|tests?|ci|pipeline|canary|alerts?|alarms?|warnings?|dashboards?) (?:was|were|had been) (?:still )?(?:failing|red|broken|firing)\b/iu,
  // At peak, unless on purpose (a drill, a load test).
  /^(?![^.;]{0,200}\b(?:on purpose|deliberately|intentionally|drill|game ?day|exercise|load test|to test|as planned|scheduled)\b)[^.;]{0,200}\bduring (?:the )?(?:peak|business|working) (?:traffic|hours|load|time)\b/iu,
  // Acting for speed or on a whim: "to \"speed things up\"", "to chase a hunch", "to make the Friday cutoff".
  /\bto [“"']?(?:speed (?:things|it|this) up|save (?:a few |some )?(?:time|minutes)|chase a hunch|(?:make|hit|beat) the (?:[a-z-]{2,20} )?(?:cutoff|cut-off|deadline))\b|\bon a hunch\b|\bas a shortcut\b/iu,
  // Leaving the post while it mattered: dozing off, going on holiday.
  /\b(?:dozed|nodded) off\b|\bfell (?:back )?asleep\b|\bwent (?:off )?on (?:holiday|vacation|leave|pto)\b/iu,
  /\bwent (?:back )?to (?:bed|sleep|lunch)\b|\b(?:to|into|on|in) (?:a |the )?public (?:#[\w-]{1,30} )?(?:repo|repository|bucket|channel|gist|github|s3)\b/iu,
  /\b(?:credentials|secrets?|passwords?|api keys?|private keys?|ssh keys?|root keys?|(?:access |api |auth |bearer |production |prod |admin |deploy )?tokens?)\b[^,;.]{0,30}\b(?:into|in|to|on) (?:the |a |an )?(?:public|repo|repository|code|source|release|branch|commit|chat|slack|channel|logs?|bastion|host|server|wiki)\b/iu,
];
const marker2 = (clause: string): boolean => MARKER2.some((re) => re.test(clause));
// A rule or safeguard gone round, said after the act: "pushed a hotfix straight to `main`, sidestepping the two-reviewer rule".
const BYPASSING = /, (?:thereby |effectively |so )?(?:sidestepping|bypassing|circumventing|skipping|ignoring|overriding|disregarding|flouting|violating|breaking) (?:the|our|a|an|all|every|both|its|their|his|her) (?:[\p{L}\d-]{1,20} ){0,3}(?:rule|rules|review|reviews|process|policy|policies|check|checks|checklists?|gate|gates|approval|approvals|freeze|canary|runbook|procedure|safeguards?|guard ?rails?|tests?|ci|sign-?off|requirements?)\b/iu;
// Where an act happened is no marker of harm by itself for an unlisted verb.
const WHERE = /\b(?:(?:into|on|in|against) (?:the )?(?:live|production|prod)|straight (?:in)?to (?:prod|production)|out of rotation|away the|for (?:an hour|hours|days|three days|a week) without)\b/giu;

// Verbs that are no duty left undone when a person "never" / "did not" do them: perception, receipt, need, chance.
const NOT_A_DUTY = /^(?:receive|get|see|hear|need|have|want|expect|lose|experience|encounter|find|feel|mean|intend|happen|become|seem|appear|face|return|come|go|use|make|know|think|believe|realise|realize|understand|like|mind|say|claim|touch|change|cause|break|harm|affect|impact|do|panic|hesitate|stop|give|leave|sleep|notice|spot|catch|detect|learn|hear|recover|return|reach|log|be|get|manage|succeed|finish|complete|join|arrive|show|turn|wake)$/u;
// Duties a person "did not" / "never" / "failed to" do.
const DUTY = new Set(
  'specify follow test check verify read answer respond reply acknowledge escalate notify review wait update renew monitor page look confirm validate tell inform ask report watch restore back run document communicate investigate disable enable roll revert drain announce loop consult involve rehearse proofread brief'.split(' '),
);
const DUTY_PP: Record<string, string> = { read: 'read', run: 'run', tell: 'told', back: 'backed up', roll: 'rolled back', wait: 'waited for', look: 'looked at', ask: 'asked', answer: 'answered', respond: 'answered', reply: 'answered', watch: 'watched', report: 'reported' };

// Irregular participles of common verbs (session 10: an act left undone with "even" may be any verb, "put" → "put").
const IRREGULAR_PP: Record<string, string> = {
  put: 'put', set: 'set', cut: 'cut', let: 'let', shut: 'shut', write: 'written', take: 'taken', give: 'given', send: 'sent',
  make: 'made', bring: 'brought', build: 'built', keep: 'kept', leave: 'left', hold: 'held', find: 'found', buy: 'bought',
  begin: 'begun', choose: 'chosen', do: 'done', go: 'gone', see: 'seen', show: 'shown', throw: 'thrown', drive: 'driven',
  hide: 'hidden', sell: 'sold', forget: 'forgotten', speak: 'spoken', pay: 'paid', lay: 'laid', spend: 'spent', sign: 'signed',
};

function ppOfBase(base: string): string {
  if (DUTY_PP[base]) return DUTY_PP[base];
  if (IRREGULAR_PP[base]) return IRREGULAR_PP[base];
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

// Words that end an object noun phrase: prepositions, adverbs, conjunctions.
// (Session 17, sound2) a verb's particle read as the object's first word; adverbs that end an object.
const PARTICLE_FIRST = /^(?:back|away|over|along|around|aside|apart|ahead|together|forward|across|behind|by)$/iu;
const ADVERB_TAIL = /^(?:back|away|again|there|here|now|anyway|too|also|instead|ago|yet|already|together|apart|aside|ahead|home|once|twice|today|yesterday|tonight|tomorrow|sooner|earlier|later|first|beforehand|afterwards|altogether|either|as well)$/u;
const LY_NOUN_OR_ADJ = /^(?:family|supply|assembly|rally|anomaly|reply|apply|july|italy|daily|weekly|monthly|yearly|hourly|nightly|quarterly|early|only|friendly|silly|ugly|holy|jelly|belly|bully|lily|ally|poly|tally|rely|fly|butterfly|sly|likely|costly|timely|lonely|lovely|orderly|elderly|deadly|unlikely|curly|burly|homely|oily|hilly|chilly|woolly|jolly|reply|dolly|trolley|gully|valley|kelly|molly|billy|emily|kimberly|stanley|beverly|shelly|sally|wally|bradley|ashley|hadley)$/u;
const NP_END = new Set('just right straight in on at to for from with without by before after during while when until because since so and but or as despite into onto against than immediately earlier sooner later faster quicker promptly instead first again anymore for then past over through'.split(' '));

function plural(word: string): boolean {
  // (Session 17, sound2) an acronym ending in S is one thing: "AWS", "DNS", "ECS" (but "APIs", "VMs" are plural).
  if (/^[A-Z0-9]{2,}$/u.test(word)) return false;
  const l = word.toLowerCase();
  return /[^su']s$/u.test(l) && !/(?:ss|us|is|ics)$/u.test(l);
}

const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** A root-cause marker closing a sentence: "(root cause)", "[근본 원인]", "**Root cause**". */
const ROOT_CAUSE_TAIL = /(?:[(\[][ \t]{0,3}(?:root[ \t-]?cause|근본[ \t]?원인)[ \t]{0,3}[)\]]|(?:\*\*|__)[ \t]{0,3}(?:root[ \t-]?cause|근본[ \t]?원인)[ \t]{0,3}(?:\*\*|__))$/iu;

/**
 * A call for punishment rewritten whole (its closing punctuation kept) as a change of process.
 * Neither is worded as a commitment ("We will change …"): under a follow-up heading a sentence
 * that plans work is read as an action item, and the rewrite would bring an ownerless one (fuzz,
 * session 8).
 */
function processRewrites(sentence: Sentence, text: string, at = sentence.start): Rewrite[] {
  // Session 18 (fixes): only the clause that asks for punishment is rewritten, not the clauses before it ("We need to be
  // better at X, and the engineers responsible should face consequences" → "…, and the process that allowed this needs
  // to change"): the whole sentence was replaced, which dropped them and overlapped their own rewrites (a fix-all took
  // two runs). A clause starts after a semicolon or after ", and / but / so / yet".
  let start = sentence.start;
  const head = text.slice(sentence.start, Math.max(sentence.start, at));
  // (Not after a subordinate opening, "Whoever pushed this, and whoever approved it, should be fired": one clause.)
  if (!/^\W*(?:whoever|whomever|anyone|anybody|someone|somebody|everyone|if|when|whenever|because|since|although|though|while|unless|once|after|before|as|given)\b/iu.test(head))
    for (const b of ['; ', ', and ', ', but ', ', so ', ', yet ']) {
      const i = head.lastIndexOf(b);
      if (i >= 0 && sentence.start + i + b.length > start) start = sentence.start + i + b.length;
    }
  const lead = start === sentence.start;
  let end = sentence.end;
  while (end > sentence.start && /[.!?]/u.test(text[end - 1])) end--;
  // A 5-whys answer's root-cause marker at the end stays ("… held accountable (root cause)"): the rewrite
  // took it with the sentence, and five-whys-root-cause then found the chain unmarked (fuzz, session 12).
  const marker = ROOT_CAUSE_TAIL.exec(text.slice(sentence.start, end));
  if (marker) {
    end = sentence.start + marker.index;
    while (end > sentence.start && /[ \t]/u.test(text[end - 1])) end--;
  }
  const the = lead ? 'The' : 'the';
  return [
    { start, end, text: `${the} process that allowed this needs to change` },
    { start, end, text: `${the} process that allowed this is what failed, not the people involved` },
  ];
}

/** The object noun phrase starting at token `i` (determiner + up to 6 words), and where it ends. */
function objectAt(toks: Tok[], i: number): { first: number; last: number } | undefined {
  let j = i;
  if (j >= toks.length || /^[,;:()—–?!]$/u.test(toks[j].w) || NP_END.has(toks[j].l)) return undefined;
  const first = j;
  let last = j;
  for (let n = 0; j < toks.length && n < 7; j++, n++) {
    const t = toks[j];
    // A second determiner starts another phrase ("ignored the warning the week before"), unless after "of".
    if (/^[,;:()—–?!]$/u.test(t.w) || (j > first && (NP_END.has(t.l) || /^(?:that|which|who)$/u.test(t.l) || (/^(?:the|a|an|this|that|these|those|last|next)$/u.test(t.l) && toks[j - 1].l !== 'of')))) break;
    last = j;
  }
  return { first, last };
}

/** "X was not PP rest": the clause from `from` to the clause end, rebuilt around the object. */
const PREP_FIRST = /^(?:to|for|in|on|at|with|from|within|into|onto|under|over|after|before|during|until|through|across|around|since|without|via|inside|outside|behind|beyond|against|among|between|per|toward|towards|upon)$/u;
const POSTNOMINAL_PP = /^(?:sent|built|made|written|given|kept|held|found|shown|taken|known|left|brought|bought|run|set|put|told|sold|paid|spent|lost|hidden|stolen|frozen|chosen|driven|drawn)$/u;
const POSTNOMINAL_DET = /^(?:the|a|an|this|that|these|those|my|our|his|her|their|your|its|some|any|every|each|all|no)$/u;

function passive(ctx: DetectContext, toks: Tok[], subjStart: number, objFrom: number, pp: string, negative: boolean, clauseEnd: number): Rewrite[] {
  const obj = objectAt(toks, objFrom);
  if (!obj) return [];
  // "known better", "acted sooner": no object to put first.
  if (/^(?:better|earlier|sooner|later|more|less|first|again|faster|quickly|up|down|out|off|about|that|what|how|whether|if|why|it)$/iu.test(toks[obj.first].w)) return [];
  // (Session 17, sound2: phrasal verbs and adverbs.) "rolled back right away", "rolled back the deploy": a particle right
  // after the participle is part of the verb, not its object ("The back was not rolled …"): no passive, the others stay.
  if (PARTICLE_FIRST.test(toks[obj.first].w)) return [];
  // Session 18 (sound3): "should have responded within five minutes", "should have replied within the hour": an intransitive
  // verb's prepositional phrase is no object ("The within five minutes were not responded"): no passive, the others stay.
  if (PREP_FIRST.test(toks[obj.first].l)) return [];
  // Session 18 (sound3): "neglected the projects linked to my AWS account", "ignored the alerts sent by the monitor": a
  // participle after the noun starts a phrase of its own; the passive split the noun phrase ("The projects linked was
  // neglected to my AWS account"). No passive; the others stay.
  for (let k = obj.first + 1; k <= obj.last; k++) {
    const w = toks[k].l;
    const prev = toks[k - 1].l;
    if (POSTNOMINAL_DET.test(prev)) continue;
    // (A preposition inside the object splits it the same way: "ignored the disk warning about the volume".)
    if (PREP_FIRST.test(w) || w === 'about') return [];
    const participle = (/^[a-z]{2,}ed$/u.test(w) && !/eed$/u.test(w)) || (/^[a-z]{3,}ing$/u.test(w) && /[a-z]s$/u.test(prev) && !/ss$/u.test(prev)) || (POSTNOMINAL_PP.test(w) && /[a-z]s$/u.test(prev) && !/ss$/u.test(prev));
    if (participle && (k < obj.last || PREP_FIRST.test(toks[k + 1]?.l ?? '') || toks[k + 1]?.l === 'by')) return [];
  }
  // "used AWS back then", "used the tool properly": an adverb after the noun ends the object; it stays in the rest
  // ("AWS was not used back then"), not in the subject ("AWS back was not used then", "The tool properly was not used").
  for (let k = obj.first + 1; k <= obj.last; k++) {
    const w = toks[k].l;
    if (ADVERB_TAIL.test(w) || (/^[a-z]{3,}ly$/u.test(w) && !LY_NOUN_OR_ADJ.test(w) && (k === obj.last || NP_END.has(toks[k + 1]?.l ?? '')))) {
      obj.last = k - 1;
      break;
    }
  }
  const text = ctx.text;
  // "left a parameter blank" → "a parameter was left blank": the state stays after the participle.
  let state = '';
  if (pp === 'left' && obj.last > obj.first && LEFT_WORDS.test(toks[obj.last].l)) {
    state = ` ${toks[obj.last].w}`;
    obj.last--;
    if (toks[obj.last + 1].end !== clauseEnd && !/^[\s,;:.!?]/u.test(text.slice(toks[obj.last + 1].end, toks[obj.last + 1].end + 1))) return [];
  }
  const objText = text.slice(toks[obj.first].start, toks[obj.last].end);
  // (Session 16, fixes: rewrite hook.) "skipped the step of draining the node", "made the mistake of pushing the hotfix": a
  // gerund inside the object has an object of its own; the passive cut it off ("The step of draining was skipped the node")
  // or agreed with the gerund's object ("The risk of running two migrations were …"). No passive; the others stay.
  if (/\bof\s[\p{L}-]{2,20}ing\b/iu.test(objText)) return [];
  // "his own pull request" → "a pull request"; possessives of people read as blame.
  // "reverted the wrong commit and took the page down": the passive would give the second verb no subject.
  // (Session 17, sound2) also with adverbs between ("and later forgot to restore it", "and then quickly rebooted …", "and
  // never told anyone") and after a coordinated object ("dropped the table and the index"): the passive cannot carry them.
  if (/^,? (?:and|but|or|yet|then|so) [\p{L}-]/u.test(text.slice(toks[obj.last].end, clauseEnd))) return [];
  const cleanObj = objText.replace(/^(?:his|her|their|my|our|your|its)(?: own)?\s/iu, 'the ');
  if (/^(?:it|them|this|that|him|her|me|us)$/iu.test(cleanObj)) return [];
  const headWord = text.slice(toks[obj.last].start, toks[obj.last].end);
  const be = plural(headWord) ? 'were' : 'was';
  const restStart = state ? toks[obj.last + 1].end : toks[obj.last].end;
  const rest = text.slice(restStart, clauseEnd).trimEnd();
  const atStart = subjStart === 0 || /[.!?]\s*$/u.test(text.slice(0, subjStart));
  const objPhrase = /^(?:the|a|an|this|that|these|those|every|all|some|any|one|two|three|four|five|several|both|each|\d+)\b/iu.test(cleanObj) || /^\p{Lu}/u.test(cleanObj) ? cleanObj : `the ${cleanObj}`;
  const head = atStart ? cap(objPhrase) : objPhrase;
  const core = `${head} ${be} ${negative ? 'not ' : ''}${pp}${state}${rest}`;
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
interface PersonSubject {
  start: number;
  end: number;
  next: number;
  /** A capitalised word that may be an undeclared name, or "they": a person only with a second cue. */
  weak: boolean;
  /** The subject is a person's name (declared, in the lexicon, or name-like): a rewrite can offer the role. */
  name?: string;
}

/** A token that ends a subject: a verb, a modal, an adverb before a verb. */
function verbLike(t: Tok): boolean {
  return !!(HARM[t.l] || ACTS[t.l] || /^[a-z][a-z-]*ed$/u.test(t.w) || /^[a-z]{3,}ly$/u.test(t.w) || PAST_IRREGULAR.test(t.l) || (SUBJECT_SKIP.has(t.l) && /ly$/u.test(t.l)) || /^(?:did|didn't|never|failed|neglected|forgot|should|could|would|ought|might|must|shouldn't|couldn't|should've|could've|might've|must've|would've|had|was|were|is|cut|winged|phoned|let|chose|blindly|lazily|carelessly|half-heartedly|knew)$/u.test(t.l));
}

function personSubject(toks: Tok[], i: number, ctx: DetectContext): PersonSubject | undefined {
  let j = i;
  const words: Tok[] = [];
  // "Someone on the data team", "one of the reviewers": a longer subject.
  const long = !!toks[i] && /^(?:someone|somebody|anyone|anybody|one|none|nobody|each|every|everyone|whoever)$/u.test(toks[i].l);
  const max = long ? 7 : 6;
  let aside = false;
  while (j < toks.length && words.length < max) {
    const t = toks[j];
    if (t.w === ',' && words.length && !aside && phraseKind(words.map((x) => x.w).join(' '), ctx.people) === 'person') {
      // "a junior developer, Leo, had run …": a name in apposition; "An S3 team member, while debugging …, removed …":
      // an aside between the subject and its verb.
      const a = toks[j + 1];
      if (a && /^\p{Lu}\p{Ll}+$/u.test(a.w) && toks[j + 2]?.w === ',' && toks[j + 3] && verbLike(toks[j + 3])) {
        j += 3;
        aside = true;
        break;
      }
      if (a && /^(?:while|when|after|during|before|despite|in|on|at|as|whilst|upon)$/u.test(a.l)) {
        let k = j + 2;
        while (k < toks.length && k - j <= 14 && toks[k].w !== ',' && !/^[;:()—–?!]$/u.test(toks[k].w)) k++;
        if (toks[k]?.w === ',' && toks[k + 1] && verbLike(toks[k + 1])) {
          j = k + 1;
          aside = true;
          break;
        }
      }
    }
    if (/^[,;:()—–?!]$/u.test(t.w)) return undefined;
    // "The engineer who wrote the patch never tested …": a relative clause after the subject is skipped to the main verb.
    if (j > i && (t.l === 'who' || t.l === 'that') && words.length <= 3) {
      let k = j + 1;
      // (Or a past act after the relative clause's own verb and object: "The contractor who owned the cron commented out …".)
      while (k < toks.length && k - j <= 8 && !/^(?:never|didn't|failed|neglected|forgot|should|could|ought|shouldn't)$/u.test(toks[k].l) && !(toks[k].l === 'did' && toks[k + 1]?.l === 'not') && !(k > j + 2 && (HARM[toks[k].l] !== undefined || /^[a-z][a-z-]{2,}ed$/u.test(toks[k].w))) && !/^[,;:()—–?!]$/u.test(toks[k].w)) k++;
      if (k < toks.length && k - j <= 8 && !/^[,;:()—–?!]$/u.test(toks[k].w) && phraseKind(words.map((x) => x.w).join(' '), ctx.people) === 'person') {
        j = k;
        break;
      }
      return undefined;
    }
    if (j > i && verbLike(t)) break;
    // "An SRE on the night shift ignored …", "Someone from the data team never …": a person and where they sit.
    if (j > i && /^(?:on|from|in|at)$/u.test(t.l) && phraseKind(words.map((x) => x.w).join(' '), ctx.people) === 'person') {
      let k = j + 1;
      while (k < toks.length && k - j <= 4 && !verbLike(toks[k]) && !/^[,;:()—–?!]$/u.test(toks[k].w)) k++;
      if (k < toks.length && k - j <= 4 && k > j + 1 && verbLike(toks[k])) {
        j = k;
        break;
      }
    }
    words.push(t);
    j++;
  }
  if (!words.length || j >= toks.length) return undefined;
  // A determiner inside the words ("Block the deploy Bob botched …"): a verb and its object before a
  // relative clause, not one noun phrase ("one of the reviewers" is the longer kind above; a gerund
  // phrase, "Appointing an incident manager", is read as before).
  if (!long && !/ing$/u.test(words[0].l) && words.some((w, k) => k > 0 && DETERMINERS.has(w.l))) return undefined;
  const phrase = words.map((w) => w.w).join(' ');
  const first = words[0].l;
  if (/^(?:no|nobody|none|nothing)$/u.test(first)) return undefined;
  // "I think maybe I misclicked": a personal pronoun is a subject alone; the words after it are a clause of its own
  // (the subject is the later "I"), not one noun phrase (session 10).
  if (words.length > 2 && /^(?:i|he|she|you|we)$/u.test(first) && words.some((w, k) => k > 0 && (HEDGE_VERB.test(w.l) || HEDGE_ADVERB.test(w.l))) && /^(?:i|he|she|we)$/u.test(words[words.length - 1].l)) return undefined;
  const single = words.length === 1 ? words[0] : undefined;
  const weak = !!single && ((single.l === 'they' && single.w !== 'THEY') || (/^\p{Lu}/u.test(single.w) && englishWordKind(single.w, undefined, ctx.people) === 'unknown' && nameLike(single.w)));
  // "The vendor's technician": a possessive before the role; the head noun itself must be a person ("Tom's script" is a thing).
  const possessive = words.some((w) => /['’]s$/u.test(w.w));
  const isPerson = weak || (words.length === 1 && PRONOUN_PEOPLE.has(first)) || (words.every((w) => DETERMINERS.has(w.l) || /^[\p{L}][\p{L}\p{N}-]*(?:['’]s)?$/u.test(w.w)) && !/['’]s$/u.test(words[words.length - 1].w) && (!possessive || phraseKind(words[words.length - 1].w, ctx.people) === 'person') && phraseKind(phrase.replace(/^(?:someone|somebody) on (?:the )?/iu, ''), ctx.people) === 'person') || /^(?:someone|somebody|anyone|everyone|everybody) (?:on|from|in) /iu.test(phrase);
  if (!isPerson) return undefined;
  // "We are not asking who broke …": a verb inside the words is no subject phrase.
  if (words.length > 1 && words.some((w, k) => k > 0 && /^(?:am|are|is|was|were|be|been|not|who|which|do|does|did|has|have|will|would|can|could)$/u.test(w.l))) return undefined;
  // (Session 10, real postmortems.) "we got notified …", "the on-call got paged …": a get-passive, the person is the one
  // the act was done to; "Patch Majora to prevent skipped tests", "Ask Dana to rerun failed jobs": an imperative with an
  // infinitive, the participle after it is an adjective ("skipped tests"), and no words with "to" in them are a subject.
  if (words.length > 1 && (/^(?:got|get|gets|getting)$/u.test(words[words.length - 1].l) || (!long && !DETERMINERS.has(first) && !PRONOUN_PEOPLE.has(first) && words.some((w, k) => k > 1 && w.l === 'to')))) return undefined;
  // Skip adverbs between the subject and the verb.
  while (j < toks.length && SUBJECT_SKIP.has(toks[j].l)) j++;
  const name = single && /^\p{Lu}\p{Ll}+$/u.test(single.w) && single.l !== 'they' && !PRONOUN_PEOPLE.has(single.l) && !/^(?:someone|somebody|anyone|anybody|everyone|everybody)$/u.test(single.l) ? single.w : undefined;
  return { start: words[0].start, end: words[words.length - 1].end, next: j, weak: weak && !ctx.people.latin.has(single!.w), name };
}

/** The subject's words, lower-cased. */
function subjLower0(ctx: DetectContext, subj: PersonSubject): string {
  return ctx.text.slice(subj.start, subj.end).toLowerCase();
}

function detection(list: 'blameful' | 'counterfactual', id: string, kind: Detection['kind'], start: number, end: number, note: Note, rewrites: Rewrite[]): Detection {
  return { list, id, kind, start, end, note, rewrites };
}

// Clauses that describe an ordinary act or a missed target, not a failure of a person.
const ORDINARY = /\b(?:as (?:planned|intended|agreed|expected|scheduled|designed|documented|described|per the runbook)|according to (?:the )?(?:plan|runbook)|per the runbook)\b|^(?:missed|overlooked) (?:the |our |its |their |a |an |his |her )?(?:[\p{L}-]+ ){0,3}(?:slo|sla|slos|target|targets|deadline|deadlines|window|goal|goals|budget|objective|objectives|quarter|estimate|mark|cut-?off|train|flight|bus|slots?|blocks?|attestations?|epochs?|heartbeats?)\b/iu;
// "as the cleanup step of the runbook described": an act the documented procedure asked for.
const AS_DOCUMENTED = /\bas [\p{L} -]{0,60}\b(?:runbook|plan|procedure|checklist|ticket|playbook|request|documentation|docs|instructions|process)\b[\p{L} -]{0,25}\b(?:described|said|required|instructed|specified|prescribed|stated|asked|says|requires|describes)\b/iu;
// Acts only people do (for an undeclared name: "Ngaio forgot …", "Priya approved her own …").
const HUMAN_ACTS = /^(?:forgot|neglected|approved|self-approved|self-merged|hard-reset|sidestepped|circumvented|flouted|glossed|rubber-stamped|winged|misjudged|misread|mistyped|fumbled|bungled|botched|disregarded|overlooked|pushed|merged|typed|pasted|copied|let|chose|rushed|decided|force-pushed|fat-fingered|skimmed|mis-?(?:labell?|nam|click|spell|configur|typ|judg)[a-z]*ed)$/u;
// Duties only people have (systems also "respond", "check", "update"): for an undeclared name.
const HUMAN_DUTY = /^(?:specify|reply|answer|acknowledge|escalate|tell|ask|follow|read|review|communicate|double-check|look|wait|loop|consult|involve|rehearse|proofread|brief)$/u;
// Hindsight verbs only people's (for "they"/an undeclared name: "they could have captured" is an attacker's capability).
const HUMAN_HINDSIGHT = /^(?:paged|escalated|checked|read|asked|told|waited|reviewed|tested|noticed|warned|informed|notified|followed|double-checked|looked|reverted|acknowledged|answered|responded|called|verified|confirmed|known|seen|spotted|caught|realised|realized|paused|reached|listened|rolled|declared|raised|flagged|stopped)$/u;
// Objects that are people's business: warnings, pages, reviews, a runbook.
const HUMAN_OBJECT = /\b(?:warnings?|alerts?|alarms?|pages?|paging|advice|runbook|instructions?|messages?|reminders?|e-?mails?|notifications?|tickets?|reviews?|comments?|procedures?|polic(?:y|ies)|checklists?|escalations?|the (?:wrong|test|tests)|(?:his|her|their) own)\b/iu;

const OBJECT_PRONOUN: Record<string, string> = { i: 'me', we: 'us', he: 'him', she: 'her', they: 'them', you: 'you', someone: 'anyone', somebody: 'anyone', anyone: 'anyone', anybody: 'anyone', everyone: 'anyone', everybody: 'anyone' };

/** The subject as it reads after a verb ("we" → "us"); a name becomes the role the document gives it, else "the engineer". */
function subjectRef(ctx: DetectContext, toks: Tok[], subj: PersonSubject): { text: string; role: boolean } {
  const raw = ctx.text.slice(subj.start, subj.end);
  const l = raw.toLowerCase();
  if (OBJECT_PRONOUN[l]) return { text: OBJECT_PRONOUN[l], role: false };
  if (subj.name) return { text: roleOf(ctx, subj.name), role: true };
  void toks;
  // A determiner that opened the sentence loses its capital mid-rewrite ("stopped this guy from …").
  return { text: /^(?:The|A|An|Our|Their|Every|Each|Some|One|This|That|These|Those|My|His|Her|Your|Its|Another|Both|All|Any|Several|Most|Many|Whichever)\b/u.test(raw) ? raw[0].toLowerCase() + raw.slice(1) : raw, role: false };
}

/** The role a document gives a name ("oncall: Tom" → "the on-call engineer"), else a neutral "the engineer". */
function roleOf(ctx: DetectContext, name: string): string {
  return ctx.people.roles?.get(name) ?? 'the engineer';
}

/** "stop" → "stopping", "delete" → "deleting", "let" → "letting". */
function gerund(base: string): string {
  const parts = base.split(' ');
  const v = parts[0];
  let g: string;
  if (/ie$/u.test(v)) g = `${v.slice(0, -2)}ying`;
  else if (/[^e]e$/u.test(v) && v !== 'be') g = `${v.slice(0, -1)}ing`;
  else if (/^(?:[^aeiou]{0,3})[aeiou][bdgmnprt]$/u.test(v) || /^(?:commit|submit|permit|admit|omit|forget|regret|upset|unplug|overlap)$/u.test(v)) g = `${v}${v[v.length - 1]}ing`;
  else g = `${v}ing`;
  return [g, ...parts.slice(1)].join(' ');
}

/** Where a rewrite of the whole clause starts and whether it opens the sentence (for its capital). */
function opensSentence(ctx: DetectContext, at: number, sentence: Sentence): boolean {
  return at === sentence.start || /[.!?]\s*$/u.test(ctx.text.slice(sentence.start, at));
}

/** "Tom did not renew the certificate" → "Nothing prompted the on-call engineer to renew the certificate". */
function prompted(ctx: DetectContext, subj: PersonSubject, ref: { text: string; role: boolean }, base: string, rest: string, end: number, sentence: Sentence): Rewrite[] {
  if (!/^[a-z-]+$/u.test(base) || base.length < 2) return [];
  const lead = opensSentence(ctx, subj.start, sentence) ? 'Nothing' : 'nothing';
  const r = rest.replace(/^\s*(?:up|back|to|for|at|on)\b/u, (x) => x);
  return [{ start: subj.start, end, text: `${lead} prompted ${ref.text} to ${base}${r}`, ...(ref.role ? { title: ROLE_TITLE } : {}) }];
}

/** "Tom skipped the canary stage" → "Nothing in the process stopped the engineer from skipping the canary stage". */
function stopped(ctx: DetectContext, subj: PersonSubject, ref: { text: string; role: boolean }, base: string, rest: string, end: number, sentence: Sentence): Rewrite[] {
  if (!/^[a-z-]+$/u.test(base) || base.length < 2) return [];
  const lead = opensSentence(ctx, subj.start, sentence) ? 'Nothing' : 'nothing';
  const clean = rest.replace(/\b(?:by mistake|by accident|accident(?:al?)?ly|mistakenly|blindly|carelessly|lazily|hastily)\b ?/giu, '').replace(/\b(?:his|her|their|my|our) own\b/giu, 'a').trimEnd()
    // "… from reverting the commit and took the page down" → "… and taking the page down".
    // (Session 17, sound2) also with adverbs between ("and later forgot to restore it" → "and later forgetting to restore it").
    .replace(/ (and|then|and then|but)((?: (?:later|then|also|quickly|immediately|subsequently|afterwards|again|still|even|soon))*) ([a-z-]{2,20})\b/u, (x, c: string, adv: string, w: string) => (/ed$/u.test(w) || PAST_IRREGULAR.test(w) || verbBase(w) !== w ? ` ${c}${adv} ${gerund(verbBase(w))}` : x));
  // "… and never told anyone", "… and did not tell anyone", "… and failed to notify …": a negated second act cannot follow
  // "stopped X from" (it would read as "stopped from never telling"): no rewrite of this shape.
  if (/ (?:and|then|but)(?: [a-z]{2,12}){0,2} (?:never|not|didn['’]t|did not|failed|neglected|refused|failing|neglecting|refusing)\b/u.test(clean)) return [];
  return [{ start: subj.start, end, text: `${lead} in the process stopped ${ref.text} from ${gerund(base)}${clean}`, ...(ref.role ? { title: ROLE_TITLE } : {}) }];
}

/** The quick fix's title for a rewrite that also puts the role in place of the name. */
const ROLE_TITLE: Note = { en: 'Replace the name with the role', ko: '이름 대신 역할로 바꾸기' };

/** Rewrites for negligence idioms: the idiom's act without the judgement, or what the process lacked. */
function idiomRewrites(ctx: DetectContext, toks: Tok[], subj: PersonSubject, ref: { text: string; role: boolean }, v: Tok, idiom: string, end: number, sentence: Sentence): Rewrite[] {
  const l = idiom.toLowerCase();
  const after = ctx.text.slice(v.start + idiom.length, end).trimEnd();
  const adverb = /^(?:blindly|lazily|carelessly|half-heartedly)$/u.exec(l);
  if (adverb) {
    // "The engineer blindly copied the command" → "The engineer copied the command" / "Nothing stopped the engineer from copying …".
    let e = v.end;
    while (ctx.text[e] === ' ') e++;
    const next = toks.find((t) => t.start >= e);
    const out: Rewrite[] = [{ start: v.start, end: e, text: '' }];
    if (next && /ed$/u.test(next.l)) out.push(...stopped(ctx, subj, ref, verbBase(next.l), ctx.text.slice(next.end, end).trimEnd(), end, sentence));
    return out;
  }
  const lead = opensSentence(ctx, subj.start, sentence);
  const whole = (t: string): Rewrite => ({ start: subj.start, end, text: lead ? cap(t) : t });
  if (/^cut corners/u.test(l)) return [whole(`the process gave ${ref.text} no time for the full steps${after}`)];
  if (/^(?:dropped the ball|phoned it in|winged it)/u.test(l)) return [whole(`nothing in the process caught this${after}`), whole(`the process did not support ${ref.text} here${after}`)];
  if (/^rubber-stamped/u.test(l)) return [whole(`the review approved${after}`)];
  if (/^chose to ignore/u.test(l)) return [whole(`nothing made ${after.trim() ? after.trim() : 'it'} stand out`)];
  // "sat on the customer update for two hours" → "The customer update waited for two hours".
  const obj = /^(?:sat on|dragged (?:their|his|her|our|my) (?:feet|heels) on|half-(?:assed|arsed)|waved) ((?:the|a|an|this|that|his|her|their|our|my) [^,;.]{1,40}?)(?= (?:for|until|through)\b|$)/iu.exec(ctx.text.slice(v.start, end));
  if (obj) {
    const what = obj[1].replace(/^(?:his|her|their|our|my) /iu, 'the ');
    const after2 = ctx.text.slice(v.start + obj[0].length, end).trimEnd();
    if (/^half/iu.test(l)) return [whole(`${what} was left incomplete${after2}`), whole(`the process gave ${ref.text} no time to finish ${what}${after2}`)];
    if (/^waved/iu.test(l)) return [whole(`${what} went${after2}`), whole(`nothing in the process held ${what} back`)];
    return [whole(`${what} waited${after2}`), whole(`nothing in the process moved ${what} along${after2}`)];
  }
  if (/^(?:took (?:a )?shortcuts?|cut (?:a )?corners?)/u.test(l)) return [whole(`the process gave ${ref.text} no time for the full steps${after}`)];
  if (/^dragged/u.test(l)) return [whole(`nothing in the process moved this along${after}`)];
  const let_ = /^let ([^,;.]{1,40}) (grow|slip|run|go|sit|pile|lapse|expire|rot|fester|languish|drift|linger)/u.exec(idiom);
  const PAST_OF: Record<string, string> = { pile: 'piled', grow: 'grew', slip: 'slipped', run: 'ran', go: 'went', sit: 'sat', lapse: 'lapsed', expire: 'expired', rot: 'rotted', fester: 'festered', languish: 'languished', drift: 'drifted', linger: 'lingered' };
  if (let_) return [whole(`nothing alerted ${ref.text} while ${let_[1]} ${PAST_OF[let_[2]]}${ctx.text.slice(v.start + idiom.length, end).trimEnd()}`)];
  // "glossed over the migration file and approved …" → "Nothing in the process stopped the reviewer from glossing over …".
  if (/^(?:glossed|skated|breezed) /u.test(l)) return stopped(ctx, subj, ref, verbBase(v.l), ctx.text.slice(v.end, end).trimEnd(), end, sentence);
  // "kept dismissing the pages as flaky" → "Nothing in the process stopped the engineer from dismissing the pages as flaky".
  const kept = /^kept (?:on )?([a-z]+ing(?: off)?)$/u.exec(l.trimEnd());
  if (kept) return [whole(`nothing in the process stopped ${ref.text} from ${kept[1]}${after}`)];
  // "threw the rollback plan together in five minutes" → "The process gave the engineer no time to prepare the rollback plan".
  const thrown = /^(?:threw|slapped|cobbled) ((?:the|a|an|our|their|his|her) [^,;.]{1,40}?) together\b/iu.exec(ctx.text.slice(v.start, end));
  if (thrown) return [whole(`the process gave ${ref.text} no time to prepare ${thrown[1].replace(/^(?:our|their|his|her) /iu, 'the ')}`)];
  if (/^waved through/u.test(l)) return stopped(ctx, subj, ref, 'wave', ctx.text.slice(v.end, end).trimEnd(), end, sentence);
  return [];
}

// An omission meant, not a slip: "left out the names for privacy", "deliberately omitted".
const LEFT_OUT_ON_PURPOSE = /\b(?:for (?:privacy|brevity|clarity|simplicity|readability|security reasons|legal reasons)|on purpose|deliberately|intentionally|by design|as agreed|as planned|as intended|as an? (?:fallback|precaution|backup|safety net|safeguard|hot spare|standby))\b/iu;

// A past act with its doer left out ("Missed a single variable …", "Forgot to renew …", "Applied the staging change to
// production by mistake"): only acts people do, with an object; a listed act needs a marker that a person erred.
const IMPLICIT_OMISSION = /^(?:missed|overlooked|ignored|skipped|mistyped|misread|misjudged|misconfigured|fat-fingered|misnamed|mislabel(?:l)?ed)$/u;
const IMPLICIT_ACT = /^(?:applied|copied|pasted|pushed|ran|deleted|typed|merged|deployed|dropped|removed|restarted|rebooted|ran|set|changed|edited|committed|truncated|wiped|overwrote)$/u;
const IMPLICIT_DET = /^(?:the|a|an|my|our|his|her|their|one|two|several|some|this|that|these|those|every|all)$/u;
const IMPLICIT_MARK = /\b(?:by mistake|by accident|accident(?:al?)?ly|mistakenly|inadvertently|the wrong|instead of the|and forgot|but forgot|and never)\b/iu;
function implicitSubject(toks: Tok[], s: number, text: string): boolean {
  const v = toks[s];
  const next = toks[s + 1];
  if (!v || !next || /^\p{Lu}{2,}/u.test(v.w)) return false;
  if (/^(?:forgot|neglected)$/u.test(v.l)) return next.l === 'to';
  if (!IMPLICIT_DET.test(next.l)) return false;
  if (IMPLICIT_OMISSION.test(v.l)) return true;
  return IMPLICIT_ACT.test(v.l) && IMPLICIT_MARK.test(text);
}
// "Without thinking too much, he …": an opening manner phrase that says a step was left out.
const WITHOUT_LEAD = /^\s*(?:and |but )?without (?:(?:much|any|really|even|first|properly|a) )?(?:thinking|checking|testing|asking|looking|reading|waiting|verifying|confirming|double-checking|telling|second thought)\b/iu;
// Past participles read as the past tense after "had" ("He had run the script …" reads as "He ran the script …").
const PARTICIPLE_PAST: Record<string, string> = {
  run: 'ran', taken: 'took', made: 'made', left: 'left', set: 'set', let: 'let', put: 'put', cut: 'cut', written: 'wrote', sent: 'sent', given: 'gave',
  hit: 'hit', gone: 'went', brought: 'brought', begun: 'began', driven: 'drove', thrown: 'threw', torn: 'tore', kept: 'kept', held: 'held', hidden: 'hid',
  broken: 'broke', forgotten: 'forgot', overridden: 'overrode', overwritten: 'overwrote', misread: 'misread', shut: 'shut', chosen: 'chose', blown: 'blew',
};
/** "had" + a past participle as one past-tense token at the participle's place ("had copied" → "copied"). */
const HAD_CONTRACTED = /^(?:he|she|i|we|they)['’]d$/u;
// Participles that are also bare verbs: after "I'd" they read as "would" ("I'd run it again", "I'd put a canary there").
const BASE_TOO = new Set(['run', 'set', 'let', 'put', 'cut', 'hit', 'shut', 'misread']);
// Session 6: the present perfect of a person's act ("I've broken prod", "I have deleted …") and one adverb between the
// auxiliary and the participle ("I had just broken production", "I'd already nuked the cache") read the same way.
const HAVE_CONTRACTED = /^(?:i|we|you|they)['’]ve$/u;
const PERFECT_ADVERB = /^(?:just|already|totally|completely|entirely|accident(?:al?)?ly|inadvertently|mistakenly|somehow|actually|also|apparently|then|now|unknowingly|unwittingly)$/u;
const participle = (t: Tok | undefined): string | undefined => (t ? PARTICIPLE_PAST[t.l] ?? (/^[a-z][a-z-]{2,}ed$/u.test(t.w) ? t.l : undefined) : undefined);
// Session 8: an aspect verb before the act ("This guy ended up deleting a file", "He kept deleting the database") reads as
// the act in the past ("deleted"), so the act is judged as it would be alone (an ordinary act stays ordinary).
const GERUND_PAST: Record<string, string> = {
  running: 'ran', taking: 'took', making: 'made', leaving: 'left', setting: 'set', letting: 'let', putting: 'put', cutting: 'cut', writing: 'wrote',
  sending: 'sent', giving: 'gave', hitting: 'hit', breaking: 'broke', forgetting: 'forgot', overriding: 'overrode', overwriting: 'overwrote',
  shutting: 'shut', choosing: 'chose', blowing: 'blew', losing: 'lost', bringing: 'brought', throwing: 'threw', tearing: 'tore', getting: 'got',
};
const GERUND_PP: Record<string, string> = {
  running: 'run', taking: 'taken', making: 'made', leaving: 'left', setting: 'set', letting: 'let', putting: 'put', cutting: 'cut', writing: 'written',
  sending: 'sent', giving: 'given', hitting: 'hit', breaking: 'broken', forgetting: 'forgotten', overriding: 'overridden', overwriting: 'overwritten',
  shutting: 'shut', choosing: 'chosen', blowing: 'blown', losing: 'lost', bringing: 'brought', throwing: 'thrown', tearing: 'torn',
};
const KEPT_IDIOM = /^(?:ignoring|dismissing|snoozing|silencing|muting|skipping|bypassing|overriding|postponing|deferring|putting)$/u;
function gerundPast(w: string): string | undefined {
  if (GERUND_PAST[w]) return GERUND_PAST[w];
  const m = /^([a-z][a-z-]{1,})ing$/u.exec(w);
  if (!m) return undefined;
  const stem = m[1];
  if (/[^aeiou]y$/u.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (/e$/u.test(stem)) return `${stem}d`;
  return `${stem}ed`;
}
function aspectAsPast(toks: Tok[]): Tok[] {
  if (!toks.some((t) => t.l === 'up' || t.l === 'kept')) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const wrap = (t.l === 'ended' || t.l === 'wound') && toks[i + 1]?.l === 'up' ? 2 : t.l === 'kept' ? (toks[i + 1]?.l === 'on' ? 2 : 1) : 0;
    const g = wrap ? toks[i + wrap] : undefined;
    const past = g && /ing$/u.test(g.l) && !(t.l === 'kept' && KEPT_IDIOM.test(g.l)) ? gerundPast(g.l) : undefined;
    if (g && past) {
      out.push({ ...g, w: past, l: past });
      i += wrap;
      continue;
    }
    out.push(t);
  }
  return out;
}
function pastPerfectAsPast(toks: Tok[]): Tok[] {
  return toks.some((t) => t.l === 'had' || t.l === 'have' || t.l === 'has' || t.l === 'fat' || HAD_CONTRACTED.test(t.l) || HAVE_CONTRACTED.test(t.l)) ? rebuildPastPerfect(toks) : toks;
}
function rebuildPastPerfect(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    // An adverb between the auxiliary and the participle stays in place: "had just broken" → "just broke".
    const adv = toks[i + 1] && PERFECT_ADVERB.test(toks[i + 1].l) && participle(toks[i + 2]) && toks[i + 2].l !== 'been' ? toks[i + 1] : undefined;
    const p = adv ? toks[i + 2] : toks[i + 1];
    const aux = toks[i].l === 'had' || ((toks[i].l === 'have' || toks[i].l === 'has') && i > 0 && PRONOUN_PEOPLE.has(toks[i - 1].l));
    if (adv && (aux || HAD_CONTRACTED.test(toks[i].l) || HAVE_CONTRACTED.test(toks[i].l))) {
      const past = participle(p)!;
      const t = toks[i];
      if (!aux) {
        const n = t.w.length - (HAVE_CONTRACTED.test(t.l) ? 3 : 2);
        out.push({ ...t, end: t.start + n, w: t.w.slice(0, n), l: t.l.slice(0, n) });
      }
      out.push(adv, { ...p, w: past, l: past });
      i += 2;
      continue;
    }
    if ((toks[i].l === 'have' || toks[i].l === 'has') && aux && participle(p) && p.l !== 'been') {
      const past = participle(p)!;
      out.push({ ...p, w: past, l: past });
      i++;
      continue;
    }
    if (HAVE_CONTRACTED.test(toks[i].l) && participle(p) && p.l !== 'been') {
      // "I've broken prod": the pronoun, then the participle read as the past.
      const t = toks[i];
      const n = t.w.length - 3;
      const past = participle(p)!;
      out.push({ ...t, end: t.start + n, w: t.w.slice(0, n), l: t.l.slice(0, n) }, { ...p, w: past, l: past });
      i++;
      continue;
    }
    const past = toks[i].l === 'had' && p ? PARTICIPLE_PAST[p.l] ?? (/^[a-z][a-z-]{2,}ed$/u.test(p.w) ? p.l : undefined) : undefined;
    if (past && p.l !== 'been') {
      out.push({ ...p, w: past, l: past });
      i++;
    } else if (HAD_CONTRACTED.test(toks[i].l) && p && (/^[a-z][a-z-]{2,}ed$/u.test(p.w) || (PARTICIPLE_PAST[p.l] && !BASE_TOO.has(p.l)))) {
      // "he'd wiped the bucket": the pronoun and "had", then the participle read as the past (not "he'd rather").
      // Session 9: an irregular participle too ("I'd forgotten to …", "we'd broken …"), but not one that is also a bare
      // verb ("I'd run it again" is "would run").
      const t = toks[i];
      const n = t.w.length - 2;
      const past = PARTICIPLE_PAST[p.l];
      out.push({ ...t, end: t.start + n, w: t.w.slice(0, n), l: t.l.slice(0, n) }, past && !/ed$/u.test(p.l) ? { ...p, w: past, l: past } : { ...p });
      i++;
    } else if (toks[i].l === 'fat' && p && /^finger(?:ed|ing)$/u.test(p.l)) {
      // "fat fingered" written as two words.
      out.push({ ...toks[i], end: p.end, w: `fat-${p.w}`, l: `fat-${p.l}` });
      i++;
    } else out.push(toks[i]);
  }
  return out;
}

// Words that open an introductory phrase before the main clause.
const INTRO = /^(?:at|around|about|by|per|on|in|during|after|before|when|while|once|as|despite|shortly|according|since|within|following|later|earlier|yesterday|today|tonight|overnight|ultimately|finally|then|honestly|frankly|again|unfortunately|apparently|instead|meanwhile|afterwards|that|this|last|next|early|late)$/u;

/** A person subject opening a clause and a harmful act, a missed duty or negligence. */
// "I think", "I guess that", "maybe", "I think maybe": a hedge before the clause that tells what the writer did.
const HEDGE_VERB = /^(?:think|guess|believe|suspect)$/u;
const HEDGE_ADVERB = /^(?:maybe|perhaps|probably|possibly)$/u;
function hedgeLength(toks: readonly Tok[]): number {
  let k = 0;
  if (toks[0]?.l === 'i' && toks[1] && HEDGE_VERB.test(toks[1].l)) k = toks[2]?.l === 'that' ? 3 : 2;
  if (toks[k] && HEDGE_ADVERB.test(toks[k].l)) k++;
  // Only before a pronoun subject ("Maybe I …"); "Perhaps the pager …" keeps its start.
  return k > 0 && toks[k] && /^(?:i|we|he|she)$/u.test(toks[k].l) ? k : 0;
}

function personActs(sentence: Sentence, ctx: DetectContext, toks0: Tok[]): Detection[] {
  const out: Detection[] = [];
  const toks = aspectAsPast(pastPerfectAsPast(toks0));
  // Clause starts: the sentence start and after a semicolon.
  const starts = [0];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].w === ';' || toks[i].w === ':') starts.push(i + 1);
    // "… went down because a scientist uploaded …", "it was discovered that a junior developer … had run …":
    // a subordinate or reported clause inside the sentence has its own subject.
    // (Not "once", "when", "after": they order ordinary steps — "to restore the accounts once we deleted all records".)
    else if (i > 0 && (toks[i].l === 'because' || (toks[i].l === 'that' && /^(?:discovered|found|determined|established|confirmed|emerged|showed|revealed|noticed|learned|learnt|realised|realized|clear|out)$/u.test(toks[i - 1].l)))) starts.push(i + 1);
    // ", and the on-call engineer ignored …": a coordinated clause with its own subject.
    else if (toks[i].w === ',' && toks[i + 1] && /^(?:and|but|while|whereas|because|so)$/u.test(toks[i + 1].l)) starts.push(i + 2);
    // "… were obvious and we ignored them": a pronoun opens a coordinated clause without a comma.
    else if (i > 0 && /^(?:and|but|yet)$/u.test(toks[i].l) && toks[i + 1] && /^(?:we|i|he|she)$/u.test(toks[i + 1].l) && toks[i - 1].w !== ',') starts.push(i + 1);
  }
  // "Around 02:40 UTC, Ingrid restarted …", "Per the audit log, …", "When the queue backed up, …": the main clause after an opening phrase.
  if (toks[0] && INTRO.test(toks[0].l)) {
    const c = toks.findIndex((t, i) => i > 0 && i < 14 && t.w === ',');
    if (c > 0) starts.push(c + 1);
    // "On February 2, 2017, at 11:43 a.m., an operator …": a date and a time, each closed by a comma.
    for (let i = c + 1; c > 0 && i < Math.min(toks.length, 24); i++) if (toks[i].w === ',' && !toks.slice(c + 1, i).some((t) => /^[;:()—–?!]$/u.test(t.w))) starts.push(i + 1);
    // "At 03:12 UTC Kofi restarted …": a time without a comma.
    if (toks[1] && /^\p{N}{1,2}:\p{N}{2}/u.test(toks[1].w)) starts.push(toks[2] && /^(?:UTC|GMT|[A-Z]{2,4}T)$/u.test(toks[2].w) ? 3 : 2);
  } else {
    // "Because Amadou misread the runbook, the failover ran twice": the person acts in the opening clause.
    if (toks[0] && /^(?:because|since|after|when|once|although|though|while|before|as|until)$/u.test(toks[0].l)) starts.push(1);
    // "Looking back, we knew …", "Frankly, the reviewer …": a short opening phrase before the main clause.
    const c = toks.findIndex((t, i) => i > 0 && i < 6 && t.w === ',');
    if (c > 0 && !toks.slice(0, c).some((t) => /^[;:()—–?!]$/u.test(t.w))) starts.push(c + 1);
  }
  for (const s0 of starts) {
    // (Session 10: after a hedge that opens the clause, "I think maybe I misclicked", "…, and perhaps we forgot …": the
    // words after it hold the subject.)
    let s = s0 + hedgeLength(toks.slice(s0, s0 + 6));
    // "At 12:10 …", "Then …": an opening adverbial is not the subject.
    // (Session 10: "Thus if you deleted …, you could …": a connective before a condition, read past to the "if" below.)
    if (toks[s] && /^(?:then|later|so|and|but|also|finally|meanwhile|afterwards|thus|hence|therefore|consequently|accordingly)$/u.test(toks[s].l)) s++;
    // (Session 8.) "If you bypassed standard protocols, the insurer might …": a condition supposes an act, it tells of none
    // (and "If you" is no subject). Hindsight in a condition ("If you had checked, …") is read by personHindsight.
    if (toks[s] && toks[s].l === 'if') continue;
    // A diary's sentence with the writer left out: "Missed a single variable in the config.", "Applied the
    // staging change to production by mistake". Only acts a person does, checked below.
    const implicit = s0 === 0 && implicitSubject(toks, s, sentence.text);
    const subj: PersonSubject | undefined = implicit ? { start: toks[s].start, end: toks[s].start, next: s, weak: false } : personSubject(toks, s, ctx);
    if (!subj) continue;
    const v = toks[subj.next];
    if (!v) continue;
    const end = clauseEndAt(toks, subj.next, sentence);
    // (Session 10: read with a plain apostrophe, as the sentence is: "didn’t check" is "didn't check"; same length.)
    const clause = ctx.text.slice(v.start, end).replace(/’/gu, "'");
    // "deleted the stale records as planned", "missed the SLO": an ordinary act, a missed target.
    // (The procedure may be named after a comma: "did not page the database team, as the runbook said …".)
    if (ORDINARY.test(clause) || AS_DOCUMENTED.test(ctx.text.slice(v.start, sentence.end))) continue;
    const ref = implicit ? { text: 'anyone', role: false } : subjectRef(ctx, toks, subj);
    // "Without thinking too much, he ran the command": a manner phrase that opens the sentence marks the act.
    const manner = WITHOUT_LEAD.test(ctx.text.slice(sentence.start, subj.start));
    // Negated duty: "did not follow", "never tested", "failed to notify", "forgot to renew".
    // (Session 10: "didn't bother to" is tried before "didn't", so the verb is the one after it: "didn't bother to check the
    // backups" → "The backups were not checked", not "the check was not bothered".)
    // (Session 8: "refused to listen to the specialists", "refused to heed the warnings": a refusal to take in a warning.)
    const neg = /^(?:did not bother to|didn't bother to|(?:did not|didn't|never)(?:\s+even)?|failed to|neglected to|forgot to|couldn't be bothered to|could not be bothered to|was too lazy to|refused to(?= (?:listen|heed|hear|acknowledge|believe|accept|consider|read|look)\b))\s+([\p{L}-]+)(?:\s+(?:up|back|to|for|at|on))?/iu.exec(clause);
    if (neg) {
      const base = verbBase(neg[1]);
      const harmNegated = /^(?:did not|didn't|never)$/iu.test(neg[0].split(/\s+/u).slice(0, neg[0].startsWith('did') ? 2 : 1).join(' ')) && (HARM[`${base}ed`] || HARM[base] || base === 'ignore' || base === 'forget' || base === 'skip' || base === 'miss');
      if (harmNegated) continue;
      // "We failed to consider the case where …": the team naming a gap in its own checks (phrase/match.ts).
      if (teamNamesOwnGap(ctx.text.slice(subj.start, subj.end), neg[0])) continue;
      // "While we resolved the emergencies, we never enabled auto-deletion of old logs": the same gap told with "never" /
      // "did not", by the team as a whole and with no word that judges it (session 8, real postmortems).
      if (/^we$/iu.test(ctx.text.slice(subj.start, subj.end)) && /^(?:did not|didn't|didn’t|never)\s/iu.test(neg[0]) && !manner && !MARKER.test(clause) && !marker2(clause)) continue;
      // "The operator never disabled the alert; it had been deleted by a refactor": a duty negated and explained by what did it.
      if (/^[^;:—]{0,160}[;:—] ?(?:it|this|that|they|the [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) (?:had (?:already )?been|(?:was|were) already|(?:was|were|had been) [a-z-]{2,20}(?:ed|en) by)\b/iu.test(ctx.text.slice(v.start, sentence.end))) continue;
      // A role, a team or a name (not a pronoun: "we did not deploy that week" narrates a decision) and any act
      // that is a person's to do: "The incident commander never posted a status update".
      const rest = ctx.text.slice(v.start, sentence.end);
      const anyAct = !subj.weak && !PRONOUN_PEOPLE.has(ctx.text.slice(subj.start, subj.end).toLowerCase()) && /^never\s/iu.test(neg[0]) && (base !== neg[1].toLowerCase() && /ed$/iu.test(neg[1])) && !NOT_A_DUTY.test(base)
        && /^never\s+[\p{L}-]+\s+(?:the|a|an|this|that|his|her|their|its|our)\s/iu.test(clause) && !/[;:]|\b(?:because|since|until|as (?:planned|agreed|the|per|it|they|he|she|we)|so that|given|per the|instead|so (?:the|we|it))\b/iu.test(rest);
      // (Session 10: "She didn't even put it in", "The reviewer never even opened the diff": "even" judges any act left
      // undone, not only a listed duty; not "we", and not what is no one's to do — noticing, knowing, getting.)
      const evenAct = !subj.weak && /^(?:did not|didn't|never)\s+even\s/iu.test(neg[0]) && !NOT_A_DUTY.test(base);
      if (DUTY.has(base) || anyAct || evenAct || /^(?:failed to|neglected to|forgot to|.*bother.*|was too lazy to|refused to)/iu.test(neg[0])) {
        // "X failed to …" is how a system's failure reads: for an undeclared word only "never", "did not", "forgot to" count.
        if (subj.weak && (/^failed/iu.test(neg[0]) || (!HUMAN_DUTY.test(base) && !/^(?:forgot|neglected|.*bother.*|was too lazy|refused)/iu.test(neg[0])))) continue;
        const objTok = toks.findIndex((t) => t.start >= v.start + neg[0].length);
        const verbEnd = v.start + neg[0].length;
        const restText = ctx.text.slice(verbEnd, end).trimEnd();
        // A refusal to take in a warning is rewritten as the warning not acted on ("listen to" keeps no particle of its own).
        // So is any failure to listen ("failed to listen to the alerts"): "listened" takes no object of its own.
        const refused = /^refused/iu.test(neg[0]) || base === 'listen';
        const rewrites = refused
          ? [...(objTok > 0 ? passive(ctx, toks, subj.start, objTok, 'acted on', true, end) : []), ...prompted(ctx, subj, ref, 'act on', restText, end, sentence)]
          : [...(objTok > 0 && (DUTY.has(base) || !evenAct) ? passive(ctx, toks, subj.start, objTok, ppOfBase(base), true, end) : []), ...prompted(ctx, subj, ref, base, restText, end, sentence)];
        // (An act outside the duty list, read because of "even", may be phrasal with its particle after the object, "put the
        // key back": only the "Nothing prompted …" rewrite, which keeps the words in order.)
        out.push(detection('blameful', 'en.who.missed-duty', 'person-failure', subj.start, v.start + neg[0].length, NOTES.duty, rewrites));
        continue;
      }
    }
    // "was told the disk was full and still went ahead": knowing better, judged after the fact.
    const tail = ctx.text.slice(v.start, Math.min(sentence.end, v.start + 300));
    const knew = /^(?:knew|had known|(?:was|were|had been) (?:(?:well|fully|already|clearly) )?(?:told|warned|informed|reminded|aware|advised|alerted)|(?:recogni[sz]ed|understood|acknowledged|saw|noted) (?:the |this |that |a )?(?:risks?|dangers?|warning signs?|red flags?)|had (?:every|good|plenty of) reasons? to)\b[^.;]{0,100}?\b(?:and|but|yet) (?:still|nevertheless|nonetheless|anyway|regardless)? ?(?:went ahead|proceeded|pushed|deployed|continued|carried on|ignored|chose|decided|shipped|released|launched|did nothing|did not|didn['’]t|kept going|(?:nobody|no one|no-one|none of us) (?:acted|did anything|moved|reacted|followed up|intervened|spoke up|said anything)|(?:[a-z-]{2,20}ed|ran|took|went|let|left|set|put|shut|kept|made)\b[^.;,]{0,50}?\b(?:anyway|regardless|all the same|nonetheless|nevertheless))\b[^.;,]{0,60}/iu.exec(tail);
    if (knew && !/\b(?:because|since|as there|no other (?:option|choice|way))\b/iu.test(ctx.text.slice(v.start + knew[0].length, sentence.end))) {
      const what = /^(?:knew|had known|(?:was|were|had been) (?:(?:well|fully|already|clearly) )?(?:told|warned|informed|reminded|aware|advised|alerted))(?: that| of)? ([^.;]{3,100}?),? (?:and|but|yet)\b/iu.exec(tail);
      // The rewrite takes the whole rest of the sentence: the going-ahead may follow a comma (", yet did nothing").
      let knewEnd = sentence.end;
      while (knewEnd > v.start && /[.!?\s]/u.test(ctx.text[knewEnd - 1])) knewEnd--;
      const lead = opensSentence(ctx, subj.start, sentence);
      const subjText = ctx.text.slice(subj.start, subj.end);
      const rewrites: Rewrite[] = [];
      // "The team was well aware of the risk and shipped anyway" → "The team was aware of the risk, and nothing in the process asked for a pause".
      const known = /^((?:knew|had known|(?:was|were|had been) (?:told|warned|informed|reminded|aware|advised|alerted))(?: that| of)?) /iu.exec(tail.replace(/^((?:was|were|had been) )(?:well|fully|already|clearly) /iu, '$1'));
      if (what && known && !subj.name) rewrites.push({ start: subj.start, end: knewEnd, text: `${lead ? cap(subjText) : subjText} ${known[1]} ${what[1]}, and nothing in the process called for a pause` });
      // "everyone on the call recognised the risk and chose to press on" → "… recognised the risk, and nothing in the process called for a pause".
      const saw = /^((?:recogni[sz]ed|understood|acknowledged|saw|noted) (?:the |this |that |a )?(?:risks?|dangers?|warning signs?|red flags?))\b/iu.exec(tail);
      if (saw) rewrites.push({ start: subj.start, end: knewEnd, text: `${lead ? cap(subj.name ? ref.text : subjText) : subj.name ? ref.text : subjText} ${saw[1]}, and nothing in the process called for a pause`, ...(subj.name ? { title: ROLE_TITLE } : {}) });
      const reason = /^had (?:every|good|plenty of) reasons? to ([a-z-]{2,20})\b([^.;]{0,80}?) (?:and|but|yet)\b/iu.exec(clause);
      if (reason) rewrites.push({ start: subj.start, end, text: `${lead ? 'Nothing' : 'nothing'} in the process prompted ${ref.text} to ${reason[1]}${reason[2]}`, ...(ref.role ? { title: ROLE_TITLE } : {}) });
      if (what && subj.name) rewrites.push({ start: subj.start, end: knewEnd, text: `${lead ? cap(ref.text) : ref.text} ${/^(?:us|them)$/u.test(ref.text) ? 'were' : 'was'} told ${what[1]}, and nothing in the process called for a pause`, title: ROLE_TITLE });
      out.push(detection('counterfactual', 'en.who.knew-better', 'counterfactual', subj.start, v.start + knew[0].length, NOTES.hindsight, rewrites));
      continue;
    }
    // "The team lead chose to skip the load test": a role or a name choosing an omission (not a pronoun narrating, nor with a reason).
    const chose = /^(?:chose|decided|opted|elected) to (skip|ignore|bypass|override|disregard|disable|silence|mute)\b/iu.exec(clause);
    if (chose && !subj.weak && !PRONOUN_PEOPLE.has(ctx.text.slice(subj.start, subj.end).toLowerCase()) && !/\b(?:because|since|as (?:the|it|this|that|there)|given|so that|to (?:avoid|reduce|limit|protect|keep|save the)|after (?:confirming|checking|verifying))\b/iu.test(ctx.text.slice(v.start, sentence.end))) {
      out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, v.start + chose[0].length, NOTES.act, stopped(ctx, subj, ref, chose[1].toLowerCase(), ctx.text.slice(v.start + chose[0].length, end).trimEnd(), end, sentence)));
      continue;
    }
    // "Marguerite accidentally pointed …": a blaming adverb between the subject and any past-tense verb.
    const adverb = toks.slice(s, subj.next).find((t) => /^(?:accident(?:al?)?ly|mistakenly|inadvertently|carelessly|hastily|blindly|lazily|wrongly|incorrectly|recklessly|sloppily|negligently|prematurely|hurriedly|casually|thoughtlessly|haphazardly|rashly|needlessly)$/u.test(t.l));
    // (Session 9: not in a passive, "Two reviewers got incorrectly removed from the rota": the people are what was done to.)
    const passiveAux = toks.slice(s, subj.next + 1).some((t) => t.start < v.start && /^(?:was|were|is|are|be|been|being|got|get|gets|getting)$/u.test(t.l));
    // (Session 10: "We wrongly assumed the chart set limits": the team as a whole holding a wrong belief about a system is how a
    // cause is written, as "we failed to" is; "I mistakenly thought …" and a person's act stay.)
    const teamBelief = subjLower0(ctx, subj) === 'we' && /^(?:assumed|believed|thought|expected|presumed|understood|concluded|interpreted|inferred|estimated)$/u.test(v.l);
    if (adverb && !passiveAux && !teamBelief && /(?:ed|ran|took|left|set|let|put|cut|shut|broke|wrote|sent|made|gave|hit)$/u.test(v.l) && v.start > adverb.start) {
      let e = adverb.end;
      while (ctx.text[e] === ' ') e++;
      out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, v.end, NOTES.act, [{ start: adverb.start, end: e, text: '' }, ...stopped(ctx, subj, ref, verbBase(v.l), ctx.text.slice(v.end, end).trimEnd(), end, sentence)]));
      continue;
    }
    // "A lead operator noticed the levels but failed to take corrective action", "… and didn't test the other one",
    // "… and missed the loss of …": an omission coordinated with an ordinary act, rewritten in place.
    const subjLower = ctx.text.slice(subj.start, subj.end).toLowerCase();
    const many = subjLower === 'we' || subjLower === 'they' || (!!subj.end && plural(ctx.text.slice(subj.start, subj.end).split(/\s+/u).pop() ?? ''));
    const coOmit = !subj.weak && /\b(?:but|and|yet)(?: then)? (?:(failed|neglected|forgot) to|(?:didn't|did not|never) ([a-z]{2,20})|(missed|overlooked) (?=the |a |an ))/iu.exec(clause);
    if (coOmit && !/\b(?:not|never|n't)\b/iu.test(clause.slice(0, coOmit.index)) && (coOmit[1] || coOmit[3] || DUTY.has(coOmit[2] ?? '') || HUMAN_DUTY.test(coOmit[2] ?? ''))) {
      const at = v.start + coOmit.index + coOmit[0].indexOf(' ') + 1;
      const endAt = v.start + coOmit.index + coOmit[0].length;
      const be = implicit || subjLower === 'i' ? 'was' : many ? 'were' : 'was';
      const text = coOmit[1] ? `${be} not prompted to` : coOmit[2] ? `had no prompt to ${coOmit[2]}` : `${be} not alerted to`;
      const span = ctx.text.slice(at, endAt).replace(/ $/u, '');
      out.push(detection('blameful', 'en.who.missed-duty', 'person-failure', at, at + span.length, NOTES.duty, [{ start: at, end: at + span.length, text }]));
      continue;
    }
    // "The operator left out one word", "A contractor omitted a line from the config": an omission put on a person (a role
    // or a declared name; mirror of Korean "작업자가 단어 하나를 빼먹어", session 6). Not "we"/"I"/"they" (the writer leaving
    // details out of a report), nor an omission on purpose ("for privacy", "deliberately").
    const leftOut = /^(?:left out|omitted) (?=(?:the|a|an|one|two|three|a single|his|her|their|its|some|part of|\d+)\b)/iu.exec(clause);
    if (leftOut && !implicit && !subj.weak && !/^(?:we|i|you|they)$/iu.test(ctx.text.slice(subj.start, subj.end)) && !LEFT_OUT_ON_PURPOSE.test(ctx.text.slice(v.start, sentence.end))) {
      const objTok = subj.next + (v.l === 'left' ? 2 : 1);
      const pp = v.l === 'left' ? 'left out' : 'omitted';
      const span = v.start + leftOut[0].trimEnd().length;
      const rewrites = passive(ctx, toks, subj.start, objTok, pp, false, end);
      if (rewrites.length) {
        out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, span, NOTES.act, rewrites));
        continue;
      }
    }
    // "I took down production": the outage put on the person who made the change.
    const tookDown = /^(?:(?:took|brought|knocked) (?:down|out)|crashed) (production|prod|the (?:site|service|website|api|cluster|database|app|platform|payments?|checkout)|our (?:site|service|website|api|cluster|database|app|platform))\b/iu.exec(clause);
    if (tookDown) {
      const lead = opensSentence(ctx, subj.start, sentence);
      const what = tookDown[1].replace(/^our /iu, 'the ');
      const t = `${what} went down after a change`;
      out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, v.start + tookDown[0].length, NOTES.act, [{ start: subj.start, end: v.start + tookDown[0].length, text: lead ? cap(t) : t }]));
      continue;
    }
    // "He caused the whole token ring system to go down", "I caused the outage": the outage put on the person (session 6).
    const caused = /^caused (?:((?:the|our|a|an) (?:whole |entire )?[\p{L}\d -]{1,40}?) to (?:go down|crash|fail|break|stop working|go offline|fall over)|(?:the|an|this|that) (?:outage|incident|crash|downtime))\b/iu.exec(clause);
    if (caused) {
      const lead = opensSentence(ctx, subj.start, sentence);
      const t = caused[1] ? `${caused[1].replace(/^(?:our|a|an) /iu, 'the ')} went down after a change` : 'the outage followed a change';
      out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, v.start + caused[0].length, NOTES.act, [{ start: subj.start, end: v.start + caused[0].length, text: lead ? cap(t) : t }]));
      continue;
    }
    // "An SRE edited the config and broke the login flow": a harmful act coordinated with an ordinary one.
    const coord = /\b(?:and|then|but)(?: then)? (broke|wiped|truncated|skipped|bypassed|ignored|overrode|overwrote|forgot|corrupted|erased|destroyed|took down|brought down|mistyped|misconfigured)\b/iu.exec(clause);
    // "… destroyed and respun the cluster from scratch": a deliberate rebuild, not harm.
    const rebuilt = coord && /^ (?:the [\p{L}-]{2,20},? )?(?:and|then) (?:re[a-z-]{2,14}(?:ed|t|un)|rebuilt|respun)\b|^[^.;]{0,60}\bfrom scratch\b/iu.test(ctx.text.slice(v.start + coord.index + coord[0].length, sentence.end));
    if (coord && !rebuilt && !subj.weak && !HARM[v.l] && !/\b(?:not|never|n['’]t)\b/iu.test(clause.slice(0, coord.index))) {
      const at = v.start + coord.index;
      out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, at + coord[0].length, NOTES.act, stopped(ctx, subj, ref, verbBase(v.l), ctx.text.slice(v.end, end).trimEnd(), end, sentence)));
      continue;
    }
    // "shrugged off three warnings", "brushed aside the alert": ignoring in other words.
    const shrug = /^(?:shrugged|brushed|laughed|waved) (?:off|aside|away)\b/iu.test(clause) && !subj.weak;
    const harm = HARM[v.l] ?? (/^mis[a-z]{3,}ed$/u.test(v.l) ? v.l : shrug ? 'not acted on' : undefined);
    // A signal silenced for a long stretch ("muted the disk alert for the whole weekend"); a broken artefact shipped.
    const silencedLong = /^(?:muted|silenced|snoozed|suppressed)\b[^.;]{0,60}\bfor (?:(?:the (?:whole|entire|rest of the) |an entire |all |the better part of (?:the |a |an )?)(?:weekend|night|day|week|shift|month|afternoon|morning)|(?:a|an|one|two|three|several|multiple) (?:weeks?|days|nights|weekends?|months?))\b/iu.test(clause) && !/\b(?:after|while|until|pending|once) (?:filing|opening|raising|logging|a |the |we |they |it )|\bticket\b/iu.test(ctx.text.slice(v.start, sentence.end));
    const shippedBroken = /^(?:pushed|merged|deployed|shipped|released|approved|applied|committed|promoted)\b (?:out )?(?:the|a|an) (?:known-)?(?:broken|faulty|buggy|defective|half-finished|unfinished)\b(?![^ ]*['’]s\b)/iu.test(clause);
    const bypassing = BYPASSING.test(ctx.text.slice(v.start, Math.min(sentence.end, v.start + 300)));
    const marked = MARKER.test(clause) || marker2(clause) || (LEFT_STATE.test(clause) && !LEFT_OUT_ON_PURPOSE.test(ctx.text.slice(v.start, sentence.end))) || silencedLong || shippedBroken || bypassing || manner || PUT_BAD.test(clause);
    // Any past act with a marker of harm ("reverted the wrong commit"), unless it repairs or observes; where the act
    // happened ("observed the errors in production") marks only the listed acts.
    const act = ACTS[v.l] ?? ((/^[a-z-]{3,}ed$/u.test(v.l) || PAST_IRREGULAR.test(v.l)) && (!REMEDY.test(v.l) || manner) && (MARKER.test(clause.replace(WHERE, ' ')) || marker2(clause) || silencedLong || shippedBroken || bypassing || manner || PUT_BAD.test(clause)) ? v.l : undefined);
    const idiom = /^(?:cut corners|phoned it in|dropped the ball|winged it|let (?![^,;.]{0,40}?\b(?:know|see|hear|in on)\b)(?!(?:the |our |my |their |his |her |a |an )?(?:[\p{L}-]+ ){0,2}(?:team|teams|engineers?|people|staff|folks|crew|everyone|everybody|sres?|admins?|operators?|responders?|developers?|devs|members?|colleagues?)\b)[^,;.]{1,40} (?:grow|slip|run(?! into)|go|sit|pile|lapse|expire|rot|fester|languish|drift|linger)\b|(?:glossed|skated|breezed) (?:over|through)\b|kept (?:on )?(?:ignoring|dismissing|snoozing|silencing|muting|skipping|bypassing|overriding|postponing|deferring|putting off)\b|(?:threw|slapped|cobbled) (?=(?:the|a|an|our|their|his|her) [^,;.]{1,40} together\b)|waved through\b|chose to ignore|blindly|lazily|carelessly|half-heartedly|rubber-stamped|took (?:a )?shortcuts?|cut (?:a )?corners?|dragged (?:their|his|her|our|my) (?:feet|heels)|half-(?:assed|arsed)|sat on (?=(?:the|a|an|this|that|his|her|their|our|my) [^,;.]{1,40} (?:for|until)\b)|waved (?=[^,;.]{1,30} through\b))/iu.exec(clause);
    if (idiom) {
      out.push(detection('blameful', 'en.who.negligence', 'person-failure', subj.start, v.start + idiom[0].trimEnd().length, NOTES.act, idiomRewrites(ctx, toks, subj, ref, v, idiom[0], end, sentence)));
      continue;
    }
    // An undeclared capitalised word is read as a person only with an act only people do, or a marker of one.
    if (subj.weak && !(HUMAN_ACTS.test(v.l) || marked || ((harm || act) && HUMAN_OBJECT.test(clause)))) continue;
    // "rolled back" repairs; "rolled out" ships.
    const remedy = REMEDY.test(v.l) && !(v.l === 'rolled' && toks[subj.next + 1]?.l === 'out') && !manner;
    // "We deleted the Developers role, which led to a large user diff": the team as a whole telling a step it took, with
    // no word that judges the step (wrong, by mistake, without a review …), is how a cause is written, not blame; the
    // same step put on one person ("Elena deleted …") still is (session 8, real postmortems; the realworld convention).
    // (Session 14: also with an adverb of sequence or manner that judges nothing between "we" and the verb, "We also
    // deleted …", "We then dropped …": the same plain account; a slip adverb is read by the branch above.)
    if (harm && !marked && WE_PLAIN.test(subjLower) && /^(?:deleted|dropped|truncated|killed|wiped|erased|destroyed|overwrote|overrode)$/u.test(v.l)) continue;
    if (harm || (act && marked && !remedy)) {
      const objTok = subj.next + 1 + (toks[subj.next + 1] && /^(?:up|down|away|out|off|aside)$/u.test(toks[subj.next + 1].l) ? 1 : 0);
      let pp = harm ?? act;
      // "commented out the retry guard" → "The retry guard was commented out": the particle goes with the participle.
      if (!harm && act && objTok === subj.next + 2) pp = `${act} ${toks[subj.next + 1].l}`;
      if (v.l === 'ignored' || v.l === 'disregarded' || shrug) {
        pp = 'not acted on';
        // "we ignored them" → "we did not act on them" (a pronoun object has no passive).
        const vEnd = shrug ? toks[subj.next + 1].end : v.end;
        if (!/^\s*(?:the|a|an|this|that|these|those|every|all)\b/iu.test(ctx.text.slice(vEnd, end))) {
          out.push(detection('blameful', 'en.who.harmful-act', 'person-failure', subj.start, vEnd, NOTES.act, [...(shrug ? passive(ctx, toks, subj.start, objTok, 'not acted on', false, end) : []), { start: v.start, end: vEnd, text: 'did not act on' }]));
          continue;
        }
      }
      if (v.l === 'missed' || v.l === 'overlooked') pp = 'not noticed';
      if (v.l === 'forgot') pp = 'forgotten';
      const rest = ctx.text.slice(v.end, end).trimEnd();
      const rewrites = [...passive(ctx, toks, subj.start, objTok, pp, false, end), ...stopped(ctx, subj, ref, verbBase(v.l), rest, end, sentence)];
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
  // Session 18 (sound3): an ellipsis ("…") ends the clause and stays (it was swallowed with the clause: the sentence lost its
  // final mark), and a dot inside a token ("v1.2", "e.g.") is not the clause's end (it left ".2 upgrades").
  while (end < sentence.end && !(/[;:!?,\uFFFC(\u2026]/u.test(ctx.text[end]) || (ctx.text[end] === '.' && !/[\p{L}\p{N}]/u.test(ctx.text[end + 1] ?? '') && !/(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)$/iu.test(ctx.text.slice(Math.max(at, end - 5), end))))) end++;
  // A parenthesis ends the clause and stays ("… care (e.g. …)"): its dots are not the sentence's end (session 10).
  if (ctx.text[end] === '(') while (end > at + m[0].length && ctx.text[end - 1] === ' ') end--;
  // Inline code ends the clause: it stays, with the preposition that leads to it ("… with `kubectl delete`").
  if (ctx.text[end] === '\uFFFC') {
    const tail = ctx.text.slice(at + m[0].length, end);
    let cut = -1;
    const prep = / (?:with|when|around|during|before|after|in|on|for|about|using|running|near|to)\b/giu;
    for (let p = prep.exec(tail); p; p = prep.exec(tail)) cut = p.index;
    if (cut >= 0) end = at + m[0].length + cut;
  }
  return texts.map((t) => ({ start: at, end, text: at === sentence.start ? cap(t) : t }));
};

// Human error named as something to design against, not as the cause: "reduces the chance of human error".
// (Session 6: also human error as a design premise: "design for the reality of human error", "accepts the fact of human error".)
// (Session 14: what a design removes, absorbs or withstands, in the present: "help remove operator error", "robust to
// manual mistakes"; not "removed", a past act.)
const AGAINST = /\b(?:reduc|prevent|avoid|eliminat|minimi[sz]|chance|risk|likelihood|prone|tolerat|guard against|catch|sources? of|room for|no|not|without|less|fewer|resilien|protect|against|any|(?:reality|fact|inevitability|certainty|possibility) of|(?:design|plan|build|built|account)(?:s|ed|ing)? for|remov(?:e|es|ing)\b|mitigat(?:e|es|ing)\b|absorb(?:s|ing)?\b|withstand|robust)/iu;

// The reading of a cause as a person's, rejected right after it is named ("…, it is wrong to blame the operator").
const REJECTS_PERSON_FOCUS = /\b(?:incorrect|wrong|unfair|unhelpful|misleading|pointless|counterproductive|not (?:helpful|useful|productive|fair)|a mistake) to (?:focus on|blame|single out|point (?:a |the )?fingers?)\b/iu;

// Session 13, second round (lang-en2): a slip named with its kind after a possessive ("input mistake", "renewal oversight",
// "data-entry error"); a bare "typo". The word before a slip noun is any lowercase word but a conjunction or preposition;
// before "error"/"fault" it is an act only a person does.
const SLIP_MOD_WORD = '(?!(?:and|or|but|of|to|for|in|on|with|own|no|zero)\\b)[a-z][a-z-]{1,19}';
const SLIP_ACT_WORD = '(?:input|typing|keying|entry|data-entry|data entry|clerical|manual|judgement|judgment|copy-paste|copy-and-paste|transcription|spelling)';
const SLIP_TAIL = '\\b(?! (?:budgets?|rates?|records?|polic(?:y|ies)|guides?|lists?|logs?|counts?|checklists?|catalogu?es?|trackers?|reports?|codes?|messages?|handling)\\b)';
const SLIP_KIND = `(?:${SLIP_MOD_WORD} (?:mistake|slip|slip-up|oversight|blunder|misstep|lapse|screw-up|typo|goof)s?|${SLIP_ACT_WORD} (?:error|fault)s?|typos?)${SLIP_TAIL}`;
const SLIP_KIND_NAMED = `(?:${SLIP_MOD_WORD} (?:mistake|slip|slip-up|oversight|blunder|misstep|lapse|screw-up|typo|goof)s?|${SLIP_ACT_WORD} (?:error|fault)s?)${SLIP_TAIL}`;
// A negation just before the possessive: "it was not the operator's input mistake", "rather than Priya's typing slip".
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever|\bnor|\brather than|\binstead of)(?: (?:simply|just|really|merely|only|all|entirely|due to|caused by|because of|from|down to|the result of|a result of))?\s*$/iu;

const SHAPES: { id: string; list: 'blameful' | 'counterfactual'; kind: Detection['kind']; note: Note; re: RegExp; person?: number; names?: boolean; fix?: Fixer; unlessBefore?: RegExp; from?: number }[] = [
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:the )?(?:blame|responsibility|fault)(?: for [^,;.]{1,60})?(?: here| in this case| this time| for this one)? (?:lies|lay|rests|rested|falls|fell|goes|went|belongs|belonged|sits|sat) (?:squarely |entirely |solely |firmly |clearly )?(?:with|on|to|at the (?:feet|door) of) [^,;.]{1,40}/iu,
    fix: (m, at, sentence) => {
      const what = /^(?:the )?(?:blame|responsibility|fault) for ([^,;.]{1,60}?) (?:lies|lay|rests|rested|falls|fell|goes|went|belongs|belonged|sits|sat)/iu.exec(m[0]);
      const t = what ? `${what[1]} traces back to gaps in the process` : 'the cause lies in the process';
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:is|was|are|were) (?:squarely |entirely |all |completely |really |largely |mostly |solely |100% )?(?:on|down to) (?:me|us|him|her|them|(?:the|our) (?:[a-z-]{1,20} )?[a-z-]{1,20} (?:team|group|shift|engineers?|crew|squad|developers|folks|people|side))(?=[.,;!?]|$| (?:for|this|that|here|alone|entirely|again|not)\b)/iu, fix: (m, at, sentence) => { const be = /^(?:were|are)\b/iu.test(m[0]) ? (/^are/iu.test(m[0]) ? 'are' : 'were') : /^is/iu.test(m[0]) ? 'is' : 'was'; return [{ start: at, end: at + m[0].length, text: `${be} down to gaps in the process` }, { start: at, end: at + m[0].length, text: `${be} a gap in the process` }]; } },
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:the )?(?:mistake|error|fault|failure|blame|slip-up|slip|oversight|blunder|screw-up|responsibility)s?(?: here| in this case| this time)? (?:was|is|were|are) (?:entirely |all |solely |squarely |clearly )?(?:ours|mine|theirs|his|hers|(?:the|our|their) (?:[a-z-]{2,20} ){0,2}[a-z-]{2,20}['’]s?)(?=[.,;!?]|$)/iu,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'The cause lay in the process' : 'the cause lay in the process' }],
  },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:i|we) take (?:full |the |all the |complete )?(?:blame|responsibility) for\b/iu, fix: swap('we will follow up on', 'the process gap is the cause of') },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\bis to blame\b|\bare to blame\b|\bwas to blame\b|\bwere to blame\b/iu },
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    // A neutral artefact ("Tom's script", "Priya's hotfix") counts only as the cause of the damage ("… caused the outage"), not doing its job.
    re: /\b([\p{Lu}][\p{Ll}]{1,20})['’]s (?:(?:bad|rushed|hasty|sloppy|careless|late|risky|untested|last-minute|reckless|negligent|lazy|thoughtless|botched|bungled|shoddy|slapdash|half-baked|clumsy|ill-advised|ill-judged|misguided|faulty) (?:hotfix|release|upgrade|config|configuration|deploy|deployment|typo|mistake|error|shortcut|refactor|change|slip|slip-up|oversight|blunder|fault|push|commit|script|query|command|decision|call|rollback|rollout|migration|fix|patch|edit|screw-up|goof|lapse|misstep|gaffe)|(?:typo|mistake|error|shortcut|slip|slip-up|oversight|blunder|fault|screw-up|goof|lapse|misstep|gaffe)|(?:hotfix|release|upgrade|config|configuration|deploy|deployment|refactor|change|push|commit|script|query|command|decision|call|rollback|rollout|migration|fix|patch|edit)(?=[^.;!?]{0,60}\b(?:caused|broke|took down|brought down|triggered|led to|resulted in|corrupted|wiped|started the (?:outage|incident)|(?:was|is) (?:the (?:root )?cause|to blame))\b))\b/u,
    person: 1,
    fix: (m, at, sentence) => {
      const rest = m[0].slice(m[1].length).replace(/^['’]s\s/u, '').replace(/^(?:bad|rushed|hasty|sloppy|careless|reckless|negligent|lazy|thoughtless|botched|bungled|shoddy|slapdash|half-baked|clumsy|ill-advised|ill-judged|misguided|faulty) /u, '');
      const noun = /^(?:mistake|error|slip|slip-up|oversight|blunder|fault)$/u.test(rest) ? 'change' : rest;
      const lead = (t: string) => (at === sentence.start ? cap(t) : t);
      return [{ start: at, end: at + m[0].length, text: lead(`the ${noun}`) }, { start: at, end: at + m[0].length, text: lead(`${/^[aeiou]/iu.test(noun) ? 'an' : 'a'} ${noun}`) }];
    },
  },
  // Session 17 (lang-en): the artefact of the person addressed as the cause ("Your recent commit broke the build", en-20154):
  // "your" + a change one makes + a harmful verb with an object; the named form ("Tom's commit broke …") is above. Not: a
  // condition or a question before it ("If your change breaks the build, revert it": guidance to the reader), "your" in a
  // customer notice with no harm done by it ("your builds failed").
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\byour (?:(?:recent|last|latest|previous|earlier|new|own|untested) ){0,2}(?:commit|change|pr|pull request|patch|push|force-push|merge|edit|refactor|hotfix|script|migration|config change|deploy|deployment)s? (?:(?:just|apparently|clearly|has|have|had) ){0,2}(?:broke|broken|took down|brought down|corrupted|wiped|wiped out|deleted|killed|crashed|caused (?:the|this|an?) (?:outage|incident|breakage|regression|failure|downtime|data loss))\b(?= (?:the|our|a|an|all|every|this|that|ci|prod|production|master|main|staging|everything|it|\w+ (?:build|builds|tests|site|server|pipeline))\b|[.,;!]|$)/iu,
    unlessBefore: /\b(?:if|when|whenever|unless|in case|whether|did|does|has|have|not|never|no)\b[^.;!?]{0,40}$/iu,
    fix: (m, at, sentence) => [{ start: at, end: at + 4, text: at === sentence.start ? 'The' : 'the' }],
  },
  // Session 18 (lang-en): the writer's own artefact as the cause ("My most recent changes broke the release version",
  // en-23010, self-blame): the session-17 shape with "my" (not "our": "our deploy broke the login page" is how a team tells
  // a cause). Rewrite: "my" → "the".
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\bmy (?:(?:most recent|recent|last|latest|previous|earlier|new|own|untested) ){0,2}(?:commit|change|pr|pull request|patch|push|force-push|merge|edit|refactor|hotfix|script|migration|config change|deploy|deployment)s? (?:(?:just|apparently|clearly|has|have|had) ){0,2}(?:broke|broken|took down|brought down|corrupted|wiped|wiped out|deleted|killed|crashed|caused (?:the|this|an?) (?:outage|incident|breakage|regression|failure|downtime|data loss))\b(?= (?:the|our|a|an|all|every|this|that|ci|prod|production|master|main|staging|everything|it|\w+ (?:build|builds|tests|site|server|pipeline))\b|[.,;!]|$)/iu,
    unlessBefore: /\b(?:if|when|whenever|unless|in case|whether|did|does|has|have|not|never|no)\b[^.;!?]{0,40}$/iu,
    fix: (m, at, sentence) => [{ start: at, end: at + 2, text: at === sentence.start ? 'The' : 'the' }],
  },
  // Session 18 (lang-en): the writer owning haste, "… and so I rushed it" (en-23020, self-blame): "I rushed" + "it / this /
  // that" or a change one ships, closing the clause. Not "we" (a team's account of its schedule), not "rushed to / down /
  // a fix out" (hurrying in the response). Rewrite: the passive, "it was rushed".
  {
    id: 'en.who.harmful-act',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.act,
    re: /\bi (?:(?:really|definitely|probably|clearly|just|kind of|totally|obviously) )?rushed (it|this|that|(?:the|my) (?:release|merge|review|deploy|deployment|upgrade|migration|change|changes|pr|pull request|publish|rollout|update))(?=\s*(?:[.,;!]|$|\band\b|\bbecause\b|\bthrough\b))/iu,
    fix: (m, at, sentence) => {
      const what = m[1].replace(/^my /iu, 'the ');
      const t = `${what} ${/s$/iu.test(what) && !/^(?:this|it)$/iu.test(what) ? 'were' : 'was'} rushed`;
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:failed us|let us down|let the team down)\b/iu, fix: swap('were left without the support they needed', 'had no safeguard to rely on') },
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:was|is|were|proved(?: to be)?|turned out to be) (?:(?:clearly|obviously|simply|frankly|honestly|really|in retrospect|in hindsight),? )?(?:a |an |the )?(?:clearly |obviously |simply |in retrospect |in hindsight |really |truly |[a-z]{3,20}ly )?(?:wrong|bad|poor|foolish|reckless|careless|terrible|questionable|stupid|dumb|irresponsible|lazy|sloppy|risky|unwise|foolhardy|indefensible|inexcusable|imprudent|harebrained) (?:call|choice|decision|move|idea|judg(?:e)?ment)\b/iu,
    fix: (m, at) => { const be = /^(?:were|are)\b/iu.test(m[0]) ? 'were' : 'was'; return [{ start: at, end: at + m[0].length, text: `${be} a decision made without the information we have now` }, { start: at, end: at + m[0].length, text: `${be} a decision made under the pressure of the moment` }]; },
  },
  { id: 'en.who.verdict', list: 'blameful', kind: 'blame-word', note: NOTES.verdict, re: /\b(?:a |an )?(?:lapse|error|failure|errors|lapses) (?:in|of) judg(?:e)?ment\b/iu, fix: swap('a decision made with the information at hand', 'a decision made under time pressure') },
  { id: 'en.who.verdict', list: 'blameful', kind: 'blame-word', note: NOTES.verdict, re: /\b(?:my|our) (?:own )?(?:(?:[a-z-]{2,20},? ){0,2}(?:mistakes?|blunders?|screw-ups?|screwups?|fuck-?ups?|cock-ups?|goofs?|slip-ups?)|bad|errors?(?! (?:budgets?|rates?|handling|messages?|codes?|logs?|counts?|pages?|states?|paths?|cases?|tracking|reporting|responses?|bars?|classes|types?)\b)|fault(?! (?:tolerance|tolerant|domains?|injection|isolation|detection|lines?|zones?|handling|models?|trees?)\b)|oversights?|slips?|lapses?)\b|\bi (?:messed|screwed|goofed) up\b|\bwe (?:messed|screwed|goofed) up\b/iu, fix: (m, at, sentence) => { const verb = /up$/iu.test(m[0]); const t = verb ? 'the process let this through' : /s$/iu.test(m[0]) && !/(?:bad|fault)$/iu.test(m[0]) ? 'the gaps in the process' : 'a gap in the process'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; } },
  // Session 14 (lang-en): a person's act judged by an evaluative word with an empty object, "Someone did something wrong
  // with the chillers", "I had done something dumb", "the intern did a stupid thing": the verdict is the word (a thing as
  // the subject, "The script did something wrong", is not read; nor a negated or conditional clause before it).
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /(?:^|(?<=[\s,;:]))(i|we|you|he|she|they|someone|somebody|(?:the|a|an|our|their|that|this|one) (?:[\p{L}-]{2,20} )?[\p{L}-]{2,20}|[\p{Lu}][\p{Ll}]{1,20}) ((?:(?:had|has|have) )?(?:did|done) (?:something (?:(?:very|really|truly|pretty|so|terribly) )?(?:wrong|stupid|dumb|silly|idiotic|careless|foolish|boneheaded|reckless)|(?:a|an) (?:(?:very|really|truly|pretty|so) )?(?:stupid|dumb|silly|idiotic|careless|foolish|boneheaded|reckless) thing))\b/iu,
    person: 1,
    names: true,
    unlessBefore: /(?:\b(?:not|never|no|if|whether|unless|nobody|none)\b|n['’]t\b)[^.;!?]{0,40}$/iu,
    fix: (m, at, sentence) => {
      const t = /^had\b/iu.test(m[2]) ? 'something had gone wrong' : /^(?:has|have)\b/iu.test(m[2]) ? 'something has gone wrong' : 'something went wrong';
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:people|engineers|everyone|everybody|we|you|reviewers|operators|developers|the team|teams|on-call engineers|our [\p{L}-]{2,20}s|staff|the on-call|responders|deployers) (?:need|needs|must|should|have|has|ought) (?:to )?(?:be more|be better at|take more care|take greater care|pay (?:more|closer|better) attention|stay (?:more )?vigilant|remain (?:more )?vigilant|double-check|be extra)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:(?:the|our|all|all the|all our|all of the|all of our) )?(?:people|engineers|everyone|everybody|we|you|reviewers|operators|developers|the team|teams|on-call engineers|our [\p{L}-]{2,20}s|staff|the on-call|responders|deployers|admins|administrators|maintainers|employees|users|each engineer|every engineer|all engineers|team members|individuals|whoever [\p{L}-]{2,20}s?)(?: (?:on|in|from|across|with) (?:the |our |this |every |each )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20})?)? (?:really |simply |just |all |each )?(?:need|needs|must|should|have|has|ought|will have|are expected|is expected|are reminded|were reminded|are asked|were asked|are urged|were urged|are encouraged) (?:to )?(?:(?:be|become|stay|remain|get) (?:(?:far|much|a lot|a bit|way|even|extra|especially|really|very|more|much more|far more|a little|doubly) ){0,2}(?:careful|vigilant|attentive|diligent|cautious|thorough|alert|disciplined|mindful|conscientious|rigorous|meticulous|focused|watchful|observant|wary|sharper)|(?:be|become|stay|remain|get) (?:a (?:lot|bit|little) |much |far |even |way )?more (?:aware|responsible|professional|awake|sharp)|(?:be|stay|remain|keep) on (?:their|our|your|his|her|my) toes|(?:be|stay|remain) on (?:guard|the ball|high alert)|keep (?:an|a) (?:closer |better |sharper )?eye on|(?:take|exercise|use) (?:more |greater |extra |special |better )?(?:care|caution)|pay (?:more |closer |better |extra )?attention|think twice|double-check|triple-check|slow down and)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // "It is up to the user to be vigilant": care put on people as the safeguard.
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:it is|it['’]s|it was|is|was) (?:ultimately |entirely |always |still )?up to (?:the |each |every |our |all )?(?:users?|people|engineers?|operators?|developers?|reviewers?|staff|employees|individuals|team|everyone|on-call|responders?|admins?) to (?:be|stay|remain|get) (?:more |extra |very |especially )?(?:vigilant|careful|cautious|attentive|alert|mindful|wary|watchful)\b/iu,
    fix: toClauseEnd('the tooling needs a guard rail that does not rely on attention', 'the process needs a check that does not depend on individual care'),
  },
  { id: 'en.who.vigilance', list: 'blameful', kind: 'blame-word', note: NOTES.vigilance, re: /\b(?:protection|defen[cs]e|safeguard|answer|fix) is (?:more )?(?:discipline|vigilance|care|carefulness|attention)\b/iu, fix: (m, at) => { const w = m[0].split(' ')[0]; return [{ start: at, end: at + m[0].length, text: `${w} is a guard rail in the tooling` }]; } },
  { id: 'en.who.negligence', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:cut corners|phoned it in|dropped the ball|could(?:n't| not)? be bothered|winged (?:it|the)|rubber-stamped|half-heartedly|asleep (?:at the (?:wheel|switch)|on the job|on (?:their|his|her|our|my) watch)|chose to ignore|set lazily|done lazily|blindly (?:copied|ran|pasted|applied|trusted|followed))\b/iu, fix: (m, at, sentence, ctx) => {
    // "was asleep at the wheel" → "had nothing drawing attention to the problem".
    const be = /\b(?:was|were|is|are) $/iu.exec(ctx.text.slice(Math.max(sentence.start, at - 5), at));
    return be && /^asleep/iu.test(m[0]) ? [{ start: at - be[0].length, end: at + m[0].length, text: 'had nothing drawing attention to the problem' }] : [];
  } },
  // "The finger points at Mateus", "X is the one responsible for leaving port 22 open".
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:the )?fingers? (?:points?|pointed|is pointing|are pointing|was pointing) (?:squarely )?(?:at|to) [^,;.:]{1,40}/iu, fix: swap('the evidence points at a change', 'the trail leads to a change') },
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    // "the one responsible for …" always; otherwise only past blame for the outage itself ("is responsible for acknowledging pages" is a duty, "the incident review" a task).
    re: /(?:^|, )((?:the |our |their )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20}){0,2}) (?:(?:is|was|are|were) (?:solely |directly |entirely |ultimately |personally |squarely )?the (?:one|ones|party|person|people) responsible for(?= [a-z])|(?:was|were) (?:solely |directly |entirely |ultimately |personally |squarely )?(?:responsible|to blame|at fault) for(?= (?:the |this |that )?(?:outage|incident|downtime|breakage|failure|mess|data loss|leak|mistake|error|damage)\b(?! (?:review|response|retro|retrospective|postmortem|post-mortem|report|management|commander|channel|process|follow-up|call|bridge|ticket)\b)))/iu,
    person: 1,
    fix: (m, at, sentence) => {
      // `at` is past a leading ", " (see englishProse).
      const t = at === sentence.start ? 'Nothing in the process prevented' : 'nothing in the process prevented';
      return [{ start: at, end: at + m[0].replace(/^, /u, '').length, text: t }];
    },
  },
  // Session 8: "I am at fault here", "The on-call engineer was partly at fault": a person found at fault without naming for
  // what (the phrase list read "was at fault" without a rewrite and not "am"). A comparative ("more at fault than") is left.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /(?:^|(?<=[\s,;:]))(i|we|he|she|they|(?:the|our|their|this|that) (?:[\p{L}-]{2,20} )?[\p{L}-]{2,20}|[\p{Lu}][\p{Ll}]{1,20}) ((am|is|are|was|were)(?: (?:partly|partially|also|equally|entirely|solely|largely|mostly|clearly|probably|really|definitely|certainly|totally|fully|somewhat|ultimately|squarely))? at fault)\b(?! for\b)(?!,? than\b)/iu,
    person: 1,
    names: true,
    from: 2,
    fix: (m, at) => [{ start: at, end: at + m[2].length, text: `${m[3].toLowerCase() === 'am' && m[1].toLowerCase() === 'i' ? 'am' : m[3]} part of the chain of events` }],
  },
  // "an operator slip", "engineer error", "a manual typo", "human fallibility": the cause put on people.
  {
    id: 'en.who.human-error',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:an? )?(?:human|operator|manual|engineer|engineering|personnel|staff|admin|administrator|individual|personal|contractor|technician|employee|sysadmin|dba) (?:error|mistake|slip|slip-up|typo|lapse|fallibility|oversight|misstep|blunder)s?\b(?! (?:rates?|logs?|messages?|counts?|codes?|metrics?|handling|budget|events?)\b)/iu,
    unlessBefore: AGAINST,
    fix: (m, at, sentence) => { const t = /^an? /iu.test(m[0]) ? 'a gap in the process' : 'gaps in the process'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }, { start: at, end: at + m[0].length, text: at === sentence.start ? 'A step the tooling did not guard' : 'a step the tooling did not guard' }]; },
  },
  { id: 'en.who.human-error', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:cause|caused|classified|boiled down|came down|due|because|attributed|blamed|put down)\b[^.;!?]{0,40}\b(?:an? )?(?:people|human|personnel|staff) (?:problem|issue|factors?|failure)\b|\b(?:an? )?(?:people|human|personnel|staff) (?:problem|issue|factors?|failure) (?:was|were|is|caused|led)\b/iu, fix: (m, at, sentence) => { const x = /(?:an? )?(?:people|human|personnel|staff) (?:problem|issue|factors?|failure)/iu.exec(m[0])!; const s0 = at + x.index; return [{ start: s0, end: s0 + x[0].length, text: s0 === sentence.start ? 'A process problem' : 'a process problem' }]; } },
  // Punishment asked for in other words.
  {
    id: 'en.who.punitive',
    list: 'blameful',
    kind: 'punitive',
    note: NOTES.vigilance,
    re: /\b(?:repercussions for|disciplinary (?:action|measures?|steps?))\b|\b(?:has to|have to|had to|must|should|needs? to|ought to|will|is going to|are going to) (?:answer|pay) for (?:this|that|it|the)\b|\b(?:should|must|will|needs? to|ought to|deserves? to) lose (?:their|his|her|your|its)\b[^.;]{0,30}\b(?:rights|access|privileges|permissions|job|position|bonus|role)\b|\b(?:be|get|been) (?:removed|taken off|kicked off|banned|barred|suspended) from (?:the )?(?:on-call|on call|pager|paging|deploy|release) (?:rotation|rota|schedule|duty|rights)|\b(?:receive|get|be given|be issued) (?:a |an )?(?:formal|written|final|official) (?:warning|reprimand)|\bas (?:a )?(?:penalty|punishment|sanction)\b/iu,
    fix: (_m, at, sentence, ctx) => processRewrites(sentence, ctx.text, at),
  },
  // Self-blame in other words.
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:i|we) (?:really |totally |completely |badly |thoroughly )?(?:messed|screwed|goofed|mucked|fouled|botched) (?:(?:this|it|that|things|everything) )?up\b|\b(?:i|we) (?:really |totally |completely )?blew it\b|\b(?:mistake|error|oversight|failure|slip|lapse|blunder|misstep)s? on (?:my|our) part\b|\bmea culpa\b/iu,
    fix: (m, at, sentence) => { const t = /part$/iu.test(m[0]) ? `${m[0].replace(/ on (?:my|our) part$/iu, '').replace(/^(?:a |an )?(?:rookie |silly |stupid |careless |big |huge )?/iu, 'a ')} the process did not catch` : /culpa/iu.test(m[0]) ? 'For the record' : 'the process let this through'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; },
  },
  // Verdicts in other words: "an ill-advised move", "the decision to bypass the canary was simply wrong".
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:was|is|were|proved|turned out to be) (?:a |an |the )?(?:clearly |obviously |simply |in retrospect |in hindsight )?(?:[a-z]{3,20}ly )?(?:ill-advised|ill-judged|ill-considered|misguided|unwise|rash|hasty|naive|naïve|short-sighted|shortsighted|boneheaded|silly|careless|reckless|foolish|foolhardy|imprudent|injudicious|harebrained|indefensible|inexcusable) (?:bet|gamble|step|plan|approach|option|shortcut|move|call|choice|decision|idea)\b|\b(?:was|is|were|proved|turned out to be) (?:a |an |the )?(?:clearly |obviously |simply |in retrospect |in hindsight )?(?:bad|poor|wrong|risky) (?:bet|gamble)\b|\b(?:the )?(?:decision|choice|call) to [^,;.]{1,60} (?:was|is|proved) (?:simply |clearly |obviously |plainly |just )?(?:wrong|a mistake|an error|a blunder|misguided|ill-advised|unwise|reckless|careless|foolish|indefensible|inexcusable)\b/iu,
    fix: (m, at) => { const be = /\b(?:were|are)\b/iu.exec(m[0]) ? 'were' : 'was'; const d = /^(?:the )?(?:decision|choice|call) to [^,;.]{1,60}? (?=(?:was|is|proved) )/iu.exec(m[0]); return d ? [{ start: at + d[0].length, end: at + m[0].length, text: `${be} made without the information we have now` }] : [{ start: at, end: at + m[0].length, text: `${be} a decision made without the information we have now` }, { start: at, end: at + m[0].length, text: `${be} a decision made under the pressure of the moment` }]; },
  },
  // "an avoidable mistake", "a preventable outage".
  { id: 'en.who.hindsight-avoidable', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:an? |the )?(?:entirely |completely |easily |totally |wholly |perfectly )?(?:avoidable|preventable) (?:mistake|error|outage|incident|failure|problem|accident|loss|blunder|slip|disaster)\b/iu, fix: (m, at, sentence) => { const noun = m[0].split(' ').pop()!; const t = `${/^(?:a|an|the) /iu.test(m[0]) ? (/^the /iu.test(m[0]) ? 'the ' : 'a ') : ''}${/^(?:mistake|error|blunder|slip)$/iu.test(noun) ? 'gap' : noun} our safeguards did not cover`; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; } },
  // "on Svetlana's watch", "It was Bruno who pushed the change that broke checkout".
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\bon (?:[\p{Lu}][\p{Ll}]{1,20}['’]s|(?:the|our) (?:[a-z-]{2,20} )?(?:team|engineer|lead|manager|on-call|operator|reviewer)['’]s|his|her|their|my|our) watch\b/u, fix: swap('during that shift', 'while the safeguards were missing') },
  { id: 'en.who.attribution', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /^it was ((?:the |our )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20}){0,2}) who (?:[a-z-]{2,20}ed|broke|ran|took|made|left|wrote|let|set|put)\b[^.;]{0,60}\b(?:broke|caused|took down|brought down|triggered|corrupted|deleted|wiped)\b/iu, person: 1, fix: (m, at, sentence, ctx) => {
      // "It was Bruno who pushed the change that broke checkout" → "The change that broke checkout was pushed".
      const v = /^it was (?:(?:the |our )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20}){0,2}) who ([a-z-]{2,20}) /iu.exec(m[0])!;
      const pp: Record<string, string> = { broke: 'broken', ran: 'run', took: 'taken', made: 'made', left: 'left', wrote: 'written', let: 'let', set: 'set', put: 'put' };
      let end = sentence.end;
      while (end > sentence.start && /[.!?]/u.test(ctx.text[end - 1])) end--;
      const obj = ctx.text.slice(at + v[0].length, end).trim();
      if (!/^(?:the|a|an|this|that|his|her|their) /iu.test(obj)) return [];
      const clean = obj.replace(/^(?:his|her|their) /iu, 'the ');
      return [{ start: at, end, text: `${cap(clean)} was ${pp[v[1].toLowerCase()] ?? v[1].toLowerCase()}` }];
    } },
  // "self-inflicted", "an unforced error": a verdict on our own act.
  { id: 'en.who.verdict', list: 'blameful', kind: 'blame-word', note: NOTES.verdict, re: /\b(?:entirely |completely |largely )?self-inflicted\b|\b(?:an? )?unforced error\b|\ban own goal\b/iu, fix: (m, at, sentence) => { const t = /self/iu.test(m[0]) ? 'caused by a gap in our own safeguards' : 'a gap our safeguards did not cover'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; } },
  // "need not have happened", "never needed to happen", "entirely foreseeable".
  { id: 'en.who.hindsight-avoidable', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:need(?:ed)? not have|never needed to|did not need to|didn['’]t need to|didn['’]t have to|did not have to|never had to) (?:happen|happened|occur|occurred)\b/iu, fix: (m, at) => [{ start: at, end: at + m[0].length, text: /occur/iu.test(m[0]) ? 'occurred because a safeguard was missing' : 'happened because a safeguard was missing' }] },
  { id: 'en.who.hindsight-avoidable', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:was|were|is|been) (?:entirely |completely |totally |easily |clearly |perfectly )?foreseeable\b|\b(?:an? |the )?(?:entirely |completely )?(?:predictable|foreseeable) (?:outcome|result|consequence|failure)\b/iu, fix: (m, at) => { const be = /^(?:was|were|is|been)\b/iu.exec(m[0]); return be ? [{ start: at, end: at + m[0].length, text: `${be[0]} clear only afterwards` }] : [{ start: at, end: at + m[0].length, text: /^an? /iu.test(m[0]) ? `an ${m[0].split(' ').pop()}` : `the ${m[0].split(' ').pop()}` }]; } },
  // Hindsight.
  { id: 'en.who.hindsight-avoidable', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:was|is|were|been) (?:entirely |completely |totally |easily |clearly |perfectly |100% )?(?:avoidable|preventable)\b(?!,? had\b)/iu, fix: (m, at) => { const be = m[0].split(' ')[0]; const verb = be === 'been' ? 'exposed' : be === 'is' ? 'exposes' : 'exposed'; return [{ start: at, end: at + m[0].length, text: be === 'been' ? 'shown gaps we can close' : `${verb} gaps we can close` }, { start: at, end: at + m[0].length, text: `${be} possible because safeguards were missing` }]; } },
  // Session 8: "There should have been a test for it", "there probably should have been a canary": a safeguard named as
  // what should have existed, judged after the fact; rewritten as the safeguard that was missing ("There was no test for
  // it"). Only a safeguard's noun (a test, a check, an alert, a stage …): "There should have been a log line for every
  // retry" tells what was expected; nor with a contrast after it ("three replicas, but only one ran").
  // ("their" for "there" is a common slip in forum text: a possessive is never followed by "should".)
  // Session 11: a missing safeguard named by the speed it would have given this response ("A disk-usage alert would have
  // helped us spot the full volume sooner", "faster alerting would have allowed faster remediation"): the team's response
  // as the object, or the comparative at once; not in general ("would have helped new users", "would have helped catch
  // issues earlier", "would have helped me learn faster").
  {
    id: 'en.who.hindsight-prevented',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\bwould(?: have|['’]ve) (?:helped|allowed|let|enabled) (?:(?:us|the team|the on-call|on-call|the responders|responders|the operators|operators|the engineers|the support team)(?: to)? (?:[a-z-]{2,20} ){1,6}?|)(?:(?:much|far|a lot|quite a bit|a bit|significantly|considerably) )?(?:faster|sooner|earlier|quicker|more quickly)\b/iu,
    unlessBefore: /\b(?:no|missing|lacked|lacking|without|absent|look(?:s|ing)? for|search(?:es|ing)? for|find|finding|identify|identifying|add|adding)\b[^.;:!?]{0,30}\b(?:that|which)\s*$/iu,
    fix: toClauseEnd('was not part of the process at the time', 'is a safeguard the process did not include'),
  },
  {
    id: 'en.who.hindsight-passive',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:there|their) (?:(?:probably|definitely|clearly|certainly|really|obviously|surely|also|likely) )?(?:should|ought to)(?: have|['’]ve) been(?=(?: [\p{L}-]{1,20}){0,3}? (?:tests?|testing|checks?|checklists?|alerts?|alerting|alarms?|reviews?|reviewers?|canar(?:y|ies)|gates?|guards?|guard ?rails?|safeguards?|safety nets?|backups?|monitors?|monitoring|warnings?|validations?|sign-?offs?|approvals?|stages?|staging|confirmations?|confirmation prompts?|prompts?|rollback plans?|dry[- ]runs?|limits?|locks?|protections?|process|procedures?|runbooks?|escalations?)\b)(?: (a|an|one|any)\b| (some|several|more)\b|(?= ([\p{L}-]{2,30})\b))(?! (?:no|none|nothing|fine|ok|okay|enough|able|a way|less|\d|two|three|four|five|six|ten)\b)(?![^.;!?]{0,120}\b(?:but|yet|however|instead|whereas|only)\b)/iu,
    fix: (m, at, sentence) => {
      const plural = !!m[2] || (!m[1] && !!m[3] && /[^s]s$/iu.test(m[3]));
      const t = m[2]?.toLowerCase() === 'more' ? 'there were not enough' : plural ? 'there were no' : 'there was no';
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  // Session 8: "Caused by somebody disconnecting a power supply", "caused by a maintenance crew accidentally tripping a
  // breaker": the cause put on a person acting (users and customers, not of the team, are left out). Rewritten with the
  // act's object as the subject ("caused by a power supply being disconnected").
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:caused|triggered|started|set off) by ((?:someone|somebody|one of (?:the|our) [\p{L}-]{2,20}|(?:an?|the|our|their) (?!(?:users?|customers?|clients?|visitors?|attackers?|hackers?|bots?|crawlers?|scrapers?)\b)(?:[\p{L}-]{2,20} )?(?!(?:users?|customers?|clients?|visitors?|attackers?|hackers?)\b)[\p{L}-]{2,20}|[\p{Lu}][\p{Ll}]{1,20}) (?:(?:accident(?:al?)?ly|inadvertently|mistakenly|unknowingly|simply) )?([a-z]{3,20}ing) ((?:(?:the|a|an|one|our|their|its|his|her|some|several|two|three) )?(?:[\p{L}\d-]{1,20} ){0,2}?[\p{L}\d-]{1,20})(?= (?:at|in|on|during|while|when|for|from|with|after|before|and|but|which|that|as|twice|again|anyway|instead|manually|directly|by hand|too|against|into|onto|to|without)\b|[,.;:!?—–]|$))/iu,
    person: 1,
    names: true,
    from: 1,
    fix: (m, at) => {
      const g = m[2].toLowerCase();
      const past = GERUND_PP[g] ?? (GERUND_PAST[g] ? undefined : gerundPast(g));
      if (!past) return [];
      return [{ start: at, end: at + m[0].length - m[0].indexOf(m[1]), text: `${m[3]} being ${past}` }];
    },
  },
  {
    id: 'en.who.hindsight-prevented',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    // (Session 10: also the contraction, "A dry run would’ve caught the typo".)
    // (Session 16: more adverbs before "have": "would also / definitely / almost certainly have caught", ./safeguard.ts.)
    re: /\bwould(?:(?: easily| surely| certainly| probably| likely| also| definitely| undoubtedly| almost certainly| most likely| very likely)? have|['’]ve) (?:prevented|avoided|caught|stopped|spared|saved|averted|mitigated|flagged|spotted|detected)\b/iu,
    // "We had no deploy check that would have caught it", "missing tests that would have caught …": the safeguard is
    // already named as missing, which is what the rewrite asks for. (Session 8: so is a safeguard the follow-up looks for or
    // adds: "looking for tests that would have detected the problem", "find the checks that would have caught it".)
    unlessBefore: /\b(?:no|missing|lacked|lacking|without|absent|look(?:s|ing)? for|search(?:es|ing)? for|find|finding|identify|identifying|add|adding)\b[^.;:!?]{0,30}\b(?:that|which)\s*$/iu,
    fix: toClauseEnd('was not part of the process at the time', 'is a safeguard the process did not include'),
  },
  {
    id: 'en.who.hindsight-passive',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:(?:should|could|might|ought to)(?:n['’]t| not)?(?:,? (?:so|very|quite|really|easily|readily|trivially|simply|also|probably|certainly|definitely|at least|in hindsight|arguably|surely|likely|perhaps|well|all too),?){0,3}|would(?: (?:so |quite |very )?(?:easily|readily|trivially|surely|certainly))) ?(?:have|['’]ve)(?: (?:easily|readily|also|probably|simply|quickly|trivially))? (?:be|been) (?:easily |readily |quickly |trivially )?(?:caught|avoided|prevented|detected|noticed|spotted|found|stopped|mitigated|handled|fixed|averted|escalated|checked|tested|reviewed|done|renewed|flagged|rushed|rolled back|picked up|identified|discovered|seen|addressed|resolved|contained|limited|plugged|patched|closed|foreseen|anticipated|predicted|communicated|announced|raised|investigated|monitored|throttled|paused|reverted|blocked|rejected|verified|validated|audited|rotated)\b(?![^.;!?]{0,30}\b(?:automatically|by (?:the |an? |our )?(?:[a-z-]{2,20} )?(?:bot|job|system|scheduler|cron|automation|tool|pipeline|script|service|controller|workflow|policy)\b))/iu,
    fix: (m, at) => {
      const words = m[0].split(' ');
      const pp = words[words.length - 1] === 'back' || words[words.length - 1] === 'up' ? words.slice(-2).join(' ') : words[words.length - 1];
      const neg = /n['’]t|\bnot\b/iu.test(m[0]);
      return neg ? [{ start: at, end: at + m[0].length, text: `was ${pp}` }] : [{ start: at, end: at + m[0].length, text: `was not ${pp}` }, { start: at, end: at + m[0].length, text: `went un${pp === 'caught' || pp === 'noticed' || pp === 'detected' || pp === 'spotted' || pp === 'checked' || pp === 'tested' || pp === 'reviewed' || pp === 'identified' || pp === 'discovered' ? pp : pp === 'picked up' || pp === 'seen' ? 'noticed' : pp === 'found' ? 'discovered' : 'handled'}` }];
    },
  },
  {
    id: 'en.who.hindsight-conditional',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:avoidable|preventable|avoided|prevented),? had\b/iu,
    // "The incident was wholly avoidable had basic checks been done" → "The incident was possible because basic checks were not done".
    fix: (m, at, sentence, ctx) => {
      const full = /\b(was|were|is) (?:[a-z]{3,20}ly )?(?:avoidable|preventable),? had ([^,;.!?]{2,60}?) been ([a-z-]{2,20}(?:ed|en|wn|ne|un|ght)|read|run|set|put|cut|shut|done|seen|told|sent|kept|left|made)\b/iu.exec(ctx.text.slice(sentence.start, sentence.end));
      if (!full) return [];
      const s0 = sentence.start + full.index;
      return [{ start: s0, end: s0 + full[0].length, text: `${full[1].toLowerCase()} possible because ${full[2]} ${plural(full[2].split(' ').pop() ?? '') ? 'were' : 'was'} not ${full[3]}` }];
      void m; void at;
    },
  },
  {
    id: 'en.who.knew-better',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:we|i|he|she|they|you|everyone|the team|the [\p{L}-]{2,20}) (?:all |really |clearly |certainly |should have )?(?:knew|know|known) better(?: than to ([\p{L}-]{2,20}))?/iu,
    fix: (m, at) => (m[1] && /^[a-z-]+$/u.test(m[1]) ? [{ start: at, end: at + m[0].length, text: `${m[0].split(/ (?:all |really |clearly |certainly |should have )?(?:knew|know|known) better/iu)[0]} knew the risk of ${gerund(m[1])}` }] : []),
  },
  {
    id: 'en.who.hindsight-passive',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\bshould(?: never|n['’]t| not)(?: ever)? have (?:happened|occurred|been possible|been allowed|reached production|made it (?:to|into) production|shipped|gone out)\b/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: /happened|occurred/u.test(m[0]) ? 'happened because a safeguard was missing' : 'went through because a safeguard was missing' }],
  },
  {
    id: 'en.who.punitive',
    list: 'blameful',
    kind: 'punitive',
    note: NOTES.vigilance,
    re: /^whoever\b[^.;!?]{1,60}\b(?:should|must|needs to|ought to|will|has to) (?:be|get) (?:fired|sacked|let go|dismissed|demoted|punished|disciplined|held accountable|written up|reprimanded)/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: 'The process that allowed this needs to change' }],
  },
  {
    id: 'en.who.hindsight-anyone',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^(?:(?:any|a|an) (?:careful |attentive |experienced |competent |diligent |good )?(?:one|body|engineer|reviewer|operator|developer|sre|on-call|responder|person|human)|anyone|anybody|someone|somebody)(?: with (?:[a-z-]{2,20} ){0,2}(?:experience|sense|knowledge|training|care|attention)| (?:paying attention|looking|watching|reading|checking)(?: (?:closely|carefully|at [a-z -]{1,40}?|the [a-z -]{1,40}?))?)?,? (?:would|could|should)(?: easily| surely| certainly| quickly)? have (?:noticed|seen|caught|spotted|known|realised|realized|found|recognised|recognized)\b([^;.!?]{0,120})/iu,
    fix: (m, at, sentence, ctx) => {
      const rest = m[1].trim().replace(/^(?:that|how|what) /iu, '');
      if (!rest) return [];
      // "would have known not to run that query" → "Nothing at the time warned against running that query".
      const not = /^not to ([a-z-]{2,20})\b/iu.exec(rest);
      if (not) return [{ start: at, end: sentence.end - (/[.!?]$/u.test(sentence.text) ? 1 : 0), text: `Nothing at the time warned against ${gerund(not[1].toLowerCase())}${rest.slice(not[0].length)}` }];
      return [{ start: at, end: sentence.end - (/[.!?]$/u.test(sentence.text) ? 1 : 0), text: `Nothing at the time drew attention to ${/^(?:the|a|an|this|that|our|its)\b/iu.test(rest) && !/ (?:was|were|is|are|had) /iu.test(rest) ? rest : `the signs that ${rest}`}` }];
      void ctx;
    },
  },
  {
    id: 'en.who.missed-duty',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.duty,
    re: /^(?:did not|didn['’]t|never|forgot to|neglected to) ([a-z-]{2,20})\b([^.;?!]{0,80}?)\b(?:despite|although|even though|knowing|while knowing)\b[^.;?!]{0,80}/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `Nothing prompted anyone to ${verbBase(m[1])}${m[2].trimEnd()}` }],
  },
  { id: 'en.who.hindsight-passive', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:as (?:well|quickly|fast|smoothly|cleanly|carefully|early) as (?:it|they|this|we|he|she) (?:could|should|might) have(?: been)?)(?= *[.,;!?]| *$)/iu, fix: (m, at) => [{ start: at, end: at + m[0].length, text: 'as well as it might have with better support' }, { start: at, end: at + m[0].length, text: 'smoothly' }] },
  // "The outage is squarely the fault of the infrastructure team".
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(is|was|are|were) (?:squarely |entirely |all |clearly |solely |largely |mostly |ultimately )?the (?:fault|doing|failure|mistake) of ((?:the |our |their )?[\p{L}-]{2,20}(?:(?: |'s )[\p{L}-]{2,20}){0,2})(?! to\b)/iu,
    person: 2,
    names: true,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `${m[1].toLowerCase()} down to a gap in the process` }],
  },
  // "It was the QA team's failure that …", "the on-call engineer's oversight".
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:the|our|their|an?|one) ((?:[\p{L}-]{2,20} ){0,2}[\p{L}-]{2,20})['’]s? (?:own )?(?:fault|failure|mistake|error|oversight|blunder|slip|slip-up|negligence|screw-up|doing|carelessness|misstep|lapse)\b(?! (?:budget|budgets|rates?|modes?|domains?|counts?|logs?|codes?|handling|metrics?|injection|points?|scenarios?|cases?|conditions?|messages?|tolerance|detection|alerts?|reports?)\b)/iu,
    person: 1,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'A gap in the process' : 'a gap in the process' }],
  },
  // Session 13, second round (lang-en2): the same attribution with a word naming the kind of slip between the possessive
  // and the noun — "caused by the operator's input mistake", "the admin's renewal oversight", "Priya's scheduling mistake",
  // "the accountant's data-entry error" — and "the intern's typo" (a name's typo was read already). A role noun and a name
  // are read alike (the person checks of the two shapes above); a vendor or a customer is no person here, as for "the
  // vendor's mistake". "error" and "fault" only after a word for an act a person does ("the operator's dashboard error" is
  // an error the operator saw). Not after a negation ("it was not the operator's input mistake").
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: new RegExp(`\\b(?:the|our|their|an?|one) ((?:[\\p{L}-]{2,20} ){0,2}[\\p{L}-]{2,20})['’]s (?:own )?${SLIP_KIND}`, 'iu'),
    person: 1,
    unlessBefore: NEGATED_BEFORE,
    fix: swap('a gap in the process'),
  },
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: new RegExp(`\\b([\\p{Lu}][\\p{Ll}]{1,20})['’]s (?:own )?${SLIP_KIND_NAMED}`, 'u'),
    person: 1,
    names: true,
    unlessBefore: NEGATED_BEFORE,
    fix: swap('a gap in the process'),
  },
  // "a typo by an administrator", "a mistake made by Ravi": the error put on its author.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(typo|mistake|error|slip|slip-up|blunder|oversight|misstep|lapse|screw-up|goof)s? (?:made |committed )?(?:by|from) ((?:an? |the |our |one of (?:the |our ))?(?:[\p{L}-]{2,20}'s )?[\p{L}-]{2,20}(?: (?![a-z-]{2,20}ed\b|(?:was|were|is|broke|took|made|led|left|ran|set|cost|hit|brought|caused|wiped|deleted|dropped|cut|shut|put|sent|lost|let|tore|threw|blew|froze|kept|gave|got|went|fell|knocked|struck|wrote|overwrote|meant|held|bit|sank|spread)\b)[\p{L}-]{2,20})?)/iu,
    person: 2,
    names: true,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `${m[1]} the tooling did not catch` }],
  },
  // Punishment as access taken away: "We recommend revoking Farid's production access", "… pulled as punishment".
  {
    id: 'en.who.punitive',
    list: 'blameful',
    kind: 'punitive',
    note: NOTES.vigilance,
    re: /\b(?:should|must|ought to|needs? to|will|recommend|recommends|recommended|propose|proposed|suggest|suggested|want|wants|demand|demanded)\b[^.;!?]{0,20}\b(?:revok(?:e|ing)|pull(?:ing)?|remov(?:e|ing)|suspend(?:ing)?|strip(?:ping)?)\b (?:[\p{Lu}][\p{Ll}]{1,20}['’]s|his|her|their|the (?:engineer|developer|operator|contractor|intern|reviewer|deployer|on-call|sre|dba|admin|author|employee|person|individual|responder|release manager)(?: engineer)?['’]s) (?:[a-z-]{2,20} )?(?:access|privileges|permissions|rights)\b|\b(?:as|by way of) (?:a )?punishment\b|\b(?:off|from) the (?:rota|rotation|on-call|pager)\b[^.;!?]{0,30}\bas (?:a )?penalty\b/iu,
    fix: (_m, at, sentence, ctx) => processRewrites(sentence, ctx.text, at),
  },
  // "The alert should have been acted on within minutes", "… caught by the team weeks ago": a step people missed, judged after.
  {
    id: 'en.who.hindsight-passive',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\bshould(?: (?:really|clearly|obviously|definitely|certainly|surely|probably))? have been ([a-z-]{2,20}(?:ed|en|wn|ght|un|ne|ut|et))((?: (?:on|up|back|out|off|down|through|over))?)(?=[^.;!?]{0,40}\b(?:within (?:\d|a few|minutes|hours|seconds|days|an? (?:hour|minute|day|week)|the (?:hour|first|day))|sooner|earlier|immediately|right away|at once|ago|long before|by (?:the |an? |our |one of the )?(?:team|engineers?|reviewers?|on-call|operators?|developers?|authors?|deployers?|release manager|sre|dba|responders?)|in review|at review|before (?:the |it |we |merge|deploy|release|rollout)))(?![^.;!?]{0,30}\b(?:automatically|by (?:the |an? |our )?(?:[a-z-]{2,20} )?(?:bot|job|system|scheduler|cron|automation|tool|pipeline|script|service|controller|workflow|policy)\b))/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `was not ${m[1]}${m[2]}` }],
  },
  // Round 3 (kinds, not phrases): conduct judged in other words.
  // "The QA team not doing their job", "didn't do his due diligence".
  {
    id: 'en.who.negligence',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(not|never|wasn['’]t|weren['’]t|was not|were not|didn['’]t|did not) (?:really |even |properly )?(?:doing|do|did) (?:their|his|her|our|my|your) (?:jobs?|homework|due diligence)\b/iu,
    fix: (m, at) => {
      const n = m[1].toLowerCase();
      const form = /^(?:didn['’]t|did not)$/u.test(n) ? 'did not have' : n === 'never' ? 'never had' : n === 'not' ? 'not having' : `${n} given`;
      return [{ start: at, end: at + m[0].length, text: `${form} the checks the work needed` }];
    },
  },
  // "We have the mobile team to thank for this mess": attribution by irony.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:we|you|they|i) (?:have|can thank|owe) ((?:the |our |their )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20}){0,2}) (?:to thank|thanks) for (?:this|the|that|all this|today['’]s|last night['’]s) (?:mess|outage|incident|downtime|fiasco|disaster|chaos|breakage|one|pages?)\b/iu,
    person: 1,
    names: true,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'This traces back to a gap in the process' : 'this traces back to a gap in the process' }],
  },
  // "We were let down by the vendor-management group".
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(was|were|been|felt) (?:badly |really |completely |thoroughly )?let down by ((?:the |our |their )?(?:[\p{L}-]{2,20} ){0,2}(?:team|teams|group|squad|department|org|organi[sz]ation|vendor|supplier|provider|contractors?|engineers?|people|staff|colleagues|on-call|reviewers?|operators?|developers?))\b/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `${m[1].toLowerCase()} depending on ${m[2]}` }],
  },
  // "operator fault", "a case of PEBKAC", "fat fingers", "down to user error": the cause put on people.
  {
    id: 'en.who.human-error',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:an? (?:classic |clear |simple )?case of )?(?:(?:human|operator|manual|personnel|user) faults?|pebkac|pebcak|id-?10-?t(?: error)?|layer[ -]?8 (?:issue|problem|error)|fat[- ]finger(?:s|ing)?(?: (?:error|mistake))?|(?:an? |the )?fat[- ]fingered (?:user|operator|admin|administrator|engineer|human|person|sysadmin|developer|technician))\b|\b(?:due to|down to|because of|caused by|chalked up to|put down to|blamed on|attributed to|classified as|was|is) (?:an? |simple |plain |pure |classic )?user error\b(?! (?:rates?|messages?|codes?|logs?|counts?|handling|pages?|responses?)\b)(?: on (?:the [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?['’]s|my|our|his|her|their) part\b)?/iu,
    unlessBefore: AGAINST,
    fix: (m, at, sentence) => {
      const u = /(?:an? |simple |plain |pure |classic )?user error(?: on .{1,60}part)?$/iu.exec(m[0]);
      const s0 = u ? at + u.index : at;
      return [{ start: s0, end: at + m[0].length, text: s0 === sentence.start ? 'A gap in the process' : 'a gap in the process' }];
    },
  },
  // "an error on the admin's part": the mistake put on someone named after it (the possessor must be a person).
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:mistake|error|oversight|failure|slip|lapse|blunder|misstep)s? on ((?:the|an?) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20})['’]s part\b/iu,
    person: 1,
    names: true,
    fix: (m, at) => { const cut = m[0].search(/ on /u); return [{ start: at + cut, end: at + m[0].length, text: '' }]; },
  },
  // "this one is entirely my doing".
  { id: 'en.who.verdict', list: 'blameful', kind: 'blame-word', note: NOTES.verdict, re: /\b(is|was) (?:entirely |all |completely |squarely |wholly |100% )?(?:my|our) (?:own )?doing\b/iu, fix: (m, at) => [{ start: at, end: at + m[0].length, text: `${m[1].toLowerCase()} down to gaps in the process` }] },
  // "I goofed by pasting …", "we blundered".
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:i|we) (?:really |totally |badly )?(?:goofed|blundered|fumbled|slipped up)(?: (?:by|when|in) ([a-z]{3,20}ing)\b)?/iu,
    fix: (m, at, sentence) => {
      const lead = (t: string) => (at === sentence.start ? cap(t) : t);
      const who = /^we\b/iu.test(m[0]) ? 'us' : 'me';
      return [{ start: at, end: at + m[0].length, text: lead(m[1] ? `nothing stopped ${who} from ${m[1].toLowerCase()}` : 'the process let this through') }];
    },
  },
  // "Choosing to run the backfill during the peak was, frankly, indefensible": a verdict on a decision named by its gerund.
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /^(?:(?:in retrospect|in hindsight|frankly|honestly|looking back),? )?(?!(?:during|nothing|something|everything|anything|morning|evening|thing|string|ceiling|pending|following|including|according|regarding|concerning|notwithstanding)\b)[A-Za-z][a-z-]{2,20}ing\b[^.;:!?]{0,120}? ((?:was|were|is)(?:,? (?:frankly|honestly|clearly|simply|in retrospect|in hindsight|obviously|really|quite|arguably|plainly),?)? (?:an? |the )?(?:[a-z]{3,20}ly )?(?:indefensible|inexcusable|unjustifiable|unforgivable|reckless|irresponsible|foolhardy|negligent|careless|foolish|boneheaded|ill-advised|ill-judged|ill-considered|short-sighted|shortsighted|unwise|imprudent|injudicious|harebrained)\b(?: (?:bet|gamble|step|plan|approach|option|shortcut|move|call|choice|decision|idea))?)/iu,
    // Reported from the verdict ("was … indefensible"), as the other verdict shapes are.
    from: 1,
    fix: (m, at) => { const be = /^(?:were|are)\b/iu.test(m[1]) ? 'were' : 'was'; return [{ start: at, end: at + m[1].length, text: `${be} a decision made without the information we have now` }, { start: at, end: at + m[1].length, text: `${be} a decision made under the pressure of the moment` }]; },
  },
  // Care asked of people in other words: "Everyone with prod access …" (see the vigilance shapes above), reminders, "slow down".
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:we |i )?(?:remind|urge|ask|encourage|implore|beg|call on) (?:all |every |each |our |the )?(?:people|engineers?|everyone|everybody|reviewers?|operators?|developers?|deployers?|responders?|staff|admins?|maintainers?|team members|on-call engineers?|colleagues) to (?:always )?(?:double-check|triple-check|re-?read|read [^.;!?]{1,30} (?:twice|carefully|again)|check (?:twice|again|carefully)|(?:be|stay|remain) (?:more |extra |especially )?(?:careful|vigilant|attentive|cautious|alert|mindful)|pay (?:more |closer |extra )?attention|take (?:more |extra |great )?care|slow down|think twice)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // Session 8: care asked of the reader as a rule, "Always double-check what machine you're working on", "it's always
  // important to double-check the arguments you pass": an imperative with "always", or care called important.
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /^(?:(?:so|and|remember|lesson learned|lesson|pro tip|tip)[:,]? )?(?:please )?always (?:(?:remember|make sure|try) to )?(?:double[- ]check|triple[- ]check|check (?:twice|again|carefully)|be (?:careful|vigilant|mindful|cautious|extra careful)|pay (?:close |closer |more )?attention)\b|\b(?:it is|it['’]s|it was|is) (?:always |very |so |extremely |really )?(?:important|essential|crucial|vital|critical|key) to (?:always )?(?:double[- ]check|triple[- ]check|check (?:twice|again|carefully)|be (?:careful|vigilant|mindful|cautious|extra careful)|pay (?:close |closer |more )?attention)\b/iu,
    fix: (m, at, sentence, ctx) => { let end = sentence.end; while (end > at && /[.!?\u2026]/u.test(ctx.text[end - 1])) end--; const t = 'the process needs a check that does not depend on individual care'; return [{ start: at, end, text: at === sentence.start ? cap(t) : t }]; },
  },
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\bslow down and (?:check|think|read|double-check|look)\b|\b(?:double-)?check (?:your|their|our) (?:own )?work\b|\bthink (?:twice )?before (?:you|they|we) (?:hit|press|click|type|run|deploy|merge)\b/iu,
    fix: (m, at, sentence, ctx) => { let end = sentence.end; while (end > at && /[.!?\u2026]/u.test(ctx.text[end - 1])) end--; const t = 'the process needs a check that does not depend on individual care'; return [{ start: at, end, text: at === sentence.start ? cap(t) : t }]; },
  },
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:(?:the|our|all|all the|all our) )?(?:people|engineers|everyone|everybody|we|you|reviewers|operators|developers|the team|teams|on-call engineers|on-call staff|staff|the on-call|responders|deployers|admins|maintainers|team members)(?: (?:on|in|from|across|with) (?:the |our |this |every |each )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20})?)? (?:really |simply |just |all )?(?:need to|needs to|must|should|have to|has to|ought to|will have to|are expected to|is expected to) [^.;!?]{1,60}?\b(?:(?:far |much |a lot |a bit |even )?more (?:closely|carefully|thoroughly|attentively|diligently|rigorously|conscientiously)|with (?:more|greater|extra) (?:care|attention|scrutiny))\b|\bkeep (?:their|your|our|his|her) wits about\b|\b(?:stay|remain|be) (?:extra |more )?sharp\b|\bbe on the lookout\b|\bkeep (?:their|your|our) eyes (?:open|peeled)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // Session 15: the same call for care in two more forms (the README's vigilance-call): a first-person pledge with "will"
  // ("Next time we will check the zone file more carefully") and checking "harder" ("We must test harder", "… and review it
  // harder"), an effort adverb closing the clause. Only verbs of checking (not "monitor … more closely": more monitoring).
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:we|i)(?:(?: (?:really|simply|just|all|also))? (?:will|are going to|am going to|promise to|shall)|['’]ll)(?: (?:try to|be sure to|make sure to|have to|need to))? (?:review|check|test|read|verify|inspect|scrutini[sz]e|proofread|double-check|examine|go over|look (?:at|over|through))\b[^.;!?]{0,50}?\bmore (?:carefully|closely|thoroughly|attentively|diligently)\b|(?:^|(?<=\band )|\b(?:we|i|you|everyone|everybody|reviewers|engineers|people|the team|our team) (?:(?:really|simply|just|all|also) )?(?:(?:need to|needs to|must|should|have to|has to|ought to|will|['’]ll|are going to) )?)(?:review|check|test|read|verify|inspect|scrutini[sz]e|proofread|double-check|examine|go over|look (?:at|over|through))\b[^.;!?]{0,50}?\bharder(?=\s*(?:[.,;!?]|$|next time|before|in future|from now|going forward))/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // "would have jumped out at anyone reading the diff": it was plain, says hindsight.
  {
    id: 'en.who.hindsight-obvious',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:would|should|could)(?: surely| certainly| easily)? have (?:jumped out|stood out|leapt out|been (?:obvious|clear|evident|apparent|plain))(?: immediately)? (?:at|to)(?= (?:anyone|anybody|any (?:reviewer|engineer|reader|one)|(?:the|a|an) (?:careful |attentive )?(?:reviewer|engineer|reader|on-call|operator|deployer|author))\b)/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: 'did not stand out to' }],
  },
  // "The whole six-hour outage was entirely unnecessary".
  { id: 'en.who.hindsight-avoidable', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:outage|incident|downtime|failure|data loss|disruption|breakage|damage)\b[^.;!?]{0,40}?\b(?:was|were|is) (?:(?:entirely|completely|totally|wholly|utterly|100 ?%) )?(?:unnecessary|needless)\b/iu, fix: (m, at) => { const i = m[0].search(/\b(?:was|were|is) (?:(?:entirely|completely|totally|wholly|utterly|100 ?%) )?(?:unnecessary|needless)$/iu); const be = m[0].slice(i).split(' ')[0].toLowerCase(); return [{ start: at + i, end: at + m[0].length, text: `${be === 'is' ? 'exposes' : 'exposed'} gaps we can close` }]; } },
  // "never should have got past review", "shouldn't have slipped through".
  { id: 'en.who.hindsight-passive', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(?:should(?: never|n['’]t| not)|never should)(?: ever)? have (?:happened|occurred|shipped|gone out|been (?:possible|allowed|merged|approved)|(?:got|gotten|made it|slipped|gone) (?:past|through|into|to) (?:the )?(?:review|code review|ci|qa|testing|staging|production|prod|the net))\b/iu, fix: (m, at) => [{ start: at, end: at + m[0].length, text: /happened|occurred/u.test(m[0]) ? 'happened because a safeguard was missing' : 'went through because a safeguard was missing' }] },
  // "What was the reviewer thinking, approving …?", "What possessed the on-call to …?"
  {
    id: 'en.who.hindsight-question',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^what (?:on earth |exactly |the hell )?(?:was|were) ((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20}|we|they|he|she|you|i) thinking\b|^what (?:on earth )?possessed ((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20}|us|them|him|her|you|me) to\b/iu,
    fix: (_m, at, sentence) => [{ start: at, end: sentence.end, text: 'What made this step look reasonable at the time?' }, { start: at, end: sentence.end, text: 'What did the responders know at that moment?' }],
  },
  // Rewrites for shapes the phrase lists flag without one (round 3).
  // "It was the platform engineers who caused the outage" → "The outage traces back to a gap in the process".
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /^it was ((?:the |our )?[\p{L}-]{2,20}(?: [\p{L}-]{2,20}){0,2}) who (?:caused|triggered|started|broke|took down|brought down) ((?:the|this|that) [^,;.!?]{1,40})/iu,
    person: 1,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `${cap(m[2].replace(/^that /iu, 'the '))} traces back to a gap in the process` }],
  },
  // "Developers must stop being so careless with feature flags".
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /\b(?:(?:the|our|all) )?(?:people|engineers|everyone|everybody|we|you|reviewers|operators|developers|the team|teams|staff|responders|deployers|admins|maintainers)(?: really| just| simply)? (?:need to|needs to|must|should|have to|has to|ought to) stop being (?:so |that |this |as )?(?:careless|sloppy|lazy|reckless|cavalier|casual|lax|negligent|complacent|hasty)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // "I should not have been running commands that tired" → "I was running commands that tired".
  { id: 'en.who.hindsight-person', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /\b(i|we|he|she|they) should(?: not|n['’]t) have been (?=[a-z]{3,20}ing\b)/iu, fix: (m, at) => [{ start: at, end: at + m[0].length, text: `${m[1]} ${/^(?:we|they)$/iu.test(m[1]) ? 'were' : 'was'} ` }] },
  // "With a bit more foresight the on-call would have noticed the trend" → "Nothing at the time drew attention to the trend".
  {
    id: 'en.who.hindsight-person',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^with (?:a (?:bit|little) |some )?(?:more|better|greater|some) (?:foresight|attention|care|diligence|discipline|focus|rigou?r|vigilance),? ((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|we|they|he|she|[\p{Lu}][\p{Ll}]{1,20}) would(?: easily| surely| certainly| probably)? have (?:noticed|seen|caught|spotted|known|found|realised|realized|recognised|recognized)( [^,;.!?]{2,80})/iu,
    person: 1,
    names: true,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `Nothing at the time drew attention to${m[2].replace(/^ (?:that|how) /iu, ' the fact that ')}` }],
  },
  // "Five minutes of testing by the author would have revealed the null pointer": what a person did not do, judged after.
  {
    id: 'en.who.hindsight-prevented',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^[^,;.!?]{0,60}? (?:by|from|on the part of) ((?:the|a|an|our|their|any) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) (would(?: easily| surely| certainly| probably| likely| quickly)? have [a-z-]{2,20}(?:ed|en|wn|ght|un|ne|pt)\b)/iu,
    person: 1,
    fix: (m, at, sentence, ctx) => {
      const w = at + m[0].length - m[2].length;
      let end = at + m[0].length;
      while (end < sentence.end && !/[.;:!?,\uFFFC]/u.test(ctx.text[end])) end++;
      if (ctx.text[end] === '\uFFFC') return [];
      return [{ start: w, end, text: 'was not part of the process at the time' }, { start: w, end, text: 'is a safeguard the process did not include' }];
    },
  },
  // "We hold the QA team accountable for letting the regression ship".
  { id: 'en.who.punitive', list: 'blameful', kind: 'punitive', note: NOTES.vigilance, re: /(?<!\b(?:not|never|no longer|n['’]t) )\b(?:we |i )?(?<!\b(?:not|never|no longer|n['’]t) )(?:hold|holds|held|are holding|will hold|must hold|should hold) ((?:the|our|their) [^,;.!?]{1,40}?|[\p{Lu}][\p{Ll}]{1,20}|him|her|them|everyone|people) (?:personally |directly |fully )?accountable\b/iu, fix: (_m, at, sentence, ctx) => processRewrites(sentence, ctx.text, at) },
  // "The 502s were down to Marguerite forgetting to update the upstream list" → "… down to the upstream list not being updated".
  {
    id: 'en.who.missed-duty',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.duty,
    re: /\b(down to|due to|because of|caused by|thanks to) ((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20}) (?:forgetting|failing|neglecting|not bothering|omitting) to ([a-z-]{2,20}) ((?:the|a|an|our|its|their) [^,;.!?]{1,50}?)(?=[,;.!?]|$)/iu,
    person: 2,
    names: true,
    fix: (m, at) => { const be = plural(m[4].split(' ').pop() ?? '') ? 'being' : 'being'; return [{ start: at, end: at + m[0].length, text: `${m[1]} ${m[4].replace(/^(?:our|their) /iu, 'the ')} not ${be} ${ppOfBase(m[3].toLowerCase())}` }]; },
  },
  // Round 3, second pass.
  // "In hindsight, the warning signs were obvious" → "The warning signs were there, but nothing at the time made them stand out".
  {
    id: 'en.who.hindsight-obvious',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^(?:in hindsight|in retrospect|with hindsight|looking back|with the benefit of hindsight),? ((?:the|all the|all|these|those|our) [^,;.!?]{2,60}?) (was|were) (?:so |all too |painfully |glaringly |blindingly |pretty |quite )?(?:obvious|clear|evident|plain to see)(?=[.!?]?$)/iu,
    fix: (m, at, sentence, ctx) => { let end = sentence.end; while (end > at && /[.!?\u2026]/u.test(ctx.text[end - 1])) end--; if (end !== at + m[0].length) return []; const they = m[2].toLowerCase() === 'were' ? 'them' : 'it'; return [{ start: at, end, text: `${cap(m[1])} ${m[2].toLowerCase()} there, but nothing at the time made ${they} stand out` }]; },
  },
  // "A technician running the upgrade inadvertently unplugged the core switch", "… when an engineer accidentally
  // deleted the routing table": a person described by what they were doing, or in a "when" clause, and an act
  // marked as an accident (the main-clause form is read in personActs). The preferred fix drops the adverb.
  {
    id: 'en.who.harmful-act',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.act,
    re: /\b((?:a|an|the|one|our|their) (?:[\p{L}-]{2,20} )?[\p{L}-]{2,20})(?: [a-z]{2,20}ing\b[^,;.!?]{0,60}?)? (?:inadvertently|accident(?:al?)?ly|mistakenly) (?!(?:noticed|spotted|discovered|caught|detected|fixed|identified|found|saw|realised|realized|learned|learnt|stumbled|hit upon)\b)(?:[a-z]{2,20}ed|ran|took|left|shut|set|put|cut|hit|broke|wiped|tripped|pulled)\b/iu,
    person: 1,
    fix: (m, at) => {
      const adv = /(?:inadvertently|accident(?:al?)?ly|mistakenly) /iu.exec(m[0])!;
      return [{ start: at + adv.index, end: at + adv.index + adv[0].length, text: '' }];
    },
  },
  // "The whole outage was because of me": the incident put on a person by a pronoun.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:was|is|were|happened|occurred) (?:all |entirely |completely |partly |largely |mostly |only )?(?:because of|due to) (?:me|us|him|her)\b(?! [a-z-]{2,20}ing\b)/iu,
    fix: (m, at) => {
      const who = /(?:because of|due to) (?:me|us|him|her)$/iu.exec(m[0])!;
      return [{ start: at + who.index, end: at + m[0].length, text: `${who[0].split(' ').slice(0, -1).join(' ')} a gap in the process` }];
    },
  },
  // Session 6 (real text): "it was her fault", "correct their mistake": the possessive put the fault on a person (the
  // phrase list flags it; this gives it a rewrite). Not "our fault tolerance", "their fault domain".
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:his|her|their|my|our|your) (?:own )?(?:fault|mistake|blunder|screw-up|screwup)\b(?! (?:tolerance|tolerant|domains?|injection|lines?|zones?|isolation|detection|handl(?:er|ing)|models?|budgets?|codes?|trees?))/iu,
    fix: swap('a gap in the process'),
  },
  // "We put the blame on Dana": the clause rewritten around the conditions.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:put|puts|putting|placed|places|place|laid|lays|lay|laying) the blame on\b/iu,
    fix: toClauseEnd('looked at the conditions that made the failure possible'),
  },
  // "It wasn't a virus, it was me", "That someone was me", "The culprit was me": the cause identified as oneself.
  // Not "It was me who noticed the alert" (not at the end), nor "The on-call that night was me" (a role, not a cause).
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /(?:(?<=[,;] )it|\b(?:that someone|the culprit|the cause|the guilty party|the one to blame|the person responsible|the one responsible)) (?:was|is) (?:me|us)(?=[.!]?\s*$)/iu,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'The cause was a step the process did not guard' : 'it was a step the process did not guard' }],
  },
  // "I was an idiot", "he was a complete fool": a person called names.
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:i|we|he|she|they|you) (?:was|were|am|are|is|['’]m|['’]re) (?:(?:such|being) )?(?:an? )?(?:(?:complete|total|absolute|utter|real|massive|huge) )?(?:idiot|fool|moron|dumbass|numpty|clown|muppet)s?\b/iu,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'The step was easy to get wrong' : 'the step was easy to get wrong' }],
  },
  // "Their rollout strategy was bad", "His decision was terrible": a verdict on a person's plan (session 6).
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:their|his|her|my|our|your) (?:[\p{L}-]{2,20} )?(?:decision|call|choice|plan|strategy|approach|judg(?:e)?ment|idea)s? (?:was|were|is|are) (?:(?:really|very|pretty|just|so|clearly|obviously|simply) )?(?:bad|wrong|poor|terrible|awful|stupid|dumb|reckless|foolish|idiotic)\b/iu,
    fix: (m, at) => {
      const i = m[0].search(/ (?:was|were|is|are) /iu);
      const past = / (?:was|were) /iu.test(m[0].slice(i, i + 6));
      return [{ start: at + i, end: at + m[0].length, text: past ? ' did not hold up' : ' does not hold up' }];
    },
  },
  // "Don't code when you're tired": care asked of a person in a state, not a guard (session 6).
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /(?:^|(?<=[,;:] ))(?:please )?(?:don['’]t|do not|never) [a-z]{2,20}(?: [a-z]{2,20}){0,2} when (?:you['’]re|you are) (?:(?:so|too|very|really) )?(?:distracted|tired|exhausted|rushed|sleepy|drunk|half-asleep|in a hurry|stressed)\b/iu,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'Risky steps need a check that does not depend on how alert the person is' : 'risky steps need a check that does not depend on how alert the person is' }],
  },
  // "This guy doesn't even know what git revert is": a person judged for not knowing (session 6).
  { id: 'en.who.negligence', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:doesn['’]t|does not|didn['’]t|did not) even know\b/iu, fix: (m, at) => [{ start: at, end: at + m[0].length, text: /^does/iu.test(m[0]) ? 'has not been told' : 'had not been told' }] },
  // "It was entirely a human failure", "one human's simple mistake": the cause put on people (session 6).
  {
    id: 'en.who.human-error',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:an? )?human failures?\b(?! (?:modes?|rates?|analysis|analyses)\b)|\b(?:one|a|an|the|some|any) (?:single )?human['’]s (?:(?:simple|small|single|little|tiny|one) )?(?:mistake|error|slip|oversight|blunder|typo)s?\b/iu,
    unlessBefore: AGAINST,
    fix: (m, at, sentence) => { const t = /^an? /iu.test(m[0]) ? 'a gap in the process' : 'gaps in the process'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; },
  },
  // "the mistake I'd just made": the mistake owned by a person in a relative clause (session 6).
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    // (Session 8: the other nouns of a slip too, "one such slip I made", "the lapse she made".)
    re: /\b(?:mistake|error|blunder|typo|screw-up|screwup|slip|slip-up|lapse|misstep|gaffe|goof)s? (?:that )?(?:i|we|he|she|they)(?:['’]d| had| have| has)? (?:just |already |then )?made\b/iu,
    fix: (m, at, sentence) => { const t = /^[a-z-]+s /iu.test(m[0]) ? 'failures' : 'failure'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; },
  },
  // "Three months into the job, I broke production": the outage put on oneself after an opening phrase (session 6).
  {
    id: 'en.who.harmful-act',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.act,
    re: /(?:^|(?<=, ))(?:i|we|he|she|someone|somebody) (?:just |accident(?:al?)?ly |totally |completely )?(?:broke|took down|brought down|crashed|nuked|hosed) (production|prod|the (?:site|service|website|api|cluster|database|app|platform|build)|our (?:site|service|website|api|cluster|database|app|platform|build))\b/iu,
    fix: (m, at, sentence) => {
      const t = `${m[1].replace(/^our /iu, 'the ')} went down after a change`;
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  // "I would fire you for that", "Fire him for destroying the tests": a call for punishment, rewritten as a change of process.
  {
    id: 'en.who.punitive',
    list: 'blameful',
    kind: 'punitive',
    note: NOTES.vigilance,
    re: /\b(?:fire|sack|demote|punish|discipline|reprimand) (?:you|him|her|them|the (?:engineer|intern|developer|admin|contractor|employee|person|guy|dev|sysadmin|operator|new hire))\b/iu,
    // (Session 8.) A threat told as a past event, not asked for: "her boss was going to fire her", "he threatened to sack them".
    unlessBefore: /\b(?:(?:was|were) (?:going|about)|threatened|had threatened) to\s*$/iu,
    fix: (_m, at, sentence, ctx) => processRewrites(sentence, ctx.text, at),
  },
  // "he didn't bother to check the backups": the omission judged as indifference (session 6: the phrase list had no rewrite).
  { id: 'en.who.negligence', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:didn['’]t|did not|never) (?:even )?bother(?:ed)? to\b/iu, fix: swap('had nothing prompting them to') },
  // "someone had actually messed up this badly": the failure put on a person in other words (session 6).
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:someone|somebody|he|she|they)(?: (?:had|has|have))? (?:(?:actually|really|totally|completely|just) )?(?:messed|screwed|fucked|mucked) (?:it |things )?up\b/iu,
    fix: (m, at, sentence) => { const t = / (?:had|has|have) /iu.test(m[0]) ? 'things had gone wrong' : 'things went wrong'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; },
  },
  // "somebody who should know better", "engineers ought to know better": knowledge demanded of people (session 6).
  {
    id: 'en.who.knew-better',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /(?<=\b(?:somebody|someone|people|engineers|developers|admins|he|she|they|you|who|we|i) )(?:should|ought to) (?:really |always )?know better\b/iu,
    fix: swap('had no guard rail'),
  },
  // "scolded Marco for neglecting to implement backups": the omission named as a person's neglect (session 6).
  {
    id: 'en.who.negligence',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:scolded|critici[sz]ed|blamed|faulted|reprimanded|chastised|slammed|berated) ([\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) for (neglecting to)\b/iu,
    person: 1,
    names: true,
    from: 2,
    fix: (m, at) => [{ start: at, end: at + m[2].length, text: 'not being prompted to' }],
  },
  // "instead of bad developers", "a major management fail": the cause put on people (session 6).
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:bad|incompetent|clueless|stupid|dumb|useless|terrible) (?:developers|engineers|devs|admins|sysadmins|programmers|coders|operators|testers)\b|\b(?:an? )?(?:(?:major|total|complete|huge|massive|big) )?management (?:fail|failure)\b(?! (?:domains?|modes?|points?|rates?)\b)/iu,
    fix: (m, at, sentence) => { const t = /^an? /iu.test(m[0]) ? 'a gap in the process' : 'gaps in the process'; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; },
  },
  // "They skipped the tests? Reckless.": a one-word verdict, rewritten as what was missing (session 6).
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /^(?:so |how |just |totally |completely |utterly )?(?:reckless|careless|sloppy|negligent|lazy|irresponsible|stupid|idiotic)(?=[.!?]*$)/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: 'A step with no safeguard' }],
  },
  // "I was tired, rushing, and running commands without thinking": a person's own haste (session 6).
  {
    id: 'en.who.negligence',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:i|we|he|she) (?:was|were) (?:[^.;!?]{0,60}? )?[a-z]{3,20}ing (?:[\p{L}-]{1,20} ){0,3}(without (?:really |even )?(?:thinking|looking|checking|reading|double-checking))\b/iu,
    from: 1,
    fix: (m, at) => [{ start: at, end: at + m[1].length, text: 'with nothing prompting a second look' }],
  },
  // "Don't be careless with production credentials": care asked of people as a prohibition.
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /(?:^|(?<=[,;:] ))(?:please )?(?:don['’]t|do not|never) (?:ever )?be (?:so |too )?(?:lazy|careless|sloppy|hasty|complacent|reckless|negligent|cavalier|lax)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // "In hindsight, we should have been more coordinated and prepared for the launch" → "we were not yet coordinated
  // and prepared for the launch": the state as it was, without the judgement.
  {
    id: 'en.who.hindsight-person',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(we|they|i|he|she|(?:the|our) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) should have been (?:(?:a (?:lot|bit|little)|much|far|even) )?more ([a-z-]{3,20}(?: and (?:more )?[a-z-]{3,20})?)\b/iu,
    person: 1,
    fix: (m, at) => {
      const who = m[1];
      const be = /^(?:we|they)$/iu.test(who) || plural(who.split(' ').pop() ?? '') ? 'were' : 'was';
      const from = at + m[0].indexOf(' should have been', who.length);
      return [{ start: from, end: at + m[0].length, text: ` ${be} not yet ${m[2].replace(/ and more /iu, ' and ')}` }];
    },
  },
  // Session 6 audit. "Could have avoided divergence by pulling before merging locally", "Should have pulled first": a
  // diary's hindsight with the writer left out → "Next time, avoid divergence by pulling …" (not "could have been worse",
  // "could have happened to anyone": luck).
  {
    id: 'en.who.hindsight-person',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^(?:could|should)(?: easily| really| probably| definitely)? have (?!(?:been|happened|gone|had|hit|affected|impacted|lasted|cost|taken)\b)([a-z]{2,20}(?:ed|en|wn|ght|un|ne|pt|de|lt))\b/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `Next time, ${verbBase(m[1])}` }],
  },
  // "… a critical gap that could have mitigated the issue if addressed sooner": hindsight about a late response in a
  // reduced conditional → "… a critical gap that was not addressed until later".
  {
    id: 'en.who.hindsight-passive',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\bcould have (?:mitigated|prevented|avoided|limited|contained|reduced|shortened|stopped)\b[^,;.!?]{0,60}? if (?:it had been |it was |they had been |had been )?(addressed|caught|fixed|detected|noticed|handled|acted on|escalated|spotted|investigated) (?:sooner|earlier|in time|promptly|right away)\b/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: `was not ${m[1]} until later` }],
  },
  // "More careful synchronization between local and remote branches": a call for care as a noun phrase (a lesson's
  // list item), with no change named.
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /^more (?:careful|attentive|vigilant|diligent)(?= (?:[a-z-]{3,20}(?:tion|sion|ing|ment)|review|reviews|checks?|handling)(?: (?:of|between|with|for|on|in|around|before|after) [^.;:!?]{1,80})?[.!]?$)/iu,
    fix: (m, at) => [
      { start: at, end: at + m[0].length, text: 'Automated' },
      { start: at, end: at + m[0].length, text: 'A tool-enforced check on' },
    ],
  },
  // "Whose fault is this?": the question asked of the conditions instead.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /^(?:so,? |and |but )?(?:whose|who['’]s) fault (?:is|was) (?:this|that|it)\??/iu,
    fix: (m, at) => [{ start: at, end: at + m[0].length, text: m[0].endsWith('?') ? 'What allowed this to happen?' : 'What allowed this to happen' }, { start: at, end: at + m[0].length, text: m[0].endsWith('?') ? 'What made this possible?' : 'What made this possible' }],
  },
  // "Clearly the team was not paying attention".
  { id: 'en.who.negligence', list: 'blameful', kind: 'blame-word', note: NOTES.act, re: /\b(?:was|were)(?: not|n['’]t) paying (?:enough |proper |close |any |much )?attention\b/iu, fix: swap('had nothing drawing attention to the problem') },
  // "The outage happened because Wen made a typo", "The contractor made a mistake in the firewall rules".
  // Session 15: the non-native "did a mistake" / "have done some mistakes" for making one ("we did some mistakes and sent …").
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20}|he|she|someone|somebody|they|we|i) (?:(?:had|did|has|have) )?(?:made|make|did|done) (?:a|an|one|two|several|some|a few|a couple of|the same|another) (?:(?!(?:that|which|who|to|in|on|of|and|or|with|for|when|while|the|a|an|change|changes|decision|call|request|config|configuration)\b)[\p{L}-]{2,20},? ){0,3}(?:typo|mistake|error|slip|blunder|misstep|boo-boo|booboo|goof|screw-up|screwup|fuckup|fuck-up|cock-up)s?\b(?! (?:handling|messages?|rates?|codes?|pages?|budgets?|logs?|paths?|cases?|states?|responses?|reporting|checks?|tracking|bars?|classes|types?)\b)/iu,
    person: 1,
    names: true,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'A change went through unchecked' : 'a change went through unchecked' }],
  },
  // Session 11: "I introduced a typo in the previous pull request", "Our intern introduced a mistake in the tax table": the
  // same authorship of a slip with "introduced"; a person or a role only (tools and bots introduce errors too, so an
  // undeclared name is not read as a person here; nor "we", a team telling how a cause came in).
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|he|she|someone|somebody|i) (?:(?:had|has|have) )?introduced (?:a|an|one|two|several|some|a few|a couple of|the same|another) (?:(?!(?:that|which|who|to|in|on|of|and|or|with|for|when|while|the|a|an)\b)[\p{L}-]{2,20},? ){0,2}(?:typo|mistake|slip|blunder|misstep|goof|screw-up|screwup)s?\b/iu,
    person: 1,
    fix: (m, at, sentence) => [{ start: at, end: at + m[0].length, text: at === sentence.start ? 'A change went through unchecked' : 'a change went through unchecked' }],
  },
  // "Nobody bothered to read the release notes" → "Nothing prompted anyone to read the release notes".
  { id: 'en.who.negligence', list: 'blameful', kind: 'blame-word', note: NOTES.duty, re: /\b(?:nobody|no one|no-one|none of (?:us|them|the [\p{L}-]{2,20})) (?:even )?(?:bothered|cared|took the time|thought) to\b/iu, fix: swap('nothing prompted anyone to') },
  // "Could the on-call not have paged the DB team earlier?": the question form of hindsight.
  {
    id: 'en.who.hindsight-question',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /^(?:could|couldn['’]t|shouldn['’]t|should|wouldn['’]t) (?!(?:we|i|you|they|us)\b)((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|he|she|someone|[\p{Lu}][\p{Ll}]{1,20})(?: not)? have [a-z-]{2,20}(?:ed|en|wn|ght|un|ne|pt)\b[^?]{0,120}\?$/iu,
    person: 1,
    names: true,
    fix: (_m, at, sentence) => [{ start: at, end: sentence.end, text: 'What made this step hard to see at the time?' }, { start: at, end: sentence.end, text: 'What did the responders know at that moment?' }],
  },
  // "The outage could have been prevented if the team had tested the backup" → "Nothing at the time prompted the team to test the backup".
  {
    id: 'en.who.hindsight-conditional',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:could|would|might)(?: easily| surely| certainly)? have been (?:easily )?(?:prevented|avoided|caught|stopped|averted|mitigated|spotted|detected|found|noticed) (?:if|had) ((?:the|our|a|an) [\p{L}-]{2,20}(?: (?!had\b)[\p{L}-]{2,20})?|we|they|someone|anyone|somebody|anybody|[\p{Lu}][\p{Ll}]{1,20}) (?:had )?(?:only |just |simply |actually )?([a-z-]{2,20}(?:ed|en|wn|ght|un|ne|pt)|read|run|set|put|done|seen)\b([^,;.!?]{0,80})/iu,
    person: 1,
    names: true,
    fix: (m, at, sentence, ctx) => {
      let end = sentence.end;
      while (end > at && /[.!?\u2026]/u.test(ctx.text[end - 1])) end--;
      const base = verbBase(m[2].toLowerCase());
      if (at + m[0].length !== end || base === m[2].toLowerCase() || !/^[a-z-]+$/u.test(base)) return [];
      const l = m[1].toLowerCase();
      const named = /^\p{Lu}\p{Ll}+$/u.test(m[1]) && !/^(?:The|A|An|Our)$/u.test(m[1]);
      const who = OBJECT_PRONOUN[l] ?? (named ? roleOf(ctx, m[1]) : m[1][0].toLowerCase() + m[1].slice(1));
      return [{ start: sentence.start, end, text: `Nothing at the time prompted ${who} to ${base}${m[3].trimEnd()}`, ...(named ? { title: ROLE_TITLE } : {}) }];
    },
  },
  // "Tomas was too slow to respond to the alert".
  {
    id: 'en.who.negligence',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.duty,
    re: /^((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20}|he|she|they|we|i) (?:was|were) (?:far |much |way |simply |just |inexcusably |unacceptably )?too slow to (respond|react|act|escalate|notice|acknowledge|page|answer|reply)\b/iu,
    person: 1,
    names: true,
    fix: (m, at, sentence, ctx) => {
      const l = m[1].toLowerCase();
      const named = /^\p{Lu}\p{Ll}+$/u.test(m[1]) && !/^(?:The|A|An|Our)$/u.test(m[1]) && !OBJECT_PRONOUN[l];
      const who = OBJECT_PRONOUN[l] ?? (named ? roleOf(ctx, m[1]) : m[1][0].toLowerCase() + m[1].slice(1));
      void sentence;
      return [{ start: at, end: at + m[0].length, text: `Nothing prompted ${who} to ${m[2].toLowerCase()} sooner`, ...(named ? { title: ROLE_TITLE } : {}) }];
    },
  },
  // "Failure to follow the runbook led to the outage" → "The runbook not being followed led to the outage".
  {
    id: 'en.who.missed-duty',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.duty,
    re: /\b(?:(?:the|a|an|our|their) )?(?:failure|refusal|neglect) to (follow|read|consult|review|escalate|heed) ((?:the|our|a|an) (?:[\p{L}-]{2,20} )?(?:runbook|procedure|process|checklist|policy|instructions|playbook|warnings?|alerts?|guidelines|documentation|release notes))\b/iu,
    fix: (m, at, sentence) => { const pp = ppOfBase(m[1].toLowerCase()); const obj = m[2].replace(/^(?:our|their) /iu, 'the '); const t = `${obj} not being ${pp}`; return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }]; },
  },
  { id: 'en.who.hindsight-obvious', list: 'counterfactual', kind: 'counterfactual', note: NOTES.hindsight, re: /^(?:wasn['’]t|isn['’]t|was it not|wasn['’]t it) (?:it |this |that )?(?:obvious|clear|evident)\b/iu },
  // "Communication could have been faster": people's part of the response judged afterwards.
  {
    id: 'en.who.hindsight-avoidable',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:(?:our|the) )?(?:communication|communications|escalation|escalations|coordination|handoff|hand-off|handover|response|triage|follow-up|review|reviews|testing|status updates?|updates to customers) (?:could|should|might) (?:(?:certainly|definitely|clearly|probably) )?have been (?:(?:much|a lot|far|way|a bit|somewhat) )?(faster|quicker|better|clearer|earlier|sooner|tighter|more [a-z]{3,20})\b/iu,
    fix: (m, at, sentence) => {
      const i = m[0].search(/ (?:could|should|might) /u);
      const how = m[1].toLowerCase();
      const pred = /^(?:faster|quicker|earlier|sooner)$/u.test(how) ? 'was slower than the incident needed' : `was not as ${how.replace(/^more /u, '').replace(/^better$/u, 'good').replace(/^clearer$/u, 'clear').replace(/^tighter$/u, 'tight')} as the incident needed`;
      const subj = m[0].slice(0, i);
      return [{ start: at, end: at + m[0].length, text: `${at === sentence.start ? cap(subj) : subj} ${pred}` }];
    },
  },
  // "That decision proved to be a grave mistake", "the decision to fail over was a mistake": a verdict with the decision as subject.
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\b(?:that|the|this|our|my|his|her|their) (?:[a-z-]{2,20} )?(?:decision|call|choice|move|plan)(?: to [^,;.!?]{1,60}?)? (?:was|is|proved(?: to be)?|turned out to be|has proven(?: to be)?|has proved(?: to be)?|became) (?:(?:clearly|obviously|in hindsight|in retrospect|frankly|simply),? )?(?:a |an )?(?:(?:grave|big|huge|costly|serious|terrible|major|bad|fatal|critical|clear|real|classic|expensive) )?(?:mistake|error|misstep|blunder)\b/iu,
    fix: (m, at, sentence) => {
      const i = m[0].search(/ (?:was|is|proved|turned out|has proven|has proved|became) /u);
      const subj = m[0].slice(0, i);
      const t = `${subj} was made without the information we have now`;
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  // "the flag was missed during review", "What was missed during review is that …": a review's omission judged afterwards.
  {
    id: 'en.who.hindsight-avoidable',
    list: 'counterfactual',
    kind: 'counterfactual',
    note: NOTES.hindsight,
    re: /\b(?:was|were|got|had been|has been|have been) (?:(?:completely|entirely|simply|somehow|unfortunately) )?(?:missed|overlooked) (?:during|in|at|by) (?:the )?(?:code |peer |design |security |pr |pull request )?(?:review|reviews|reviewing|testing|qa)\b/iu,
    fix: (m, at) => {
      const be = m[0].split(' ')[0];
      const plural = /^(?:were|have)$/iu.test(be);
      return [{ start: at, end: at + m[0].length, text: `${plural ? 'were' : 'was'} not surfaced by the review` }];
    },
  },
  // "We will be more vigilant", "Be careful with release timing": care promised or asked for as the safeguard.
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    // (Session 10: the contracted future, "I’ll be more cautious", "we'll stay vigilant".)
    re: /\b(?:we|i|everyone|everybody|engineers|people|the team|you)(?: (?:will|shall|are going to|promise to|commit to|intend to)|['’]ll) (?:try to )?(?:be|stay|remain|become) (?:(?:more|extra|much more|even more|very|especially|doubly) )?(?:careful|vigilant|attentive|diligent|cautious|thorough|alert|mindful|watchful)\b|^(?:please )?(?:be|stay|remain) (?:(?:more|extra|very|especially) )?(?:careful|vigilant|attentive|cautious|mindful|alert)\b/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // Session 18: the pledge to "do better" after a slip ("I'll do better next time", a heading of a one-person site's
  // report; "I promise to do better going forward"): the same call for care as "I'll be more careful" (vigilance-call).
  // "we" only with "next time" (a company's "we will do better" closes many statements about the service, not a slip).
  {
    id: 'en.who.vigilance',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.vigilance,
    re: /(?:^|(?<=^(?:(?:and|so|but|sorry|again|ok|okay),? ){1,2}))(?:i(?: (?:will|shall|am going to|promise to)|['’]ll)(?: (?:really|definitely|certainly))?(?: try to)? do better(?= next time| in (?:the )?future| going forward| from now on|[.!]?$)|we(?: (?:will|shall|are going to|promise to)|['’]ll)(?: try to)? do better(?= next time))/iu,
    fix: toClauseEnd('the process needs a check that does not depend on individual care', 'the tooling needs a guard rail that does not rely on attention'),
  },
  // "a mistake of mine", "I fully acknowledge the mistake": the writer taking the blame.
  {
    id: 'en.who.attribution',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.act,
    re: /\b(?:a |an |the |one )?(?:mistake|error|fault|oversight|slip|blunder|screw-up)s? of (?:mine|ours)\b|\b(?:i|we) (?:(?:fully|freely|openly|readily) )?(?:acknowledge|admit|own|accept|recogni[sz]e)d? (?:the|my|our|this|that) (?:mistake|fault|blunder|oversight|screw-up)\b/iu,
    fix: (m, at, sentence) => {
      const own = /^(?:i|we) /iu.exec(m[0]);
      const t = own ? `${m[0].slice(0, own[0].length)}describe the gap in the process` : 'a gap in the process';
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
  // Sarcasm about a person's idea: "I had the bright idea of dropping them", "someone thought it was a good idea to push …".
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /\bhad the (?:bright|brilliant|genius|great|clever|wonderful) idea (?:of|to)\b|\b(?:thought|decided|figured) (?:it was|it would be|it['’]d be) a (?:good|great|bright|brilliant|smart|clever|fine) idea to\b/iu,
    fix: (m, at) => /of$/iu.test(m[0]) ? [{ start: at, end: at + m[0].length, text: 'decided on' }] : [{ start: at, end: at + m[0].length, text: 'decided to' }, { start: at, end: at + m[0].length, text: 'was able to' }],
  },
  // "To send an easily-overlooked email is just beyond stupid": a verdict on an act named by its infinitive.
  {
    id: 'en.who.verdict',
    list: 'blameful',
    kind: 'blame-word',
    note: NOTES.verdict,
    re: /^(?:(?:but|and|so) )?to [a-z-]{2,20}\b[^,;.!?]{1,80}? (?:is|was) (?:(?:just|simply|really|frankly|plain|downright|beyond|utterly|completely|totally|quite|pretty) ){0,3}(?:stupid|dumb|idiotic|careless|negligent|reckless|irresponsible|sloppy|lazy|inexcusable|unacceptable|unforgivable|foolish|thoughtless)\b/iu,
    fix: (m, at, sentence, ctx) => {
      const i = m[0].search(/ (?:is|was) (?:(?:just|simply|really|frankly|plain|downright|beyond|utterly|completely|totally|quite|pretty) ){0,3}[a-z]+$/iu);
      const be = / was /iu.test(m[0].slice(i, i + 5)) ? 'left' : 'leaves';
      void ctx; void sentence;
      return [{ start: at + i, end: at + m[0].length, text: ` ${be} a step that is easy to miss` }];
    },
  },
  // "The failure of a lead operator to act on …": the omission named as a person's failure.
  {
    id: 'en.who.missed-duty',
    list: 'blameful',
    kind: 'person-failure',
    note: NOTES.duty,
    re: /\b(?:failure|refusal|neglect|reluctance) (?:of|by) ((?:the|a|an|our|their|one of the) (?:[\p{L}-]{2,20} ){0,2}[\p{L}-]{2,20}) to ([a-z]{2,20})\b/iu,
    person: 1,
    fix: (m, at, sentence) => {
      const t = `absence of anything prompting ${m[1].replace(/^(?:a|an|one of the) /iu, 'the ')} to ${m[2]}`;
      return [{ start: at, end: at + m[0].length, text: at === sentence.start ? cap(t) : t }];
    },
  },
];

// Participles that say what happened to a system, not a step someone took ("if the disk had been full" is luck).
const SYSTEM_STATE = /^(?:affected|impacted|overloaded|saturated|exhausted|degraded|throttled|exposed|compromised|corrupted|damaged|lost|delayed|interrupted|disrupted|blocked|hit|down|broken|filled|flooded|overwhelmed|stuck|wedged|partitioned|stolen|breached|attacked|targeted|hacked|deleted|dropped|killed|evicted|restarted|rebooted|unavailable|slowed|struck|caught|seen|triggered|fired|paged|woken|awakened)$/u;

// Session 17 (en-safeguard): a resource's state, not a measure ("If the cache had been pre-filled / warmed up, response times
// would have stayed constant": the golden valid.md's "if the cache had been warm"): luck, clean.
const RESOURCE_STATE = /^(?:pre-?)?(?:filled|warmed|heated|populated|primed|loaded|cached|fetched|seeded|hydrated|synced|synchronized|synchronised)$/u;

const PERCEIVE = /^(?:caught|noticed|seen|spotted|recognised|recognized|realised|realized|detected|found)$/u;

/** "The reviewer should have caught X" → "Nothing at the time drew attention to X"; "should have paged" → "Nothing at the time prompted … to page". */
function atTheTime(ctx: DetectContext, subj: PersonSubject, ref: { text: string; role: boolean }, pp: string, negative: boolean, rest: string, end: number, sentence: Sentence): Rewrite[] {
  const lead = opensSentence(ctx, subj.start, sentence) ? 'Nothing' : 'nothing';
  const base = verbBase(pp);
  if (!/^[a-z-]+$/u.test(base) || (base === pp && /ed$/u.test(pp)) || /^\s*better\b/iu.test(rest)) return [];
  const title = ref.role ? { title: ROLE_TITLE } : {};
  if (/^(?:prevent|avoid|stop|mitigate|avert)$/u.test(base)) return [{ start: subj.start, end, text: `${lead} at the time gave ${ref.text} a way to ${base}${rest}`, ...title }];
  if (negative) return [{ start: subj.start, end, text: `${lead} at the time stopped ${ref.text} from ${gerund(base)}${rest}`, ...title }];
  const obj = rest.trim();
  if (PERCEIVE.test(pp) && obj && !/^(?:it|this|that|them)\b/iu.test(obj)) return [{ start: subj.start, end, text: `${lead} at the time drew attention to ${obj.replace(/^(?:that|how) /iu, 'the fact that ')}` }];
  return [{ start: subj.start, end, text: `${lead} at the time prompted ${ref.text} to ${base}${rest}`, ...title }];
}

/** "Had Oskar waited for the canary, nothing would have broken" → "Nothing at the time prompted the engineer to wait for the canary". */
function conditionalRewrites(sentence: Sentence, ctx: DetectContext): Rewrite[] {
  // "Were the reviewer more careful, …", "Were the on-call paying attention, …": the person's state, wished otherwise.
  const were = /^(?:were|(?:even )?if (?:only )?(?=[^,;]{1,50} had been (?:(?:a (?:bit|little) |much |far )?more|less) )) ?((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|we|they|he|she|i|[\p{Lu}][\p{Ll}]{1,20})(?: had been)? (?:(?:a (?:bit|little) |much |far )?more |less |paying |awake|alert|around|available|watching|looking|following|reading|online|on (?:call|shift))/iu.exec(sentence.text);
  if (were && phraseKind(were[1].replace(/ (?:more|less|paying)$/iu, ''), ctx.people) === 'person' || (were && PRONOUN_PEOPLE.has(were[1].toLowerCase()))) {
    let end = sentence.end;
    while (end > sentence.start && /[.!?]/u.test(ctx.text[end - 1])) end--;
    const l = were![1].toLowerCase();
    const ref = OBJECT_PRONOUN[l] ?? (/^\p{Lu}\p{Ll}+$/u.test(were![1]) && !/^(?:The|A|An|Our)$/u.test(were![1]) ? roleOf(ctx, were![1]) : were![1][0].toLowerCase() + were![1].slice(1));
    return [{ start: sentence.start, end, text: `Nothing at the time made the problem stand out to ${ref}` }];
  }
  const head = /^(?:even )?(?:if (?:only )?(.{1,40}?)(?: had|'d)|had)\b/iu.exec(sentence.text);
  if (!head) return [];
  // The words up to the first past participle: the subject (if-clause: before "had"; inverted: after it).
  const after = tokens(sentence.text.slice(head[0].length), sentence.start + head[0].length);
  let k = 0;
  let neg = false;
  const subject: string[] = head[1] ? [head[1]] : [];
  for (; k < after.length && k < 8; k++) {
    const t = after[k];
    if (/^[,;:()—–?!]$/u.test(t.w)) return [];
    if (t.l === 'not' || t.l === 'never') {
      neg = true;
      continue;
    }
    if (/^(?:only|just|simply|actually)$/u.test(t.l)) continue;
    if ((head[1] || subject.length) && (/ed$/u.test(t.l) || verbBase(t.l) !== t.l || /^(?:read|run|set|put|cut|let|hit|shut|quit)$/u.test(t.l))) break;
    if (!head[1]) subject.push(t.w);
    else return [];
  }
  if (k >= after.length || k >= 8 || !subject.length) return [];
  const who = subject.join(' ').trim();
  const verb = after[k].l;
  const m = ['', '', '', neg ? 'not' : '', verb, ctx.text.slice(after[k].end, (after.find((t, i) => i > k && /^[,;:()—–?!]$/u.test(t.w)) ?? { start: sentence.end }).start).trimEnd().replace(/[.!?]$/u, '')] as const;
  if (/^(?:been|had|not|only|just)$/u.test(verb)) return [];
  const base = verbBase(verb);
  if (base === verb && /ed$/u.test(verb)) return [];
  const l = who.toLowerCase();
  let ref: string;
  let role = false;
  if (OBJECT_PRONOUN[l]) ref = OBJECT_PRONOUN[l];
  else if (/^\p{Lu}\p{Ll}+$/u.test(who) && !/^(?:The|A|An|Our)$/u.test(who)) {
    ref = roleOf(ctx, who);
    role = true;
  } else ref = /^(?:The|A|An|Our|Their)\b/u.test(who) ? who[0].toLowerCase() + who.slice(1) : who;
  const rest = m[5].trimEnd();
  let end = sentence.end;
  while (end > sentence.start && /[.!?]/u.test(ctx.text[end - 1])) end--;
  const harm = HARM[verb] !== undefined || /^(?:skip|ignore|forget|miss|bypass|override|delete|drop)$/u.test(base);
  const text = m[3] && harm ? `Nothing at the time stopped ${ref} from ${gerund(base)}${rest}` : m[3] ? '' : `Nothing at the time prompted ${ref} to ${base}${rest}`;
  return text ? [{ start: sentence.start, end, text, ...(role ? { title: ROLE_TITLE } : {}) }] : [];
}

// A negated step of the team's own that spared worse: "had we not been monitoring", "had we not caught it".
// The steps are listed once, in the "unless" list of the phrase rule en.cf.if-person-had (counterfactual.en.json,
// "^had we not {…}"); a step of two words may stand without its particle here ("if we had not rolled").
export function luckSteps(): string[] {
  const entry = (counterfactualEn as { entries: { id: string; unless?: string[] }[] }).entries.find((e) => e.id === 'en.cf.if-person-had');
  const pattern = entry?.unless?.find((u) => u.startsWith('^had we not {'));
  const open = pattern ? pattern.indexOf('{') : -1;
  const close = pattern ? pattern.indexOf('}', open) : -1;
  return pattern && open >= 0 && close > open ? pattern.slice(open + 1, close).split('|').filter((w) => /^[a-z]+(?: [a-z]+)?$/u.test(w)) : [];
}
const LUCK_NEGATED_STEP = new RegExp(`^we not (?:${luckSteps().map((w) => w.replace(/ ([a-z]+)$/u, '(?: $1)?')).join('|')})\\b`, 'iu');

/** Whether the modal at `i` has a wh-word for its subject: "what could have", "which change might have" (up to two words between, no person). */
function whSubjectBefore(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const l = toks[k].l;
    if (/^(?:what|which|whatever|whichever)$/u.test(l)) return true;
    if (!/^[a-z-]+$/u.test(l) || PRONOUN_PEOPLE.has(l) || /^(?:who|whom|whose|person|people|engineer|engineers|developer|developers|team|anyone|someone|somebody|anybody)$/u.test(l)) return false;
  }
  return false;
}

/** "X should (adverbs) have PP" / "If X had PP" / "Why did X not …?" with a person as X. */
// A word that can be a past participle after "had" (regular -ed/-en/-wn forms and the common irregular ones).
const PARTICIPLE_LIKE = /(?:ed|en|wn|un|ne)$|^(?:been|had|made|done|gone|run|set|put|read|left|kept|sent|told|caught|thought|brought|built|bought|found|heard|held|paid|said|spent|stood|understood|hit|let|shut|cut|chosen|forgotten|given|spoken|woken|taken|written|known|seen|got|lost|meant|felt|slept|dealt|led|fed|met|sat|spun|struck|stuck|swept|taught|won|wound|shot|split|spread|quit|bet|burst|cast|cost|hurt|rolled|double-checked)$/u;

// How a system behaves (session 18): worked, fired, kicked in, succeeded … (of an undeclared name, an expectation).
const SYSTEM_BEHAVIOUR = /^(?:worked|functioned|behaved|kicked|fired|succeeded|booted|compiled|rendered|synced|responded|recovered|renewed|resolved|rotated|triggered|alerted|paged)$/u;

function personHindsight(sentence: Sentence, ctx: DetectContext, toks: Tok[]): Detection[] {
  const out: Detection[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // ("should've", "could've": the modal and "have" in one token.)
    const contracted = /^(?:should|could|might|must)'ve$/u.test(t.l);
    if (!contracted && !/^(?:should|could|might|must|ought|shouldn't|couldn't)$/u.test(t.l)) continue;
    // "We figured if anyone knew what could have caused this, …", "asked which change might have triggered it": the
    // modal's subject is the wh-word (or the thing it asks about) right before it, a cause the writer speculates about,
    // not the person who opens the clause (session 8, real postmortems).
    if (whSubjectBefore(toks, i)) continue;
    // "Had the DBA taken a snapshot, we could have restored in minutes": the consequence of a conditional
    // (read as one, below), not a second judgement.
    if (/^(?:had|were|if|even if)\b/iu.test(sentence.text) && toks.some((x, k) => k < i && x.w === ',')) continue;
    // have within the next 5 tokens, then a participle.
    let h = contracted ? i : -1;
    for (let j = i + 1; !contracted && j < Math.min(toks.length, i + 10); j++) {
      if (toks[j].l === 'have' || toks[j].l === "'ve") {
        h = j;
        break;
      }
      if (/^[;:?!]$/u.test(toks[j].w)) break;
    }
    if (h < 0 || !toks[h + 1]) continue;
    let p = h + 1;
    if (toks[p]?.l === 'at' && toks[p + 1]?.l === 'least') p += 2;
    while (toks[p] && /^(?:even|just|also|still|only|simply)$/u.test(toks[p].l)) p++;
    while (toks[p] && /ly$/u.test(toks[p].l) && toks[p].l !== 'early') p++;
    const pp = toks[p];
    // "-ing" is a noun or gerund ("should have alerting on …", "should have monitoring"): something to have, not a deed missed.
    if (!pp || pp.l === 'been' || !/(?:ed|en|wn|ne|ht|ld|lt|nt|ut|ad|id|un|ng|ew|pt|ck|et|ot|ug|it)$/u.test(pp.l) || /ing$/u.test(pp.l) || /^(?:been|gone|happened|turned|ended)$/u.test(pp.l)) continue;
    // The subject: the person words before the modal, at clause start.
    let s = i - 1;
    while (s >= 0 && !/^[,;:()—–?!]$/u.test(toks[s].w) && i - s <= 8) s--;
    // "Honestly the reviewer should have …": the subject may start after an opening word.
    let subj: PersonSubject | undefined;
    for (let k = s + 1; k < i && !subj; k++) {
      // Only opening adverbs may come before the subject ("Honestly", "Looking back"); not "what a person might have done".
      // (Session 6: also an interjection without its comma, "Yes the staff should have …", "Well they should have …".)
      if (k > s + 1 && !/^(?:[a-z]{3,}ly|looking|back|in|hindsight|retrospect|frankly|again|then|yes|yeah|well|so|ok|okay|sure|look|anyway)$/u.test(toks[k - 1].l)) break;
      const c = personSubject(toks, k, ctx);
      if (c && c.next <= i) subj = c;
    }
    // An undeclared name or "they" needs a verb only people's, unless the modal is "should"/"ought" (a duty, not a capability).
    if (!subj || subj.next > i || (subj.weak && !HUMAN_HINDSIGHT.test(pp.l) && !(/^(?:should|ought|shouldn't|should've)$/u.test(t.l) && /^[a-z-]+$/u.test(pp.l)))) continue;
    // Session 18: "Mastodon should have worked after the upgrade", "Grafana should have fired": an undeclared name with
    // a verb of how a system behaves is an expectation of the system, not a duty missed ("… should have worked on the
    // fix", of work people do, still counts).
    if (subj.weak && SYSTEM_BEHAVIOUR.test(pp.l) && !/^(?:on|with|through|harder|late|overtime|together|closely|longer|more|weekends?|nights?)$/u.test(toks[p + 1]?.l ?? '')) continue;
    // "Anyone could have made that mistake": what was open to everyone, said to clear a person, is not hindsight.
    if (/^(?:could|might|could've|might've)$/u.test(t.l) && /^(?:anyone|anybody|everyone|everybody|any (?:of us|one of us|of them|(?:other )?[\p{L}-]{2,20}))$/iu.test(ctx.text.slice(subj.start, subj.end))) continue;
    const end = clauseEndAt(toks, p, sentence);
    const base = pp.l.replace(/ed$/u, '');
    const negative = /n't$|n’t$/u.test(t.l) || toks.slice(i + 1, h).some((x) => x.l === 'not' || x.l === 'never');
    const rewrites = [...(negative ? [] : passive(ctx, toks, subj.start, p + 1, pp.l, true, end)), ...atTheTime(ctx, subj, subjectRef(ctx, toks, subj), pp.l, negative, ctx.text.slice(pp.end, end).trimEnd(), end, sentence)];
    void base;
    out.push(detection('counterfactual', 'en.who.hindsight-person', 'counterfactual', t.start, pp.end, NOTES.hindsight, rewrites));
  }
  // "Had Oskar waited for the canary, nothing would have broken" (a person, or a passive step: "had the runbook been followed").
  const inv = /^(?:had|were) ([^,;.?!]{2,80}), [^;.?!]{0,80}\b(?:would|could|might)(?: never| not|n['’]t)? (?:have|be)\b/iu.exec(sentence.text);
  // "Had we not caught it, the queue would have filled": what the team's own step spared, told as luck, not hindsight.
  if (inv && !LUCK_NEGATED_STEP.test(inv[1])) {
    const words = inv[1].split(/\s+/u);
    const who = words.slice(0, words[0].toLowerCase() === 'the' || words[0].toLowerCase() === 'our' ? 3 : 1).join(' ');
    const nameFirst = words.length > 1 && nameLike(words[0]) && englishWordKind(words[0], undefined, ctx.people) === 'unknown' && /^(?:[\p{L}-]+ed|read|run|left|taken|done|seen|known|told|not|only|just|actually)$/iu.test(words[1]);
    // (A passive step, "had the runbook been followed", is read below with the conditional's other passives.)
    if (nameFirst || PRONOUN_PEOPLE.has(words[0].toLowerCase()) || (phraseKind(who, ctx.people) === 'person' && !/^[^ ]+ (?:[^ ]+ )?been\b/iu.test(inv[1]))) {
      out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + inv[0].length, NOTES.hindsight, conditionalRewrites(sentence, ctx)));
    }
  }
  // "Should the on-call have acted on the first warning, the queue would never have backed up": an inverted conditional with "should".
  const shouldInv = /^should ((?:the|our|a|an) [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|we|they|he|she|i|you|anyone|someone|[\p{Lu}][\p{Ll}]{1,20}) (?:only |just |simply )?have (?:only |just |simply )?([a-z-]{2,20})\b([^,;.?!]{0,80}), [^;.?!]{0,80}\b(?:would|could|might)(?: never| not|n['’]t)? (?:have|be)\b/iu.exec(sentence.text);
  if (shouldInv && (phraseKind(shouldInv[1], ctx.people) === 'person' || PRONOUN_PEOPLE.has(shouldInv[1].toLowerCase()) || (nameLike(shouldInv[1]) && englishWordKind(shouldInv[1], undefined, ctx.people) === 'unknown' && HUMAN_HINDSIGHT.test(shouldInv[2].toLowerCase())))) {
    const base = verbBase(shouldInv[2].toLowerCase());
    const l = shouldInv[1].toLowerCase();
    const named = /^\p{Lu}\p{Ll}+$/u.test(shouldInv[1]) && !/^(?:The|A|An|Our)$/u.test(shouldInv[1]);
    const who = OBJECT_PRONOUN[l] ?? (named ? roleOf(ctx, shouldInv[1]) : shouldInv[1][0].toLowerCase() + shouldInv[1].slice(1));
    let sEnd = sentence.end;
    while (sEnd > sentence.start && /[.!?]/u.test(ctx.text[sEnd - 1])) sEnd--;
    const ok = /^[a-z-]+$/u.test(base) && base !== shouldInv[2].toLowerCase();
    out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + shouldInv[0].length, NOTES.hindsight, ok ? [{ start: sentence.start, end: sEnd, text: `Nothing at the time prompted ${who} to ${base}${shouldInv[3].trimEnd()}`, ...(named ? { title: ROLE_TITLE } : {}) }] : []));
  }
  // "… was easily detectable a week earlier had anyone looked at the auth logs": a conditional after the judgement.
  const lateHad = /\b(?:detectable|discoverable|noticeable|visible|obvious|apparent|catchable|spottable|avoidable|preventable|(?:would|could|might)(?: easily| surely| certainly)? have [a-z-]{2,20})\b[^.;!?]{0,60}?,? had (anyone|anybody|someone|somebody|we|they|the [\p{L}-]{2,20}(?: [\p{L}-]{2,20})?|[\p{Lu}][\p{Ll}]{1,20}) (?:only |just |simply |actually |bothered to )?([a-z-]{2,20})\b([^,;.!?]{0,80})/iu.exec(sentence.text);
  if (lateHad && !/^(?:had|were|should|if)\b/iu.test(sentence.text) && (/^(?:anyone|anybody|someone|somebody|we|they)$/iu.test(lateHad[1]) || phraseKind(lateHad[1], ctx.people) === 'person' || (nameLike(lateHad[1]) && englishWordKind(lateHad[1], undefined, ctx.people) === 'unknown' && HUMAN_HINDSIGHT.test(lateHad[2].toLowerCase())))) {
    const base = verbBase(lateHad[2].toLowerCase());
    const l = lateHad[1].toLowerCase();
    const named = /^\p{Lu}\p{Ll}+$/u.test(lateHad[1]) && !/^(?:The|A|An|Our)$/u.test(lateHad[1]);
    const who = OBJECT_PRONOUN[l] ?? (named ? roleOf(ctx, lateHad[1]) : lateHad[1]);
    let sEnd = sentence.end;
    while (sEnd > sentence.start && /[.!?]/u.test(ctx.text[sEnd - 1])) sEnd--;
    const ok = /^[a-z-]+$/u.test(base) && base !== lateHad[2].toLowerCase() && sentence.start + lateHad.index + lateHad[0].length >= sEnd - 1;
    out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start + lateHad.index, sentence.start + lateHad.index + lateHad[0].length, NOTES.hindsight, ok ? [{ start: sentence.start, end: sEnd, text: `Nothing at the time prompted ${who} to ${base}${lateHad[3].trimEnd()}`, ...(named ? { title: ROLE_TITLE } : {}) }] : []));
  }
  // "If X had (not) PP …, … would", "If only …".
  const cond = /^(?:even )?if (?:only )?([^,;]{1,60}?)(?: had|'d)(?: not|n['’]t)? (?:just |only |simply |actually )?([\p{L}-]{2,20})\b[^;?!]{0,120}\bwould(?:n['’]t)?\b/iu.exec(sentence.text);
  // "If the monitoring work had been started earlier, the problem would have been discovered": a step nobody took,
  // said in the passive with the work as the subject (a system's own state is luck: "if the disk had been full").
  const passiveIf = !cond || !(phraseKind(cond[1], ctx.people) === 'person' || PRONOUN_PEOPLE.has(cond[1].toLowerCase())) ? /^(?:(?:even )?if (?:only )?((?:(?:the|our|a|an|this|that|these|those|any|proper|better|more) )?[^,;]{1,50}?) had been|had ((?:(?:the|our|a|an|this|that|these|those|any|proper|better|more) )?[^,;]{1,50}?) been) ((?:[a-z]{3,20}ly )?([a-z-]{3,20}(?:ed|en|wn|un|ne)))\b([^,;?!]{0,80}),[^;?!]{0,120}\b(?:would|could|might)(?: never| not|n['’]t)? (?:have|be)\b/iu.exec(sentence.text) : null;
  if (passiveIf) {
    const what = passiveIf[1] ?? passiveIf[2];
    const pp = passiveIf[4].toLowerCase();
    if (phraseKind(what, ctx.people) === 'thing' && !SYSTEM_STATE.test(pp) && !RESOURCE_STATE.test(pp) && !/\bnot\b/iu.test(passiveIf[0].slice(0, passiveIf[0].indexOf(pp))) && !/\b(?:automatically|by (?:the |a |an )?(?:system|tool|tooling|script|automation|controller|scheduler|autoscaler|operator))\b/iu.test(passiveIf[3] + passiveIf[5])) {
      let e = sentence.end;
      while (e > sentence.start && /[.!?\s]/u.test(ctx.text[e - 1])) e--;
      const w = what.replace(/^(?:our|their) /iu, 'the ');
      // "… started two weeks earlier" → "… not started at the time": the comparison goes with the hindsight.
      const rest0 = passiveIf[5].trim();
      const rest = /^(?:(?:(?:\d+|a few|one|two|three|four|several|a couple of) (?:minutes?|hours?|days?|weeks?|months?) )?(?:earlier|sooner|in time|before [^,]{1,40}))$/iu.test(rest0) ? '' : rest0 ? ` ${rest0}` : '';
      const t = `${cap(w)} had not been ${passiveIf[3]}${rest} at the time, and nothing then made it urgent`;
      out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + passiveIf[0].length, NOTES.hindsight, [{ start: sentence.start, end: e, text: t }]));
    }
  }
  const only = !cond && /^if only (.{1,40}?) had\b/iu.exec(sentence.text);
  // ("If only the DBA had snapshotted the volume, we could have restored in minutes": the finding reaches the consequence's
  // "could have restored", one finding with the conditional.)
  const consequence = only ? /, [^;.?!]{0,80}?\b(?:would|could|might)(?: never| not|n['’]t)? have [a-z-]{2,20}/iu.exec(sentence.text) : null;
  if (only && (phraseKind(only[1], ctx.people) === 'person' || PRONOUN_PEOPLE.has(only[1].toLowerCase()))) out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + (consequence ? consequence.index + consequence[0].length : only[0].length), NOTES.hindsight, conditionalRewrites(sentence, ctx)));
  // "If we had not rolled back, the corruption would have spread": luck, as with the inverted form above.
  // "If we had automatic tests that would block the push, you would not be able to push this now": "had" + a noun phrase
  // (possession) and no perfect after "would" is the unreal present, a wish about today's setup, not a past act (session 11).
  const unrealPresent = !!cond && !PARTICIPLE_LIKE.test(cond[2].toLowerCase()) && !/\b(?:would|could|might)(?: not| never|n['’]t)? (?:have|['’]ve)\b|\bwould['’]ve\b/iu.test(sentence.text);
  if (cond && !unrealPresent && !(/(?: had|'d)(?: not|n['’]t) /iu.test(cond[0]) && LUCK_NEGATED_STEP.test(`${cond[1]} not ${cond[2]}`))) {
    const who = cond[1];
    // An undeclared name counts with an act only people do ("If Pita had double-checked the flag, …").
    const named = nameLike(who) && englishWordKind(who, undefined, ctx.people) === 'unknown' && HUMAN_HINDSIGHT.test(cond[2].toLowerCase());
    if (named || phraseKind(who, ctx.people) === 'person' || PRONOUN_PEOPLE.has(who.toLowerCase())) out.push(detection('counterfactual', 'en.who.hindsight-conditional', 'counterfactual', sentence.start, sentence.start + cond[0].length, NOTES.hindsight, conditionalRewrites(sentence, ctx)));
  }
  // "Why did the on-call not …?", "How did the reviewer miss …?", "Why didn't Ruth wait …?", "How could the team miss …?"
  // ("The bigger question remains: why did …?": a lead-in that raises the question goes first; not a label such as
  // "Why 2:" or "Q:", which heads the review's own question.)
  const q = /^(?:(?:but |and |so )?(?:the |a |my |our |one )?(?:(?:real|bigger|big|obvious|key|open|only|main|hard|first|next) )?question (?:remains|is|was|here is|we keep asking): |(?:i|we) (?:ask|asked|wonder|wondered|keep asking): )?(?:why|how)(?: on earth| exactly)? (did|didn['’]t|could|couldn['’]t|would|wouldn['’]t|was|wasn['’]t|were|weren['’]t|had|hadn['’]t|has|hasn['’]t|have|haven['’]t|is|isn['’]t) ([^?]{3,200})\?$/iu.exec(sentence.text);
  if (q) {
    // The question itself starts after a lead-in ("The bigger question remains: why …"); its rewrites keep the lead-in.
    const lead = /^[^:?;]{1,60}: /u.exec(q[0])?.[0].length ?? 0;
    const qs = sentence.start + lead;
    const ask = (t: string) => (lead ? t[0].toLowerCase() + t.slice(1) : t);
    const at = sentence.start + q[0].indexOf(q[2], lead + q[1].length);
    const qt = tokens(q[2], at).filter((t) => !/^(?:not|never)$/u.test(t.l));
    let who: PersonSubject | undefined;
    for (let n = 1; n <= 3 && n < qt.length && !who; n++) {
      const words = qt.slice(0, n);
      const phrase = words.map((t) => t.w).join(' ');
      const first = words[0].l;
      if (n === 1 && (/^(?:nobody|no-one|anyone|anybody|someone|somebody|we|i|he|she|they|you)$/u.test(first))) who = { start: words[0].start, end: words[0].end, next: 1, weak: false };
      // "Why did no one see this coming?": "no one" is two tokens.
      else if (n === 2 && first === 'no' && words[1].l === 'one') who = { start: words[0].start, end: words[1].end, next: 2, weak: false };
      else if (words.every((t) => /^[\p{L}-]+$/u.test(t.w)) && phraseKind(phrase, ctx.people) === 'person' && !/^(?:no|none)$/u.test(first)) who = { start: words[0].start, end: words[n - 1].end, next: n, weak: false };
      else if (n === 1 && nameLike(words[0].w) && englishWordKind(words[0].w, undefined, ctx.people) === 'unknown') who = { start: words[0].start, end: words[0].end, next: 1, weak: true, name: words[0].w };
    }
    // "the on-call engineer": a role's head noun after its modifier belongs to the subject.
    if (who && !who.weak && qt[who.next] && /^(?:engineers?|managers?|leads?|team|commanders?|developers?|reviewers?|operators?|admins?|administrators?|sres?|dbas?|responders?|members?|staff|crew|shift|analysts?|on-call)$/u.test(qt[who.next].l)) who = { ...who, end: qt[who.next].end, next: who.next + 1 };
    const negated = /n['’]t$/iu.test(q[1]) || /^(?:nobody|no one|no-one)\b/iu.test(q[2]) || /\b(?:not|never)\b/iu.test(q[2].split(/\s+/u).slice(0, 5).join(' '));
    const verb = qt[who?.next ?? 0];
    const loaded = MARKER.test(q[2]) || marker2(q[2]) || negated || (/^(?:could|would)$/iu.test(q[1]) && !/^(?:have )?(?:known|foreseen|predicted|guessed|expected|anticipated|seen it coming|imagined)\b/iu.test(q[2].split(/\s+/u).slice(who?.next ?? 1).join(' '))) && (!!verb && /^(?:miss|skip|ignore|forget|overlook|neglect|bypass|disregard|let|not|have)$/u.test(verb.l)) || (!!verb && (HARM[verb.l] !== undefined || HARM[`${verb.l}ed`] !== undefined || /^(?:miss|skip|ignore|forget|overlook|neglect|bypass|disregard|let)$/u.test(verb.l))) || /\b(?:such an? obvious|so obvious|so late|so long|on a friday|at \d{1,2}(?::\d\d)? ?(?:p\.?m|a\.?m)|without (?:testing|checking|reading|asking|a review)|wait(?:ed)? (?:[\p{L}-]+ ){0,3}(?:minutes|hours|days|so long|that long) (?:before|to)|take so long|so long to|(?:still )?(?:asleep|afk|at lunch|in bed|offline|unreachable|nowhere to be found))\b/iu.test(q[2]);
    // A five-whys question followed by its answer ("Why did no one notice for two weeks? -> No alert existed for it.",
    // "… ? Because the diff hid the file."): the review asking its own question, answered by the conditions.
    const answered = /^[ \t]*(?:-+>|→|=>|⇒|because\b)/iu.test(ctx.text.slice(sentence.end, sentence.end + 24));
    // An undeclared name asked about counts when the act carries a marker of harm ("Why did Ola push the change without approval?").
    if (who && loaded && !answered && !(who.weak && !negated && !/^(?:could|would)$/iu.test(q[1]) && !MARKER.test(q[2]))) {
      // "How did the reviewer not notice the missing `WHERE` clause?" → "What made it hard for the reviewer to notice the missing `WHERE` clause?":
      // the question kept, asked of the conditions (and inline code after the verb stays where it is).
      const kept: Rewrite[] = [];
      const SEEN: Record<string, string> = { miss: 'notice', overlook: 'notice', ignore: 'act on', skip: 'run', forget: 'remember', neglect: 'do' };
      if (/^(?:did|didn['’]t)$/iu.test(q[1]) && verb && /^[a-z-]{2,20}$/u.test(verb.l) && !who.weak) {
        const base = verbBase(verb.l);
        const seen = negated ? (base === verb.l ? base : undefined) : SEEN[base];
        const w = ctx.text.slice(who.start, who.end);
        const ref = /^(?:the|a|an|our|their)\b/iu.test(w) ? w[0].toLowerCase() + w.slice(1) : OBJECT_PRONOUN[w.toLowerCase()] ?? (who.name ? roleOf(ctx, who.name) : w);
        if (seen && !/^(?:nobody|no-one|no one)$/iu.test(w)) kept.push({ start: qs, end: verb.end, text: ask(`What made it hard for ${ref} to ${seen}`) });
      }
      out.push(detection('counterfactual', 'en.who.hindsight-question', 'counterfactual', qs, sentence.end, NOTES.hindsight, [
        ...kept,
        { start: qs, end: sentence.end, text: ask('What made this step hard to see at the time?') },
        { start: qs, end: sentence.end, text: ask('What did the responders know at that moment?') },
      ]));
    }
  }
  // "Why wasn't the alert escalated sooner?", "Why on earth was the migration run during business hours?":
  // a passive question that judges a step people took or missed.
  const pq = !q ? undefined : /^why (on earth |the hell |exactly )?(was|were|wasn['’]t|weren['’]t|hadn['’]t|had|is|isn['’]t)( not)? (?:the|this|that|our|a|an|it|they) [^?]{0,80}?\b([a-z-]{3,20}(?:ed|en|wn|un|ne)|run|done|made|sent|left|put|set|shut|built|written|given|ignored)\b([^?]{0,80})\?$/iu.exec(sentence.text);
  if (pq && !out.some((d) => d.id === 'en.who.hindsight-question')) {
    const negated = /n['’]t$/iu.test(pq[2]) || !!pq[3] || / not$/iu.test(pq[0].slice(0, pq[0].length - pq[4].length - pq[5].length - 1).trimEnd());
    const loaded = !!pq[1] || (negated && /\b(?:sooner|earlier|in time|faster|first|before|at all|immediately|right away)\b/iu.test(pq[5])) || /\b(?:so late|so long|on a friday|during (?:business|peak|working) hours|in production|without (?:a |any )?(?:review|test|testing|backup|approval|canary))\b/iu.test(pq[5]);
    if (loaded) out.push(detection('counterfactual', 'en.who.hindsight-question', 'counterfactual', sentence.start, sentence.end, NOTES.hindsight, [
      { start: sentence.start, end: sentence.end, text: 'What made this step hard to see at the time?' },
      { start: sentence.start, end: sentence.end, text: 'What did the responders know at that moment?' },
    ]));
  }
  return out;
}

// An undeclared capitalised possessive is a person's when what they own is an error or a judged act.
const BLAME_NOUN = /['’]s (?:(?:bad|rushed|hasty|sloppy|careless|reckless|negligent|lazy|thoughtless|botched|bungled|shoddy|slapdash|half-baked|clumsy|ill-advised|ill-judged|misguided) [\p{L}-]+|(?:mistake|slip|slip-up|oversight|blunder|fault|screw-up|goof|lapse|misstep|gaffe|typo))$/u;

// Cheap gates before tokenising: a past-tense verb or a negation for acts, a modal or a conditional for hindsight.
const ACT_WORDS = /ed\b|\bwound up\b|\bbroken\b|\btook down\b|\b(?:had|(?:i|he|she|we|they)['’]d) (?:run|made|taken|gone|written|given|broken|forgotten|overridden|overwritten|chosen|blown|thrown|driven|torn|hidden|left|set|put|cut|let|sent|kept|shut)\b|\b(?:broke|forgot|overrode|overwrote|misread|ran|took|left|shut|set|let|blew|chose|went|did|didn['’]t|never|cut|winged|phoned|could(?:n['’]t| not)? be bothered|was too|put|wrote|sent|made|gave|hit|came|brought|began|drove|threw|spun|tore|kept|held|hid|sold|told|sat)\b/iu;
const HINDSIGHT_WORDS = /\b(?:should|could|might|must|ought|shouldn['’]t|couldn['’]t)\b|^(?:had|were|if|even if|why|how)\b|: (?:why|how)\b|\bhad (?:anyone|anybody|someone|somebody|we|they|the)\b/iu;
const SHAPE_WORDS = /have been|\brushed |\byour |without|sloppy|lazy|stupid|silly|idiotic|know better|neglecting|developers|engineers|devs|admins|programmers|coders|operators|testers|management|broke|took down|brought down|crashed|nuked|hosed|\b(?:fire|sack|demote|punish|discipline|reprimand) |bother|(?:messed|screwed|fucked|mucked) |was me|is me|was us|is us|even know|human|when you|\bbad\b|terrible|awful|dumb|\bpoor\b|idiot|\bfool\b|moron|dumbass|numpty|clown|muppet|whose fault|who['’]s fault|boo-?boo|fuck-?ups?\b|cock-ups?\b|screw-?ups?\b|inadvertently|accident(?:al?)?ly|because of (?:me|us|him|her)\b|due to (?:me|us|him|her)\b|(?:don['’]t|do not|never) (?:ever )?be\b|overlooked|missed|vigilant|careful|cautious|idea|^(?:(?:but|and|so) )?to [a-z]|of (?:mine|ours)|acknowledge|admit|reluctance|proved|proven|turned out|became|hindsight|retrospect|looking back|attention|mad?ke? (?:a|an|one|two|several|some|the same|another) |nobody|no one|no-one|none of|^(?:could|couldn|shouldn|should|wouldn)|too slow|failure to|refusal to|neglect to|accountable|stop being|foresight|doing|thank|let down|pebkac|pebcak|id-?10|layer ?8|fat.finger|user error|goofed|blundered|fumbled|slipped up|indefensib|inexcusab|unjustifiab|unforgivab|reckless|irresponsib|foolhardy|negligent|careless|foolish|boneheaded|unwise|imprudent|injudicious|harebrained|remind|urge|implore|\bbeg\b|call on|slow down|caused by|triggered by|started by|set off by|check (?:your|their|our)|^(?:[a-z ]{0,16}[:,]? )?(?:please )?always |important|essential|crucial|vital|critical|think (?:twice )?before|wits|sharp|lookout|eyes|closely|carefully|thoroughly|attentively|diligently|rigorously|conscientiously|scrutiny|\bharder\b|jumped out|stood out|leapt out|obvious|evident|apparent|plain|unnecessary|needless|never should|thinking|possessed|up to|blame|responsib|fault|\bon (?:me|us|him|her|them|the)\b|\btake\b|['’]s |failed us|let (?:us|the team) down|\b(?:call|choice|decision|move|idea)\b|judg|\b(?:my|our) |\bup\b|need|must|should|\b(?:have|has) to\b|ought|protection|defen[cs]e|safeguard|answer|\bfix is|corners|phoned|ball|bothered|winged|rubber|half-heart|asleep|chose to|lazily|blindly|avoidable|preventable|would|could|might|^(?:wasn|isn|was it|did|never|forgot|neglected)|expected|reminded|asked|urged|encouraged|better|happened|occurred|whoever|mistake|error|failure|oversight|belong|finger|down to|slip|typo|fallib|lapse|misstep|blunder|problem|issue|factor|repercuss|penalt|sanction|disciplin|answer for|pay for|lose |removed from|taken off|warning|reprimand|messed|screwed|goofed|mucked|fouled|botched|blew it|culpa|part\b|watch\b|who |inflicted|unforced|own goal|need|foresee|predictable|ill-|unwise|misguided|rash|hasty|naive|short-sighted|wrong|avoidable|preventable|toes|guard|eye on|aware|sharp|mindful|watchful/iu;

// Blame words that the phrase lists flag without a mechanical rewrite: the sentence is restructured
// around the condition here, and the engine keeps the finding that offers a rewrite.
const NEG_ADJ = 'remiss|derelict|unprofessional|oblivious|careless|sloppy|negligent|reckless|inattentive|clueless|lazy|incompetent|thoughtless|complacent|irresponsible|inept|heedless|slapdash|shoddy|cavalier|lackadaisical|cursory|perfunctory';
const PREDICATE = new RegExp(`\\b(?:was|were|is|are|had been|has been|have been|got) (?:(?:so|very|really|too|quite|extremely|pretty|just|simply|clearly|plainly|far|way|much|completely|totally|utterly|rather|overly) ){0,2}(?:${NEG_ADJ}|hasty|rash)\\b(?: (with|about|in|when|during|around|on|to) ([^,;.!?]{1,60}))?`, 'iu');
// Manner words that judge a person only with what they were casual about: "far too casual about running ad-hoc SQL".
const PREDICATE_ABOUT = /\b(?:was|were|is|are|had been|has been|have been|got) (?:(?:so|very|really|too|quite|extremely|pretty|far|way|much|rather|overly) ){0,2}(?:casual|lax|slack|blas[eé]|nonchalant|cavalier|relaxed|indifferent) (about|with|toward|towards|to) ([^,;.!?]{1,60})/iu;
const ATTRIBUTIVE = new RegExp(`\\b(?:an?|the|his|her|their|our|my|your|one|this|that|some|another|[\\p{Lu}][\\p{Ll}]{1,20}['’]s)(?: [a-z-]{2,20})? (?:${NEG_ADJ}|hasty|rushed|inexperienced|untrained) (?=[a-z][a-z-]{2,20}\\b)(?!(?:with|about|in|when|and|or|to|of|for|on|at|parents?|child|children|kids?|toddlers?|teenagers?|drivers?|tourists?|pedestrians?|cyclists?|shoppers?|homeowners?|neighbou?rs?|roommates?|dogs?|cats?)\\b)`, 'iu');
const BLAME_NOUNS = /\b(?:(?:the |an? |one |our |their |his |her )?(?:[\p{L}-]{2,20}['’]s |operator |human |engineer |developer |personal |staff )?)(?:carelessness|negligence|incompetence|complacency|inattention|sloppiness|laziness|recklessness|ineptitude|irresponsibility|obliviousness|forgetfulness|overconfidence|apathy|lack of (?:care|diligence|attentiveness|rigou?r|discipline|professionalism|ownership|competence|judg(?:e)?ment|common sense))\b/iu;
// A person's haste or disregard: "Priyanka's haste", "the engineer's impatience", "showed a shocking disregard for".
const CONDUCT_NOUN = /\b(?:([\p{Lu}][\p{Ll}]{1,20})|(?:[Tt]he|[Oo]ur|[Tt]heir) ([a-z-]{2,20}(?: [a-z-]{2,20})?))['’]s (?:[a-z]{3,20} )?(?:haste|impatience|hurry|disregard|indifference|arrogance|hubris)\b|\b(?:[Ss]howed|[Ss]hows|[Dd]isplayed|[Dd]isplays) (?:an? )?(?:(?:shocking|complete|total|utter|blatant|flagrant|reckless|careless|clear|worrying) ){0,2}(?:disregard|indifference|contempt) for ([^,;.!?]{2,60})/u;
// "treated the capacity warnings with complete indifference".
const TREATED_WITH = /\b(treated|met|received|handled|greeted|regarded) ((?:the|a|an|our|their|its|these|those|this|that|every|all) [^,;.!?]{1,40}?) with (?:(?:complete|total|utter|casual|apparent|shocking|such|open) )?(?:indifference|apathy|disdain|contempt|neglect|disinterest)\b/iu;
const PUNITIVE = /\b(?:(?:taken|removed|kicked|barred|pulled|locked|banned) (?:off|out of|from) (?:production|prod|admin|root|deploy|the deploy|on-call|the on-call|the pager|pager)(?: access| rights| privileges| duty| rotation| rota)|formal write-?ups?|write-?ups? for (?:whoever|the (?:engineer|person|developer|operator|individual|reviewer|deployer|contractor)s?)|(?:consequences|repercussions|penalties|sanctions) for (?:whoever|anyone|anybody|those who|people who|engineers|developers|operators|reviewers|deployers|the (?:engineer|person|developer|operator|individual|team|reviewer|deployer|contractor)s?)|(?:must|should|needs? to|have to|has to|will) be (?:real |serious |some |clear )?(?:consequences|repercussions)|(?:a |an )?(?:formal|written) (?:warning|reprimand)s?\b(?= (?:should|must|will|needs? to|ought to|goes|go|on|in|for|to)\b)|(?<!(?:\bnot|\bnever|n['’]t|\b(?:fair|right|appropriate|reasonable|justified|ok|okay|normal) to|\bha(?:s|ve|d)|\b(?:he|she|they|i|we|you)['’](?:s|ve|d)) )(?:be|been|get|gets|being) (?:disciplined|written up|fired|sacked|let go|demoted|punished|reprimanded)|face (?:the )?consequences|(?:be )?held accountable|make an example of|(?:firing|terminating|sacking|demoting|letting go of) (?:you|him|her|them|(?:the|that|this|our) (?:engineer|person|developer|operator|individual|reviewer|deployer|contractor|intern|employee|admin|sre|on-call)s?))\b/iu;
const JUDGING_ADVERB = /\b(?:inexcusably|unforgivably|shamefully|disgracefully|lazily|blindly|half-heartedly|sloppily|negligently|carelessly|recklessly|thoughtlessly|haphazardly|heedlessly|shoddily|perfunctorily|cursorily|cavalierly|lackadaisically|incompetently|irresponsibly|slapdashly|inattentively|absent-mindedly|absentmindedly)(?= |,)/iu;

/**
 * A punishment verb in the passive whose subject, right before it, is a thing or an outside party: "builders will now
 * be demoted if …" (a relay's automatic rule), "An alert will be fired when …", "The webhook gets fired for …". Only a
 * clause that opens with that subject and reaches the verb through modals and adverbs alone; "The engineer who pushed
 * the change should be demoted" and "whoever … should be fired" stay punitive.
 */
function punishedThing(text: string, pun: RegExpExecArray, people: DetectContext['people']): boolean {
  if (!/^(?:be|been|get|gets|being) /iu.test(pun[0])) return false;
  const clause = text.slice(0, pun.index).split(/[:;]/u).pop()!.trim();
  const words = clause.split(/\s+/u).filter(Boolean);
  while (words.length && /^(?:will|would|should|must|can|could|may|might|shall|is|are|was|were|to|now|then|also|automatically|immediately|always|just|only|still|simply|instead)$/iu.test(words[words.length - 1])) words.pop();
  if (words.length && /^(?:the|a|an|any|all|our|their|its|these|those|such|each|every)$/iu.test(words[0])) words.shift();
  if (!words.length || words.length > 2 || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return false;
  return phraseKind(words.join(' '), people) === 'thing' && phraseKind(words[words.length - 1], people) === 'thing';
}

function fallbacks(sentence: Sentence, ctx: DetectContext): Detection[] {
  const text = sentence.text;
  const out: Detection[] = [];
  const at = (i: number) => sentence.start + i;
  let end = sentence.end;
  while (end > sentence.start && /[.!?]/u.test(ctx.text[end - 1])) end--;
  const pun = PUNITIVE.exec(text);
  if (pun && !punishedThing(text, pun, ctx.people)) out.push(detection('blameful', 'en.who.punitive', 'punitive', at(pun.index), at(pun.index + pun[0].length), NOTES.vigilance, processRewrites(sentence, ctx.text, at(pun.index))));
  const pred = PREDICATE.exec(text);
  if (pred) {
    const prep = pred[1] ? ` ${/^(?:with|about|on)$/iu.test(pred[1]) ? 'around' : pred[1].toLowerCase()} ${pred[2]}` : '';
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(pred.index), at(pred.index + pred[0].length), NOTES.act, [
      { start: at(pred.index), end: at(pred.index + pred[0].length), text: `had no safeguard${prep}` },
    ]));
  }
  const attr = ATTRIBUTIVE.exec(text);
  if (attr) {
    // Only the adjective goes: "a reckless engineer" → "an engineer".
    const adjAt = attr.index + attr[0].trimEnd().lastIndexOf(' ') + 1;
    const det = /^(an?) /iu.exec(attr[0]);
    const next = text.slice(attr.index + attr[0].length);
    const article = det && attr[0].split(' ').length === 3 ? (/^[aeiou]/iu.test(next) ? 'an' : 'a') : undefined;
    // "handled in a slapdash way" → "handled": the manner phrase goes whole.
    const manner = / in $/iu.test(text.slice(Math.max(0, attr.index - 4), attr.index)) && /^(?:way|manner|fashion)\b/iu.exec(next);
    const rewrite = manner ? { start: at(attr.index - 4), end: at(attr.index + attr[0].length + manner[0].length), text: '' } : article ? { start: at(attr.index), end: at(attr.index + attr[0].length), text: `${det![1][0] === 'A' ? cap(article) : article} ` } : { start: at(adjAt), end: at(attr.index + attr[0].length), text: '' };
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(adjAt), at(attr.index + attr[0].length - 1), NOTES.act, [rewrite]));
  }
  const noun = BLAME_NOUNS.exec(text);
  if (noun) {
    const lead = noun.index === 0;
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(noun.index), at(noun.index + noun[0].length), NOTES.act, [
      { start: at(noun.index), end: at(noun.index + noun[0].length), text: lead ? 'Missing safeguards' : 'missing safeguards' },
      { start: at(noun.index), end: at(noun.index + noun[0].length), text: lead ? 'A gap in the process' : 'a gap in the process' },
    ]));
  }
  const adv = JUDGING_ADVERB.exec(text);
  if (adv) {
    // The adverb goes with one of the spaces around it ("was done haphazardly, with …" → "was done, with …").
    const before = text[adv.index + adv[0].length] === ',' && text[adv.index - 1] === ' ';
    const del = before ? { start: at(adv.index - 1), end: at(adv.index + adv[0].length), text: '' } : { start: at(adv.index), end: at(adv.index + adv[0].length + 1), text: '' };
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(adv.index), at(adv.index + adv[0].length), NOTES.act, [del]));
  }
  const about = !pred && PREDICATE_ABOUT.exec(text);
  if (about) out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(about.index), at(about.index + about[0].length), NOTES.act, [
    { start: at(about.index), end: at(about.index + about[0].length), text: `had no safeguard around ${about[2]}` },
  ]));
  const conduct = !noun && CONDUCT_NOUN.exec(text);
  if (conduct && (conduct[3] || conduct[1] ? true : phraseKind(conduct[2], ctx.people) === 'person')) {
    const lead = conduct.index === 0;
    // "Kenji showed a shocking disregard for the change-freeze calendar" → "Nothing in the process enforced the change-freeze calendar".
    const whole = conduct[3] && !/[,;:]/u.test(text.slice(0, conduct.index)) && conduct.index < 60;
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(conduct.index), at(conduct.index + conduct[0].length), NOTES.act, whole
      ? [{ start: sentence.start, end: at(conduct.index + conduct[0].length), text: `Nothing in the process enforced ${conduct[3].replace(/^(?:his|her|their|our|my) /iu, 'the ')}` }]
      : conduct[3] ? [] : [{ start: at(conduct.index), end: at(conduct.index + conduct[0].length), text: lead ? 'Time pressure' : 'time pressure' }, { start: at(conduct.index), end: at(conduct.index + conduct[0].length), text: lead ? 'A gap in the process' : 'a gap in the process' }]));
  }
  const treated = TREATED_WITH.exec(text);
  if (treated) {
    const form = /^(?:treated|met|received|handled|greeted|regarded)$/iu.test(treated[1]) ? 'did not act on' : 'do not act on';
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(treated.index), at(treated.index + treated[0].length), NOTES.act, [{ start: at(treated.index), end: at(treated.index + treated[0].length), text: `${form} ${treated[2]}` }]));
  }
  const bothered = /\b(could|couldn['’]t|could not) be bothered (to|with)\b/iu.exec(text);
  if (bothered) {
    const neg = !/^could$/iu.test(bothered[1]);
    out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(bothered.index), at(bothered.index + bothered[0].length), NOTES.duty, [
      { start: at(bothered.index), end: at(bothered.index + bothered[0].length), text: `${neg ? 'was not' : 'was'} ${bothered[2] === 'to' ? 'prompted to' : 'given time for'}` },
    ]));
  }
  const ball = /\bdropped the ball\b/iu.exec(text);
  if (ball) out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(ball.index), at(ball.index + ball[0].length), NOTES.act, [{ start: at(ball.index), end: at(ball.index + ball[0].length), text: 'had no safety net' }]));
  const ignore = /\bchose to ignore\b/iu.exec(text);
  if (ignore) out.push(detection('blameful', 'en.who.negligence', 'blame-word', at(ignore.index), at(ignore.index + ignore[0].length), NOTES.act, [{ start: at(ignore.index), end: at(ignore.index + ignore[0].length), text: 'did not act on' }]));
  const obvious = /^(?:wasn['’]t|isn['’]t) it (?:obvious|clear|evident)\b/iu.exec(text);
  if (obvious) out.push(detection('counterfactual', 'en.who.hindsight-obvious', 'counterfactual', at(0), at(obvious[0].length), NOTES.hindsight, [{ start: at(0), end: at(obvious[0].length), text: `${/^isn/iu.test(obvious[0]) ? 'Is' : 'Was'} it clear at the time` }]));
  const blameFor = /\b(?:is|was|are|were) to blame for ([^,;.!?]{2,60})/iu.exec(text);
  if (blameFor && blameFor.index > 0) {
    const what = blameFor[1].replace(/^(?:the|a|an) /iu, (x) => x.toLowerCase());
    out.push(detection('blameful', 'en.who.attribution', 'blame-word', at(blameFor.index), at(blameFor.index + blameFor[0].length), NOTES.act, [{ start: sentence.start, end: at(blameFor.index + blameFor[0].length), text: cap(`${/^(?:the|a|an)\b/iu.test(what) ? what : `the ${what}`} traces back to gaps in the process`) }]));
  }
  return out;
}

const FALLBACK_WORDS = /remiss|firing|terminating|sacking|demoting|letting go|derelict|unprofessional|oblivious|forgetful|overconfiden|apathy|lack of|haste|impatien|hurry|disregard|indifferen|arrogan|hubris|casual|\blax\b|slack|blas|nonchalant|cavalier|relaxed|inexcusabl|unforgivabl|shameful|disgraceful|asleep|taken off|removed from|kicked|barred|pulled|locked out|banned|write-?up|consequences|repercussion|penalt|sanction|haphazard|heedless|shoddi|perfunctori|cursori|cavalierly|lackadaisic|absent-?minded|warning|reprimand|slapdash|shoddy|cavalier|lackadaisical|cursory|perfunctory|careless|sloppy|negligen|reckless|inattent|clueless|lazy|lazi|incompet|thoughtless|complacen|irresponsib|inept|heedless|hasty|hastily|rushed|inexperienced|untrained|blindly|half-hearted|disciplined|written up|fired|sacked|let go|demoted|punished|reprimanded|consequences|accountable|example of|bothered|the ball|chose to ignore|obvious|clear|evident|to blame/iu;

const SEP = '\uFFFC';

/**
 * A rewrite whose range holds inline code or a link (a separator, U+FFFC) cannot be applied as one
 * replacement: the text it keeps unchanged at either end is left out of it, so that the code stays
 * where it is ("Nothing in the process stopped our DBA from running `VACUUM FULL` …" replaces only
 * "Our DBA ran"). Rewrites that change the code's surroundings stay as they are (and are dropped later).
 */
function aroundCode(text: string, r: Rewrite): Rewrite {
  const old = text.slice(r.start, r.end);
  if (!old.includes(SEP)) return r;
  let pre = 0;
  while (pre < old.length && pre < r.text.length && old[pre] === r.text[pre]) pre++;
  let suf = 0;
  while (suf < old.length - pre && suf < r.text.length - pre && old[old.length - 1 - suf] === r.text[r.text.length - 1 - suf]) suf++;
  // Keep whole words at the cut: back off to a space.
  while (pre > 0 && !/\s/u.test(old[pre - 1])) pre--;
  while (suf > 0 && !/\s/u.test(old[old.length - suf])) suf--;
  const start = r.start + pre;
  const end = r.end - suf;
  if (text.slice(start, end).includes(SEP)) return r;
  return { ...r, start, end, text: r.text.slice(pre, r.text.length - suf) };
}

/** English blame and hindsight in one sentence. */
export function englishProse(sentence0: Sentence, ctx: DetectContext): Detection[] {
  // A typographic apostrophe reads as a plain one ("If I’d written …"); same length, so offsets hold.
  const sentence = sentence0.text.includes('’') ? { ...sentence0, text: sentence0.text.replace(/’/gu, "'") } : sentence0;
  const found = detectSentence(sentence, ctx);
  if (sentence.text.includes(SEP)) for (const d of found) d.rewrites = d.rewrites.map((r) => aroundCode(ctx.text, r));
  return found;
}

function detectSentence(sentence: Sentence, ctx: DetectContext): Detection[] {
  if (sentence.text.length > 800) return [];
  const out: Detection[] = [...confessions(sentence), ...failedApology(sentence, ctx), ...madeWorse(sentence, ctx), ...verdicts(sentence), ...missedBySafeguard(sentence), ...missingSafeguardCounterfactual(sentence)];
  const acts = ACT_WORDS.test(sentence.text);
  const hindsight = HINDSIGHT_WORDS.test(sentence.text);
  if (acts || hindsight) {
    const toks = tokens(sentence.text, sentence.start);
    if (acts) out.push(...personActs(sentence, ctx, toks));
    if (hindsight) out.push(...personHindsight(sentence, ctx, toks));
  }
  if (FALLBACK_WORDS.test(sentence.text)) out.push(...fallbacks(sentence, ctx));
  // Most sentences hold none of the shapes' words: one cheap test skips them all.
  if (!SHAPE_WORDS.test(sentence.text)) return out;
  for (const shape of SHAPES) {
    const m = shape.re.exec(sentence.text);
    if (!m) continue;
    // The words just before the match (a bounded slice, tested by a plain alternation).
    if (shape.unlessBefore && shape.unlessBefore.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "While it can be attributed to human error, it is incorrect to focus on the individual": human error named and,
    // in the same sentence, rejected as the reading that matters (a blameless principle, session 8).
    if (shape.id === 'en.who.human-error' && REJECTS_PERSON_FOCUS.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
    if (shape.person && !(phraseKind(m[shape.person], ctx.people) === 'person') && !/\b(?:group|department|division|org|organi[sz]ation|folks)$/iu.test(m[shape.person]) && !(nameLike(m[shape.person]) && englishWordKind(m[shape.person], undefined, ctx.people) === 'unknown' && (shape.names || BLAME_NOUN.test(m[0])))) continue;
    // A shape that may open after a comma (", the security team is …") is reported from its first word.
    const lead = shape.from ? m[0].lastIndexOf(m[shape.from]) : m[0].startsWith(', ') ? 2 : 0;
    const at = sentence.start + m.index + lead;
    out.push(detection(shape.list, shape.id, shape.kind, at, at + m[0].length - lead, shape.note, shape.fix ? shape.fix(m, at, sentence, ctx) : []));
  }
  return out;
}
