/** Severity scales teams use, folded (lower case, no spaces, dashes or underscores). */
const KNOWN = new Set([
  ...[0, 1, 2, 3, 4, 5].flatMap((n) => [`sev${n}`, `s${n}`, `p${n}`, `${n}등급`, `등급${n}`, `${n}급`, `레벨${n}`, `level${n}`]),
  'critical', 'high', 'medium', 'moderate', 'low', 'major', 'minor', 'blocker', 'trivial', 'severe', 'urgent',
  '심각', '치명', '치명적', '긴급', '높음', '상', '중', '하', '보통', '중간', '낮음', '경미',
]);

/** Folds a severity for comparison: "SEV-1", "Sev 1" and "sev_1" are the same. */
export function foldSeverity(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/[\s_\-–—]+/gu, '');
}

/** Whether a severity is on a known scale, or in the configured list when one is given. */
export function isValidSeverity(value: unknown, configured?: readonly string[]): boolean {
  if (typeof value === 'number') return isValidSeverity(String(value), configured) || (!configured && value >= 0 && value <= 5 && Number.isInteger(value));
  if (typeof value !== 'string' || !value.trim()) return false;
  const folded = foldSeverity(value);
  if (configured) return configured.some((c) => foldSeverity(c) === folded);
  return KNOWN.has(folded);
}
