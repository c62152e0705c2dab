/*
 * Error budget burned by an incident.
 *
 * An SLO of objective O over a window W allows (1 − O) × W of bad time: 99.9 % over 30 days is
 * 43.2 minutes. An incident that made a fraction f of requests fail for D minutes spent f × D of
 * it, so the share of the budget burned is f × D ÷ ((1 − O) × W): a 47-minute full outage
 * against 99.9 % over 30 days burns 47 ÷ 43.2 = 109 %. Request counts (bad or good of total
 * during the impact) give f = bad ÷ total; the formula then assumes traffic during the impact
 * was like the window's average.
 *
 * Inputs come from front matter: `slo: { objective: 99.9%, window: 30d }` or `slo: <name>` of an
 * SLO in the config (`slos:`), and `impact: { bad_fraction: 100% }` or `impact: { bad: 1200,
 * total: 48000 }` / `{ good: …, total: … }`. Missing or contradictory inputs give problems saying
 * which, never a number.
 */

/** An SLO as declared in front matter or config. */
export interface SloSpec {
  /** Objective as a fraction (0.999). */
  objective: number;
  /** Window in minutes. */
  windowMinutes: number;
  name?: string;
}

/** A problem with the budget inputs: which input, and what is wrong with it. */
export interface BudgetProblem {
  /** The front-matter key (`slo`, `impact`) the problem is about. */
  field: 'slo' | 'impact' | 'timeline';
  en: string;
  ko: string;
}

/** What the budget computation returns: a value, or the problems that stop it. */
export interface BudgetResult {
  /** Share of the budget burned (1.09 = 109 %), when it can be computed. */
  burned?: number;
  slo?: SloSpec;
  badFraction?: number;
  /** Minutes of impact used. */
  impactMinutes?: number;
  /** Whether any budget input is declared at all (otherwise nothing is expected). */
  declared: boolean;
  problems: BudgetProblem[];
}

/** A percentage or a fraction: `99.9%`, `99.9`, `0.999`, `100%`, `0.25`. Over 1 without `%` is a percentage. */
export function parseFraction(value: unknown, opts: { percentOver1: boolean }): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return opts.percentOver1 && value > 1 ? value / 100 : value;
  }
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,3}(?:\.\d{1,8})?|\.\d{1,8})\s?(%|퍼센트)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2]) return n / 100;
  return opts.percentOver1 && n > 1 ? n / 100 : n;
}

/** A window: `30d`, `4w`, `28 days`, `720h`, `30일`, `4주`; a bare number is days. */
export function parseWindow(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value * 1440 : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,5}(?:\.\d{1,3})?)\s?(d|days?|w|weeks?|h|hours?|hrs?|m|mins?|minutes?|일|주|시간|분)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'd').toLowerCase();
  const per = /^(?:w|weeks?|주)$/.test(unit) ? 7 * 1440 : /^(?:h|hours?|hrs?|시간)$/.test(unit) ? 60 : /^(?:m|mins?|minutes?|분)$/.test(unit) ? 1 : 1440;
  const minutes = n * per;
  return minutes > 0 ? minutes : undefined;
}

/** Reads an SLO mapping (`{ objective, window }`); problems name the field. */
export function parseSlo(value: unknown, name?: string): { slo?: SloSpec; problems: BudgetProblem[] } {
  const problems: BudgetProblem[] = [];
  const where = name ? `SLO "${name}"` : 'slo';
  const whereKo = name ? `SLO "${name}"` : 'slo';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ field: 'slo', en: `${where} must be a mapping with objective and window`, ko: `${whereKo}에는 objective와 window가 있어야 합니다` });
    return { problems };
  }
  const v = value as Record<string, unknown>;
  const objRaw = v.objective ?? v.target;
  const winRaw = v.window ?? v.period;
  const objective = parseFraction(objRaw, { percentOver1: true });
  const windowMinutes = parseWindow(winRaw);
  if (objRaw === undefined) problems.push({ field: 'slo', en: `${where}: the objective is missing (e.g. objective: 99.9%)`, ko: `${whereKo}: objective가 없습니다 (예: objective: 99.9%)` });
  else if (objective === undefined || !(objective > 0 && objective < 1))
    problems.push({ field: 'slo', en: `${where}: the objective "${String(objRaw)}" is not a percentage between 0 and 100 % (exclusive)`, ko: `${whereKo}: objective "${String(objRaw)}"는 0과 100% 사이(양 끝 제외)의 비율이 아닙니다` });
  if (winRaw === undefined) problems.push({ field: 'slo', en: `${where}: the window is missing (e.g. window: 30d)`, ko: `${whereKo}: window가 없습니다 (예: window: 30d)` });
  else if (windowMinutes === undefined) problems.push({ field: 'slo', en: `${where}: the window "${String(winRaw)}" is not a duration such as 30d or 4w`, ko: `${whereKo}: window "${String(winRaw)}"는 30d, 4w 같은 기간이 아닙니다` });
  if (problems.length || objective === undefined || windowMinutes === undefined) return { problems };
  return { slo: { objective, windowMinutes, ...(name ? { name } : {}) }, problems };
}

function count(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\s*\d{1,15}(?:,\d{3}){0,5}\s*$/.test(value)) return Number(value.replace(/[,\s]/g, ''));
  return undefined;
}

/** Reads the bad fraction from `impact:`; undefined fraction and no problems when none is declared. */
export function parseImpact(value: unknown): { badFraction?: number; declared: boolean; problems: BudgetProblem[] } {
  const problems: BudgetProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { declared: false, problems };
  const v = value as Record<string, unknown>;
  const fracRaw = v.bad_fraction ?? v.badFraction ?? v.error_rate;
  const bad = v.bad ?? v.bad_requests ?? v.failed ?? v.failed_requests;
  const good = v.good ?? v.good_requests;
  const total = v.total ?? v.total_requests;
  const declared = fracRaw !== undefined || bad !== undefined || good !== undefined || total !== undefined;
  if (!declared) return { declared, problems };
  let fraction: number | undefined;
  if (fracRaw !== undefined) {
    fraction = parseFraction(fracRaw, { percentOver1: false });
    if (fraction === undefined || fraction < 0 || fraction > 1) {
      problems.push({ field: 'impact', en: `impact.bad_fraction "${String(fracRaw)}" is not a fraction between 0 and 1 (or 0–100 %)`, ko: `impact.bad_fraction "${String(fracRaw)}"는 0과 1 (또는 0–100%) 사이의 비율이 아닙니다` });
      fraction = undefined;
    }
  }
  let counted: number | undefined;
  if (bad !== undefined || good !== undefined || total !== undefined) {
    const t = count(total);
    const b = count(bad);
    const g = count(good);
    if (t === undefined || t === 0) problems.push({ field: 'impact', en: 'impact: request counts need a total above 0 (impact.total)', ko: 'impact: 요청 수로 계산하려면 0보다 큰 total이 필요합니다 (impact.total)' });
    else if (b === undefined && g === undefined) problems.push({ field: 'impact', en: 'impact: with a total, give bad (failed) or good request counts', ko: 'impact: total과 함께 bad(실패) 또는 good 요청 수를 적어 주세요' });
    else {
      const fromBad = b !== undefined ? b / t : undefined;
      const fromGood = g !== undefined ? 1 - g / t : undefined;
      if ((b !== undefined && b > t) || (g !== undefined && g > t)) problems.push({ field: 'impact', en: 'impact: a request count is larger than the total', ko: 'impact: 요청 수가 total보다 큽니다' });
      else if (fromBad !== undefined && fromGood !== undefined && Math.abs(fromBad - fromGood) > 0.005)
        problems.push({ field: 'impact', en: `impact: bad (${b}) and good (${g}) do not add up to the total (${t})`, ko: `impact: bad(${b})와 good(${g})의 합이 total(${t})과 맞지 않습니다` });
      else counted = fromBad ?? fromGood;
    }
  }
  if (fraction !== undefined && counted !== undefined && Math.abs(fraction - counted) > 0.01) {
    problems.push({
      field: 'impact',
      en: `impact: bad_fraction (${pct(fraction)}) contradicts the request counts (${pct(counted)})`,
      ko: `impact: bad_fraction(${pct(fraction)})이 요청 수로 계산한 값(${pct(counted)})과 다릅니다`,
    });
    return { declared, problems };
  }
  const badFraction = fraction ?? counted;
  return problems.length || badFraction === undefined ? { declared, problems } : { badFraction, declared, problems };
}

function pct(f: number): string {
  return `${Math.round(f * 1000) / 10}%`;
}

/** Share of the budget burned: bad_fraction × impact ÷ ((1 − objective) × window). */
export function budgetBurned(badFraction: number, impactMinutes: number, slo: SloSpec): number {
  return (badFraction * impactMinutes) / ((1 - slo.objective) * slo.windowMinutes);
}

/** Computes the budget burned from front matter, the config's SLOs and the impact duration. */
export function errorBudget(meta: Record<string, unknown>, slos: Record<string, unknown> | undefined, impactMinutes: number | undefined): BudgetResult {
  const problems: BudgetProblem[] = [];
  const sloRaw = meta.slo;
  const impact = parseImpact(meta.impact);
  const declared = sloRaw !== undefined || impact.declared;
  if (!declared) return { declared, problems };
  problems.push(...impact.problems);
  let slo: SloSpec | undefined;
  if (sloRaw === undefined || sloRaw === null) {
    problems.push({ field: 'slo', en: 'slo is missing: name an SLO from the config or give { objective, window }', ko: 'slo가 없습니다: 설정의 SLO 이름이나 { objective, window }를 적어 주세요' });
  } else if (typeof sloRaw === 'string') {
    const def = slos && Object.prototype.hasOwnProperty.call(slos, sloRaw) ? slos[sloRaw] : undefined;
    if (def === undefined) {
      const known = slos ? Object.keys(slos) : [];
      problems.push({
        field: 'slo',
        en: `slo "${sloRaw}" is not defined in the config (slos:${known.length ? ` ${known.join(', ')}` : ' none'})`,
        ko: `slo "${sloRaw}"가 설정(slos:)에 없습니다${known.length ? ` (있는 것: ${known.join(', ')})` : ''}`,
      });
    } else {
      const r = parseSlo(def, sloRaw);
      problems.push(...r.problems);
      slo = r.slo;
    }
  } else {
    const r = parseSlo(sloRaw);
    problems.push(...r.problems);
    slo = r.slo;
  }
  if (!impact.declared && !impact.problems.length)
    problems.push({ field: 'impact', en: 'impact.bad_fraction is missing: how many requests failed (100% for a full outage, or bad/total counts)', ko: 'impact.bad_fraction이 없습니다: 실패한 요청의 비율(전면 장애는 100%, 또는 bad/total 요청 수)을 적어 주세요' });
  if (impactMinutes === undefined)
    problems.push({ field: 'timeline', en: 'the impact duration is unknown: the timeline has no recognisable impact start and mitigation (mark them [start] and [mitigated])', ko: '영향 시간을 알 수 없습니다: 타임라인에서 영향 시작과 완화 시점을 찾지 못했습니다 ([시작], [완화]로 표시해 주세요)' });
  const out: BudgetResult = { declared, problems };
  if (slo) out.slo = slo;
  if (impact.badFraction !== undefined) out.badFraction = impact.badFraction;
  if (impactMinutes !== undefined) out.impactMinutes = impactMinutes;
  if (!problems.length && slo && impact.badFraction !== undefined && impactMinutes !== undefined) out.burned = budgetBurned(impact.badFraction, impactMinutes, slo);
  return out;
}

/** `109%` (whole percent; one decimal under 10 %). */
export function formatBurned(burned: number): string {
  const p = burned * 100;
  return p < 10 ? `${Math.round(p * 10) / 10}%` : `${Math.round(p)}%`;
}
