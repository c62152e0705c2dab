import type { Lang } from '../types';
import type { SectionKind } from '../model/sections';
import { requiredSectionsFor as coreRequiredSectionsFor } from '../requirements';
import { md, renderPieces, T, Y, type FieldRef, type Piece } from './pieces';
import { isoDate, isoDateTime, isoTime, parseZone, zonedTime, type Zone } from './time';

/** A template the New Incident command can offer. */
export interface TemplateInfo {
  id: string;
  label: string;
  description: string;
  languages: Lang[];
  source: 'builtin' | 'custom';
  /** Where a custom template was read from. */
  path?: string;
  /** Korean label and description, for the Korean UI (built-in templates have them). */
  labelKo?: string;
  descriptionKo?: string;
}

/** What the user tells the New Incident command. */
export interface TemplateVars {
  title: string;
  severity: string;
  /** When the incident started (the date in the file name and front matter is this one's, in `timezone`). */
  start: Date;
  /** IANA zone (`Asia/Seoul`), `UTC`, or an offset (`+09:00`); UTC when absent or unknown. */
  timezone?: string;
  authors: string[];
  lang: Lang;
}

/** Ids of the built-in templates. */
export type BuiltinTemplateId = 'google-sre' | 'lightweight' | 'ko-incident-report';

/** The built-in templates, in the order the New Incident command lists them. */
export const BUILTIN_TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'google-sre',
    label: 'Google SRE postmortem',
    labelKo: 'Google SRE 포스트모템',
    description: 'Summary, impact, root causes, trigger, resolution, detection, action items (type, owner, bug), lessons learned, timeline.',
    descriptionKo: '개요, 영향, 근본 원인, 트리거, 해결, 탐지, 후속 조치(유형·담당자·버그), 교훈, 타임라인.',
    languages: ['en', 'ko'],
    source: 'builtin',
  },
  {
    id: 'lightweight',
    label: 'Lightweight postmortem',
    labelKo: '간단한 포스트모템',
    description: 'Overview, timeline, immediate action, root cause analysis with 5 whys, discussion, preventative measures, monitoring.',
    descriptionKo: '개요, 타임라인, 즉각 조치, 5 Whys 근본 원인 분석, 논의, 재발 방지 대책, 모니터링.',
    languages: ['en', 'ko'],
    source: 'builtin',
  },
  {
    id: 'ko-incident-report',
    label: 'Incident report (장애 보고서)',
    labelKo: '장애 보고서',
    description: 'Overview, impact, timeline, 5-whys root cause analysis from the customer’s view, short- and mid/long-term preventive measures, lessons learned.',
    descriptionKo: '개요, 영향, 타임라인, 고객 관점의 근본 원인 분석(5 Whys), 재발 방지 대책(단기/중장기), 교훈.',
    languages: ['ko', 'en'],
    source: 'builtin',
  },
];

/**
 * The sections a document made from a template must have, for the `required-sections` rule.
 * Each inner list holds alternatives (any one satisfies it). Unknown or absent ids get the
 * default set: summary, impact, timeline, root causes or 5 whys, action items. The sets live in
 * `core/requirements.ts` (next to the configured overrides); this returns a fresh copy.
 */
export function requiredSectionsFor(templateId: string | undefined): SectionKind[][] {
  return coreRequiredSectionsFor(typeof templateId === 'string' ? templateId : undefined).map((alternatives) => [...alternatives]);
}

// ---------------------------------------------------------------------------------------------
// Template texts. Guidance goes in HTML comments (the linter and the rendered page ignore them);
// what the author must replace starts with "TODO" so it is easy to find and hard to miss.

const BLAMELESS: Record<Lang, string> = {
  en: `<!--
Blameless postmortem: describe what happened and which conditions, tools and processes made it
possible, not who is to blame. Assume everyone acted reasonably on what they knew at the time.
Replace every line that starts with "TODO". Comments like this one are guidance; keep or delete
them (the linter does not read them).
-->`,
  ko: `<!--
비난 없는(blameless) 포스트모템입니다. 누구의 잘못인지가 아니라 무슨 일이 있었고 어떤 조건·도구·절차가
그 일을 가능하게 했는지 적어 주세요. 모두가 그 시점에 알던 정보로 합리적으로 행동했다고 가정합니다.
"TODO"로 시작하는 줄을 모두 채워 주세요. 이런 주석은 안내문이며 남겨도 지워도 됩니다(린터는 주석을 읽지 않습니다).
-->`,
};

/** Optional incident-metrics fields, commented out (see docs/rules/incident-duration.md). */
const METRICS_FIELDS: Record<Lang, string> = {
  en: `# Incident metrics (optional). Milestone times, when the timeline does not mark them [start] [detected] [responded] [mitigated] [resolved]:
# impact_start: 2025-01-31T09:32:00Z
# detected: 2025-01-31T09:36:00Z
# mitigated: 2025-01-31T10:19:00Z
# resolved: 2025-01-31T10:40:00Z
# Error budget burned: the SLO (or the name of one under slos: in .postmortemrc.yaml) and the share of requests that failed.
# slo: { objective: 99.9%, window: 30d }
# impact: { bad_fraction: 100% }
`,
  ko: `# 장애 지표(선택). 타임라인 항목에 [시작] [감지] [대응] [완화] [해결] 표시가 없을 때 주요 시점의 시각:
# impact_start: 2025-01-31T09:32:00+09:00
# detected: 2025-01-31T09:36:00+09:00
# mitigated: 2025-01-31T10:19:00+09:00
# resolved: 2025-01-31T10:40:00+09:00
# 에러 버짓 소진: SLO(또는 .postmortemrc.yaml의 slos:에 정의한 이름)와 실패한 요청의 비율.
# slo: { objective: 99.9%, window: 30d }
# impact: { bad_fraction: 100% }
`,
};

function frontMatter(id: BuiltinTemplateId, lang: Lang): Piece[] {
  return [
    ...md`---
title: ${Y.title}
date: ${Y.date}
start: ${Y.start}
severity: ${Y.severity}
status: draft
authors: ${Y.authors}
`,
    `template: ${id}\ntype: postmortem\n`,
    ...md`timezone: ${Y.timezone}
`,
    `lang: ${lang}\n`,
    METRICS_FIELDS[lang],
    '---\n\n',
  ];
}

function heading(lang: Lang, label: string): Piece[] {
  return [`# ${label}: `, T.title, '\n\n', BLAMELESS[lang], '\n\n'];
}

function timeline(lang: Lang): Piece[] {
  return lang === 'ko'
    ? [
        '## 타임라인\n\n모든 시각은 ', T.zone, ' 기준입니다.\n\n',
        '<!-- 무엇을 보았고, 무엇을 결정하거나 바꾸었는지, 어느 시스템이나 역할이 했는지 사건마다 한 줄씩 적습니다. 여러 날에 걸친 장애라면 날짜 제목(### 2025-01-31)을 추가합니다. -->\n\n',
        '<!-- 주요 시점에는 표시를 붙이면 감지·완화·해결까지의 시간이 정확히 계산됩니다: [시작] [감지] [대응] [완화] [해결]. -->\n\n',
        '- ', T.time, ' — TODO: 장애 발생 (영향 시작). [시작]\n\n',
      ]
    : [
        '## Timeline\n\nAll times ', T.zone, '.\n\n',
        '<!-- One entry per event: what was observed, decided or changed, and by which system or role. Add a dated heading (### 2025-01-31) when the incident spans several days. -->\n\n',
        '<!-- Mark the milestones so that time to detect / mitigate / resolve is exact: [start] [detected] [responded] [mitigated] [resolved]. -->\n\n',
        '- ', T.time, ' — TODO: Impact begins. [start]\n\n',
      ];
}

const FIVE_WHYS: Record<Lang, string> = {
  en: `- What did affected users experience? TODO
  - Why? TODO
    - Why? TODO
      - Why? TODO
        - Why? TODO (root cause)
`,
  ko: `- 고객은 어떤 영향을 받았나요? TODO
  - 왜? TODO
    - 왜? TODO
      - 왜? TODO
        - 왜? TODO (근본 원인)
`,
};

const LESSONS: Record<Lang, string> = {
  en: `### What went well

- TODO

### What went wrong

- TODO

### Where we got lucky

- TODO
`,
  ko: `### 잘된 일

- TODO

### 잘 안 된 일

- TODO

### 운이 좋았던 일

- TODO
`,
};

function googleSre(lang: Lang): Piece[] {
  if (lang === 'ko') {
    return [
      ...frontMatter('google-sre', lang),
      ...heading(lang, '포스트모템'),
      '## 개요\n\n',
      T.cursor,
      'TODO: 무슨 일이 있었는지, 얼마 동안 이어졌는지, 누가 영향을 받았는지 두세 문장으로 적어 주세요.\n\n',
      '## 영향\n\nTODO: 누가, 무엇이, 얼마나 영향을 받았는지 적어 주세요: 사용자, 요청, 매출, 데이터, SLO와 에러 버짓.\n\n',
      '## 근본 원인\n\n<!-- 장애를 가능하게 한 조건을 적습니다. 기여 요인이 여럿인 것이 보통입니다. 무엇이 실패를 허용했고 무엇이 발견을 어렵게 했는지 묻습니다. -->\n\nTODO: 이 장애를 가능하게 한 조건.\n\n',
      '## 트리거\n\nTODO: 잠재된 문제를 장애로 드러나게 한 사건(배포, 설정 변경, 트래픽 급증 등).\n\n',
      '## 해결\n\nTODO: 무엇으로 영향을 멈추고 서비스를 정상화했는지.\n\n',
      '## 탐지\n\nTODO: 문제를 어떻게 알게 되었는지(알림, 대시보드, 고객 문의)와 알게 되기까지 걸린 시간.\n\n',
      '## 후속 조치\n\n<!-- 완료 여부를 확인할 수 있는 구체적인 변경을 한 줄에 하나씩 적습니다. 유형: prevent(예방), mitigate(완화), detect(탐지), process(절차). 담당자: 사람이나 팀의 핸들. 버그: 추적 티켓. 사람에게 주의를 당부하기보다 시스템과 절차를 바꾸는 조치를 우선합니다. -->\n\n',
      '| 조치 항목 | 유형 | 담당자 | 버그 |\n| --- | --- | --- | --- |\n| TODO: 구체적인 변경 | prevent | @이름 | TODO |\n\n',
      '## 교훈\n\n',
      LESSONS.ko,
      '\n',
      ...timeline(lang),
      '## 참고 자료\n\n- TODO: 대시보드, 그래프, 채팅 기록, 티켓 링크.\n',
    ];
  }
  return [
    ...frontMatter('google-sre', lang),
    ...heading(lang, 'Postmortem'),
    '## Summary\n\n',
    T.cursor,
    'TODO: What happened, for how long, and who was affected, in two or three sentences.\n\n',
    '## Impact\n\nTODO: Who and what was affected, and how much: users, requests, revenue, data, SLOs and error budget.\n\n',
    '## Root Causes\n\n<!-- The conditions that made the incident possible; several contributing factors are normal. Ask what allowed the failure and what made it hard to notice. -->\n\nTODO: The conditions that made this incident possible.\n\n',
    '## Trigger\n\nTODO: The event that turned the latent problem into an incident (a deploy, a configuration change, a traffic spike).\n\n',
    '## Resolution\n\nTODO: What stopped the impact and what restored normal service.\n\n',
    '## Detection\n\nTODO: How the problem was noticed (alert, dashboard, customer report) and how long that took.\n\n',
    '## Action Items\n\n<!-- One row per concrete change that can be checked when done. Type: prevent, mitigate, detect or process. Owner: a person or team handle. Bug: the ticket that tracks it. Prefer changes to systems and processes over asking people to be more careful. -->\n\n',
    '| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| TODO: a concrete change | prevent | @name | TODO |\n\n',
    '## Lessons Learned\n\n',
    LESSONS.en,
    '\n',
    ...timeline(lang),
    '## Supporting information\n\n- TODO: links to dashboards, graphs, chat logs and tickets.\n',
  ];
}

function lightweight(lang: Lang): Piece[] {
  if (lang === 'ko') {
    return [
      ...frontMatter('lightweight', lang),
      ...heading(lang, '포스트모템'),
      '## 개요\n\n',
      T.cursor,
      'TODO: 무슨 일이 있었는지, 얼마 동안 이어졌는지, 누가 영향을 받았는지 두세 문장으로 적어 주세요.\n\n',
      ...timeline(lang),
      '## 즉각 조치\n\nTODO: 영향을 멈추기 위해 한 일과 검토한 선택지(각각의 예상 소요 시간 포함).\n\n',
      '## 근본 원인 분석\n\n<!-- 5 Whys. 첫 질문은 항상 장애로 영향을 받은 고객의 관점에서 시작합니다. 검증이 가능한, 혹은 검증된 사실에 기반해 답합니다. 5번은 상징적인 숫자로, 더 적거나 많아도 됩니다. 한 항목 아래 답이 둘이면 기여 요인이 둘이라는 뜻입니다. 조치할 원인에 "(근본 원인)"을 표시합니다. 누가 했는지가 아니라 시스템이 왜 그것을 허용했는지 묻습니다. -->\n\n',
      FIVE_WHYS.ko,
      '\n## 논의\n\nTODO: 가능한 해결책 사이의 트레이드오프, 남은 질문, 이번 장애로 드러난 다른 문제.\n\n',
      '## 재발 방지 대책\n\n<!-- 담당자가 있는 구체적인 변경을 체크리스트로 적습니다. 사람이 기억하거나 조심하기를 바라기보다 실패가 일어날 수 없거나 바로 드러나게 만드는 변경을 우선합니다. -->\n\n',
      '- [ ] TODO: 구체적인 변경 (담당: @이름)\n\n',
      '## 모니터링\n\nTODO: 대책이 효과가 있는지 어떻게 확인할지, 재발을 어떻게 일찍 알아챌지.\n',
    ];
  }
  return [
    ...frontMatter('lightweight', lang),
    ...heading(lang, 'Postmortem'),
    '## Overview\n\n',
    T.cursor,
    'TODO: What happened, for how long, and who was affected, in two or three sentences.\n\n',
    ...timeline(lang),
    '## Immediate Action\n\nTODO: What was done to stop the impact, and which options were considered (with the time each would take).\n\n',
    '## Root Cause Analysis\n\n<!-- 5 whys. Start from what affected users experienced. Answer each "Why?" with a fact that can be, or has been, verified. Five is symbolic: use fewer or more levels as needed. Two answers under one item mean two contributing factors. Mark the answer you will act on with "(root cause)". Ask why the system allowed it, not who did it. -->\n\n',
    FIVE_WHYS.en,
    '\n## Discussion\n\nTODO: Trade-offs between possible fixes, open questions, anything else this incident revealed.\n\n',
    '## Preventative Measures\n\n<!-- A checklist of concrete changes, each with an owner. Prefer changes that make the failure impossible or obvious over asking people to remember or to be careful. -->\n\n',
    '- [ ] TODO: a concrete change (owner: @name)\n\n',
    '## Monitoring\n\nTODO: How we will know the measures work, and how a recurrence would be caught early.\n',
  ];
}

function incidentReport(lang: Lang): Piece[] {
  if (lang === 'ko') {
    const table = '| 대책 | 유형 | 담당자 | 기한 | 상태 |\n| --- | --- | --- | --- | --- |\n';
    return [
      ...frontMatter('ko-incident-report', lang),
      ...heading(lang, '장애 보고서'),
      '## 개요\n\n',
      T.cursor,
      'TODO: 무슨 일이 있었는지, 얼마 동안 이어졌는지, 누가 영향을 받았는지 두세 문장으로 적어 주세요.\n\n',
      '## 영향\n\nTODO: 영향을 받은 고객과 기능, 기간, 규모(요청 수, 주문 수, 매출 등).\n\n',
      ...timeline(lang),
      '## 근본 원인 분석(5 Whys)\n\n<!--\n고객 관점에서 시작: 첫 질문은 항상 장애로 영향을 받은 고객의 관점에서 시작합니다.\n검증 가능한 사실: 검증이 가능한, 혹은 검증된 사실에 기반해 답합니다.\n5는 상징적: 질문이 꼭 5개일 필요는 없고, 더 적거나 많아도 됩니다.\n한 항목 아래 답이 여럿이면 기여 요인이 여럿이라는 뜻입니다. 조치할 원인에 "(근본 원인)"을 표시합니다.\n-->\n\n',
      FIVE_WHYS.ko,
      '\n## 재발 방지 대책\n\n<!-- 원인 제거에서 그치지 않고 더 빠른 탐지와 더 빠른 복구에 도움이 되는 조치를 모두 포함합니다(모니터링 지표 추가, 설정 값 변경, 코드 리뷰 절차 개선, 배포 프로세스 수정 등). 유형: prevent(예방), mitigate(완화), detect(탐지), process(절차). 사람에게 주의를 당부하기보다 시스템과 절차를 바꾸는 대책을 우선합니다. -->\n\n',
      '### 단기\n\n<!-- 예: 부하가 발생하는 로직 개선, 빠른 탐지를 위한 알림 강화 -->\n\n',
      table,
      '| TODO: 구체적인 대책 | detect | @이름 | TODO | 예정 |\n\n',
      '### 중장기\n\n<!-- 예: 아키텍처 개선, 레거시 제거 같은 큰 작업 -->\n\n',
      table,
      '| TODO: 구체적인 대책 | prevent | @이름 | TODO | 예정 |\n\n',
      '## 교훈\n\n',
      LESSONS.ko,
    ];
  }
  const table = '| Measure | Type | Owner | Due | Status |\n| --- | --- | --- | --- | --- |\n';
  return [
    ...frontMatter('ko-incident-report', lang),
    ...heading(lang, 'Incident report'),
    '## Overview\n\n',
    T.cursor,
    'TODO: What happened, for how long, and who was affected, in two or three sentences.\n\n',
    '## Impact\n\nTODO: Which customers and features were affected, for how long, and how much (requests, orders, revenue).\n\n',
    ...timeline(lang),
    '## Root Cause Analysis (5 Whys)\n\n<!--\nStart from the customer: the first question is always about what affected customers experienced.\nVerifiable facts: answer with facts that can be, or have been, verified.\nFive is symbolic: use fewer or more questions as needed.\nSeveral answers under one item mean several contributing factors. Mark the cause you will act on with "(root cause)".\n-->\n\n',
    FIVE_WHYS.en,
    '\n## Preventive Measures\n\n<!-- Go beyond removing the cause: include everything that makes detection and recovery faster (new monitoring signals, configuration changes, code review steps, deployment process changes). Type: prevent, mitigate, detect or process. Prefer changes to systems and processes over asking people to be more careful. -->\n\n',
    '### Short term\n\n<!-- For example: fix the code path that creates the load, add alerts for faster detection. -->\n\n',
    table,
    '| TODO: a concrete measure | detect | @name | TODO | planned |\n\n',
    '### Mid to long term\n\n<!-- For example: architecture changes, removing legacy components. -->\n\n',
    table,
    '| TODO: a concrete measure | prevent | @name | TODO | planned |\n\n',
    '## Lessons Learned\n\n',
    LESSONS.en,
  ];
}

const BUILDERS: Record<BuiltinTemplateId, (lang: Lang) => Piece[]> = {
  'google-sre': googleSre,
  lightweight,
  'ko-incident-report': incidentReport,
};

/** Whether an id names a built-in template. */
export function isBuiltinTemplate(id: string): id is BuiltinTemplateId {
  return Object.prototype.hasOwnProperty.call(BUILDERS, id);
}

/** The pieces of a built-in template (unknown ids fall back to `google-sre`). */
export function templatePieces(id: string, lang: Lang): Piece[] {
  const build = isBuiltinTemplate(id) ? BUILDERS[id] : BUILDERS['google-sre'];
  return build(lang === 'ko' ? 'ko' : 'en');
}

/** The values of a rendering, computed once from the user's input. */
export interface RenderValues {
  title: string;
  date: string;
  start: string;
  time: string;
  severity: string;
  authors: string[];
  /** Canonical zone name for front matter: `UTC`, `UTC+09:00` or an IANA name. */
  timezone: string;
  /** How the timeline note names the zone: `UTC`, `UTC+09:00`, `UTC+09:00 (Asia/Seoul)`. */
  zone: string;
  lang: Lang;
}

/** Collapses control characters and line breaks: titles and names live on one line. */
export function oneLine(s: unknown, max = 300): string {
  return String(s ?? '')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max);
}

function zoneLabel(zone: Zone, offset: string): string {
  if (zone.kind === 'utc') return 'UTC';
  if (zone.kind === 'fixed') return zone.name;
  // The offset at the incident's start: daylight saving may change it later, the name says which rules apply.
  return `UTC${offset} (${zone.name})`;
}

/** Computes what a template shows from the user's input; never throws. */
export function renderValues(vars: TemplateVars): RenderValues {
  const lang: Lang = vars?.lang === 'ko' ? 'ko' : 'en';
  const zone = parseZone(vars?.timezone) ?? parseZone('UTC')!;
  const start = vars?.start instanceof Date ? vars.start : new Date(Number.NaN);
  const z = zonedTime(start, zone);
  const iso = isoDateTime(z);
  const title = oneLine(vars?.title) || (lang === 'ko' ? '제목 없는 장애' : 'Untitled incident');
  const authors = (Array.isArray(vars?.authors) ? vars.authors : []).map((a) => oneLine(a, 100)).filter((a) => a !== '');
  return {
    title,
    date: isoDate(z),
    start: iso,
    time: isoTime(z),
    severity: oneLine(vars?.severity, 50),
    authors,
    timezone: zone.name,
    zone: zoneLabel(zone, iso.slice(19)),
    lang,
  };
}

/** A YAML double-quoted scalar (JSON strings are valid YAML and survive any character). */
export function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** A title as heading text: a trailing `#` would be read as the closing sequence of the heading. */
function headingText(title: string): string {
  return title.replace(/(\s)(#+)$/u, '$1\\$2');
}

/** Fills a hole for a document (not a snippet). */
export function fillForDocument(ref: FieldRef, v: RenderValues): string {
  if (ref.ctx === 'yaml') {
    switch (ref.field) {
      case 'title':
        return yamlString(v.title);
      case 'severity':
        return yamlString(v.severity);
      case 'authors':
        return `[${v.authors.map(yamlString).join(', ')}]`;
      case 'date':
        return v.date;
      case 'start':
        return v.start;
      case 'timezone':
        return v.timezone;
      default:
        return '';
    }
  }
  switch (ref.field) {
    case 'title':
      return headingText(v.title);
    case 'date':
      return v.date;
    case 'time':
      return v.time;
    case 'zone':
      return v.zone;
    case 'authors':
      return v.authors.join(', ');
    case 'severity':
      return v.severity;
    case 'start':
      return v.start;
    case 'timezone':
      return v.timezone;
    default:
      return '';
  }
}

/**
 * Renders a built-in template: front matter (title, date, start, severity, status, authors,
 * template, type, timezone, lang) and the body in the chosen language. An unknown id renders
 * `google-sre`; bad values are cleaned up rather than rejected (it never throws).
 */
export function renderTemplate(id: string, vars: TemplateVars): string {
  const v = renderValues(vars);
  return renderPieces(templatePieces(id, v.lang), (ref) => fillForDocument(ref, v));
}
