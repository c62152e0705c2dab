// WHO IS ADDRESSED: the one audience reader of the structural model (actionItems.ts) and the vague rule
// (rules/vague-action-item.ts). Session 18 (vague) merged the three readers there were (this module's advice-list reader,
// ownerWording's advisesReaders and the vague rule's own outsider check), which decided on the same words differently (the
// vague rule counted operators, developers and admins as the team, this module as outsiders).
//
// Advice to other people is not the team's work (session 17, issue 7):
//   "## Recommendations" + "we have a few recommendations for package maintainers and users:" + "- Package maintainers
//   should enable two-factor authentication." / "- Application developers should use a lockfile."
//   "## 권고 사항" + "- 사용자는 비밀번호를 다른 사이트와 함께 쓰지 않아야 합니다."
//
// One decision, two contexts:
// - Anywhere (an item of any list, `context: 'items'`): a party that is never the writers' team, asked to act — users,
//   customers, consumers, readers, package maintainers, plugin or library authors, application developers, downstream or
//   third-party projects, self-hosters, integrators; 사용자, 이용자, 고객, 회원, 여러분, 패키지 관리자, 외부 개발자 ("Package
//   maintainers should be careful with bots that merge …", "사용자는 … 주의해야 합니다"); and an ask framed as advice in its
//   own words, to any audience ("We recommend that all node operators rotate their keys", "For operators who …, we advise
//   …", "If you run your own relay, please upgrade", "운영자분들은 … 업데이트해 주시기 바랍니다").
// - Where the writers say they give advice or lessons (`context: 'advice'`: a heading or lead-in over the list:
//   recommendations, advice, lessons, what can we learn; 권고, 권장, 교훈, 당부, 제언), also the roles a reader may hold or
//   the team may (operators, developers, admins, maintainers, validators, teams, everyone, any plural agent noun:
//   "Mobile developers must pin the SDK"; 운영자, 관리자, 개발자, 검증인), an instruction about the reader's own things
//   ("Rotate your publishing tokens") and "We recommend …" to others. Outside such a context those stay the team's
//   ("Engineers should be more careful", "Developers should be careful with manual migrations", "개발자는 … 더 주의해야
//   합니다").
// In both, the team's own people stay work ("Our release engineers should …", "The on-call engineer must …", "We …"; our
// users and customers are still outsiders), and so does what the team must do for the outsiders: a passive, an outcome or
// a capability ("Users should be notified …", "Customers should get clearer status updates", "Users should be able to …",
// "사용자는 … 확인할 수 있어야 합니다", "고객은 … 안내받아야 합니다").

/** Where an item stands: under a heading or lead-in of advice or lessons, or anywhere else. */
export type AudienceContext = 'advice' | 'items';

// ── English ──

// Never the writers' team: the head noun of the subject.
const OUTSIDER_HEAD_EN = /^(?:users?|customers?|consumers?|subscribers?|readers?|visitors?|self-hosters?|integrators?)$/iu;
// Never the team with a modifier that places them outside: "package maintainers", "plugin authors", "application
// developers", "downstream projects", "third-party integrators", "other maintainers".
const OUTSIDER_MODIFIER_EN = /^(?:package|plugin|library|application|app|downstream|third[- ]party|external|extension|theme|module|sdk|other)$/iu;
const OUTSIDER_MODIFIED_EN = /^(?:maintainers?|authors?|developers?|publishers?|projects?|contributors?|consumers?|users?|vendors?|providers?|integrators?|teams?|organi[sz]ations?|companies)$/iu;
// A role a reader may hold or the team may: an outsider only where the writers give advice.
const ROLE_HEAD_EN = /^(?:operators?|admins?|administrators?|developers?|devs|maintainers?|contributors?|validators?|authors?|publishers?|clients?|vendors?|providers?|projects?|organi[sz]ations?|companies|teams|people|folks|everyone|everybody|anyone|others|you)$/iu;
// The team's own people and things that are no audience (systems): never outsiders.
const TEAM_HEAD_EN = /^(?:engineers?|responders?|reviewers?|approvers?|managers?|leaders?|leads?|members?|workers?|staff|on-?call(?:ers)?|sres?|ops|servers?|clusters?|routers?|containers?|schedulers?|controllers?|handlers?|listeners?|timers?|counters?|monitors?|sensors?|processors?|mirrors?|errors?|we|i|us)$/iu;
// Any other plural agent noun ("builders", "integrators", "hobbyists"): a role.
const AGENT_EN = /^\p{L}{2,20}(?:ers|ors|ists)$/iu;
// Determiners of the team's own ("our developers", "the on-call engineer"); "our users" are still outsiders.
const OWN_DET_EN = /^(?:our|the|my|this|these|those|its)$/iu;

const ASK_ITEMS_EN = String.raw`should|must|need[ \t]to|needs[ \t]to|ought[ \t]to|are[ \t](?:advised|encouraged|urged|asked)[ \t]to|may[ \t]want[ \t]to|might[ \t]want[ \t]to|would[ \t]do[ \t]well[ \t]to`;
const ASK_ADVICE_EN = String.raw`${ASK_ITEMS_EN}|have[ \t]to|has[ \t]to|are[ \t]recommended[ \t]to|can`;
// The subject (at most eight words before the ask, a relative or prepositional tail set aside), the ask, adverbs, the verb
// and the word after it.
const ASKED_EN = (asks: string) =>
  new RegExp(String.raw`^((?:[\p{L}\p{N}.,@/&'’-]{1,24}[ \t]){0,13}?[\p{L}\p{N}.@/&'’-]{1,24}),?[ \t]{1,3}(?:${asks})[ \t]{1,3}((?:(?:also|always|never|not|still|really|then|first|now|only|automatically|probably|definitely|absolutely|immediately|each|all)[ \t]{1,3}){0,3})(\p{L}[\p{L}'-]{0,24})(?:[ \t]{1,3}(\p{L}[\p{L}'-]{0,24}))?(?:[ \t]{1,3}(\p{L}[\p{L}'-]{0,24}))?`, 'iu');
const ASKED_ITEMS_EN = ASKED_EN(ASK_ITEMS_EN);
const ASKED_ADVICE_EN = ASKED_EN(ASK_ADVICE_EN);
// What the team does for the people: a state or an outcome ("Users should get …", "… be notified", "… be able to").
const ACTED_ON_EN = /^(?:get|receive|see|hear|experience|notice|have|know|no|lose|gain|obtain|benefit|feel)$/iu;
// "be" asks for a state of mind only with these ("Users should be careful", "… be more careful", "… be aware of").
const BE_ASK_EN = /^(?:careful|cautious|aware|mindful|vigilant|wary|alert|prepared|ready|sure|on)$/iu;
const BE_DEGREE_EN = /^(?:more|extra|very|especially|extremely|particularly|extra-|doubly)$/iu;
// An instruction about the reader's own things: "Enable two-factor authentication on your npm account", "Rotate your keys".
const YOUR_EN = /\byour(?:s|self|selves)?\b/iu;
const WE_PLAN_EN = /\b(?:we|we'll|we've|our[ \t]team|us)\b/iu;
// "We recommend using a lockfile", "We advise all operators to …" (not "We recommend that we …").
const WE_RECOMMEND_EN = /^(?:we|i)[ \t](?:(?:strongly|would|also)[ \t])?(?:recommend|advise|encourage|urge|suggest)[ \t](?!(?:that[ \t])?(?:we|our|us)\b)/iu;
// Advice in its own words, to any audience (formerly ownerWording.advisesReaders): "For operators who have not yet
// upgraded, we advise they do so", "We recommend that all node operators rotate their keys", "If you run your own relay,
// please upgrade".
const READERS_EN = String.raw`(?:you|operators?|node[ \t]operators?|users?|customers?|clients?|admins?|administrators?|developers?|integrators?|maintainers?|validators?|readers?|members?|everyone|anyone|those)`;
const ADVISE_EN = String.raw`(?:(?:strongly|would|also)[ \t])?(?:advise|recommend|encourage|urge|ask|suggest)`;
const ADVICE_FRAME_EN = new RegExp(
  String.raw`^(?:for|to)[ \t][^.;:\n]{1,120}?\bwho\b[^.;:\n]{0,120}?,[ \t]{1,3}(?:we|I)[ \t]${ADVISE_EN}\b` +
    String.raw`|^(?:we|I)[ \t]${ADVISE_EN}[ \t](?:that[ \t])?(?:all[ \t]|any[ \t]|our[ \t])?${READERS_EN}\b(?![ \t](?:be|are|were|is)\b)` +
    String.raw`|^if[ \t]you\b[^.;\n]{1,120}?,[ \t]{0,3}(?:please|(?:we|I)[ \t]${ADVISE_EN}|you[ \t](?:should|must|need[ \t]to))\b`,
  'iu',
);
const TEAM_FUTURE_EN = /\bwe(?:'ll|[ \t]will|[ \t]are[ \t]going[ \t]to|[ \t]plan)\b/iu;

/** Who the subject words before an ask are: outsiders, a role (outsiders only under advice), or the team. */
function subjectEn(subject: string): 'outsider' | 'role' | 'team' {
  // A relative or prepositional tail says which of them ("Operators who run a relay", "Users of self-hosted instances").
  const head = subject.split(/[ \t](?:who|that|which|using|running|of|with|on|in|at|from|behind|for|to|by|about|under|over|across|inside|within|per)[ \t]/iu)[0];
  const words = head.replace(/,/gu, ' ').split(/[ \t]+/u).filter(Boolean).filter((w, i) => i > 0 || !/^(?:also|so|then|finally|lastly|additionally|instead|likewise|similarly|however)$/iu.test(w));
  if (!words.length || words.length > 6) return 'team';
  // "Library maintainers and CI operators": each coordinated part is read; the weakest decides.
  const parts: string[][] = [[]];
  for (const w of words) {
    if (/^(?:and|or|&)$/iu.test(w)) parts.push([]);
    else parts[parts.length - 1].push(w);
  }
  let worst: 'outsider' | 'role' | 'team' = 'outsider';
  for (const part of parts) {
    if (!part.length) return 'team';
    const noun = part[part.length - 1];
    const mods = part.slice(0, -1);
    const own = mods.some((m) => OWN_DET_EN.test(m));
    let kind: 'outsider' | 'role' | 'team';
    if (TEAM_HEAD_EN.test(noun)) kind = 'team';
    else if (OUTSIDER_HEAD_EN.test(noun)) kind = 'outsider';
    else if (OUTSIDER_MODIFIED_EN.test(noun) && mods.some((m) => OUTSIDER_MODIFIER_EN.test(m.replace(/[^\p{L}-]/gu, '')))) kind = 'outsider';
    else if (ROLE_HEAD_EN.test(noun) || AGENT_EN.test(noun)) kind = own ? 'team' : 'role';
    else kind = 'team';
    if (kind === 'team') return 'team';
    if (kind === 'role') worst = 'role';
  }
  return worst;
}

function addressedToOthersEn(first: string, context: AudienceContext): boolean {
  if (ADVICE_FRAME_EN.test(first) && !TEAM_FUTURE_EN.test(first)) return true;
  if (/^(?:we|i|us|our[ \t]team)\b/iu.test(first)) return context === 'advice' && WE_RECOMMEND_EN.test(first);
  const m = (context === 'advice' ? ASKED_ADVICE_EN : ASKED_ITEMS_EN).exec(first);
  if (m) {
    const who = subjectEn(m[1]);
    if (who === 'team' || (who === 'role' && context !== 'advice')) return false;
    const [verb, next, third] = [m[3], m[4], m[5]];
    if (/^be$/iu.test(verb)) return next !== undefined && (BE_ASK_EN.test(next) || (BE_DEGREE_EN.test(next) && third !== undefined && BE_ASK_EN.test(third)));
    return !ACTED_ON_EN.test(verb);
  }
  // An instruction about the reader's own things, with no word of the team's own (advice only).
  return context === 'advice' && /^(?:enable|disable|use|avoid|rotate|change|update|upgrade|check|review|audit|pin|lock|set|turn|remove|revoke|reset|store|keep|limit|install|uninstall|verify|consider|make[ \t]sure|ensure)\b/iu.test(first) && YOUR_EN.test(first) && !WE_PLAN_EN.test(first);
}

// ── Korean ──

// Never the writers' team: readers and outside parties as the subject.
const OUTSIDER_KO = String.raw`(?:사용자|이용자|고객|회원|여러분|독자|패키지[ \t]?(?:관리자|메인테이너)|외부[ \t]?(?:개발자|사용자)|앱[ \t]?개발자|라이브러리[ \t]?(?:사용자|개발자)|플러그인[ \t]?(?:개발자|작성자)|서드[ \t]?파티)`;
// Roles a reader may hold or the team may: outsiders only where the writers give advice (or ask politely, below).
const ROLE_KO = String.raw`(?:운영자|관리자|개발자|메인테이너|유지[ \t]?관리자|노드[ \t]?운영자|검증인|서비스[ \t]?제공자|프로젝트)`;
const SUBJECT_KO = (nouns: string) => new RegExp(String.raw`^(?:[^\s]{1,12}[ \t])?${nouns}(?:님|분)?들?(?:은|는|께서는|께서|도)[ \t]`, 'u');
const OUTSIDER_SUBJECT_KO = SUBJECT_KO(OUTSIDER_KO);
const ROLE_SUBJECT_KO = SUBJECT_KO(String.raw`(?:${OUTSIDER_KO}|${ROLE_KO})`);
// (A polite ask may name them after a clause: "아직 업데이트하지 않은 이용자께서는 …".)
const READER_SUBJECT_KO = new RegExp(String.raw`(?:^|[ \t])(?:${OUTSIDER_KO}|${ROLE_KO})(?:님|분)?들?(?:께서는|께서|은|는)[ \t]`, 'u');
const ASK_KO = /[\uac00-\ud7a3]야[ \t]?(?:합니다|한다|함|해요)|하셔야|바랍니다|하십시오|하세요|주세요|주십시오|권장(?:합니다|드립니다|됩니다|함|한다)|권고(?:합니다|드립니다)|좋습니다|필요가[ \t]있습니다|필요합니다/u;
// A polite ask to readers is advice in its own words, whoever of them it names ("운영자분들은 … 업데이트해 주시기 바랍니다").
const POLITE_ASK_KO = /(?:바랍니다|주세요|주십시오|권장드립니다|권고드립니다|부탁드립니다)[ \t.!。]{0,4}$/u;
// What the team does for them: a capability or a receipt ("… 확인할 수 있어야 합니다", "… 안내받아야 합니다").
const ACTED_ON_KO = /수[ \t]?있어야|수[ \t]?있도록|받아야|받을[ \t]수|안내[ \t]?받|통보[ \t]?받|제공받/u;
const TEAM_PLAN_KO = /하겠습니다|하겠다|예정|진행합니다|계획/u;

function addressedToOthersKo(first: string, context: AudienceContext): boolean {
  if (TEAM_PLAN_KO.test(first) || ACTED_ON_KO.test(first)) return false;
  const reader = READER_SUBJECT_KO.exec(first);
  if (reader && first.length - reader.index <= 200 && POLITE_ASK_KO.test(first)) return true;
  return (context === 'advice' ? ROLE_SUBJECT_KO : OUTSIDER_SUBJECT_KO).test(first) && ASK_KO.test(first);
}

/** Whether a heading or a lead-in says the list under it gives advice or lessons (recommendations, 권고, 교훈 …). */
export function adviceContext(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 400) return false;
  return /\b(?:recommend\p{L}{0,8}|advice|advis\p{L}{1,6}|suggestions?|tips|guidance|best[ \t]practices|lessons?|learn\p{L}{0,4}|takeaways?)\b/iu.test(t) || /권고|권장|교훈|당부|제언|시사점|배운[ \t]?점/u.test(t);
}

/**
 * Whether an item (its text; an owner or date the item model took out, U+FFFC, is set aside) is addressed to other people,
 * advice and not work the writers' team commits to. `context`: 'advice' where a heading or lead-in says the list gives
 * advice or lessons ({@link adviceContext}), 'items' anywhere else.
 */
export function addressedToOthers(text: string, context: AudienceContext = 'advice'): boolean {
  const t = text
    .replace(/\s*[(（][^()（）\n]{0,40}\uFFFC[^()（）\n]{0,40}[)）]\s*$/u, '')
    .replace(/\uFFFC/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\[([^\]\n]{0,200})\]\([^()\s]{0,400}\)/gu, '$1')
    .replace(/(?:\*\*|__|`)/gu, '')
    .replace(/^\[[ xX]\][ \t]+/u, '')
    .trim();
  if (!t || t.length > 600) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) return addressedToOthersKo(t.split(/(?<=[.!?。])[ \t]+/u)[0], context);
  return addressedToOthersEn(t.split(/(?<=[.!?])[ \t]+/u)[0], context);
}
