import type { Rule } from '../types';
import { isValidSeverity } from '../severity';

const SEVERITY_KEYS = ['severity', 'sev', '심각도', '장애 등급', '등급'];
const DATE_KEYS = ['date', 'start', 'started', 'start_time', 'detected', 'mitigated', 'resolved', 'end', 'ended', 'incident_start', 'incident_end'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|KST|[A-Z]{2,5}))?)?$/;

/** Whether a front matter date is `YYYY-MM-DD` (optionally with a time and zone) and exists on the calendar. */
export function isValidDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

/** `front-matter`: Invalid front matter: YAML syntax errors, a malformed date, an unknown severity. */
export const frontMatter: Rule = {
  meta: {
    id: 'front-matter',
    description: "Invalid front matter: YAML syntax errors, a malformed date, an unknown severity.",
    tags: ["structure"],
    defaultSeverity: 'error',
    fixable: false,
    rationale: "Front matter is read by tools (dashboards, the timeline, the CLI in CI). A YAML syntax error hides every field; a date that is not `YYYY-MM-DD` (optionally with a time) cannot be placed on a calendar; a severity outside the known list (SEV-1…SEV-5, SEV0…, P0…P4, critical/high/medium/low, 1~5등급, 심각/높음/보통/낮음, or `severities` in `.postmortemrc.yaml`) cannot be filtered.",
    examples: [
    { bad: "---\ndate: 21/10/2015\nseverity: huge\n---", good: "---\ndate: 2015-10-21\nseverity: SEV-2\n---" },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const fm = doc.frontMatter;
    if (!fm) {
      // "---" then "key: value" with no closing "---" is front matter that was never closed.
      const from = doc.hasBom ? 1 : 0;
      const head = /^---[ \t]*\r?\n[\w\uac00-\ud7a3-]{1,40}[ \t]*:/u.exec(doc.text.slice(from, from + 200));
      if (head) {
        ctx.report({
          start: from,
          end: from + 3,
          message: ctx.t({ en: 'Front matter is not closed: add a line with "---" after its last field', ko: '프런트 매터가 닫히지 않았습니다: 마지막 항목 다음 줄에 "---"를 추가하세요' }),
        });
      }
      return;
    }
    for (const e of fm.errors) {
      ctx.report({ start: e.start, end: e.end, message: ctx.t({ en: `Invalid front matter: ${e.message}`, ko: `프런트 매터 오류: ${e.message}` }) });
    }
    for (const f of fm.forbidden) {
      ctx.report({
        start: f.start,
        end: f.end,
        message: ctx.t({
          en: `Front matter key "${f.path}" is not allowed: "__proto__", "constructor" and "prototype" name JavaScript internals; rename the key`,
          ko: `프런트 매터 키 "${f.path}"는 쓸 수 없습니다: "__proto__", "constructor", "prototype"은 자바스크립트 내부 이름입니다. 키 이름을 바꾸세요`,
        }),
      });
    }
    if (!fm.data) return;
    const at = (key: string) => {
      const f = fm.fields.get(key);
      return f ? { start: f.valueStart, end: Math.max(f.valueEnd, f.valueStart) } : { start: fm.start, end: fm.start + 3 };
    };
    // A list or a mapping where one value is expected: say what it is, not "[object Object]".
    const structured = (key: string, value: unknown, what: { en: string; ko: string }) => {
      if (!value || typeof value !== 'object' || value instanceof Date) return false;
      const kind = Array.isArray(value) ? { en: 'a list', ko: '목록' } : { en: 'a mapping', ko: '매핑' };
      ctx.report({ ...at(key), message: ctx.t({ en: `"${key}" must be ${what.en}, not ${kind.en}`, ko: `"${key}"에는 ${what.ko} 하나를 쓰세요. ${kind.ko}은(는) 쓸 수 없습니다` }) });
      return true;
    };
    for (const key of DATE_KEYS) {
      const value = Object.hasOwn(fm.data, key) ? fm.data[key] : undefined;
      if (value === undefined || value === null || value === '') continue;
      if (structured(key, value, { en: 'one date (YYYY-MM-DD)', ko: '날짜(YYYY-MM-DD)' })) continue;
      if (!isValidDate(value)) {
        ctx.report({
          ...at(key),
          message: ctx.t({
            en: `"${key}: ${String(value)}" is not a valid date: use YYYY-MM-DD, optionally with a time and zone (2015-10-21 14:51 UTC)`,
            ko: `"${key}: ${String(value)}"은(는) 올바른 날짜가 아닙니다: YYYY-MM-DD 형식을 쓰세요 (시각과 시간대는 선택: 2015-10-21 14:51 KST)`,
          }),
        });
      }
    }
    for (const key of SEVERITY_KEYS) {
      const value = Object.hasOwn(fm.data, key) ? fm.data[key] : undefined;
      if (value === undefined || value === null || value === '') continue;
      if (structured(key, value, { en: 'one severity (such as SEV-2)', ko: '심각도(예: SEV-2)' })) continue;
      if (!isValidSeverity(value, ctx.config.severities)) {
        const known = ctx.config.severities?.join(', ') ?? 'SEV-1…SEV-5, P0…P4, critical/high/medium/low, 1등급…5등급, 심각/높음/보통/낮음';
        ctx.report({
          ...at(key),
          message: ctx.t({ en: `Unknown severity "${String(value)}": use one of ${known}`, ko: `알 수 없는 심각도 "${String(value)}": 다음 중 하나를 쓰세요: ${known}` }),
        });
      }
    }
  },
};
