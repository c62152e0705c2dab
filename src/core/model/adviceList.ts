// Advice to other people is not the team's action item (session 17, issue 7):
//   "## Recommendations" + "we have a few recommendations for package maintainers and users:" + "- Package maintainers
//   should enable two-factor authentication." / "- Application developers should use a lockfile."
//   "## 권고 사항" + "- 사용자는 비밀번호를 다른 사이트와 함께 쓰지 않아야 합니다."
// Read only where the writers say they give advice or lessons (a heading or the lead-in over the list: recommendations,
// advice, lessons, what can we learn; 권고, 권장, 교훈, 당부, 제언) and only for the items that are addressed to other
// people: a third party as the subject of should / must / need to ("Package maintainers should …", "You should …"), an
// instruction about the reader's own things ("Enable two-factor authentication on your account"), "We recommend …" to
// others; Korean: readers or another party as the subject of an ask (사용자는 … 해야 합니다, 운영자분들은 … 바랍니다).
// The team's own items under such a heading ("We should add …", "We will …", "Our on-call engineers should …") stay work,
// and so does a passive about the people ("Users should be notified …": the team notifies them).

// Any agent noun in the plural (builders, publishers, integrators) but the team's own roles (engineers, responders, staff).
const AUDIENCE = String.raw`(?:(?!(?:engineers|responders|developers|reviewers|approvers|managers|leaders|members|workers|servers|clusters|routers|containers|schedulers|controllers|handlers|listeners|timers|counters|monitors|sensors|processors|mirrors|errors|vendors)\b)\p{L}{2,20}(?:ers|ors|ists)|others|maintainers?|users?|developers?|operators?|customers?|clients?|admins?|administrators?|integrators?|validators?|consumers?|publishers?|authors?|contributors?|projects?|organi[sz]ations?|companies|vendors?|providers?|teams|people|readers?|folks|everyone|everybody|anyone|you)`;
const WORD = String.raw`[\p{L}\p{N}.@/-]{1,24}`;
const ASK = String.raw`(?:should|must|need[ \t]to|needs[ \t]to|ought[ \t]to|have[ \t]to|are[ \t](?:advised|encouraged|urged|asked|recommended)[ \t]to|can|may[ \t]want[ \t]to|might[ \t]want[ \t]to|would[ \t]do[ \t]well[ \t]to)`;
// The third party before the ask: up to three words and an audience noun, optionally "and <…> <audience>", optionally a
// short relative or prepositional tail ("Users of self-hosted instances", "Operators who run a relay").
const OTHERS_ASKED_EN = new RegExp(
  String.raw`^(?:(?:all|other|any|every|each|both|most)[ \t])?(?:${WORD}[ \t]){0,3}${AUDIENCE}(?:[ \t](?:and|or|&)[ \t](?:${WORD}[ \t]){0,2}${AUDIENCE})?(?:,?[ \t](?:who|that|using|running|of|with|on|in)[ \t][^.;:!?\n]{1,80}?,?)?[ \t]{1,3}${ASK}[ \t]{1,3}(\p{L}[\p{L}'-]{0,24})(?:[ \t]{1,3}(\p{L}[\p{L}'-]{0,24}))?`,
  'iu',
);
// The team or its own people as the subject: "Our developers should …", "The on-call engineers must …", "We …".
const OWN_SUBJECT_EN = /^(?:our|the|my|we|us|i|this|these|those|its)\b/iu;
// A passive or a state of the people (the team acts on them): "Users should be notified", "Customers should get an email".
const ACTED_ON_EN = /^(?:be|get|receive|see|have|no|not|never|only|always|automatically|now|still)$/iu;
const BE_ASK_EN = /^(?:careful|cautious|aware|mindful|vigilant|wary|alert|prepared|ready|sure)$/iu;
// An instruction about the reader's own things: "Enable two-factor authentication on your npm account", "Rotate your keys".
const YOUR_EN = /\byour(?:s|self|selves)?\b/iu;
const WE_PLAN_EN = /\b(?:we|we'll|we've|our[ \t]team|us)\b/iu;
// "We recommend using a lockfile", "We advise all operators to …" (not "We recommend that we …").
const WE_RECOMMEND_EN = /^(?:we|i)[ \t](?:(?:strongly|would|also)[ \t])?(?:recommend|advise|encourage|urge|suggest)[ \t](?!(?:that[ \t])?(?:we|our|us)\b)/iu;

const AUDIENCE_KO = String.raw`(?:사용자|이용자|고객|운영자|관리자|개발자|메인테이너|유지[ \t]?관리자|회원|여러분|패키지[ \t]?관리자|노드[ \t]?운영자|검증인|서비스[ \t]?제공자|프로젝트)`;
const OTHERS_ASKED_KO = new RegExp(String.raw`^(?:[^\s]{1,12}[ \t])?${AUDIENCE_KO}(?:님|분)?들?(?:은|는|께서는|께서|도)[ \t]`, 'u');
const ASK_KO = /[아어여해]야[ \t]?(?:합니다|한다|함|해요)|하셔야|바랍니다|하십시오|하세요|주세요|주십시오|권장(?:합니다|드립니다|됩니다)|권고(?:합니다|드립니다)|좋습니다|필요가[ \t]있습니다|필요합니다/u;
const TEAM_PLAN_KO = /하겠습니다|하겠다|예정|진행합니다|계획/u;

/** Whether a heading or a lead-in says the list under it gives advice or lessons (recommendations, 권고, 교훈 …). */
export function adviceContext(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 400) return false;
  return /\b(?:recommend\p{L}{0,8}|advice|advis\p{L}{1,6}|suggestions?|tips|guidance|best[ \t]practices|lessons?|learn\p{L}{0,4}|takeaways?)\b/iu.test(t) || /권고|권장|교훈|당부|제언|시사점|배운[ \t]?점/u.test(t);
}

/** Whether a list item is addressed to other people (advice), not work the writers' team commits to. */
export function addressedToOthers(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/\[([^\]\n]{0,200})\]\([^()\s]{0,400}\)/gu, '$1').replace(/(?:\*\*|__|`)/gu, '').trim();
  if (!t || t.length > 600) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) {
    const first = t.split(/(?<=[.!?。])[ \t]+/u)[0];
    return OTHERS_ASKED_KO.test(first) && ASK_KO.test(first) && !TEAM_PLAN_KO.test(first);
  }
  const first = t.split(/(?<=[.!?])[ \t]+/u)[0];
  if (OWN_SUBJECT_EN.test(first) && !WE_RECOMMEND_EN.test(first)) return false;
  if (WE_RECOMMEND_EN.test(first)) return true;
  const m = OTHERS_ASKED_EN.exec(first);
  if (m) {
    const verb = m[1];
    if (/^be$/iu.test(verb)) return m[2] !== undefined && BE_ASK_EN.test(m[2]);
    return !ACTED_ON_EN.test(verb);
  }
  // An instruction about the reader's own things, with no word of the team's own.
  return /^(?:enable|disable|use|avoid|rotate|change|update|upgrade|check|review|audit|pin|lock|set|turn|remove|revoke|reset|store|keep|limit|install|uninstall|verify|consider|make[ \t]sure|ensure)\b/iu.test(first) && YOUR_EN.test(first) && !WE_PLAN_EN.test(first);
}
