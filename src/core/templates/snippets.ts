/**
 * The Markdown snippets (`snippets/postmortem.code-snippets`), built from data so the full-document
 * skeletons come from the same pieces as the New Incident command's templates. Regenerate the file
 * with `npx tsx scripts/gen-snippets.ts`; a unit test fails when the committed file differs.
 */
import type { Lang } from '../types';
import { BUILTIN_TEMPLATES, templatePieces, type BuiltinTemplateId } from './builtin';
import { renderPieces, type FieldRef } from './pieces';

/** One snippet as VS Code reads it from a `.code-snippets` file. */
export interface CodeSnippet {
  scope: string;
  prefix: string;
  body: string[];
  description: string;
}

/** A snippet with the facts the docs table and tests need. */
export interface SnippetSpec {
  /** The key in the snippets file (shown by "Insert Snippet"). */
  name: string;
  prefix: string;
  lang: Lang;
  /** The body in VS Code snippet syntax, lines joined with `\n`. */
  body: string;
  description: string;
  /** The built-in template a skeleton snippet renders. */
  template?: BuiltinTemplateId;
}

/** Escapes literal text for a snippet body: `$`, `}` and `\` are snippet syntax. */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

const DATE = '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}';
const TIME = '${CURRENT_HOUR}:${CURRENT_MINUTE}';
const TYPES = '${2|prevent,mitigate,detect,process|}';

/** Default texts of the skeletons' tab stops, per language (tests expand skeletons with them). */
export const SKELETON_DEFAULTS: Record<Lang, { title: string; author: string }> = {
  en: { title: 'Incident title', author: 'name' },
  ko: { title: '장애 제목', author: '이름' },
};

/** The severities a skeleton offers, in order (the first is what Tab accepts). */
export const SKELETON_SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;

function fillForSnippet(ref: FieldRef, lang: Lang): string {
  const d = SKELETON_DEFAULTS[lang];
  if (ref.ctx === 'yaml') {
    switch (ref.field) {
      case 'title':
        return `"\${1:${d.title}}"`;
      case 'date':
        return DATE;
      case 'start':
        return `${DATE}T${TIME}:\${CURRENT_SECOND}\${CURRENT_TIMEZONE_OFFSET}`;
      case 'severity':
        return `"\${2|${SKELETON_SEVERITIES.join(',')}|}"`;
      case 'authors':
        return `["\${3:${d.author}}"]`;
      case 'timezone':
        return '${4:UTC${CURRENT_TIMEZONE_OFFSET}}';
      default:
        return '';
    }
  }
  switch (ref.field) {
    case 'title':
      return '${1}';
    case 'date':
      return DATE;
    case 'time':
      return TIME;
    case 'zone':
      return '${4}';
    case 'cursor':
      return '$0';
    default:
      return '';
  }
}

/** The body of a skeleton snippet: a built-in template with tab stops for title, severity, authors and zone. */
export function skeletonSnippetBody(id: BuiltinTemplateId, lang: Lang): string {
  return renderPieces(templatePieces(id, lang), (ref) => fillForSnippet(ref, lang), escapeSnippetText);
}

const SMALL: SnippetSpec[] = [
  {
    name: 'Postmortem: timeline entry',
    prefix: 'pm-timeline',
    lang: 'en',
    body: `- ${TIME} — \${1:what happened}$0`,
    description: 'Timeline entry at the current time (HH:MM).',
  },
  {
    name: '포스트모템: 타임라인 항목',
    prefix: '장애-타임라인',
    lang: 'ko',
    body: `- ${TIME} — \${1:무슨 일이 있었는지}$0`,
    description: '현재 시각(HH:MM)의 타임라인 항목.',
  },
  {
    name: 'Postmortem: timeline entry with date',
    prefix: 'pm-timeline-date',
    lang: 'en',
    body: `- ${DATE} ${TIME} — \${1:what happened}$0`,
    description: 'Timeline entry at the current date and time (YYYY-MM-DD HH:MM).',
  },
  {
    name: '포스트모템: 날짜가 있는 타임라인 항목',
    prefix: '장애-타임라인-날짜',
    lang: 'ko',
    body: `- ${DATE} ${TIME} — \${1:무슨 일이 있었는지}$0`,
    description: '현재 날짜와 시각(YYYY-MM-DD HH:MM)의 타임라인 항목.',
  },
  {
    name: 'Postmortem: timeline milestone',
    prefix: 'pm-milestone',
    lang: 'en',
    body: `- ${TIME} — \${1|[detected],[start],[responded],[mitigated],[resolved]|} \${2:what happened}$0`,
    description: 'Timeline entry marked as an incident milestone (impact start, detection, response, mitigation, resolution): time to detect / mitigate / resolve are measured from these.',
  },
  {
    name: '포스트모템: 타임라인 주요 시점',
    prefix: '장애-시점',
    lang: 'ko',
    body: `- ${TIME} — \${1|[감지],[시작],[대응],[완화],[해결]|} \${2:무슨 일이 있었는지}$0`,
    description: '장애 주요 시점(영향 시작, 감지, 대응 시작, 완화, 해결)을 표시한 타임라인 항목: 감지·완화·해결까지의 시간을 이 표시로 잽니다.',
  },
  {
    name: 'Postmortem: action item row',
    prefix: 'pm-action',
    lang: 'en',
    body: `| \${1:a concrete change} | ${TYPES} | \${3:@name} | \${4:ticket} |$0`,
    description: 'Action item table row: Action Item | Type | Owner | Bug (Google SRE style).',
  },
  {
    name: '포스트모템: 후속 조치 표 행',
    prefix: '장애-조치',
    lang: 'ko',
    body: `| \${1:구체적인 변경} | ${TYPES} | \${3:@이름} | \${4:티켓} |$0`,
    description: '후속 조치 표의 행: 조치 항목 | 유형 | 담당자 | 버그 (Google SRE 양식).',
  },
  {
    name: 'Postmortem: preventive measure row',
    prefix: 'pm-measure',
    lang: 'en',
    body: `| \${1:a concrete measure} | ${TYPES} | \${3:@name} | \${4:YYYY-MM-DD} | \${5|planned,in progress,done|} |$0`,
    description: 'Preventive measure table row: Measure | Type | Owner | Due | Status (incident report style).',
  },
  {
    name: '포스트모템: 재발 방지 대책 표 행',
    prefix: '장애-대책',
    lang: 'ko',
    body: `| \${1:구체적인 대책} | ${TYPES} | \${3:@이름} | \${4:YYYY-MM-DD} | \${5|예정,진행 중,완료|} |$0`,
    description: '재발 방지 대책 표의 행: 대책 | 유형 | 담당자 | 기한 | 상태 (장애 보고서 양식).',
  },
  {
    name: 'Postmortem: action item checklist entry',
    prefix: 'pm-todo',
    lang: 'en',
    body: '- [ ] ${1:a concrete change} (owner: ${2:@name})$0',
    description: 'Checklist action item with an owner.',
  },
  {
    name: '포스트모템: 체크리스트 조치 항목',
    prefix: '장애-할일',
    lang: 'ko',
    body: '- [ ] ${1:구체적인 변경} (담당: ${2:@이름})$0',
    description: '담당자가 있는 체크리스트 조치 항목.',
  },
  {
    name: 'Postmortem: 5 whys',
    prefix: 'pm-5whys',
    lang: 'en',
    body: [
      '- What did affected users experience? ${1:answer}',
      '  - Why? ${2:verifiable fact}',
      '    - Why? ${3:verifiable fact}',
      '      - Why? ${4:verifiable fact}',
      '        - Why? ${5:verifiable fact} ${6|(root cause),**Root cause**|}$0',
    ].join('\n'),
    description: '5-whys chain starting from what affected users experienced, with a root-cause marker.',
  },
  {
    name: '포스트모템: 5 Whys',
    prefix: '장애-5whys',
    lang: 'ko',
    body: [
      '- 고객은 어떤 영향을 받았나요? ${1:답변}',
      '  - 왜? ${2:검증된 사실}',
      '    - 왜? ${3:검증된 사실}',
      '      - 왜? ${4:검증된 사실}',
      '        - 왜? ${5:검증된 사실} ${6|(근본 원인),**근본 원인**|}$0',
    ].join('\n'),
    description: '고객 관점에서 시작하는 5 Whys 체인과 근본 원인 표시.',
  },
  {
    name: 'Postmortem: lessons learned',
    prefix: 'pm-lessons',
    lang: 'en',
    body: [
      '## Lessons Learned',
      '',
      '### What went well',
      '',
      '- ${1:what helped}',
      '',
      '### What went wrong',
      '',
      '- ${2:what made the response harder or slower}',
      '',
      '### Where we got lucky',
      '',
      '- ${3:what could have gone worse}$0',
    ].join('\n'),
    description: 'Lessons learned: what went well, what went wrong, where we got lucky.',
  },
  {
    name: '포스트모템: 교훈',
    prefix: '장애-교훈',
    lang: 'ko',
    body: [
      '## 교훈',
      '',
      '### 잘된 일',
      '',
      '- ${1:도움이 된 것}',
      '',
      '### 잘 안 된 일',
      '',
      '- ${2:대응을 어렵게 하거나 늦춘 것}',
      '',
      '### 운이 좋았던 일',
      '',
      '- ${3:더 나빠질 수도 있었던 것}$0',
    ].join('\n'),
    description: '교훈: 잘된 일, 잘 안 된 일, 운이 좋았던 일.',
  },
];

const SKELETON_PREFIXES: Record<BuiltinTemplateId, Record<Lang, string>> = {
  'google-sre': { en: 'pm-skeleton-google-sre', ko: '장애-양식-구글' },
  lightweight: { en: 'pm-skeleton-lightweight', ko: '장애-양식-간단' },
  'ko-incident-report': { en: 'pm-skeleton-incident-report', ko: '장애-양식-보고서' },
};

/** Every snippet, small ones first, then one skeleton per built-in template and language. */
export function snippetSpecs(): SnippetSpec[] {
  const skeletons: SnippetSpec[] = [];
  for (const t of BUILTIN_TEMPLATES) {
    const id = t.id as BuiltinTemplateId;
    for (const lang of ['en', 'ko'] as const) {
      skeletons.push({
        name: lang === 'ko' ? `포스트모템 양식: ${t.labelKo ?? t.label} (한국어)` : `Postmortem skeleton: ${t.label} (English)`,
        prefix: SKELETON_PREFIXES[id][lang],
        lang,
        body: skeletonSnippetBody(id, lang),
        description: lang === 'ko' ? `새 문서 전체(front matter 포함): ${t.descriptionKo ?? t.description}` : `A whole new document with front matter: ${t.description}`,
        template: id,
      });
    }
  }
  return [...SMALL.map((s) => ({ ...s })), ...skeletons];
}

/** The snippets file's content, as VS Code reads it. */
export function buildSnippets(): Record<string, CodeSnippet> {
  const out: Record<string, CodeSnippet> = {};
  for (const s of snippetSpecs()) {
    out[s.name] = { scope: 'markdown', prefix: s.prefix, body: s.body.split('\n'), description: s.description };
  }
  return out;
}

/** The exact text of `snippets/postmortem.code-snippets`. */
export function snippetFileText(): string {
  return `${JSON.stringify(buildSnippets(), null, 2)}\n`;
}

/** The Markdown table of prefixes that `snippets/README.md` shows. */
export function snippetTable(): string {
  const rows = snippetSpecs().map((s) => `| \`${s.prefix}\` | ${s.lang === 'ko' ? '한국어' : 'English'} | ${s.description.replace(/\|/g, '\\|')} |`);
  return ['| Prefix | Language | Inserts |', '| --- | --- | --- |', ...rows].join('\n');
}
