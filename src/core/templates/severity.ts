import { isValidSeverity as coreIsValidSeverity } from '../severity';

/** One severity level offered when creating an incident document. */
export interface SeverityLevel {
  id: string;
  label: string;
  labelKo: string;
  description: string;
  descriptionKo: string;
}

/** The severities the New Incident command offers, most severe first. */
export const SEVERITIES: readonly SeverityLevel[] = [
  {
    id: 'SEV-1',
    label: 'SEV-1 (critical)',
    labelKo: 'SEV-1 (심각)',
    description: 'Most users or a core function affected, data loss or a security exposure; all hands until resolved.',
    descriptionKo: '대부분의 사용자나 핵심 기능이 영향을 받거나 데이터 손실·보안 노출이 있는 장애. 해결될 때까지 전사 대응.',
  },
  {
    id: 'SEV-2',
    label: 'SEV-2 (major)',
    labelKo: 'SEV-2 (높음)',
    description: 'A significant share of users or a major feature affected, no easy workaround; urgent response.',
    descriptionKo: '상당수 사용자나 주요 기능이 영향을 받고 우회 방법이 마땅치 않은 장애. 긴급 대응.',
  },
  {
    id: 'SEV-3',
    label: 'SEV-3 (minor)',
    labelKo: 'SEV-3 (보통)',
    description: 'Limited impact: a few users, a secondary feature, or a workaround exists; handled in working hours.',
    descriptionKo: '일부 사용자나 부가 기능에 한정되거나 우회 방법이 있는 장애. 업무 시간 내 대응.',
  },
  {
    id: 'SEV-4',
    label: 'SEV-4 (low)',
    labelKo: 'SEV-4 (낮음)',
    description: 'No visible user impact, or a near miss worth learning from.',
    descriptionKo: '사용자에게 보이는 영향이 없거나, 배울 점이 있는 아차 사고(near miss).',
  },
];

/** Options for {@link isValidSeverity}. */
export interface SeverityOptions {
  /** Replaces the built-in list (from `severities` in `.postmortemrc.yaml`); compared case-insensitively. */
  allowed?: readonly string[];
}

/**
 * Whether a front matter severity is one the tools understand: SEV-0…SEV-5 (also SEV0, SEV 1),
 * P0…P4, critical/high/medium/low/major/minor, 1~5등급, 심각/높음/보통/낮음 — case-insensitive.
 * The same check as the `front-matter` rule's (`core/severity.ts`), so a template never offers a
 * severity the linter rejects.
 */
export function isValidSeverity(s: string, options: SeverityOptions = {}): boolean {
  return coreIsValidSeverity(s, options.allowed);
}
