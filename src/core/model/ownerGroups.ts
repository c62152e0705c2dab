/**
 * Action items, owners (issue 7, session 14): two layouts of a follow-up section, read as text.
 *
 * 1. The owner as a group label: a short label alone on its line ("**Alice:**", "**@bob**", "Ops team:", "**박지훈 님**",
 *    "**LB**") over a list of that person's or team's tasks. Its items are owned by the label.
 *    How an owner label is told from a topic label ("**Database**", "**Runtimes**", "**DB**"):
 *    - an @handle (or several);
 *    - a team word: "Ops team", "SRE", "Platform squad", "인프라팀", "결제 파트" (not "Team" alone);
 *    - a known name form: English given names the lexicon knows ("Alice", "Alice Kim", "Alice K.", "Alice & Bob");
 *      Korean names the lexicon knows ("김민수"), a name with an honorific or a title ("박지훈 님", "이서연 매니저"), or a
 *      masked name ("김OO", "이○○", "박**");
 *    - initials: two or three capitals ("LB", "NP"), and only when the same area has at least two such labels and more
 *      than half of them are no known acronym (a topic label set is "DB", "CI", "API"; a per-person set is "LB", "SB").
 *    A capitalised word that is not a known given name ("**Database**", "**Orchestration**") stays a topic.
 * 2. A closing sub-heading among task sub-headings: "### Conclusion", "### Summary", "### Final thoughts", "### 결론",
 *    "### 정리", "### 마치며" sum the write-up up; the plans its prose mentions are not one more item.
 */
import { isGivenName } from '../language/en/names';
import { trimChars, trimEndChars } from '../text';
import { isName as isKoreanName } from '../language/ko/words';

export type OwnerLabelForm = 'handle' | 'team' | 'name' | 'initials';

const TEAM_EN = /^(?:(?:the|our)[ \t])?(?:[\p{L}\p{N}&./-]{1,24}[ \t]){0,2}(?:team|squad|crew|guild|group|sre|ops|on-?call)$/iu;
const BARE_TEAM_EN = /^(?:team|group|crew|squad|guild|the[ \t]team|our[ \t]team)$/iu;
const TEAM_KO = /^[\p{L}\p{N}&./ -]{1,20}(?:팀|파트|본부|센터|그룹|스쿼드|TF|tf)$/u;
const HANDLES = /^@[\p{L}\p{N}_.-]{1,39}(?:[ \t]{0,2}(?:[,/&+]|and)[ \t]{0,2}@[\p{L}\p{N}_.-]{1,39}){0,3}$/u;
const KO_TITLE = /^([가-힣]{2,4})[ \t]?(?:님|씨|매니저|프로|대리|과장|차장|부장|팀장|실장|책임|선임|수석|연구원|엔지니어|리드)$/u;
const KO_MASKED = /^[가-힣][OＯ○◯●*xX]{1,2}(?:[ \t]?(?:님|씨|매니저|프로|책임|선임|수석|팀장))?$/u;
const EN_PERSON = /^(\p{Lu}\p{Ll}{1,20})(?:[ \t](?:\p{Lu}\p{Ll}{1,20}|\p{Lu}\.?))?$/u;
const INITIALS = /^\p{Lu}{2,3}$/u;
// Given names that also name software a follow-up section groups its work by ("**Aurora**", "### Cassandra", "**Hugo**").
const PRODUCTS = new Set(['Aurora', 'Cassandra', 'Hugo', 'Jasmine', 'Travis', 'Julia', 'Ada', 'Alexa', 'Sora', 'Flux', 'Kafka', 'Argo', 'Tempo', 'Vera', 'Nova', 'Luna', 'Iris', 'Pulsar', 'Jenkins', 'Ruby', 'Django', 'Phoenix', 'Apollo', 'Athena', 'Hermes', 'Atlas', 'Sage', 'Grafana', 'Loki', 'Thanos', 'Mimir', 'Vault', 'Consul', 'Nomad']);
// Acronyms that label topics in follow-up sections (infrastructure, process, regions), never people.
const ACRONYMS = new Set(
  ('API AWS GCP OCI DB DBS DNS CI CD QA UI UX IT HR PR OS VM VMS VPN CDN SSL TLS SSO IAM LB ELB ALB NLB SRE OPS DEV SEC NET ETL ML AI BI DR ' +
    'HA IO SLA SLO SLI KPI OKR RCA PIR TBD FAQ WAF RDS EKS GKE AKS ECS SQS SNS SES VPC NAT BGP TCP UDP SSH FTP CLI SDK CMS CRM ERP DBA ' +
    'NOC SOC CSP CSS JS TS PHP SQL ORM MQ IDP OTP MFA PKI CA KMS HSM GPU CPU RAM SSD HDD NFS SAN NAS LAN WAN ISP IP URL SEO KO EN US ' +
    'EU UK JP KR CN DE FR AZ PM QC DC GIT GH ADR RFC DOC DOCS OPS CS CX PO BE FE APP WEB IOS MAC WIN').split(/\s+/u),
);

/** Trims a label's markup: bold or italic marks, a closing colon. */
export function bareLabel(raw: string): string {
  return trimChars(trimEndChars(trimChars(raw.replace(/\s+/g, ' '), '*_ '), ':： '), '*_ ');
}

/** The form in which a short label (markup removed) names an owner, or undefined for a topic or anything longer. */
export function ownerLabelForm(label: string): OwnerLabelForm | undefined {
  const l = bareLabel(label);
  if (!l || l.length > 40 || /[.!?。](?!$)/u.test(l.replace(/\b\p{Lu}\./gu, ''))) return undefined;
  if (HANDLES.test(l)) return 'handle';
  if ((TEAM_EN.test(l) && !BARE_TEAM_EN.test(l)) || TEAM_KO.test(l)) return 'team';
  if (INITIALS.test(l)) return 'initials';
  // Names, possibly two or three joined: "Alice & Bob", "Alice, Bob", "김민수, 이서연".
  const parts = l.split(/[ \t]{0,2}[,/&+][ \t]{0,2}|[ \t](?:and|및)[ \t]/u).map((x) => x.trim());
  if (parts.length > 3 || parts.some((x) => !x)) return undefined;
  return parts.every(namesPerson) ? 'name' : undefined;
}

function namesPerson(p: string): boolean {
  if (/[\uac00-\ud7a3]/u.test(p)) {
    const t = KO_TITLE.exec(p);
    return !!t || KO_MASKED.test(p) || (/^[가-힣]{2,4}$/u.test(p) && isKoreanName(p));
  }
  const m = EN_PERSON.exec(p);
  return !!m && isGivenName(m[1]) && !PRODUCTS.has(m[1]);
}

/** Whether a set of initials labels (of one area) names people: two or more, more than half no known acronym. */
export function initialsNamePeople(labels: readonly string[]): boolean {
  const set = labels.map((l) => bareLabel(l)).filter((l) => INITIALS.test(l));
  if (set.length < 2) return false;
  return set.filter((l) => !ACRONYMS.has(l)).length * 2 > set.length;
}

// A sub-heading that closes or sums up the write-up, not a measure.
const CLOSING_EN = /^(?:conclusions?|in[ \t]conclusion|concluding[ \t](?:remarks|thoughts|words)|summary|in[ \t]summary|to[ \t]summari[sz]e|closing(?:[ \t](?:thoughts|remarks|words|notes))?|final[ \t](?:thoughts|words|remarks|notes)|(?:some[ \t])?last[ \t](?:thoughts|words)|wrap[- ]?up|wrapping[ \t]up|afterword|epilogue|outro|notes?|remarks)$/iu;
const CLOSING_KO = /^(?:결론|결어|정리|요약|총평|총괄|맺음말|맺으며|마무리|마무리하며|마치며|글을[ \t]마치며|끝으로|나가며|후기|소감|참고|비고)$/u;

/** Whether a sub-heading's label (numbering removed) closes or sums up the write-up. */
export function closingHeading(label: string): boolean {
  const t = label.replace(/[^\p{L}\p{N} \t-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return t.length <= 30 && (CLOSING_EN.test(t) || CLOSING_KO.test(t));
}

// 3. A sub-item that is a plan of its own (session 14): under a planned item, a sub-item that opens with the writers'
//    own further plan, marked as ADDITIONAL work ("also", "additionally", "in addition", "separately", a longer horizon),
//    is one more item, not a detail of its parent: "We're also going to run quarterly restore drills", "Longer-term we
//    are also considering a second region", "장기적으로는 별도 리전 구성도 검토하고 있습니다", "또한 분기마다 복구 훈련을
//    진행할 예정입니다". Without the marker of more work ("We will do this by adding a flag") it stays a detail.
// (Written out as literals, the horizon lead in both: the regex-safety test checks literals statically.)
const MORE_PLAN_EN = /^(?:(?:(?:longer|long|medium|mid|near|shorter)[- ]term|in[ \t]the[ \t](?:longer|long|medium|near)[ \t](?:term|run)|separately|additionally|in[ \t]addition|beyond[ \t]that|beyond[ \t]this|on[ \t]top[ \t]of[ \t](?:that|this)),?[ \t]{1,3})?we(?:'re|'ll|[ \t]are|[ \t]will|[ \t]plan[ \t]to|[ \t]intend[ \t]to)?[ \t]{1,3}(?:also|additionally)[ \t]{1,3}(?:(?:going|planning)[ \t]to[ \t]\p{L}|considering[ \t]|looking[ \t](?:at|into)[ \t]|investing[ \t]in[ \t]|working[ \t]on[ \t]|exploring[ \t]|evaluating[ \t]|(?:adding|building|introducing|moving|migrating|running|holding|scheduling|writing|creating|setting[ \t]up)[ \t]|(?:add|build|introduce|move|migrate|run|hold|schedule|write|create|set[ \t]up|do|review|evaluate|explore|consider|invest|publish|train|rehearse|practise|practice)[ \t])/iu;
const HORIZON_LEAD_EN2 = /^(?:(?:longer|long|medium|mid|near|shorter)[- ]term|in[ \t]the[ \t](?:longer|long|medium|near)[ \t](?:term|run)|separately|additionally|in[ \t]addition|beyond[ \t]that|beyond[ \t]this|on[ \t]top[ \t]of[ \t](?:that|this)),?[ \t]{1,3}we(?:(?:'ll|[ \t]will|[ \t]plan[ \t]to|[ \t]intend[ \t]to)[ \t]{1,3}\p{L}|(?:'re|[ \t]are)[ \t]{1,3}(?:(?:going|planning)[ \t]to[ \t]\p{L}|considering[ \t]|looking[ \t](?:at|into)[ \t]|investing[ \t]in[ \t]|exploring[ \t]|evaluating[ \t]))/iu;
const MORE_LEAD_KO = /^(?:또한|추가로|별도로|아울러|이와[ \t]별도로|장기적으로(?:는)?|중장기적으로(?:는)?|중기적으로(?:는)?|향후(?:에는)?)[ \t,]/u;
const PLAN_END_KO = /(?:예정|계획)(?:입니다|이다|임)|하겠습니다|할[ \t]것입니다|검토(?:하고[ \t]있|[ \t]?중이)(?:습니다|다|ㅂ니다)|(?:검토|고려|논의)(?:하고[ \t]있습니다|[ \t]?중입니다)/u;

/** Whether a sub-item's first line is a further plan of the writers' own, marked as more work (not a detail). */
export function morePlanSubItem(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/(?:\*\*|__)/gu, '').trim();
  if (t.length < 20 || t.length > 400) return false;
  if (/[\uac00-\ud7a3]/u.test(t)) {
    const first = t.split(/(?<=[.!?。])\s+/u)[0] ?? t;
    return MORE_LEAD_KO.test(first) && PLAN_END_KO.test(first);
  }
  return MORE_PLAN_EN.test(t) || HORIZON_LEAD_EN2.test(t);
}
