/**
 * English vague action items, judged on the whole item: vague degree words ("more robust",
 * "better", "less often"), non-committal openers ("consider", "maybe", "see if"), a vague verb
 * that is not the first word ("we should look into …"); and the concrete items that open with a
 * listed verb but name a checkable end state ("Ensure every node has swap disabled",
 * "Investigate the 502s and document the cause in INC-431").
 */
import type { Note } from '../../phrase/types';
import type { DetectContext, Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'name the concrete change and how you will know it is done',
  ko: '구체적인 변경 사항과 완료 기준을 적으세요',
};

// Only the first sentence is the action; a second one explains it.
function firstSentence(text: string): string {
  const m = /[.!?](?:\s|$)/u.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const OPENER = /^(?:(?:maybe|possibly|perhaps|potentially|ideally|hopefully) |(?:it )?(?:might|may|could|would) be (?:worth|nice|good|great|useful|helpful)\b|(?:we |you )?(?:could|might) (?:want to|possibly|perhaps|maybe) |ideas welcome|keep (?:thinking|looking) (?:about|into|at)|some form of|stay on top of|(?:stay|remain|be) (?:alert|on guard|deliberate|more deliberate)\b|slow down\b|double down on|(?:consider|ponder|explore|brainstorm|think about|think through|agree on|discuss|talk about|revisit|reconsider|evaluate|assess|see if|see whether|figure out|come up with|try to|attempt to|aim to|work towards?|strive to|keep an eye on|keep tabs on|be mindful of|be aware of|stay vigilant|remain vigilant|keep (?:(?!\d)\w+ )?(?:better|more) |spike (?:into|on|out|to)\b|do a spike\b|(?:find|determine|identify|work out|settle on) (?:a|an) (?:(?:better|safer|good|reliable|robust|proper|new|simple|cleaner|clean|quick|quicker|automated) )?(?:way|approach|method|mechanism|means|process) (?:to|for)\b|continue (?:to )?(?:attempt|attempting|try|trying|look|looking|investigate|investigating|work on|working on|explore|exploring)\b)|something (?:along the lines of|like)|some kind of|some sort of)/iu;
// (Session 9: "rigorous", a quality with no measure: "Implement a rigorous testing process".)
const DEGREE = /\b(?:more|less|better|smarter|faster|safer|stronger|cleaner|clearer|tighter|snappier|saner|smoother|quicker|healthier|sturdier|leaner|simpler|easier|friendlier|shorter|quieter|sharper|tidier)(?: (?:robust|resilient|reliable|stable|careful|carefully|often|frequently|efficient|visible|informed|proactive|thorough|thoroughly|aware|secure|scalable|consistent|closely))?\b|\b(?:robust(?:ness)?|resilien(?:t|ce)|properly|appropriately|adequately|sufficiently|as needed|where possible|if possible|when possible|at some point|somehow|rigou?rous(?:ly)?|in some (?:way|form|fashion|manner|shape or form)|(?:in )?one (?:way|form) or (?:the )?(?:other|another)|by some means|in whatever (?:way|form))\b/iu;
// (Session 16: an indefinite manner or form, "in some way", "in some form", "one way or another", "by some means": how the
// action is done is left open, as "somehow" leaves it; the Korean mirror is ko/vague.ts KO_SOMEHOW.)
// Session 9: a manner adverb of care on the action, with no period or measure ("Monitor server load closely",
// "Track expiry dates diligently"; "Rehearse the failover carefully once per quarter" names its period).
const MANNER_CARE = /\b(?:closely|carefully|thoroughly|diligently|vigilantly|attentively)\b/iu;
const VAGUE_VERB_FIRST = /^(?:reassess|re-?evaluate|re-?examine|audit|sanity[- ]check|tune|simplify|lower|shorten|improve|harden|optimi[sz]e|enhance|strengthen|streamline|increase|reduce|boost|tighten|refine|rework|revamp|clean up|address|tackle|handle|review|examine|investigate|look into|dig into|research|check|monitor|actively monitor)\b(?!-)/iu;
// (Session 17: the contracted modal, "We'll look into …", and the future progressive, "We will be looking into …", "We'll be
// investigating …", read as "will …"; "study" is an inquiry verb as "research" is: "We will study the option of …".)
const VAGUE_LATER = /\b(?:should|could|ought to|need to|needs to|must|will|want to|wants to|plan to|plans to|(?:is|are) going to|to|let['’]s|(?<=\p{L})['’]ll) (?:(?:probably|maybe|perhaps|possibly|also|really|eventually|likely|further) )?(?:be (?:looking into|investigating|exploring|evaluating|considering|researching|assessing|studying|revisiting|reconsidering|reassessing|re-?examining|digging into|thinking about|looking at options)\b|dig (?:a bit |a little )?deeper into|look into|investigate|consider|reconsider|reassess|re-?examine|explore|think about|revisit|review|improve|dig into|figure out|evaluate|assess|study|rethink|discuss (?:whether|if|how|what)|be (?:improved|revisited|reconsidered|re-?evaluated|reassessed|looked into|investigated|explored|reviewed|enhanced|strengthened)|(?:take|have) (?:a |another )?(?:closer |quick |hard |good |second )?look at|look at)\b/iu;
// Phrasal verbs of attention or effort ("take a closer look at", "get a handle on", "beef up"): an
// activity, not an end state, whatever follows. Judged like an opener; a concrete end state in the
// same item ("… and add an alert at 85 %") still makes it concrete (see englishConcreteItem).
// Calls for attention anywhere in the item ("Everyone needs to think twice before …").
const CARE = /\b(?:think twice|take (?:extra|more) time|stay (?:focused|alert|sharp|vigilant)|remain (?:alert|vigilant|focused|attentive))\b/iu;
// An inquiry about how, whether or why: a question, not an end state ("Re-examine how flags are rolled out").
const INQUIRY_CLAUSE = /^(?:(?:re-?examine|examine|review|audit|check|reassess|re-?evaluate|look at|go over|determine|find out) (?:how|whether|why|what|if|where|when)|go over|take stock of)\b/iu;
const PHRASAL = /^(?:(?:take|have) (?:a |another )?(?:closer |quick |hard |good |second |deeper )?look (?:at|into)|get (?:a handle|on top) (?:on|of)|sort out|rethink|overhaul|dig around|poke (?:at|around)|spend (?:some |more |a bit of )?time (?:on|with|\w+ing)\b|beef up|shore up|firm up|bolster|tidy up|rework|revamp|polish|level up|make certain|guarantee|evolve|mature|iterate on)\b/iu;
// A concrete means or end state: a number, a named artefact, or a second, concrete verb.
const CONCRETE = /\d|%|\b(?:and|then) (?:fix|add|document|remove|patch|replace|set|enable|disable|write|create|implement|deploy|raise|lower|cap|limit|file|open|delete|rotate|pin|upgrade|alert|page)\b|\b(?:alert|alarm|runbook|dashboard|check|test|gate|lint|limit|quota|timeout|flag|ticket|page|metric|probe|canary|rollback|backup|index|job|cron|script|hook|policy|rule|template|step|field|column)s?\b/iu;
const ENSURE = /^(?:ensure|make sure|make certain|verify|confirm)(?: that)? ((?:(?:every|all|each|the|no|our|a|an) )?[^,;]{2,60}?) (?:has|have|is|are|lists|list|verifies|verify|runs|run|uses|use|requires|require|rejects|reject|blocks|block|pages|page|alerts|alert|includes|include|stores|store|keeps|keep|expires|expire|exits|exit|fails|fail|returns|return|logs|log|retries|retry|stops|stop|refuses|refuse|declares|declare|carries|carry)\b(.{0,160})$/iu;
const ENSURE_VAGUE = /\b(?:followed(?! by)|respected|adhered|understood|surprised|caught off guard|safe|safer|better|good|proper|properly|correct|correctly|understands?|knows?|aware|happen|happens|reacts?|appropriate|adequate|sufficient|robust|reliable|stable|careful|smooth|smoothly|fine|ok|okay|ready|healthy|works?|working|slips?|goes|go|valid(?! (?:YAML|JSON|against|per))|up to date|in sync)\b/iu;
// The end state a degree word may stand beside: a measure in words ("under three minutes"), a
// criterion the result must meet ("a better way … that doesn't involve changing DNS"), a decision
// recorded in a named place ("pick one … and record it in ADR-19"), or a means ("by disabling …").
const CREATE = /^(?:add|write|create|publish|set up|build|implement|introduce|deploy|enable|document)\b/iu;
// An item that names the artefact it makes as a noun phrase, then says what it is for: "Company wide "incident"
// channel in discord to make publishing … easier", "Runbook for the failover to make recovery faster" (audit of
// session 6). Not when a vague verb or a degree opens it ("Improve the channel to …", "Better channel for …"), nor
// for a bare artefact ("Alerts to catch issues earlier", "Dashboard to see problems faster": what it covers is unnamed).
const NAMED_ARTEFACT = /^(?!(?:improve|enhance|optimi[sz]e|strengthen|harden|make|keep|get|be|try|consider|review|better|more|less|faster|easier|simpler|smarter)\b)(?:(?:a |an |the |one |new |our )?(?:(?!(?:a|an|the|one|new|our)\b)[\p{L}\p{N}"“”'‘’-]{1,24} ){1,5}(?:channel|dashboard|runbook|playbook|script|status page|page|bot|webhook|template|checklist|mailing list|rota|rotation|guide|wiki page)s?(?: (?:in|on|for|at|with|of) (?:the |a |an |our )?[\p{L}\p{N}#@./-]{2,30})?|(?:channel|dashboard|runbook|playbook|script|status page|bot|webhook|template|checklist|mailing list|rota|guide)s? (?:in|on|for|at|with|of) (?:the |a |an |our )?[\p{L}\p{N}#@./-]{2,30}) (?:to|so that|for)\b/iu;
// A setting changed where it lives ("Lower cutoffs in Sentry for API errors to alert us more quickly"), or an
// automated check of a named flow ("Automated scheduled testing of a login flow to ensure … a quicker
// time-to-detect"): the change is named; a degree word after "to" says what it is for (session 8, real postmortems).
const SETTING_CHANGE = /^(?:lower|raise|reduce|increase|tighten|shorten|lengthen|adjust|tune|set|change)\s(?:the\s)?(?:[\p{L}-]{2,20}\s){0,2}(?:cutoffs?|thresholds?|limits?|timeouts?|intervals?|TTLs?|retention|quotas?|sampling rates?|alert levels?)\s(?:in|on|of)\s(?:the\s)?[\p{L}\p{N}./-]{2,30}\b/iu;
const AUTOMATED_CHECK = /^(?:(?:automated|automatic|scheduled|synthetic|periodic|nightly|daily|hourly|continuous)\s){1,2}(?:end-to-end\s)?(?:testing|tests?|checks?|probes?|monitoring)\sof\s(?:the\s|a\s|an\s|our\s)?(?:[\p{L}\p{N}-]{2,24}\s){0,2}[\p{L}\p{N}-]{2,24}\s(?:to|so that|for)\b/iu;
// "Implement an easier mechanism for customers to opt in … without opting in to auto-updating": what is made, who it
// is for and a criterion it must meet ("a faster way to restart workers" names no criterion).
const MADE_FOR_WITHOUT = /^(?:add|build|create|implement|introduce|provide|ship)\s[^.;:]{0,80}?\bfor\s(?:the\s|our\s)?(?:[\p{L}-]{2,30}\s){1,3}?to\s[^.;:]{3,80}?\swithout\s(?!(?:any\s)?(?:issues?|problems?|trouble|hassle|friction|pain|effort)\b)[\p{L}-]{3,30}ing\b/iu;
const WORD_MEASURE = /\b(?:under|below|within|at most|at least|less than|fewer than|more than|no more than|lower than|higher than|above|over)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|a minute|an hour|a day|a week)\b/iu;
const CRITERION = /\b(?:that|which) (?:doesn['’]t|does not|don['’]t|do not|won['’]t|will not|never|cannot|can['’]t) (?:involve|require|need|touch|change|depend on|rely on|page|block|lose|drop)\b/iu;
// (A ticket or date the item model took out of the text stands as U+FFFC.)
const RECORD_PLACE = /\b(?:in|into|as|to|on) (?:an? |the |this )?(?:ADR|RFC|decision record|postmortem|post-mortem|[A-Z]{2,10}-\d+|\uFFFC)/gu;
const RECORD_WORD = /\b(?:record|write|document|log|note|publish|file|put|list|comparison|decision|findings|results?|write-?up|choice|outcome)\b/iu;
const DECIDE_WORD = /\b(?:pick|choose|select|decide on|settle on|agree on) (?:one|a|an|the|which|between)\b/iu;
const BY_DATE = /\bby (?:\d|\uFFFC|(?:the )?end of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)/giu;
/** Whether a place (ADR, ticket …) or a date follows a word of recording or deciding within a few words: scans, no nested gaps. */
function followedWithin(text: string, place: RegExp, word: RegExp): boolean {
  place.lastIndex = 0;
  for (let m = place.exec(text); m; m = place.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 70), m.index);
    if (!/[.;]/u.test(before.slice(before.search(word) + 1)) && word.test(before)) return true;
  }
  return false;
}
const RECORDED = { test: (t: string) => followedWithin(t, RECORD_PLACE, RECORD_WORD) };
const DECIDED = { test: (t: string) => followedWithin(t, BY_DATE, DECIDE_WORD) };
const BY_MEANS = /\bby (?:disabling|enabling|adding|removing|requiring|setting|capping|limiting|moving|pinning|rotating|blocking|turning (?:on|off)|deleting|replacing|switching|splitting|enforcing|rejecting)\b/iu;
// A purpose clause after the end state ("… so it aligns more with production") says why, not what.
function withoutPurpose(text: string): string {
  const m = /,? so (?:that |it |they |we )/iu.exec(text);
  return m && m.index > 12 ? text.slice(0, m.index) : text;
}

// "…, which will improve …", "…, which should improve …": the relative pronoun of a benefit clause, right before the modal.
const BENEFIT_RELATIVE = /\bwhich\s$/iu;
// "… is now", "… are now much": a present state reached, right before the degree word.
const COMPARISON_STATED = /\b(?:is|are|was|were)\s(?:(?:much|far|a lot|generally|usually|often|always|simply|clearly)\s)?$/iu;
const NOW_REACHED = /\b(?:is|are|was|were|has been|have been)\s(?:now|already)\s(?:(?:much|far|a lot|a bit|significantly|considerably)\s)?$/iu;

// The changes an inquiry may lead to in the same item ("Look into the flaky test and quarantine it").
const CHANGE_VERB = 'fix|add|document|remove|patch|replace|set|enable|disable|write|create|implement|deploy|raise|lower|cap|limit|file|rotate|pin|upgrade|delete|record|quarantine|revert|roll back|migrate|move(?! on)|split|route|block|retire|decommission|archive|rename|schedule|automate|alert|page';
const CONCRETE_AFTER_INQUIRY = new RegExp(`\\b(?:and|then) (?:${CHANGE_VERB})\\b`, 'iu');
// A specification after a colon that opens with a change ("Improve the retry policy: cap retries at three …",
// "Better alert routing: send payment errors to #payments-oncall"): the words before the colon are a title.
const SPEC_CHANGE = new RegExp(`^(?:${CHANGE_VERB}|test|cap|send|require|reject|turn (?:on|off)|switch|drop|delete|expire|restrict|allow|deny|mount|store|publish|post|notify|fail|return|retry|stop|refuse)\\b`, 'iu');
// Session 16 (vague2). A DEGREE TITLE SPECIFIED BY A CHECKABLE STATE: after the colon or dash, "ensure/make sure/verify" and a
// state of a named thing ("Safer certificate rollovers – ensure old certificates stay active until the new ones are
// validated"): the specification says what "safer" means. A state held only "until/before/while/unless …" a named event is
// read with stay/remain; a state the vague words name ("… ensure deploys are reliable", "… make sure alerts are actionable")
// stays vague, as a whole "Ensure …" item does.
const STAY_UNTIL = /^(?:ensure|make sure|make certain|verify|confirm)(?: that)? (?:(?:every|all|each|the|no|our|a|an) )?[^,;]{2,60}? (?:stays?|remains?|is kept|are kept) [\p{L}-]{2,30} (?:until|before|while|unless|whenever|for as long as) (?:the |a |an |every |each |all |its |their )?[\p{L}\p{N}-]{2,30}\b/iu;
const SPEC_STATE_VAGUE = /\b(?:actionable|meaningful|effective|efficient|clear|visible|resilient|secure|consistent|available|fast|quick|timely|accurate|up|usable|useful|relevant|reasonable|sensible|manageable|maintainable|under control|handled|addressed|covered|in place|on track)\b/iu;
function ensuredState(spec: string): boolean {
  return (ENSURE.test(spec) || STAY_UNTIL.test(spec)) && !ENSURE_VAGUE.test(spec) && !SPEC_STATE_VAGUE.test(spec);
}
/** The specification after a title and a colon, when it states a change, or undefined. */
function colonSpecification(text: string): string | undefined {
  // (Session 9: a spaced dash sets the specification off as a colon does, "More robust SDK testing - test each extension
  // against every past core version"; the specification may name the team first, "- we should test …".)
  const colon = text.search(/:\s|\s[-–—]\s/u);
  if (colon < 3 || colon > 80) return undefined;
  const spec = text.slice(colon + (text[colon] === ':' ? 1 : 2)).trim().replace(/^we (?:should|will|need to|must|can) (?=\p{L})/iu, '');
  if (/^test\b/iu.test(spec) && !/^test\s(?:the\s|our\s|every\s|each\s|all\s)?[\p{L}-]{2,30}(?:\s[\p{L}-]{2,30}){0,2}\s(?:with|against|on|across|under|before)\s/iu.test(spec)) return undefined;
  if (spec.split(/\s+/u).length < 3 || !(SPEC_CHANGE.test(spec) || ensuredState(spec))) return undefined;
  if (/\b(?:some|stuff|things|various|a few|whatever|somehow|where (?:it makes sense|needed|appropriate|relevant)|if needed|when needed|etc)\b/iu.test(spec)) return undefined;
  // ("Improve coverage - add comprehensive test suites": a specification that is itself only a degree.)
  if (/\b(?:comprehensive|extensive|thorough|additional|adequate|proper|sufficient|necessary|relevant|appropriate|more|better)\b/iu.test(spec)) return undefined;
  if (OPENER.test(spec) || DEGREE.test(spec) || CARE.test(spec) || VAGUE_LATER.test(spec) || PHRASAL.test(spec)) return undefined;
  return spec;
}
// "Tighten the bastion security group to the office CIDR only", "Restrict prod access to the SRE group": a
// scope narrowed to a named target ("to a minimum", "to what is needed" name none).
const NARROW_TO = /^(?:tighten|restrict|limit|scope|narrow|lock down)\b[^,;:]{3,80}?\bto (?:the |a |an |only )?(?!(?:a |the )?(?:minimum|bare minimum|necessary|needed|essentials?|what|whatever|only what|something|reasonable|acceptable|sensible|safe)\b)[\w#@./-]{2,40}/iu;

// "Enhance monitoring to detect load imbalances and latency spikes": a capability aimed at named signals
// ("… to catch issues early", "… to detect anomalies faster" name none). Audit of session 5.
const DETECT_NAMED = /\bto (?:detect|alert on|page on|catch|flag|spot)\s+(?!(?:any |the |all |more |potential |possible |similar |such |these |those |future |new |other )?(?:issues?|problems?|errors?|anomal(?:y|ies)|failures?|incidents?|outages?|things|stuff|it|them|this|that|regressions?|bugs?)\b)\p{L}[\p{L}-]{2,}/iu;
const DETECT_DEGREE = /\b(?:better|more|faster|earlier|early|sooner|quickly|quicker|properly|proactively)\b/iu;
// "… a process to review all Nginx configuration changes before deployment": a gate over every change of a
// named kind before a named step.
const REVIEW_GATE = /\b(?:review|check|verify|validate|test|approve|lint)s? (?:all|every|each) (?:(?!(?:more|less|better|carefully|closely|thoroughly|properly|again)\b)[\p{L}-]{2,30} ){1,4}(?:before|prior to) (?:deployment|deploying|deploy|merging|merge|release|releasing|rollout|applying|apply)\b/iu;

// Session 8 (real follow-up lists): an inquiry told as a thorough noun after a light verb ("Conduct a thorough review of
// configuration changes", "Perform a comprehensive audit of …"): as vague as "review …" with a degree word.
const LIGHT_INQUIRY = /^(?:conduct|perform|carry out|do|undertake|hold|run)\s+(?:a |an )?(?:thorough|comprehensive|full|complete|detailed|in-depth|careful|general|broad|deep|holistic|extensive|proper) (?:(?!(?:of|on|for|and)\b)[\p{L}-]{2,20} ){0,2}?(?:review|audit|assessment|evaluation|analysis|investigation|inspection)s?\b/iu;
// A cadence with no period ("Implement regular software maintenance", "Establish a periodic maintenance schedule",
// "Regularly review access logs"); "weekly", "every 90 days", "each quarter" name one.
// Only as what the item asks for (its first words): "We currently have periodic checks that alert us …" tells what exists.
const CADENCE = /^(?:regularly|periodically|routinely)\b|^(?!(?:we|i|our|there|it|this|they|these)\b)(?:[\p{L}-]{2,20} ){0,2}?(?:a |an )?\b(?:regular|periodic|routine) (?:[\p{L}-]{2,20} ){0,2}?(?:maintenance|reviews?|audits?|updates?|checks?|testing|tests?|drills?|backups?|training|patching|inspections?|assessments?|clean-?ups?|rotations?|restores?|exercises?|schedules?|upgrades?)\b/iu;
const PERIOD = /\d|\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|nightly|hourly|bi-?weekly|fortnightly|every|each|per|once|twice|cron)\b/iu;

// Session 10: the modal passive of an inquiry or a tuning (the active forms are read by VAGUE_LATER and VAGUE_VERB_FIRST).
const PASSIVE_VAGUE = /\b(?:should|must|needs? to|need to|will|ought to|has to|have to) (?:(?:also|probably|eventually|then) )?be (?:re-?)?(?:evaluated|assessed|examined|considered|analy[sz]ed|adjusted|tuned|optimi[sz]ed|refined|revised|rethought)\b/iu;
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|double|twice|once)\b/iu;

// Session 11: a record of work still to be decided ("Document next steps to remove possible failure points", "Write up options
// for faster builds"): what is written down is a list of undecided work, not an end state ("Document the procedure for …" is
// one; so is the same record in a named place, read by RECORDED).
const UNDECIDED_RECORD = /^(?:document|write up|write down|list|capture|outline|draft|collect|compile|gather|note down)\s+(?:the |a |some |any |our |a list of |a set of )?(?:next steps|options|ideas|possible [\p{L}-]{3,20}|potential [\p{L}-]{3,20}|improvements|recommendations|proposals|suggestions|opportunities|follow-?ups|(?:a |an )?(?:plan|approach|strategy) (?:to|for))\b/iu;
// A number only inside a parenthetical question ("More code reviews (required 2 people?)") is a guess, not a measure.
const maskTentative = (t: string): string => t.replace(/\([^()]{0,80}\?\s*\)/gu, (m) => ' '.repeat(m.length));

// Session 14. A ticket label that opens the item ("#899 …" taken out by the item model as U+FFFC, "OPS-12: …",
// "[KM485](…) - …" whose link text is left): the label says where the work is tracked, the words after it are the
// item. (A bare id needs a colon or a spaced dash after it: "S3 buckets …" opens with no label.)
const TICKET_LABEL = /^\s*(?:\uFFFC\s*(?:[:：]\s*|[-–—]\s+)?|#\d{1,7}\s*(?:[:：]\s*|[-–—]\s+)?|[A-Z][A-Z0-9]{0,9}-?\d{1,7}(?:[:：]\s*|\s+[-–—]\s+))(?=\p{L})/u;

/** The item without a leading ticket label, as a sentence whose offsets still point into the block. */
function withoutTicketLabel(sentence: Sentence): Sentence {
  const label = TICKET_LABEL.exec(sentence.text);
  return label ? { ...sentence, start: sentence.start + label[0].length, text: sentence.text.slice(label[0].length) } : sentence;
}

// Session 15 (reading2). A SENTENCE-OPENING DISCOURSE MARKER: a comparative of a viewpoint or stance adverb set off by a comma
// ("More generally, …", "More broadly, …", "More importantly, …") frames how the sentence is said; its "more" is no degree
// of the action. ("Better yet, …" is still flagged by the phrase list, src/core/data/phrases/vague.en.json; left alone.) The item is judged on what follows the marker, so a vague item stays vague for
// its other words ("More broadly, we should improve monitoring"). A comparative of manner or frequency ("More often, …",
// "More carefully, …") is the action's degree and stays. The Korean mirror is ko/vague.ts FRAMING_OPENER.
// (Session 16, vague2: a comparative that offers the item as the preferable alternative, "Better yet, …", "Better still, …",
// "Even better, …", is the same kind of marker: it compares the item with the one before it, not the action with a degree.
// The phrase list's item-opening "better" is dropped inside the marker by findings.ts, through englishOpeningMarker.
// The Korean "더 나아가 …", "나아가 …" was never read as a degree: its tests are in test/unit/vague-s16b.test.ts.)
// (Session 18, vague: a connective that adds the item to the ones before it, "Also, considering a move from X to Y", "In
// addition, …", frames it the same way; the item is judged on what follows.)
const DISCOURSE_MARKER = /^\s*(?:(?:more|less) (?:generally|broadly|specifically|precisely|concretely|importantly|fundamentally|significantly|widely speaking|to the point)|better (?:yet|still)|even better|also|additionally|in addition|furthermore|moreover|separately|lastly|finally),\s+/iu;

function withoutDiscourseMarker(sentence: Sentence): Sentence {
  const marker = DISCOURSE_MARKER.exec(sentence.text);
  return marker ? { ...sentence, start: sentence.start + marker[0].length, text: sentence.text.slice(marker[0].length) } : sentence;
}

/** The span of a sentence-opening discourse marker of an action item (after a ticket label), or undefined. */
export function englishOpeningMarker(text: string): { start: number; end: number } | undefined {
  const item = withoutTicketLabel({ start: 0, end: text.length, text });
  const marker = DISCOURSE_MARKER.exec(item.text);
  return marker ? { start: item.start, end: item.start + marker[0].length } : undefined;
}

// Session 14. A NAMED CHANGE, THEN WHAT IT IS FOR: the item opens with a verb that names a change to a thing
// ("Migrate the session store to …", "Complete the deployment of oomd", "Denormalize …"), and a degree word sits
// only in the clause after it that says what the change is for ("… for faster failover", "… so that retries drain
// quicker", "…, which will help keep …"). The change is checkable; the goal is its reason (the Korean convention
// already reads "카나리 배포 도입을 통해 배포 안정성 강화" this way). Generic verbs that name no change ("rework", "update",
// "change", "improve", "make") are not in the list.
const CHANGE_OPENER = /^(?:migrate|move|split|shard|partition|pin|denormali[sz]e|normali[sz]e|index|replace|swap|switch|deploy|install|roll out|upgrade|downgrade|bump|enable|disable|turn (?:on|off)|add|remove|delete|drop|rotate|patch|cap|rate-limit|throttle|introduce|automate|schedule|route|reroute|block|retire|decommission|archive|rename|revert|roll back|backfill|containeri[sz]e|encrypt|compress|batch|parallel(?:i[sz]e)?|dedup(?:licate)?e?|precompute|vendor|fork|separate|isolate|(?:complete|finish|finali[sz]e) (?:the )?(?:deployment|rollout|roll-out|migration|installation|upgrade|switch-?over|cut-?over) of|(?:complete|finish) (?:rolling out|deploying|migrating|installing|upgrading))\b/iu;
// What opens the clause that says what a change is for: "for", "so (that)", "in order to", a relative ", which will",
// or "to" before a verb (not "to a/the …", where "to" names a destination: "Switch the jobs to a more robust scheduler").
const PURPOSE_MARK = /(?:,\s?|\s)(?:which|that) (?:will|should|would|can|could)(?: help(?: to)?)?\s|\s(?:for|so(?: that)?|in order to)\s|\sto\s(?!(?:a|an|the|our|its|their|this|that|these|those|more|less|better|faster|safer|something|somewhere|every|each|all|any|some|one|two|three|new|bigger|larger|smaller|separate|dedicated|shared|multiple|several|other|another|different|production|staging|prod|dev|local|remote)\b)(?=\p{Ll})/u;

/**
 * Whether the first degree word of an item sits in the purpose clause of a named change: the item opens with a change
 * verb, at least one word (its object) comes before the purpose mark, and nothing vague comes before the mark.
 */
function degreeInPurposeOfChange(first: string, degreeAt: number): boolean {
  const open = CHANGE_OPENER.exec(first);
  if (!open) return false;
  const head = first.slice(0, degreeAt);
  const mark = PURPOSE_MARK.exec(head);
  if (!mark || mark.index <= open[0].length) return false;
  const change = head.slice(0, mark.index);
  // The object is named (a word after the verb) and the change itself holds no hedge or care.
  return /\s\S/u.test(change.slice(open[0].length)) && !OPENER.test(change) && !CARE.test(change) && !MANNER_CARE.test(change) && !/\b(?:somehow|some|something|things|stuff|where possible|if possible)\b/iu.test(change);
}

// Session 14. AN IMPROVEMENT SPECIFIED BY THE BEHAVIOUR IT ADDS: "Enhance the providers API to use replication", "Harden the
// webhook handler to reject unsigned payloads": the "to" clause names what the changed thing will do, which is checkable
// (the Korean "… 실행되도록 개선" is read so). "… to be more reliable", "… to handle errors better", "… to catch problems
// earlier" name no behaviour (the verbs are not in the list, or a degree word is there).
const SPECIFIED_IMPROVEMENT = /^(?:improve|enhance|harden|strengthen|extend|adapt|update|change|modify|rework|refactor|optimi[sz]e)\s(?:(?!to\b)[^\s,;:.]{1,30}\s){1,6}to\s(?:(?:also|always|only|automatically)\s)?(?:use|support|accept|reject|refuse|retry|resume|skip|emit|expose|send|write|store|include|exclude|require|sign|encrypt|cache|log|page|restart|stop|return|read|fall back to|drop|block|cap|pin|verify signatures|time out after|respect|honou?r|stream|paginate|deduplicate|compress|queue)\b/iu;

// Session 14. A REVIEW WITH NO END STATE, whatever its length ("Review the retention settings of every staging bucket in
// the EU region", "Review for consolidation of …"): the short ones were read by VAGUE_VERB_FIRST; a longer object names
// what is reviewed, not what the review ends in. A second action on what was reviewed ("… and delete the ones that never
// fired", "… and give each one an owner"), a gate ("… all migrations before deploying"), a number or a date is an end.
const REVIEW_OPEN = /^(?:review|re-?review|revisit|reassess|re-?evaluate|re-?examine|audit|go over)\b(?!-)/iu;
const SECOND_ACTION = /(?:\band|\bthen|,)\s(?:then\s)?(?!(?:improve|enhance|discuss|consider|evaluate|assess|look|investigate|review|revisit|reassess|update|optimi[sz]e|plan|identify|determine|decide|see|check|make|ensure|keep|try|understand|analy[sz]e|research|explore|think|brainstorm|refine|adjust|tune|address|tackle|handle|clean|find|figure|learn|share|discuss|talk|gather|collect)\b)[\p{Ll}-]{3,20}\s(?:the|a|an|any|all|each|every|them|it|those|these|unused|stale|old|obsolete|missing|expired|unneeded|duplicate)\b/iu;

// ("Review the RDS security group rules once a month": a recurring review with its period is a routine, not an inquiry.)
const REVIEW_PERIOD = /\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|nightly|hourly|bi-?weekly|fortnightly|once|twice|cron)\b|\b(?:every|each|per|a)\s(?:day|week|month|quarter|year|sprint|release|deploy(?:ment)?|shift)\b/iu;
// ("Review and merge the PR", "Review and update the process …": a second verb that changes what was reviewed.)
const SECOND_CHANGE = /\b(?:and|then)\s(?:then\s)?(?:merge|update|apply|close|ship|land|approve|assign|give|revoke|tag|label|fix|remove|delete|rewrite|replace|rotate|archive|retire|disable|enable|publish|sign off|prune|trim|consolidate|merge)\b/iu;
// (A colon or a spaced dash sets a specification off; a purpose clause, "… to avoid unnecessary requests", names the aim:
// both left to the reader, precision first.)

// Session 14. A CONSIDERATION UNDER WAY, told as news among the follow-ups ("We are also considering moving …", "the team
// is evaluating …"): an open question with no decision, as "consider …" is (a decision recorded in a named place, or
// by a date, ends it: read before, by englishConcreteItem).
const CONSIDERING = /\b(?:we|they|i|(?:the\s)?team)(?:\s(?:are|is|am)|['’]re)\s(?:(?:also|still|currently|now|actively|already|further)\s)?(?:considering|exploring|evaluating|looking into|thinking about|discussing|weighing|researching|assessing|investigating|looking at(?= (?:\p{L}{3,20}ing|options|alternatives|ways)\b))\b/iu;
// (Session 18, vague: "We are looking at replacing the ingress controller" is the same open question; "looking at" only before a
// gerund or options, so "we are looking at the logs" is not read here.)

// Session 15. A SEARCH FOR WAYS OR OPTIONS ("look for ways to", "find ways of", "identify options for", "come up with approaches
// to"), plural: what is asked for is a list of possibilities, not a change ("Find a way to …" at the start is OPENER's).
const SEARCH_WAYS = /\b(?:look(?:ing)? for|find(?:ing)?|identify(?:ing)?|seek(?:ing)?|search(?:ing)? for|come up with|coming up with|think of|work(?:ing)? out)\s(?:(?:new|better|possible|potential|other|alternative|more|some|additional|different|further)\s)?(?:ways|options|means|approaches|avenues)\s(?:to|of|for)\b/iu;

// Session 16. AN OWNER OR DATE LEFT IN PARENTHESES is no word of the action: the item model takes the owner or date out
// (U+FFFC) and leaves its frame ("Refine the incident review process (owner: \uFFFC)", "… (due \uFFFC)"), which pushed a short
// vague item past the length at which a vague opening verb is read as the whole action.
const OWNER_FRAME = /[(\uFF08][^()\uFF08\uFF09\n]{0,40}\uFFFC[^()\uFF08\uFF09\n]{0,40}[)\uFF09]|\uFFFC/gu;
/** The number of words of an item's action, without an owner or date the item model took out. */
function actionWords(text: string): number {
  const words = text.replace(OWNER_FRAME, ' ').trim();
  return words ? words.split(/\s+/u).length : 0;
}

// Session 16. WATCHING WHOSE AIM NAMES NO PARTICULAR TROUBLE: a watching verb opens the item and its purpose is to catch
// "any issues", "potential problems", "anomalies" (the Korean "… 모니터링하여 문제 파악" was read so already).
const WATCH_UNNAMED = /^((?:(?:actively|closely|continuously|continually)\s)?(?:monitor|watch|observe|track|keep an eye on|keep watch on))\s[^.;:]{2,120}?\bto\s(?:(?:help|try to)\s)?(?:catch|identify|spot|detect|find|notice|surface|see|uncover|flag)\s(?:(?:any|potential|possible|unexpected|emerging|future|new|other)\s)?(?:issues?|problems?|anomal(?:y|ies)|irregularit(?:y|ies)|trouble|concerns?|abnormalit(?:y|ies))\b/iu;

// Session 17 (vague). STEPS OR MEASURES TAKEN WITH NONE NAMED ("We need to take necessary steps to increase the reliability …",
// "We will take the necessary steps to prevent this from happening again", "Take appropriate measures going forward"): the
// steps are the action, and which ones is left open. Vague when nothing follows, or only a goal ("to prevent …", "to ensure …",
// "to improve …"); "Take the necessary steps to remove the single point of failure in the scheduler" names the change after
// "to" and is left alone (precision first). The Korean mirror is ko/vague.ts KO_TAKE_STEPS ("필요한 조치를 취하겠습니다").
const TAKE_STEPS = /\b(?:take|taking)\s(?:(?:the|all|any|every|further|additional|appropriate|necessary|needed|required|proper|relevant|suitable|reasonable|adequate|preventive|preventative|corrective|remedial|possible|some|extra|such|whatever|concrete)\s){0,3}(?:steps?|measures?|actions?|precautions?)\b(?!\s(?:items?|points?|plan)\b)/iu;
const STEPS_GOAL = /^\s*(?:$|[.,;:!]|(?:going forward|in the future|from now on|moving forward)\b|(?:to|in order to|so as to)\s(?:(?:further|also|help|try to|better)\s)?(?:prevent|avoid|ensure|make sure|guarantee|increase|improve|reduce|minimi[sz]e|mitigate|limit|keep|stop|protect|strengthen|address|handle|guard|secure|enhance|raise|boost|harden|eliminate the (?:risk|chance|possibility)|lower the (?:risk|chance)|remedy|rectify|resolve|fix (?:this|it|the (?:issue|problem))|deal with|correct)\b)/iu;

// Session 18 (vague). A GENERIC SYSTEM SET UP, WITH NOTHING OF IT NAMED: the whole item is a verb of setting up, a broad domain
// and a framework noun ("Add monitoring system", "Establish a logging strategy", "Set up an incident response process"): what
// the system watches or what the process decides is left open. A named thing or a qualifier makes it another item ("Add a
// Grafana dashboard for queue depth", "Set up a paging policy for P1 incidents" are not read here). The Korean mirror is
// ko/vague.ts KO_GENERIC_SYSTEM ("모니터링 시스템 구축", "로깅 전략 설정").
const GENERIC_SYSTEM = /^((?:add|build|establish|set up|create|implement|introduce|develop|define|put in place)\s(?:(?:a|an|the|our|some)\s)?(?:(?:proper|new|better|formal|central(?:ised|ized)?|unified|common|general|overall)\s)?(?:monitoring|alerting|logging|security|backup|testing|test|deployment|deploy|release|incident|incident response|response|on-call|escalation|review|code review|coding|communication|observability|quality|operations?|maintenance)\s(?:system|framework|strategy|process|policy|conventions?|standards?|plan|guidelines?))s?(?:\s?[.!])?$/iu;

/** Whether an item that opens with a listed verb names a checkable end state. */
export function englishConcreteItem(sentence: Sentence, _ctx: DetectContext): boolean {
  sentence = withoutDiscourseMarker(withoutTicketLabel(sentence));
  const whole = firstSentence(sentence.text).trim();
  const first = withoutPurpose(whole);
  // A decision or measure recorded in a named place is an end state, whatever the item opens with
  // (also after a purpose clause: "Firm up staging so it behaves like production: set the target … and
  // record them in this postmortem").
  if (RECORDED.test(first) || RECORDED.test(whole)) return true;
  // "Evaluate ESO for a long-term solution. Document the decision either way as an ADR.": a second sentence that
  // records the decision in a named place (audit of session 7).
  if (whole.length < sentence.text.trim().length && RECORDED.test(sentence.text.slice(whole.length))) return true;
  const ensure = ENSURE.exec(first);
  if (ensure) return !ENSURE_VAGUE.test(first);
  if (DECIDED.test(first) || WORD_MEASURE.test(maskTentative(first)) || CRITERION.test(first)) return true;
  if (MADE_FOR_WITHOUT.test(first) && !OPENER.test(first)) return true;
  // (Not after a non-committal opener or an inquiry: "Look into a way to detect stale config values".)
  if ((DETECT_NAMED.test(first) && !DETECT_DEGREE.test(first)) || REVIEW_GATE.test(first)) {
    if (!OPENER.test(first) && !PHRASAL.test(first) && !INQUIRY_CLAUSE.test(first) && !/^(?:look into|investigate|explore|research|dig into)\b/iu.test(first) && !/\b(?:a way|ways|some way|a means) to\b/iu.test(first)) return true;
  }
  if (BY_MEANS.test(first) && !/\b(?:better|more|properly|somehow)\b/iu.test(first)) return true;
  if (colonSpecification(first) !== undefined) return true;
  if (SPECIFIED_IMPROVEMENT.test(first) && !DEGREE.test(first) && !CARE.test(first)) return true;
  if (NARROW_TO.test(first) && !DEGREE.test(first)) return true;
  // (Session 16: whatever inquiry verb opens it, "Find out why … and add …", "Understand why … then pin …": the change it leads
  // to is named, as after "Investigate". The Korean "… 원인 파악 후 … 추가" was read so already.)
  return /^(?:investigate|look into|dig into|examine|research|check|review|find out|figure out|work out|understand|determine|diagnose|analy[sz]e|identify|explore)\b/iu.test(first) && CONCRETE_AFTER_INQUIRY.test(first) && !DEGREE.test(first);
}

/** Vague wording in one action item's description. */
export function englishActionItem(sentence: Sentence, ctx: DetectContext): Detection[] {
  sentence = withoutDiscourseMarker(withoutTicketLabel(sentence));
  const text = sentence.text;
  if (text.length > 600) return [];
  const first = firstSentence(text).trim();
  const lead = text.length - text.trimStart().length;
  const at = sentence.start + lead;
  if (englishConcreteItem(sentence, ctx)) return [];
  const hit = (start: number, end: number): Detection[] => [{ list: 'vague', id: 'en.vague.whole-item', kind: 'vague', start, end, note: NOTE, rewrites: [] }];
  const phrasal = PHRASAL.exec(first);
  if (phrasal) return hit(at, at + phrasal[0].length);
  // Session 18: a generic system set up, with nothing of it named (GENERIC_SYSTEM), as the whole item.
  const generic = GENERIC_SYSTEM.exec(text.replace(OWNER_FRAME, ' ').trim());
  if (generic) return hit(at, at + generic[1].length);
  const undecided = UNDECIDED_RECORD.exec(first);
  if (undecided && !/\d/u.test(first)) return hit(at, at + undecided[0].length);
  const opener = OPENER.exec(first);
  // "Evaluate three vendors and pick one by 2025-09-01": a count and a deadline make it checkable.
  if (opener && !(/^(?:evaluate|assess) /iu.test(opener[0]) && /\d/u.test(first))) return hit(at, at + opener[0].trimEnd().length);
  const ensure = /^(?:ensure|make sure)\b/iu.exec(first);
  if (ensure && ENSURE_VAGUE.test(first)) return hit(at, at + ensure[0].length);
  const care = CARE.exec(first);
  if (care) return hit(at + care.index, at + care.index + care[0].length);
  const clause = INQUIRY_CLAUSE.exec(first);
  if (clause && !CONCRETE_AFTER_INQUIRY.test(first)) return hit(at, at + clause[0].length);
  // Session 17: steps or measures taken with none named (TAKE_STEPS).
  const steps = TAKE_STEPS.exec(first);
  if (steps && STEPS_GOAL.test(first.slice(steps.index + steps[0].length)) && !/\d/u.test(first)) return [{ list: 'vague', id: 'en.vague.take-steps', kind: 'vague', start: at + steps.index, end: at + steps.index + steps[0].length, note: NOTE, rewrites: [] }];
  const later = VAGUE_LATER.exec(first);
  // "The reliance on the API will be removed, which will improve reliability": a relative clause that says what a named
  // change is for, not the action (session 9, real postmortems).
  if (later && !(BENEFIT_RELATIVE.test(first.slice(Math.max(0, later.index - 12), later.index)) && later.index > 12)) return hit(at + later.index, at + later.index + later[0].length);
  const considering = CONSIDERING.exec(first);
  if (considering) return hit(at + considering.index, at + considering.index + considering[0].length);
  // Session 15: a search for ways or options, anywhere in the item ("We should look for ways to …", "The team will find ways of
  // …"): the ways are still to be found; no change is named. A measure ends it ("… to cut the image below 200 MB").
  const search = SEARCH_WAYS.exec(first);
  if (search && !/\d/u.test(first) && !WORD_MEASURE.test(first)) return hit(at + search.index, at + search.index + search[0].length);
  // Session 16: watching whose aim names no particular trouble ("Monitor the checkout funnel to catch any problems", "Watch the
  // CDN hit ratio to spot potential issues"): nothing says what is looked for or what happens when it is seen. A number or an
  // alert, alarm, threshold or page names it ("… with an alert at 85 %").
  const watch = WATCH_UNNAMED.exec(first);
  if (watch && !/\d/u.test(first) && !/\b(?:alerts?|alarms?|thresholds?|pages?|pager|paging|SLOs?)\b/iu.test(first)) return hit(at, at + watch[1].length);
  // Session 10: an inquiry or a tuning asked for in the modal passive, with no measure ("Retention settings should be
  // evaluated", "Thresholds should be adjusted to trigger only for real problems"); "should be adjusted to 80 %" names one.
  const passive = PASSIVE_VAGUE.exec(first);
  if (passive && !/\d/u.test(first) && !WORD_MEASURE.test(first) && !NUMBER_WORD.test(first.slice(passive.index))) return hit(at + passive.index, at + passive.index + passive[0].length);
  const light = LIGHT_INQUIRY.exec(first);
  if (light && !/\d/u.test(first) && !CONCRETE_AFTER_INQUIRY.test(first)) return hit(at, at + light[0].length);
  const cadence = CADENCE.exec(first);
  if (cadence && !PERIOD.test(first)) {
    const from = cadence[0].search(/\b(?:regular|periodic|routine)/iu);
    return hit(at + cadence.index + from, at + cadence.index + cadence[0].length);
  }
  const degree = DEGREE.exec(first);
  // "Incidents are now more visible to the team", "Failover is now faster": a state already reached, reported among the
  // follow-ups, not an action to make checkable (session 9, real postmortems).
  if (degree && NOW_REACHED.test(first.slice(Math.max(0, degree.index - 30), degree.index))) return [];
  // "Rebuilding is safer than restoring", "A fresh replica was faster than a repair": a comparison stated with a copula,
  // the reason for a choice, not an action with a degree to make checkable (session 10, real postmortems).
  if (degree && COMPARISON_STATED.test(first.slice(Math.max(0, degree.index - 30), degree.index)) && /^\s+than\b/iu.test(first.slice(degree.index + degree[0].length))) return [];
  // "Add documentation on how infra can triage these issues quicker": the item makes an artefact;
  // the degree word is in the clause that says what the artefact is for.
  // (Or the artefact is named as a noun phrase: "Company wide incident channel in discord to make publishing … easier".)
  const purposeOfArtefact = !!degree && (CREATE.test(first) || NAMED_ARTEFACT.test(first) || SETTING_CHANGE.test(first) || AUTOMATED_CHECK.test(first)) && /\b(?:how|so|so that|to|that|which|in order to|for)\b/iu.test(first.slice(0, degree.index));
  // "Consolidate `issues` and `github_issues` tables if possible": a hedge on a change that names what it changes (a code
  // span, masked here as U+FFFC, before the hedge; or something made) is not vague; "Improve alerting where possible" still is (the Korean "가능하면 … 테이블 통합"
  // is not flagged either).
  const hedged = !!degree && /^(?:if|when|where) possible$/iu.test(degree[0]) && (first.slice(0, degree.index).includes('\uFFFC') || CREATE.test(first)) && !DEGREE.test(`${first.slice(0, degree.index)} ${first.slice(degree.index + degree[0].length)}`);
  // "Add a stronger escalation path … beyond a single Telegram message": the degree names its baseline ("than before"
  // names none). Audit of session 7.
  const baseline = !!degree && CREATE.test(first) && /\b(?:beyond|than|instead of|rather than) (?:a|an|the|our|its|one)\b/iu.test(first.slice(degree.index));
  const purposeOfChange = !!degree && degreeInPurposeOfChange(first, degree.index);
  if (degree && !/\d/u.test(maskTentative(first)) && !purposeOfArtefact && !purposeOfChange && !hedged && !baseline) return hit(at + degree.index, at + degree.index + degree[0].length);
  const manner = MANNER_CARE.exec(first);
  if (manner && !/\d/u.test(first) && !PERIOD.test(first) && !REVIEW_GATE.test(first)) return hit(at + manner.index, at + manner.index + manner[0].length);
  const verb = VAGUE_VERB_FIRST.exec(first);
  // "Improve alerting", "Harden the login service": a vague verb with nothing concrete after it.
  // (A stated cadence makes it a routine, "Monitor the security logs daily", as REVIEW_PERIOD does for reviews below.)
  if (verb && actionWords(first) <= 6 && !CONCRETE.test(first.slice(verb[0].length)) && !REVIEW_PERIOD.test(first)) return hit(at, at + verb[0].length);
  const review = REVIEW_OPEN.exec(first);
  if (review && !/\d/u.test(first) && !REVIEW_PERIOD.test(first) && !/:\s|\s[-–—]\s/u.test(first.replace(/\([^()]*\)/gu, '')) && !PURPOSE_MARK.test(first.replace(/\sfor\s/gu, ' ')) && !CONCRETE_AFTER_INQUIRY.test(first) && !SECOND_ACTION.test(first) && !SECOND_CHANGE.test(first) && !REVIEW_GATE.test(first) && !WORD_MEASURE.test(first)) return hit(at, at + review[0].length);
  return [];
}
