import type { SectionKind } from './model/sections';
import type { Lang } from './types';

/** One requirement: any of these section kinds satisfies it. */
export type Requirement = readonly SectionKind[];

/** Required sections per built-in template, in document order. */
export const REQUIRED_SECTIONS: Record<string, readonly Requirement[]> = {
  default: [['summary'], ['impact'], ['timeline'], ['root-causes', 'five-whys'], ['action-items']],
  'google-sre': [['summary'], ['impact'], ['root-causes', 'five-whys'], ['trigger'], ['resolution'], ['detection'], ['action-items'], ['lessons-learned'], ['timeline']],
  lightweight: [['summary'], ['timeline'], ['resolution'], ['five-whys', 'root-causes'], ['action-items']],
  'ko-incident-report': [['summary'], ['impact'], ['timeline'], ['five-whys', 'root-causes'], ['action-items'], ['lessons-learned']],
};

/**
 * The requirements for a document: configured ones (by template id, then `default`) win over
 * the built-in set of its template, then the built-in default.
 */
export function requiredSectionsFor(templateId: string | undefined, configured?: Record<string, string[]>): readonly Requirement[] {
  const id = templateId?.trim().toLowerCase();
  const fromConfig = (id && configured?.[id]) || configured?.default;
  if (fromConfig) return fromConfig.map((k) => [k as SectionKind]);
  return (id && REQUIRED_SECTIONS[id]) || REQUIRED_SECTIONS.default;
}

/** Heading text for a section kind, per template and language (used when inserting a section). */
const HEADINGS: Record<Lang, Partial<Record<SectionKind, string>>> = {
  en: {
    summary: 'Summary', impact: 'Impact', timeline: 'Timeline', 'root-causes': 'Root Causes', 'five-whys': '5 Whys',
    trigger: 'Trigger', resolution: 'Resolution', detection: 'Detection', 'action-items': 'Action Items',
    'lessons-learned': 'Lessons Learned', 'went-well': 'What went well', 'went-wrong': 'What went wrong',
    'got-lucky': 'Where we got lucky', discussion: 'Discussion', monitoring: 'Monitoring', 'supporting-information': 'Supporting Information',
  },
  ko: {
    summary: '개요', impact: '영향', timeline: '타임라인', 'root-causes': '근본 원인', 'five-whys': '근본 원인 분석(5 Whys)',
    trigger: '트리거', resolution: '해결', detection: '탐지', 'action-items': '재발 방지 대책', 'lessons-learned': '교훈',
    'went-well': '잘된 일', 'went-wrong': '잘 안 된 일', 'got-lucky': '운이 좋았던 일', discussion: '논의', monitoring: '모니터링',
    'supporting-information': '참고 자료',
  },
};

const LIGHTWEIGHT_EN: Partial<Record<SectionKind, string>> = {
  summary: 'Overview', resolution: 'Immediate Action', 'five-whys': 'Root Cause Analysis', 'action-items': 'Preventative Measures',
};

/** The heading to write for a missing section. */
export function sectionHeading(kind: SectionKind, lang: Lang, templateId?: string): string {
  if (lang === 'en' && templateId === 'lightweight' && LIGHTWEIGHT_EN[kind]) return LIGHTWEIGHT_EN[kind]!;
  return HEADINGS[lang][kind] ?? kind;
}
