/**
 * Who is a person in a postmortem, and who is the subject of a verb. The language rules flag
 * "the on-call ignored the alert" but not "nginx ignored the header": the verb is the same, the
 * subject decides. This is a small heuristic, not a parser: role nouns, pronouns, names declared
 * in the document (front matter, action-item owners, "Incident commander: …", @handles) and Korean
 * names with honorifics (님, 씨, 께서, 대리님 …) count as people; everything else is a thing.
 */
import type { PostmortemDocument } from './model/document';
import { SEPARATOR } from './model/prose';
import { TextMemo } from './model/memo';
import { isGivenName } from './language/en/names';
import { whoIs as koreanWhoIs } from './language/ko/words';

/** How a subject reads: a person, a thing (system, tool, process, event), or a name-like word we cannot place. */
export type SubjectKind = 'person' | 'thing' | 'unknown';

/** What a subject scan found. */
export interface Subject {
  kind: SubjectKind;
  /** The head word, when one was found. */
  word?: string;
  /** True for a plural subject (for "was"/"were" in rewrites). */
  plural: boolean;
}

/** Names declared in a document, normalised for lookup. */
export interface People {
  /** English name tokens as written ("Priya", "Raman"): compared case-sensitively so "will" is not "Will". */
  latin: Set<string>;
  /** Korean names ("김민수") and given names ("민수"). */
  hangul: Set<string>;
  /**
   * English names the document gives a role ("oncall: Tom", "Tom (on-call)") → that role as a noun phrase ("the on-call engineer");
   * Korean names likewise, in Korean ("당직자: 김민수" → 김민수, 민수 → "당직 엔지니어").
   */
  roles?: Map<string, string>;
}

/** An empty set of declared names. */
export function noPeople(): People {
  return { latin: new Set(), hangul: new Set() };
}

// Role nouns that always denote people. Lowercase; plurals listed because "engineers" is as common.
const EN_ROLES = new Set(
  (
    'engineer engineers on-call on-calls oncall oncalls on-caller on-callers operator operators developer developers dev devs ' +
    'admin admins administrator administrators sysadmin sysadmins sre sres dba dbas swe swes responder responders reviewer reviewers ' +
    'approver approvers deployer deployers commander commanders ic intern interns contractor contractors employee employees staff ' +
    'staffer staffers teammate teammates colleague colleagues coworker coworkers co-worker co-workers manager managers lead leads ' +
    'person people human humans someone somebody anyone anybody everyone everybody nobody he she i we you him me us team teams squad ' +
    'tester testers qa analyst analysts architect architects programmer programmers coder coders technician technicians newcomer ' +
    'newcomers hire hires junior juniors author authors individual individuals crew captain captains maintainer maintainers supervisor supervisors ' +
    'scientist scientists specialist specialists researcher researchers consultant consultants freelancer freelancers guy guys'
  ).split(/\s+/),
);

// Session 9 (lang-en): workplace roles and informal names for people that real forum and news text uses as subjects
// ("the director ran …", "her boss deleted …", "the newbie circled …"). Not words that also name things ("executive
// summary", "official docs", "worker node", "man page"): only their unambiguous forms.
for (const w of 'director directors boss bosses officer officers officials executives newbie newbies rookie rookies trainee trainees novice novices'.split(' ')) EN_ROLES.add(w);

const EN_THING_PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'which', 'what', 'something', 'nothing', 'everything']);

// Acronyms are usually systems (TTL, DNS, CDN); these are the ones that are roles.
const EN_ROLE_ACRONYMS = new Set(['SRE', 'SRES', 'DBA', 'DBAS', 'IC', 'SWE', 'SWES', 'QA', 'PM', 'TL', 'EM', 'SE', 'CEO', 'CTO', 'CIO', 'CISO', 'CFO', 'COO']);

// Capitalised product names that a postmortem names as subjects; lowercase keys.
const EN_TECH = new Set(
  (
    'kubernetes k8s nginx envoy redis memcached postgres postgresql mysql mariadb mongodb mongo kafka zookeeper consul vault terraform ' +
    'ansible puppet chef jenkins github gitlab bitbucket argo argocd helm docker linux windows macos aws gcp azure cloudflare akamai fastly ' +
    'prometheus grafana alertmanager pagerduty opsgenie datadog sentry splunk slack elasticsearch opensearch kibana istio linkerd haproxy ' +
    'traefik cassandra scylla spark hadoop airflow celery sidekiq rabbitmq nats chrome safari firefox ios android java node python ruby ' +
    'go golang rust spring rails django cron systemd bgp dns ldap okta stripe twilio s3 ec2 rds lambda cloudfront route53 bigquery ' +
    'snowflake etcd coredns calico cilium karpenter jvm hotspot nodejs deno vercel netlify heroku openshift nomad dynamodb aurora ' +
    'sqs sns kinesis pubsub spanner firestore firebase looker tableau jira confluence statuspage cloudwatch newrelic honeycomb'
  ).split(/\s+/),
);

// Words between a subject and its verb that are not the subject ("Bob then simply forgot").
const EN_SKIP = new Set(
  (
    'also then just simply again never still already initially subsequently later eventually ultimately originally previously ' +
    'actually apparently unfortunately clearly obviously probably likely certainly completely totally entirely partially briefly ' +
    'quickly immediately accidentally inadvertently unknowingly mistakenly carelessly had has have did does do was were is are been ' +
    'be being not didn\'t doesn\'t don\'t wasn\'t weren\'t hadn\'t hasn\'t haven\'t isn\'t aren\'t may might could would should must ' +
    'can will shall all both each himself herself themselves themself myself ourselves yourself sadly somehow seemingly reportedly ' +
    'first once too even only thus therefore understandably consequently certainly personally'
  )
    .split(/\s+/)
    .map((w) => w.replace(/'/g, '’'))
    .flatMap((w) => [w, w.replace(/’/g, "'")]),
);

const EN_DETERMINERS = new Set('the a an our their his her my your its this that these those some any every each one another no'.split(' '));
const EN_CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet', 'nor', '&', 'then']);
const NOT_ADVERBS = new Set(['family', 'supply', 'reply', 'assembly', 'apply', 'rely', 'ally', 'anomaly', 'july', 'italy', 'poly', 'monopoly', 'fly', 'belly']);

// Korean role nouns, matched as the end of a stem ("배포담당자", "백엔드 개발자"). Customer words are
// deliberately absent: "사용자가 확인하지 못했다" describes impact, not blame.
const KO_ROLES = [
  '담당자', '개발자', '운영자', '엔지니어', '작업자', '관리자', '당직자', '책임자', '온콜', '팀원', '직원', '사원', '신입', '인턴',
  '대리', '과장', '차장', '부장', '팀장', '실장', '본부장', '동료', '선배', '후배', '사람', '당사자', '배포자', '검토자', '리뷰어',
  '승인자', '대응자', '팀', '조직', '기획자', '디자이너', '근무자',
];
const KO_PRONOUNS = new Set(['누군가', '누가', '누구', '아무도', '본인', '저', '제', '나', '내', '우리', '저희', '그', '그녀', '그들', '개인']);
const KO_NOT_PEOPLE = ['고객', '사용자', '이용자', '유저', '회원', '손님', '구매자', '판매자', '가맹점', '파트너'];
// Stems ending in 씨 that are not a name + 씨.
const KO_SSI_WORDS = new Set(['날씨', '솜씨', '맵시', '말씨', '마음씨', '글씨', '불씨', '씨앗']);
const KO_ADVERBS_I = new Set(['같이', '많이', '깊이', '높이', '일찍이', '굳이', '깨끗이', '빨리', '함께', '모두가', '결국']);

const HANGUL = /[\uac00-\ud7a3]/u;
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** Whether a Korean stem (a word with its particle removed) names a person. */
export function koreanStemKind(stem: string, people: People = noPeople()): SubjectKind {
  const s = stem.trim();
  if (!s) return 'unknown';
  if (KO_NOT_PEOPLE.some((w) => s.startsWith(w) || s.endsWith(w))) return 'thing';
  if (people.hangul.has(s)) return 'person';
  for (const name of people.hangul) if (s.startsWith(name) && /^(?:님|씨|대리|과장|차장|부장|팀장|실장|책임|선임|수석|매니저)/u.test(s.slice(name.length))) return 'person';
  if (s.endsWith('님')) return 'person';
  if (s === '씨' || (s.endsWith('씨') && s.length >= 3 && s.length <= 5 && !KO_SSI_WORDS.has(s))) return 'person';
  if (KO_PRONOUNS.has(s)) return 'person';
  if (KO_ROLES.some((r) => s.endsWith(r))) return 'person';
  // A Latin word with a Korean ending ("true로", "API팀의", "Bob이"): the Latin part decides. Only
  // that part goes to englishWordKind, which hands Hangul back here: passing the whole word
  // made the two call each other forever.
  if (/^@[^\s@]/u.test(s)) return 'person';
  const latin = /^[A-Za-z][A-Za-z0-9_.'’-]*/u.exec(s);
  if (latin) return englishWordKind(latin[0], undefined, people);
  return 'thing';
}

// Companies whose staff incident reports call "operators" ("a Google operator left a parameter blank").
const EN_EMPLOYERS = new Set(['google', 'amazon', 'aws', 'microsoft', 'cloudflare', 'github', 'meta', 'facebook', 'apple', 'oracle', 'ibm', 'akamai', 'fastly', 'salesforce', 'atlassian', 'equinix', 'verizon', 'comcast', 'heroku', 'digitalocean', 'linode', 'ovh', 'hetzner', 'vendor', 'provider', 'datacenter', 'data-center', 'colo', 'isp', 'carrier']);

/** Whether one English word names a person (`prev` is the word before it, for "Kubernetes operator"). */
export function englishWordKind(word: string, prev: string | undefined, people: People = noPeople()): SubjectKind {
  const w = word.replace(/[’']s$/u, '');
  if (!w) return 'unknown';
  if (w.startsWith('@') && w.length > 1) return 'person';
  if (people.latin.has(w)) return 'person';
  const lower = w.toLowerCase();
  if (lower === 'operator' || lower === 'operators') {
    // "a Google operator", "an AWS operator": a person who works for that company (as incident reports say).
    if (prev && EN_EMPLOYERS.has(prev.replace(/[’']s$/u, '').toLowerCase())) return 'person';
    // "the Prometheus operator", "a k8s operator": Kubernetes controllers, not people.
    if (prev && (EN_TECH.has(prev.toLowerCase()) || (isUpper(prev[0]) && !EN_DETERMINERS.has(prev.toLowerCase())) || (/[-.]/.test(prev) && !/-(?:shift|call|duty)$/iu.test(prev)))) return 'thing';
    return 'person';
  }
  if (/^[A-Z][A-Z0-9]+s?$/.test(w)) return EN_ROLE_ACRONYMS.has(w.toUpperCase()) ? 'person' : 'thing';
  if (EN_ROLES.has(lower)) return 'person';
  if (lower === 'they' || lower === 'them') return 'unknown';
  if (EN_THING_PRONOUNS.has(lower)) return 'thing';
  if (EN_TECH.has(lower)) return 'thing';
  // A capitalised word may be a name, unless it reads as a plural or abstract noun at the start
  // of a sentence ("Retries", "Monitoring", "Replication").
  // An undeclared given name ("Tom skipped the canary stage"): a lexicon of common names.
  if (isGivenName(w)) return 'person';
  if (isUpper(w[0])) return /(?:ing|tion|sion|ment|ness|ity|ance|ence|ies|[^su']s)$/u.test(lower) ? 'thing' : 'unknown';
  // koreanStemKind classifies a Latin-led word by its Latin part alone, so this cannot loop.
  if (HANGUL.test(w)) return koreanStemKind(w, people);
  return 'thing';
}

/**
 * Classifies a short phrase captured by a pattern's `<person>` slot ("the on-call", "Bob",
 * "the deploy engineer", "김 대리님"): a person when any word is one.
 */
export function phraseKind(phrase: string, people: People = noPeople()): SubjectKind {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (HANGUL.test(phrase)) return koreanStemKind(stripKoreanParticle(words[words.length - 1] ?? '').stem, people);
  const content = words.filter((w) => !EN_DETERMINERS.has(w.toLowerCase()) && w.toLowerCase() !== 'of');
  if (!content.length) return 'unknown';
  let kind: SubjectKind = 'thing';
  for (let i = 0; i < content.length; i++) {
    const k = englishWordKind(content[i], content[i - 1], people);
    if (k === 'person') return 'person';
    if (i === content.length - 1) kind = k;
  }
  return kind;
}

const EN_PLURAL_PRONOUNS = new Set(['we', 'they', 'you', 'these', 'those', 'both', 'people', 'us', 'them']);

function englishPlural(word: string): boolean {
  const l = word.toLowerCase();
  if (EN_PLURAL_PRONOUNS.has(l)) return true;
  return /[^su']s$/u.test(l) && !/(?:ss|us|is|ics)$/u.test(l) && l !== 'its' && l !== 'this';
}

// Clause and sentence boundaries for a backwards subject scan, bounded so long prose stays linear.
const MAX_LOOKBACK = 240;

function englishTokens(segment: string): string[] {
  return segment.match(/[@\p{L}\p{N}][\p{L}\p{N}'’_-]*|[,;(\uFFFC]/gu) ?? [];
}

// A clause that opens with a preposition ("In addition this was …", "On top of that …") opens with an adverbial, not its subject.
const EN_OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'into', 'during', 'under', 'over', 'through', 'besides']);

function firstNounPhrase(tokens: string[], people: People): Subject {
  const content: string[] = [];
  for (const [i, t] of tokens.entries()) {
    const l = t.toLowerCase();
    if (i === 0 && EN_OPENING_PREPOSITIONS.has(l)) continue;
    if (t === SEPARATOR) return { kind: 'thing', word: t, plural: false };
    if (t === ',' || t === ';' || t === '(') break;
    if (EN_DETERMINERS.has(l) || EN_SKIP.has(l)) {
      if (content.length) break;
      continue;
    }
    content.push(t);
    if (content.length === 3) break;
  }
  if (!content.length) return { kind: 'unknown', plural: false };
  for (let i = 0; i < content.length; i++) {
    if (englishWordKind(content[i], content[i - 1], people) === 'person') return { kind: 'person', word: content[i], plural: englishPlural(content[i]) };
  }
  return { kind: englishWordKind(content[0], undefined, people), word: content[0], plural: englishPlural(content[0]) };
}

// Prepositions whose object may stand right before a verb ("the post on Teams missed …"). Not "of" ("one of the engineers
// missed": the head is a quantifier) nor the ones that open clauses ("after", "before", "since", "until").
const EN_NOUN_PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'to', 'for', 'with', 'via', 'into', 'onto', 'across', 'inside', 'within', 'between', 'among', 'per']);
const EN_SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it']);

/**
 * The index of the preposition whose object ends at token `i` ("on Teams", "to the ops team", "for the platform team": up
 * to two modifiers and a determiner in between), when a word stands before the preposition to be the subject; else -1.
 * A subject pronoun is never such an object ("In the deploy window we missed …").
 */
function prepositionBefore(tokens: readonly string[], i: number): number {
  if (EN_SUBJECT_PRONOUNS.has(tokens[i].toLowerCase())) return -1;
  let j = i - 1;
  for (let mods = 0; j >= 0 && mods < 2 && /^[a-z][a-z-]*$/u.test(tokens[j]) && !EN_DETERMINERS.has(tokens[j]) && !EN_NOUN_PREPOSITIONS.has(tokens[j]) && !EN_SKIP.has(tokens[j]) && !EN_CONJUNCTIONS.has(tokens[j]); mods++) j--;
  if (j >= 0 && EN_DETERMINERS.has(tokens[j].toLowerCase())) j--;
  if (j < 1 || !EN_NOUN_PREPOSITIONS.has(tokens[j].toLowerCase())) return -1;
  const head = tokens[j - 1];
  return head === ',' || head === ';' || head === '(' || head === SEPARATOR ? -1 : j;
}

/** The subject of an English verb phrase that starts at `at` in `text`. */
export function englishSubjectBefore(text: string, at: number, people: People = noPeople()): Subject {
  const from = Math.max(0, at - MAX_LOOKBACK);
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') {
      start = i + 1;
      break;
    }
    if ((c === '.' || c === '!' || c === '?' || c === ':' || c === ';') && /\s/u.test(text[i + 1] ?? ' ')) {
      start = i + 1;
      break;
    }
  }
  const tokens = englishTokens(text.slice(start, at));
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    const l = t.toLowerCase();
    if (t === SEPARATOR) return { kind: 'thing', word: t, plural: false };
    if (EN_SKIP.has(l) || (l.length >= 5 && l.endsWith('ly') && !NOT_ADVERBS.has(l) && !isUpper(t[0]))) continue;
    if (l === 'who' || l === 'that') continue;
    if (l === 'which') return { kind: 'thing', word: t, plural: false };
    if (t === ',' || t === ';' || t === '(' || EN_CONJUNCTIONS.has(l)) {
      // "the on-call acknowledged the page but forgot …": the subject opens the clause.
      let clauseStart = 0;
      for (let j = i - 1; j >= 0; j--) {
        if (tokens[j] === ',' || tokens[j] === ';') {
          clauseStart = j + 1;
          break;
        }
      }
      const lead = tokens.slice(clauseStart, i).filter((x) => !/^(?:when|after|before|while|because|since|although|though|as|once|if|until|whereas)$/iu.test(x));
      return firstNounPhrase(lead, people);
    }
    // A verb form right after a determiner is an adjective ("the neglected cron job"), not a verb.
    if (EN_DETERMINERS.has(l)) return { kind: 'thing', plural: false };
    if (/[’']s$/u.test(t)) continue;
    // "The first post on Teams easily missed …", "a reply to the ops team missed …": the word before the verb is the
    // object of a preposition; the subject is the noun before it (session 9, real postmortems).
    const prep = prepositionBefore(tokens, i);
    if (prep > 0) {
      i = prep;
      continue;
    }
    const kind = englishWordKind(t, tokens[i - 1], people);
    return { kind, word: t, plural: englishPlural(t) };
  }
  return { kind: 'unknown', plural: false };
}

/** `text` without the trailing characters `drop` accepts (a loop: a `[…]+$` regex backtracks quadratically). */
function trimEndWhile(text: string, drop: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Splits a Korean word into stem and subject/topic particle (께서, 이, 가, 은, 는, 도, 에서). */
export function stripKoreanParticle(token: string): { stem: string; particle: string } {
  const t = trimEndWhile(token, (c) => !/[\p{L}\p{N}@_-]/u.test(c));
  for (const p of ['께서는', '께서', '에서는', '에서', '이', '가', '은', '는', '도', '의']) {
    if (t.length > p.length && t.endsWith(p)) return { stem: t.slice(0, -p.length), particle: p };
  }
  return { stem: t, particle: '' };
}

/**
 * The subject of a Korean predicate that starts at `at`: the nearest word marked as a subject
 * (이/가/께서) in the same sentence, or a person marked as a topic (은/는). Korean is
 * verb-final, so the subject may be several words back ("담당자가 배포 전에 설정을 확인하지 않았다").
 */
export function koreanSubjectBefore(text: string, at: number, people: People = noPeople()): Subject {
  const from = Math.max(0, at - MAX_LOOKBACK);
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n' || c === '。' || c === SEPARATOR || ((c === '.' || c === '!' || c === '?') && /\s/u.test(text[i + 1] ?? ' '))) {
      start = i + 1;
      break;
    }
  }
  const tokens = text.slice(start, at).split(/[\s,]+/u).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (KO_ADVERBS_I.has(token)) continue;
    const { stem, particle } = stripKoreanParticle(token);
    if (!particle || particle === '도' || particle === '의' || particle.startsWith('에서')) continue;
    // "김 대리님이": the family name is a word of its own before the title.
    const kind = koreanStemKind(stem, people);
    if (particle.startsWith('께서')) return { kind: 'person', word: stem, plural: false };
    if (particle === '이' || particle === '가') return { kind, word: stem, plural: false };
    // 은/는 also end adnominal verb forms ("확인하는"); only a person reads as a topic here, or a
    // noun the Korean module knows as a system ("알림은 … 울렸어야 했다" is about the alert).
    if (kind === 'person') return { kind, word: stem, plural: false };
    if (koreanWhoIs(stem, people) === 'thing') return { kind: 'thing', word: stem, plural: false };
  }
  return { kind: 'unknown', plural: false };
}

/** The subject before `at`, by the script of the text just before it. */
export function subjectBefore(text: string, at: number, people: People = noPeople()): Subject {
  const window = text.slice(Math.max(0, at - 40), at);
  return HANGUL.test(window) ? koreanSubjectBefore(text, at, people) : englishSubjectBefore(text, at, people);
}

// Front matter keys that hold people (compared without case, spaces, dashes or underscores).
const PERSON_KEYS = new Set([
  'author', 'authors', 'owner', 'owners', 'incidentcommander', 'commander', 'ic', 'oncall', 'oncallengineer', 'responder',
  'responders', 'participants', 'attendees', 'reviewer', 'reviewers', 'editor', 'editors', 'contributors', 'approver', 'approvers',
  'people', 'team', '작성자', '담당자', '책임자', '대응자', '참석자', '검토자', '장애책임자', '당직자', '참여자',
]);

// Front matter keys that give a person's role, as a rewrite names it.
const ROLE_OF_KEY: Record<string, string> = {
  oncall: 'the on-call engineer', oncallengineer: 'the on-call engineer', incidentcommander: 'the incident commander', commander: 'the incident commander',
  ic: 'the incident commander', reviewer: 'the reviewer', reviewers: 'the reviewer', responder: 'the responder', responders: 'the responder',
  approver: 'the approver', approvers: 'the approver',
};

// The same, in Korean, for Korean names ("당직자: 김민수" → 민수 님 → "당직 엔지니어"). Kept in `roles` too:
// Korean keys never meet the English module's Latin names.
const ROLE_OF_KEY_KO: Record<string, string> = {
  oncall: '당직 엔지니어', oncallengineer: '당직 엔지니어', 당직자: '당직 엔지니어', incidentcommander: '장애 대응 책임자',
  commander: '장애 대응 책임자', ic: '장애 대응 책임자', 장애책임자: '장애 대응 책임자', reviewer: '리뷰어', reviewers: '리뷰어',
  검토자: '검토자', responder: '대응 엔지니어', responders: '대응 엔지니어', 대응자: '대응 엔지니어', approver: '승인자', approvers: '승인자',
};

const COMMON_NAME_WORDS = new Set(['team', 'the', 'and', 'of', 'on-call', 'oncall', 'engineer', 'sre', 'service', 'platform', 'infra', 'ops', 'group', 'tbd', 'none', 'n/a']);

function addName(people: People, raw: string): void {
  const name = raw.replace(/\([^()]{0,80}\)/gu, ' ').replace(/[*_`[\]<>"“”]/gu, ' ').trim();
  if (!name || name.length > 60 || /(?:team|팀|squad|group)$/iu.test(name)) return;
  for (const token of name.split(/\s+/u)) {
    const t = trimEndWhile(token.replace(/^@/u, ''), (c) => '.,;:!?'.includes(c));
    if (!t) continue;
    if (HANGUL.test(t)) {
      const stem = t.replace(/(?:님|씨)$/u, '');
      if (stem.length < 2 || stem.length > 5) continue;
      people.hangul.add(stem);
      // 김민수 → 민수: colleagues use the given name with 님/씨.
      if (stem.length === 3) people.hangul.add(stem.slice(1));
    } else if (t.length >= 2 && !COMMON_NAME_WORDS.has(t.toLowerCase()) && /^\p{L}/u.test(t)) {
      people.latin.add(t[0].toUpperCase() + t.slice(1));
    }
  }
}

function collectValue(people: People, value: unknown, depth = 0): void {
  if (depth > 3 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    for (const part of value.split(/[,;、/&\n]| and | 및 /u)) addName(people, part);
  } else if (Array.isArray(value)) {
    for (const v of value.slice(0, 100)) collectValue(people, v, depth + 1);
  } else if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['name', 'handle', 'github', 'slack', '이름']) if (typeof o[k] === 'string') collectValue(people, o[k], depth + 1);
  }
}

// "Incident commander: Priya Raman", "담당자: 김민수" in prose; "Alice (on-call)" in a timeline.
const ROLE_LABEL = /(?:incident commander|commander|on-?call(?: engineer)?|owner|author|reviewer|responder|\bIC\b|담당자|작성자|책임자|대응자|당직자)s?\s{0,3}[:：]\s{0,3}([^\n,;()：:]{2,60})/giu;
const NAME_WITH_ROLE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'-]{1,20}|[\uac00-\ud7a3]{2,4})\s{0,2}[(（]\s{0,2}(?:on-?call|IC|incident commander|SRE|DBA|engineer|당직(?:자)?|온콜|담당(?:자)?|엔지니어)/gu;

/** The people a document names: front matter, action-item owners, role labels and names with roles in prose. */
export function peopleOf(doc: PostmortemDocument): People {
  const people = noPeople();
  for (const [key, value] of Object.entries(doc.meta)) {
    const k = key.toLowerCase().replace(/[\s_-]+/gu, '');
    if (!PERSON_KEYS.has(k)) continue;
    const before = new Set(people.latin);
    collectValue(people, value);
    // "oncall: Tom": a rewrite can name Tom's role instead of Tom.
    const role = ROLE_OF_KEY[k];
    if (role) for (const n of people.latin) if (!before.has(n)) (people.roles ??= new Map()).set(n, role);
    const roleKo = ROLE_OF_KEY_KO[k];
    if (roleKo) {
      const own = noPeople();
      collectValue(own, value);
      for (const n of own.hangul) if (!people.roles?.has(n)) (people.roles ??= new Map()).set(n, roleKo);
    }
  }
  let items: { owner?: { text: string } }[] = [];
  try {
    items = doc.actionItems;
  } catch {
    // The action-item model failing must not take the language rules down with it.
    items = [];
  }
  for (const item of items) {
    const owner = item.owner?.text;
    if (owner && owner.length <= 60) addAll(people, namesOfOwner(owner));
  }
  for (const block of doc.prose) {
    addAll(people, namesOfText(block.text));
  }
  return people;
}

/**
 * The names one piece of text adds to a document's people, as distinct names in the order first
 * added. Adding them in that order to the document's sets gives the sets (and their order) that
 * adding as the text is read gives: adding a name a set holds changes nothing.
 */
interface NamesAdded {
  latin: string[];
  hangul: string[];
}

function namesAdded(collect: (people: People) => void): NamesAdded | null {
  const own = noPeople();
  collect(own);
  return own.latin.size || own.hangul.size ? { latin: [...own.latin], hangul: [...own.hangul] } : null;
}

function addAll(people: People, names: NamesAdded | null): void {
  if (!names) return;
  for (const n of names.latin) people.latin.add(n);
  for (const n of names.hangul) people.hangul.add(n);
}

/** The names of owners and of prose texts, kept between lints: a session's re-lint reads only the texts an edit changed. */
const namesByOwner = new TextMemo<NamesAdded | null>();
const namesByProse = new TextMemo<NamesAdded | null>();

function namesOfOwner(owner: string): NamesAdded | null {
  let known = namesByOwner.get(owner);
  if (known === undefined) namesByOwner.set(owner, (known = namesAdded((p) => collectValue(p, owner.replace(/^(?:owner|담당(?:자)?)\s*[:：]\s*/iu, '')))));
  return known;
}

function namesOfText(t: string): NamesAdded | null {
  if (t.length > 5000) return null;
  // Cheap tests first: most blocks have neither a label colon nor a parenthesis.
  if (!t.includes(':') && !t.includes('：') && !t.includes('(') && !t.includes('（')) return null;
  let known = namesByProse.get(t);
  if (known === undefined) {
    const found = namesIn(t);
    known = found
      ? namesAdded((p) => {
          for (const v of found.values) collectValue(p, v);
          for (const n of found.names) addName(p, n);
        })
      : null;
    namesByProse.set(t, known);
  }
  return known;
}

/** What a prose text says about people: role-label values and names with a role, in order. */
interface NamesInText {
  values: string[];
  names: string[];
}

/** Role-label values and names with a role in a prose text (null: nothing); {@link namesOfText} keeps the names they add. */
function namesIn(t: string): NamesInText | null {
  const colon = t.includes(':') || t.includes('：');
  const paren = t.includes('(') || t.includes('（');
  if (!colon && !paren) return null;
  const values: string[] = [];
  const names: string[] = [];
  if (colon) {
    ROLE_LABEL.lastIndex = 0;
    for (let m = ROLE_LABEL.exec(t); m; m = ROLE_LABEL.exec(t)) values.push(m[1]);
  }
  if (paren) {
    NAME_WITH_ROLE.lastIndex = 0;
    for (let m = NAME_WITH_ROLE.exec(t); m; m = NAME_WITH_ROLE.exec(t)) names.push(m[1]);
  }
  return values.length || names.length ? { values, names } : null;
}
