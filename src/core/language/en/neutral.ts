/**
 * English sentences that carry no blame although blame words occur in them: blame negated for
 * the subject ("Nobody forgot the renewal"), blame rejected or discussed ("calling this human
 * error would hide …", "it is tempting to say …, but"), blameless principles ("human error is a
 * symptom"). Bounded, linear patterns over one sentence.
 */
import { guardedCarelessParts } from './guard';
import { phraseKind } from '../../people';
import type { DetectContext, Sentence, Span } from '../types';
import { reportedBlameParts } from './reported';
import { asideParts } from './aside';
import { frameParts } from './frames';
import { unrealParts } from './unreal';
import { avertedParts } from './averted';
import { lastingParts } from './lasting';
import { safeguardQuestionParts, settingCondition } from './safeguard';
import { expectedParts } from './expected';
import { normParts } from './norm';
import { replyParts } from './reply';

// The subject is nobody: "No one was careless", "Nobody on the team should have had to know".
const NOBODY = /^(?:[“"'‘]?\s{0,2})(?:no one|no-one|nobody|none of (?:us|them|this|that|it|these|those|the [\p{L}-]{1,20})|neither (?:of (?:us|them|the [\p{L}-]{1,20})|[\p{L}-]{2,20})|not a single (?:person|engineer|one|step|responder|reviewer)|at no (?:point|time|stage)|no (?:engineer|operator|person|individual|human|one person|responder|reviewer|developer|team member)s?)\b(?! (?:(?:could|can|would)(?: be|n['’]t be| not be)? bothered|bothered|cared|took the time|listened|paid attention|thought to)\b)/iu;

// Luck: what would have happened without something that went right ("Without the replica, we would have lost …").
// A system's counterfactual: "If the failover had not worked, we would have been down" (not a passive step: "if the runbook had been followed").
const THING_IF = /^(?:even )?if (?:the|our|a|an|its|this|that) ([\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) had(?:n['’]t| not)? (?!been [\p{L}-]+(?:ed|en|wn)\b)[^,;.?!]{1,60}, [^;.?!]{0,80}\b(?:would|could|might)(?: have|['’]ve)\b/iu;
const THING_HAD = /^had (?:the|our|a|an|its|this|that) ([\p{L}-]{2,20})(?: (?!been\b)([\p{L}-]{2,20}))? (?!been [\p{L}-]+(?:ed|en|wn)\b)[^,;.?!]{0,60}, [^;.?!]{0,60}\b(?:would|could|might)(?: have|['’]ve)\b/iu;
// Session 17 (en-safeguard): a load or a level with no article as the condition's state ("If traffic had been at its
// usual level, the existing alert would have caught the delay"): a state with no decision or measure in it, luck.
const STATE_IF = /^(?:even )?if ((?:[\p{L}-]{2,20} )?(?:traffic|load|demand|usage|latency|throughput|volume|memory pressure|memory usage|disk usage|cpu usage|cpu load|utili[sz]ation|concurrency|contention|activity)) had(?:n['’]t| not)? been (?:at|in|within|below|above|under|over|near|back at|back to|lower|higher|lighter|heavier|smaller|larger|normal|typical|usual|steady|stable|flat|light|low)\b[^,;.?!]{0,60}, [^;.?!]{0,100}\b(?:would|could|might)(?: have|['’]ve)\b/iu;
const LUCK = /^(?:without|but for|if not for|were it not for|had it not been for|if it (?:were|was)n['’]t for|if it had not been for|if it hadn['’]t been for)\b[^.;?!]{1,120}\bwould(?: have|['’]ve)\b/iu;

// Blame that the sentence negates, rejects, reports or generalises.
const REJECTED = new RegExp(
  [
    "\\bnot (?:anyone|someone|somebody|anybody|one person|a person|any individual)['’]s fault",
    '\\b(?:is|was|were|are)(?: not|n[’\']t) (?:caused by |due to |about |the result of )?(?:a |an )?(?:human|operator|individual|personal) (?:error|mistake|failure)',
    '(?:\\b(?:not|never)|n[’\'\']t) (?:really |just |only )?(?:about|a question of) (?:who|whom|blame|fault|negligence|carelessness|(?:human|operator|individual) error|(?:individual|personal) (?:mistakes|failings)|punishment|finding (?:a )?(?:culprit|someone to blame))',
    "\\b(?:we|i) (?:are|am|were|was)(?: not|n[’']t) (?:saying|suggesting|claiming|implying|blaming|faulting|singling out|pointing (?:fingers|the finger))",
    '^how (?:could|would|should|was|were) (?:anyone|anybody|we|they|he|she|i|the team|you|someone|somebody)(?: [\\p{L}-]{1,20})? (?:have )?(?:known|foreseen|predicted|guessed|expected|anticipated|imagined)\\b',
    '\\b(?:tempting|temptation) to\\b',
    '\\b(?:we|they|i) disagree',
    '\\b(?:first|early|earlier|initial|original) (?:drafts?|reading|readings|version|versions|reaction|reactions|take|takes|reports?|assumptions?|assessments?|claims?|theor(?:y|ies)|instincts?|impulses?|reflex(?:es)?|urges?)\\b',
    // A label someone used, answered by the record: "Some called it carelessness, but the timeline shows …".
    '\\b(?:called|labell?ed|branded|described|dismissed|blamed)\\b[^.;!?]{0,80}\\bbut (?:the )?(?:timeline|data|logs?|evidence|record|investigation|review|audit|trace|metrics?)s? (?:shows?|showed|proved|revealed|suggests?|suggested|found)\\b',
    // Blame the sentence negates: "did not ignore", "was not careless", "wasn't a mistake by the operator".
    "\\b(?:did not|didn['’]t|never|was not|wasn['’]t|were not|weren['’]t|is not|isn['’]t|are not|aren['’]t|had not|hadn['’]t|has not|hasn['’]t) (?:really |simply |actually |in any way |at any point )?(?:ignore|ignored|skip|skipped|forget|forgot|forgotten|overlook|overlooked|miss|missed|neglect|neglected|bypass|bypassed|disregard|disregarded|drop the ball|dropped the ball|cut corners|botch|botched|mess up|messed up|screw up|screwed up|misconfigure|misconfigured|mistype|mistyped|careless|negligent|sloppy|reckless|lazy|inattentive|complacent|incompetent|at fault|to blame|responsible for (?:the|this|that) (?:outage|incident|failure|mistake|error)|(?:the )?(?:cause|culprit)|(?:a |an |the )?(?:[\\p{L}-]{2,20} )?(?:mistake|error|fault|slip|blunder|oversight|lapse) (?:by|of|on the part of)|(?:a |an )?(?:human|operator|individual|personal|manual) (?:error|mistake|slip)|(?:anyone|anybody|someone|somebody|the [\\p{L}-]{2,20})['’]s (?:fault|mistake|error|oversight|blunder))\\b",
    '\\bnot (?:caused by|due to|the result of|because of|down to|attributable to) (?:a |an |the |any |anyone[’\'\']s |someone[’\'\']s |anybody[’\'\']s )?',
    "\\b(?:we|i|they)(?: (?:really|honestly|genuinely|just|simply|truly|personally))? (?:do|does|did)(?: not|n['’]t) (?:think|believe|claim|consider|find|suggest|accept) (?:that )?",
    "\\b(?:it is|it['’]s|it was) (?:not true|untrue|false|not the case|not fair|unfair) that\\b",
    '\\bno (?:evidence|sign|indication|suggestion) (?:that|of)\\b',
    '^contrary to\\b',
    '\\bwe (?:removed|replaced|dropped|rejected|struck|rewrote|reworded|changed) (?:it|that|this|the (?:word|phrase|wording|sentence|line))',
    '\\b(?:instead of|rather than|as opposed to|(?:instead of|rather than|as opposed to) (?:on|of)|without|pushed back on|push back on|avoid|avoided|avoiding|refrain from|stop) (?:blaming|pointing fingers|finger-pointing|assigning blame|looking for (?:a )?(?:culprit|someone to blame)|asking who)',
    "\\b(?:don['’]t|do not|did not|didn['’]t|never|won['’]t|will not) (?:look for|blame|assign blame|point fingers|single out|hunt for|search for) ",
    '\\b(?:blaming|calling|labell?ing|branding)\\b[^.;:!?]{0,80}\\b(?:would|will|does|did|can|could)? ?(?:hides?|obscures?|masks?|misses|miss|ignores?|be (?:wrong|unfair|misleading|lazy)|is (?:wrong|unfair|misleading|lazy)|tells? us nothing)\\b',
    '\\b(?:blaming|blame on|pointing fingers at|finger-pointing at|calling (?:this|it|that)|saying (?:that )?(?:the|a|an|someone|somebody|anyone|they|he|she)|to say (?:that )?(?:the|a|an|someone|somebody|anyone)|asking who)\\b[^.;:!?]{0,120}\\b(?:would|will|does|did|do|could|can|explains?|tells?|helps?)(?: not|n[’\']t| nothing| only| little)\\b',
    '\\b(?:blameless|a culprit|the culprit|scapegoat(?:s|ed|ing)?|someone to blame)\\b[^.;!?]{0,80}(?:\\b(?:not|no|never|instead|rather)\\b|n[’\'\']t\\b)',
    '\\b(?:is|are) (?:a |the )?(?:symptom|starting point|label|conclusion)s?\\b[^.;!?]{0,40}\\bnot\\b',
    '\\bnot (?:a |the )?(?:root )?cause\\b',
    // "It would be wrong to say the reviewer missed anything", "We rejected the idea that …".
    '\\b(?:wrong|unfair|inaccurate|misleading|a mistake|an error|too easy|easy) to (?:say|claim|suggest|conclude|assume|blame|call|point out|point to|spot|see|judge|critici[sz]e|second-guess)\\b',
    '\\b(?:rejected|reject|rejects|dismissed|dismiss|disputed|dispute|questioned|question) (?:the |this |that |any )?(?:idea|claim|notion|suggestion|assumption|view|framing|conclusion|narrative)\\b',
    // A hypothetical label: "Calling it operator error would stop us from fixing the CLI".
    '\\b(?:calling|labell?ing|branding|blaming|attributing)\\b[^.;:!?]{0,80}\\b(?:would|will|could|might)\\b',
    // "There was no negligence involved", "no one person's fault".
    '^(?:there (?:was|were|is|are) )?no (?:negligence|carelessness|blame|fault|wrongdoing|human error|operator error|individual error|single culprit)\\b',
  ].join('|'),
  'iu',
);

// Blame weighed and put aside (lang-en, second grown dev set): kept apart from REJECTED so that each stays provably linear.
const PUT_ASIDE = [
  // "Punishing the deployer would only make people hide mistakes": a punishment weighed and put aside.
  /^(?:punishing|firing|disciplining|shaming|reprimanding|sanctioning|naming and shaming)\b[^.;:!?]{0,80}\b(?:would|will|does|did|only|just|never)\b/iu,
  // "Human error is a symptom of deeper problems", "operator error is where the investigation starts".
  /\b(?:human|operator|individual|personal) (?:error|mistake)s? (?:is|are|was) (?:(?:only|just|merely|always|usually) )?(?:a |the )?(?:symptom|starting point|consequence|result|signal|where (?:the |an |our )?(?:investigation|analysis|review) (?:starts|begins))/iu,
  // "We rejected 'operator mistake' as a root cause".
  /\b(?:rejected|reject|ruled out|rule out|dismissed|refused to accept|do not accept|don['’]t accept|won['’]t accept|struck)\b[^.;!?]{0,40}\bas (?:a |the )?(?:root )?(?:cause|explanation|finding)\b/iu,
  // "If the backup had been corrupted, we would have lost a day": what could have happened to a system, luck.
  /^(?:(?:even )?if (?:the|our|a|an|its|this|that) [^,;]{1,40}? had been|had (?:the|our|a|an|its|this|that) [^,;]{1,40}? been) (?:affected|impacted|overloaded|saturated|exhausted|degraded|throttled|exposed|compromised|corrupted|damaged|lost|delayed|interrupted|disrupted|blocked|hit|down|broken|filled|flooded|overwhelmed|stuck|wedged|partitioned|stolen|breached|attacked|targeted|hacked|deleted|dropped|killed|evicted|unavailable|slowed|struck)\b[^;.?!]{0,100}\b(?:would|could|might)(?: have|['’]ve)\b/iu,
  // "It was our process that failed us": the failure put on the process, not on a person.
  /\b(?:our|the|this|that) (?:[\p{L}-]{2,20} )?(?:process|processes|system|systems|tooling|tools|pipeline|setup|infrastructure|architecture|safeguards?|checks|procedures?|design) (?:that |which )?(?:failed us|let us down|failed the team|let the team down)\b/iu,
  // "… ask me how it could have been avoided": the review's own question about prevention, not a verdict.
  /\b(?:ask|asks|asked|asking|wonder|wondered|wondering|discuss|discussed|discussing|explore|explored|exploring|understand|understanding|figure out|learn|learning) (?:(?:me|us|them|him|her|you|ourselves) )?(?:how|why|whether|what)\b[^.;!?]{0,80}\b(?:could|might) have been (?:avoided|prevented|caught|mitigated|detected|spotted|contained)\b/iu,
  // "Linting that would have caught the column predated the column itself": a safeguard described by what it
  // would catch, as the subject, not what people failed to do.
  /^(?:the |a |an |our |any |no )?(?:[\p{L}-]{2,20} ){0,2}(?:lint(?:ing|er|ers)?|checks?|tests?|alerts?|alarms?|monitor(?:s|ing)?|validation|validators?|guards?|gates?|rules?|tool(?:s|ing)?|scripts?|scan(?:s|ners?)?|safeguards?|assertions?|probes?) (?:that|which) would have (?:caught|prevented|detected|flagged|stopped|blocked|surfaced|spotted)\b/iu,
  // Session 7 (real text, en-7000…7139). Blame argued hypothetically and put aside in the same sentence: "One could
  // argue the operator should have been more careful, but …", "You could say the reviewer missed it, but …".
  /^(?:(?:yes|sure|ok|okay|now|well|granted|admittedly),? )?(?:one|you|some|someone|somebody|people|many|others?) (?:could|might|would|may|can) (?:argue|say|claim|suggest|contend|object)\b[^.;!?]{1,160}?,? but\b/iu,
  // A verdict on blaming: "It's probably bad form to publicly blame someone for it".
  /\b(?:bad form|bad practice|poor form|counterproductive|unhelpful|unfair|pointless|toxic|not (?:ok|okay|fair|helpful)) to (?:(?:publicly|openly|personally|individually|ever|then) )?(?:blame|single out|name and shame|point (?:the )?fingers? at|call out)\b/iu,
  // A capability the system lacks, in the present: "We would have found who did this, but we don't have the feature
  // to keep track of reset logs" (a counterfactual about tooling, not what people failed to do).
  /\bwould(?: have|['’]ve) (?:found|known|seen|traced|identified|caught|told)\b[^.;!?]{0,60}?,? but (?:we|it|there|the [\p{L}-]{2,20}) (?:do not|don['’]t|does not|doesn['’]t|cannot|can['’]t|is not|isn['’]t|are not|aren['’]t) (?:have|keep|log|record|store|track|support|exist|capture)\b/iu,
  // Advice with "always", generic subject: "You should ALWAYS have TESTED backups" (have = keep, not the perfect).
  /^(?:you|one|teams?|everyone|everybody|every team) (?:should|must|ought to|need to) always have (?!been\b)/iu,
];

// Mistakes spoken of IN GENERAL, blame negated or reported as an event, legal wording, software operators
// (kinds misread on unseen real documents: test/language/AUDITS.md, session 5).
//
// Whole sentences: a catalogue of what can cause failures in general, and a Kubernetes operator (software).
const GENERAL = [
  // "failure can stem from a wide range of possible factors: bugs, …, human error": a catalogue of causes in general.
  /\b(?:(?:a )?wide range|(?:a )?variety|(?:any )?number|host|catalogue) of (?:possible |potential )?(?:factors|causes|sources|reasons)\b/iu,
  // "The operator failed to reconcile the custom resource": a Kubernetes operator (software), not a person.
  /\boperator\b[^.;!?]{0,80}\b(?:custom resources?|CRDs?|reconcil(?:e|ed|es|ing|iation) loop)\b/iu,
  /\boperator (?:failed to|did not|didn['’]t|never|could not|couldn['’]t) (?:reconcile|requeue)\b/iu,
];

// Blame negated, generalised or only reported: ONE list (session 6; it merges the session-5 lists of
// "general clauses" and "not blame" read on real text). Each entry is bounded and kept linear alone.
// `whole`: a match makes the whole sentence neutral. Otherwise only the matched clause is neutral and the
// rest of the sentence is still read ("…should have apologised and acknowledged that anyone could have made
// that mistake" keeps its hindsight): a finding is dropped only when it lies inside the match, so each
// clause pattern runs to the end of the words it neutralises (global flag: every match counts).
interface NotBlame {
  re: RegExp;
  whole?: true;
}
const NOT_BLAME: NotBlame[] = [
  // "it was totally not his fault", "never really the reviewer's fault", "not his own doing": the attribution
  // negated (the clause only: "not his fault alone: Dana skipped the review" still reports Dana).
  // (Session 8: "definitely not the junior developer's fault": more adverbs, a modifier before the person's noun.)
  { re: /(?:\b(?:not|never)|n['’]t) (?:(?:really|totally|entirely|completely|actually|simply|even|at all|necessarily|solely|only|just|wholly|exactly|primarily|mainly|all) ){0,2}(?:his|her|their|my|your|our|(?:the |a |an |that |this )?(?:[\p{L}-]{2,20} ){0,2}[\p{L}-]{2,20}['’]s) (?:own )?(?:fault|mistake|blunder|doing)\b/giu },
  // "None of these gaps were the fault of the author", "…, none of which are the fault of the new hire".
  { re: /\b(?:none|neither|no part|nothing) of (?:which|them|these|those|this|that|it|the [\p{L}-]{2,20})\b[^.;!?]{0,40}?\b(?:the )?(?:fault|doing|mistake)s? of\b/iu, whole: true },
  // "anyone could have made that mistake", "any of us could have typed that command": nobody singled out.
  { re: /\b(?:anyone|anybody|everyone|everybody|any (?:one )?of us|any (?:other )?(?:engineer|developer|operator|person|responder|reviewer))(?: else)? (?:could|might|would)(?: have|['’]ve) (?:made|done|typed|run|pushed|missed|deployed|merged|entered|clicked)\b[^,.;:!?]{0,80}/giu },
  // "Everyone screws up at some point": what is true of everyone, in the present.
  { re: /^(?:[\p{L}-]{2,20},? )?(?:everyone|everybody|we all|all of us|humans|people|anyone|any of us|engineers) (?:screws? up|mess(?:es)? up|slips? up|makes? mistakes|makes? errors|gets? things wrong|errs?)\b/iu, whole: true },
  // "Human mistakes are inevitable", "operator errors will happen": people err, the system must absorb it.
  { re: /\b(?:human|operator|manual|people['’]s|individual) (?:errors?|mistakes?|slips?|fallibility) (?:is|are|will|do|does|can|happen|occur)\b[^.;:!?]{0,30}?\b(?:inevitable|unavoidable|normal|expected|a given|a fact of life|bound to|going to|happen|occur)\b/iu, whole: true },
  // Session 8: "automation … is about making human mistakes structurally impossible": a design goal against human error.
  { re: /\b(?:make|makes|making|render|renders|rendering)(?: (?:the|such|these|those|any|most|many|all|common))? (?:human|operator|manual|people['’]s|individual) (?:errors?|mistakes?|slips?|typos?) (?:(?:structurally|technically|physically|practically|nearly|almost|far|much|more|less) ){0,2}(?:impossible|harmless|survivable|recoverable|reversible|cheap|cheaper|safe|safer|irrelevant|visible|detectable|rare|rarer|unlikely|inconsequential)\b/giu },
  // "…must learn from his/her mistakes", "we learn from our mistakes": learning, not a verdict.
  { re: /\blearn(?:s|ed|t|ing)? (?:from|by|through) (?:his|her|his\/her|his or her|their|our|my|your|its|past|previous|earlier|one['’]s|the) (?:own )?(?:mistakes|errors|failures)\b/giu },
  // "The most common mistake beginners make is …", "the first mistake new operators make".
  { re: /\b(?:most common|common|typical|classic|first|usual) (?:mistakes?|errors?) (?:that )?(?:beginners|newcomers|novices|juniors|new (?:engineers|operators|developers|admins|hires)|junior (?:engineers|developers)|people|engineers|teams|developers|operators|admins) (?:make|commit)\b/giu },
  // "wilful misconduct or gross negligence … under the terms of service": the legal wording of a contract.
  { re: /\b(?:wil{1,2}ful misconduct|intent|fraud) (?:or|and) (?:gross )?negligence\b/giu },
  // Session 17 (en-safeguard): a sanction REPORTED as an event, in the past, with no ask ("A disciplinary measure was issued
  // two months after the outage", "Disciplinary steps were taken later that year"): a report (Korean frames.ts
  // SANCTION_REPORTED); "should be taken", "must be issued" stay flagged.
  { re: /^(?:[^,;.!?]{1,40}, )?(?:an? |the |some |formal |further )?(?:formal )?(?:disciplinary|punitive) (?:action|actions|measures?|steps?|procedures?|process|hearing)\b(?: against [^,;.!?]{1,40}?)? (?:was|were) (?:(?:later|eventually|finally|quietly|also|only) )?(?:issued|taken|imposed|handed down|announced|given|applied|opened|started|held|launched|initiated|carried out|completed|concluded)\b(?![^.;!?]{0,60}\b(?:should|must|need|needs|ought)\b)/iu, whole: true },
  // "There was no disciplinary action taken"; "Where there are harsh punishments, people hide their mistakes".
  { re: /\bno (?:disciplinary|punitive|formal) (?:action|actions|measures?|steps?|consequences?)\b/iu, whole: true },
  { re: /\b(?:when|where|if) (?:there (?:are|is) )?(?:(?:strong|harsh|severe|heavy|real|any) )?(?:punishments?|penalties|sanctions|blame)\b[^.;!?]{0,40}?\b(?:people|engineers|teams|staff|folks|we)\b[^.;!?]{0,30}?\b(?:hide|hides|conceal|stop reporting|are afraid|fear|cover up|covered up|get hidden|stay quiet|keep quiet)\b/iu, whole: true },
  // Mirrors, session 6 (of Korean "처벌이 무거우면 사람들은 실수를 감춘다"): the same general statement in other orders.
  // "People hide mistakes when punishment is harsh", "Engineers stop reporting near misses when they are blamed for them".
  { re: /\b(?:people|engineers|teams|staff|folks|employees|humans|operators|developers)\b (?:(?:will|tend to|often|usually|always|just|simply|quickly|soon) )?(?:hide|conceal|stop reporting|cover up|stay quiet about|keep quiet about|stop admitting)\b[^.;!?]{0,40}?\b(?:when|where|if|once|because|as long as)\b[^.;!?]{0,30}?\b(?:punishments?|penalties|sanctions|blame|punished|blamed|disciplined|penali[sz]ed)\b/iu, whole: true },
  // "Punishment makes people hide mistakes", "Harsh punishment teaches people to hide errors": punishment the subject, in the present.
  { re: /^(?:(?:harsh|strong|severe|heavy|the threat of|fear of|the fear of) )?(?:punishments?|penalties|sanctions|blame|blaming people|punishing people)\b (?:(?:only|just|simply|always|often) )?(?:makes|teaches|drives|pushes|leads|encourages|causes|forces|gets|trains) (?:people|engineers|teams|staff|folks|employees|humans|operators|developers|everyone)\b[^.;!?]{0,20}?\b(?:hide|hiding|conceal|concealing|stop reporting|cover up|covering up|stay quiet|keep quiet|go quiet|fall silent)\b/iu, whole: true },
  // "… proud of not blaming people".
  { re: /\bnot (?:blaming|pointing fingers|finger-pointing|assigning blame)\b/iu, whole: true },
  // Blame reported as something that happened: "After the outage, fingers pointed at the engineer" (the clause),
  // "… with fingers pointed at …", "argue about how someone should have …" (the sentence).
  { re: /\bfingers (?:(?:were|got|quickly|immediately|soon|first|initially) )?pointed at\b[^,.;:!?]{0,120}/giu },
  { re: /\bwith (?:(?:many|some|a few|the|all) )?fingers? (?:being )?pointed at\b/iu, whole: true },
  { re: /\b(?:talk|talks|talked|talking|argue|argues|argued|arguing|speculate|speculates|speculated|speculating)\b[^.;!?]{0,40}?\babout how\b/iu, whole: true },
  // "It was like everyone forgot their keys at home": a simile about everybody, not an account of what someone did.
  { re: /\b(?:it|this|that) (?:was|is|felt|feels) (?:just |almost |a bit |kind of )?like (?:everyone|everybody|all of us|the whole [\p{L}-]{2,20})\b[^,.;:!?]{0,120}/giu },
  // Session 6 (real text, en-3000…3153). Mistakes of people IN GENERAL, in the present or with a modal ("developers will
  // make mistakes", "engineers that never make mistakes"); not a past act of named or determined people ("the engineers made").
  { re: /(?<!\b(?:the|our|their|these|those|his|her|my|two|three|several) )\b(?:developers|engineers|people|humans|operators|admins|administrators|programmers|responders|sysadmins|everyone|everybody|we all|all of us)(?: (?:who|that) (?:never|always|sometimes|rarely|occasionally))? (?:(?:will|do|can|may|might|always|sometimes|inevitably|eventually|occasionally|still|also|never) ){0,2}(?:make|makes) (?:mistakes|errors)\b/giu },
  // Blame negated in a contrast: "the problem is not that someone was careless", "not because Dana skipped the review, but
  // because …" (the clause up to "but"), "normal work, not reckless work".
  { re: /\bnot (?:that|because|as if|as though) (?:[^,.;:!?](?!\bbut\b)){1,80}/giu },
  { re: /\bnot (?:really |simply |just |at all )?(?:careless|sloppy|negligent|reckless|lazy|inattentive|incompetent|thoughtless|complacent|irresponsible)\b(?: [\p{L}-]{2,20})?/giu },
  // "Outages of this size are rarely the fault of one person": a general statement against single-person blame.
  { re: /\b(?:rarely|seldom|never|hardly ever|almost never|not usually|not often) (?:(?:really|just|only|simply) )?(?:the )?(?:fault|doing|mistake|error)s? of (?:one|a single|any single|any one|an individual|one single|a lone)\b/iu, whole: true },
  // Mirrors, session 6 (of Korean "한 사람의 잘못인 경우는 드물다"): the possessive form and "it is rare that/for …".
  { re: /\b(?:rarely|seldom|never|hardly ever|almost never|not usually|not often) (?:(?:really|just|only|simply|down to|caused by|due to) )?(?:one|a single|any single|any one|an individual|one single|a lone) (?:person|engineer|individual|human|operator|developer|employee)['’]s (?:fault|doing|mistake|error)\b/iu, whole: true },
  { re: /\b(?:rare|unusual|uncommon)\b (?:for|that)\b[^.;!?]{0,40}?\b(?:(?:one|a single|any single|an individual|a lone) (?:person|engineer|individual|human|operator|developer|employee)['’]s (?:fault|doing|mistake|error)|(?:fault|doing|mistake|error)s? of (?:one|a single|any single|any one|an individual|one single|a lone))\b/iu, whole: true },
  // "Seems pretty weird to put the blame on deployment when …": a verdict on where blame is put, not blame.
  { re: /\b(?:odd|weird|strange|silly|pointless|unfair|wrong|misguided|lazy|easy|too easy|tempting|a mistake|unhelpful) to (?:put|place|lay|pin|shift) (?:the |all the |any )?blame on\b/iu, whole: true },
  // "That's it, blame the intern", "let's just blame DNS": the stock joke, ironic.
  { re: /^(?:(?:so|well|ok|okay|right|sure|yeah|that['’]s it|let['’]s|always|just)[,!]? ){1,3}blame (?:it on )?(?:the )?(?:intern|interns|new guy|new hire|dns)\b/giu },
  // Session 6 audit. "What I Missed (The Core Intent)", "What we missed was …": a free relative naming the gap
  // the writer or the team examines (often a heading), not an account of a slip.
  { re: /^what (?:i|we) (?:missed|overlooked|got wrong|misread|misunderstood)\b[^.;!?]{0,120}/giu },
  // "MSRC accidentally deleted …, it appears they forgot to use a branch?": another organisation (an acronym acting
  // as the subject, not a role such as SRE or DBA) and "they" for it; no person of the team acts.
  // (An opening date may come first: "On Nov 9, 2021 MSRC accidentally deleted …".)
  { re: /^(?:(?:[Oo]n|[Ii]n|[Aa]t|[Aa]round|[Dd]uring|[Aa]fter|[Ee]arly|[Ll]ate) [\p{L}\p{N} ,:]{1,30}? )?(?!(?:SREs?|DBAs?|NOC|SOC|CTO|CEO|CIO|CISO|SWE|OPS|DEV|QA|PM|IC|UTC|GMT)\b)[A-Z]{3,8} (?:[a-z]{3,20}ly )?[a-z]{2,20}ed\b[^.!?]{0,160}?\bthey (?:forgot|failed|neglected|missed|overlooked|ignored|did not|didn['’]t|never)\b[^.;!?]{0,80}/gu },
  // "If an operator forgets to drain the node, the system should refuse the restart": a slip named as a hypothetical
  // that guidance designs for (present tense, then what should happen), not an account of one.
  { re: /^if (?:(?:an?|the|any|some|our|your) )?[\p{L}-]{2,30}(?: [\p{L}-]{2,30})? (?:forgets|ignores|skips|misses|overlooks|bypasses|neglects|mistypes|misconfigures|fails to)\b[^,;.!?]{0,100}, [^.;!?]{0,80}?\b(?:should|must|will|can|needs? to|has to|have to)\b[^.;!?]{0,120}/giu },
  // Session 7 (real text, en-7000…7139): blame an organisation REPORTS about its own incident, as news or a vendor's
  // statement: "OVH blames hour-long global outage on human error", "Germany utility E.On AG said Wednesday that …
  // was the result of human error", "Utility says a worker messed up", "…, the power company admitted". The author
  // reports another organisation's account; no person of the team is judged (a person reporting blame is still read).
  { re: /^(?:[\p{Lu}][\p{L}]{1,20} ){0,2}(?:[Uu]tility|[Cc]ompany|[Pp]rovider|[Vv]endor|[Ff]irm|[Cc]arrier|ISP|[Ss]upplier|[Rr]egistrar) (?:[\p{Lu}][\p{L}.]{1,20} ){0,2}(?:(?:AG|Inc\.?|Ltd\.?|LLC|plc) )?(?:said|says|admitted|admits|claimed|claims|stated|states|blames|blamed|attributed|attributes)\b/u, whole: true },
  { re: /^(?!(?:SREs?|DBAs?|NOC|SOC|CTO|CEO|CIO|CISO|SWE|OPS|DEV|QA|PM|IC|UTC|GMT)\b)[A-Z]{3,8} (?:blames|blamed|said|says|admitted|admits|attributes|attributed)\b/u, whole: true },
  { re: /, (?:the |a |its |our )?(?:[\p{L}-]{2,20} )?(?:utility|company|provider|vendor|firm|carrier|isp|supplier|registrar) (?:said|says|admitted|admits|claimed|claims|stated|reported)[.!]?$/iu, whole: true },
  // "Our upstream provider changed the API; they forgot to bump the version", "The vendor … and they forgot …".
  { re: /^(?:the|our|an?|their) (?:[\p{L}-]{2,20} )?(?:vendor|provider|supplier|registrar|isp|hosting company|partner company|third[- ]party|upstream)s?\b[^.!?]{0,160}?\bthey (?:forgot|failed|neglected|missed|overlooked|ignored|did not|didn['’]t|never)\b[^.;!?]{0,80}/giu },
];
const NOT_BLAME_WHOLE = NOT_BLAME.filter((e) => e.whole).map((e) => e.re);
const NOT_BLAME_CLAUSES = NOT_BLAME.filter((e) => !e.whole).map((e) => e.re);

// Session 9 (real postmortems): "Our print provider's printer failed. … Because of this, they did not tell us about it.":
// "they" is the vendor named in an earlier sentence of the paragraph (the last group named before it), so the omission is
// the vendor's, reported as NOT_BLAME's vendor entry reads it when the vendor and "they" share a sentence.
const THEY_OMISSION = /\bthey (?:(?:simply|just|also|then|still|initially) )?(?:forgot|failed|neglected|missed|overlooked|ignored|did not|didn['’]t|never)\b[^.;!?]{0,80}/giu;
const VENDOR_NAMED = /\b(?:the|our|an?|their|its) (?:[\p{L}-]{2,20} )?(?:vendor|provider|supplier|registrar|isp|hosting company|partner company|third[- ]party|upstream)s?\b/giu;
// Who else "they" could be: people or a group of the team named after the vendor.
const PEOPLE_NAMED = /\b(?:engineers?|developers?|operators?|admins?|on-?calls?|teams?|staff|reviewers?|responders?|people|contractors?|employees?|colleagues|users|customers|he|she)\b/giu;

function lastIndexOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** The "they …" clauses of omissions whose "they" is a vendor named before it in the same paragraph. */
function vendorTheyClauses(sentence: Sentence, ctx: DetectContext): Span[] {
  const out: Span[] = [];
  THEY_OMISSION.lastIndex = 0;
  for (let m = THEY_OMISSION.exec(sentence.text); m; m = THEY_OMISSION.exec(sentence.text)) {
    const at = sentence.start + m.index;
    const before = ctx.text.slice(Math.max(0, at - 400), at);
    const vendor = lastIndexOf(VENDOR_NAMED, before);
    if (vendor >= 0 && lastIndexOf(PEOPLE_NAMED, before.slice(vendor)) < 0) out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

// Session 9 (real postmortems): "would have", "should have", "could have" that judge no one's past act. Clauses only.
const NOT_HINDSIGHT_CLAUSES = [
  // A general warning in the present, with the counterfactual in a relative clause about a hypothetical means: "A hard kill
  // can corrupt pages that a clean shutdown would have flushed" (what a procedure may do, not what people did).
  /\b(?:can|may|might|will|tends? to|often|usually)\s(?!have\b)(?:[\p{L}-]{1,20}\s){1,6}?(?:that|which)\s(?:an?|any)\s(?:[\p{L}-]{2,20}\s){1,3}?(?:would|could)(?:\shave|['’]ve)\s[\p{L}-]{2,20}/giu,
  // A signal expected to arrive: "We should have received a page when the disk filled", "should have gotten an alert": what
  // the alerting failed to deliver, not what people failed to do.
  /\bshould(?:\shave|['’]ve)\s(?:received|gotten|got)\s(?:(?:an?|the|any|some|these|those|our|their)\s)?(?:[\p{L}-]{2,20}\s)?(?:alerts?|pages?|notifications?|e-?mails?|warnings?|messages?|alarms?|texts?|sms)\b/giu,
  // The same expectation with the writer unsure of it: "I think we should have seen these, but I am not sure?" (of
  // alerts that did not arrive); a pronoun or a signal as what should have been seen.
  /\b(?:i|we)\s(?:think|believe|guess|assume)\s(?:that\s)?(?:we|i)\sshould(?:\shave|['’]ve)\s(?:seen|received|gotten|got|heard)\s(?:these|those|them|it|any|(?:an?|the|any)\s(?:alerts?|pages?|notifications?|e-?mails?|alarms?))\b[^.;!?]{0,40}?,?\sbut\s(?:i|we)(?:['’]m|\sam|\sare|['’]re)\snot\s(?:sure|certain)\b/giu,
];

/** The clauses of a sentence that negate, generalise or report blame (the clause entries of NOT_BLAME). */
export function englishNeutralParts(sentence: Sentence, _ctx: DetectContext): Span[] {
  const s = sentence.text;
  if (s.length > 600) return [];
  const out: Span[] = [];
  out.push(...vendorTheyClauses(sentence, _ctx));
  for (const re of NOT_HINDSIGHT_CLAUSES) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  for (const re of NOT_BLAME_CLAUSES) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  // Session 9: blame reported as a third party's act, erring in general, a blame label defined (./reported.ts).
  for (const [a, b] of reportedBlameParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 10: a fault denied by seeming, a reaction counterfactual, blame an approach presumes, a defensive expectation,
  // a safeguard named by what it would stop (./aside.ts).
  for (const [a, b] of asideParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 11: a feared punishment, no room for a careless manner, prevention asked, code catching, whether A or B … (./frames.ts).
  for (const [a, b] of frameParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 12: an unchanged outcome, a search for a possible cause, a system's condition (./unreal.ts).
  for (const [a, b] of unrealParts(s, _ctx.people)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 13: a threat's capability, credit by what would not have been known, blame rejected, a thing failing seen by
  // us, error as a noun adjunct, code expected to catch (./averted.ts).
  for (const [a, b] of avertedParts(s, _ctx.people)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 13 (second round): a negligence word in the purpose clause of a measure (./guard.ts).
  for (const [a, b] of guardedCarelessParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 14: a design expectation, what someone would have seen, punishment ruled out, a near miss's cost (./expected.ts).
  for (const [a, b] of expectedParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 15: blame disclaimed as an aim, the situation lasting longer (./lasting.ts).
  for (const [a, b] of lastingParts(s, _ctx.people)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 16: the forward safeguard question, "What monitoring would have caught this sooner?" (./safeguard.ts).
  for (const [a, b] of safeguardQuestionParts(s, _ctx.people)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 16 (lang-en2): a slip as the premise of a norm, a pledge of care with a measure (./norm.ts).
  for (const [a, b] of normParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  // Session 17 (lang-en): a late-reply apology, an avoidability raised and denied (./reply.ts).
  for (const [a, b] of replyParts(s)) out.push({ start: sentence.start + a, end: sentence.start + b });
  return out;
}

// "If the operator had not forgotten to drain the node, the restart would have worked": the negated slip is the
// condition of a hindsight, not a denial of blame (audit of session 6).
const NEGATED_SLIP_IF = /^if (?:the |a |an |our |my )?[\p{L}-]{2,30}(?: [\p{L}-]{2,30})? had(?: not|n['’]t) (?:forgotten|ignored|skipped|missed|overlooked|bypassed|neglected|disregarded)\b[^;.!?]{0,80}, [^;.!?]{0,80}?\bwould(?: have|['’]ve)\b/iu;

// A sentence whose subject is the act of blaming: "Saying the engineer should have known better ignores …".
const META = /^(?:saying|claiming|asserting|arguing|insisting|suggesting|concluding|calling (?:it|this|that)|blaming|labell?ing (?:it|this|that)) (?:that )?[^.;:!?]{1,120}\b(?:ignores|hides|misses|obscures|overlooks|explains nothing|tells us nothing|does(?:n['’]t| not)|is(?:n['’]t| not)|is (?:wrong|unfair|easy|tempting|lazy|misleading|a (?:trap|mistake|shortcut)))\b/iu;

// "It was not due to a network fault but rather due to human error": the cause negated is answered by the cause asserted
// after "but"; only the negated part is neutral (frames.ts), the part after "but" is read (session 11).
const NOT_BUT = /\bnot (?:caused by|due to|the result of|because of|down to|attributable to)\b[^.;!?]{1,100}?\bbut (?:rather |instead |simply |actually |really )?(?:by|due to|caused by|because of|the result of|down to)\b/iu;

/** Whether the sentence rejects, negates or generalises blame (see the module comment). */
export function englishNeutral(sentence: Sentence, _ctx: DetectContext): boolean {
  const s = sentence.text;
  if (s.length > 600) return false;
  if (NOBODY.test(s) || (REJECTED.test(s) && !NEGATED_SLIP_IF.test(s) && !NOT_BUT.test(s)) || LUCK.test(s) || META.test(s) || PUT_ASIDE.some((re) => re.test(s))) return true;
  if (GENERAL.some((re) => re.test(s)) || NOT_BLAME_WHOLE.some((re) => re.test(s))) return true;
  const thing = THING_IF.exec(s);
  // (Session 17: not a safeguard's setting as the condition, "if the alert threshold had been lower": a decision, safeguard.ts.)
  if (thing && phraseKind(thing[1], _ctx.people) === 'thing' && !settingCondition(s)) return true;
  const state = STATE_IF.exec(s);
  if (state && phraseKind(state[1], _ctx.people) === 'thing') return true;
  // A thing as the subject of an inverted conditional whose outcome is a loss: luck, not hindsight.
  const had = THING_HAD.exec(s);
  // (Both words read together: "the release manager" is a person although "release" alone is a thing.)
  return !!had && phraseKind(had[2] ? `${had[1]} ${had[2]}` : had[1], _ctx.people) === 'thing' && phraseKind(had[1], _ctx.people) === 'thing';
}
