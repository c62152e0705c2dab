// Evaluation harness for the language rules (issue 8): loads the labelled sentences and action
// items of test/language/{dev,holdout}/, runs the REAL engine (`lint()` from src/core/lint.ts) on a
// minimal postmortem that holds each case, and measures recall, false alarms, rewrite coverage and
// fix soundness. Shared by scripts/bench-language.ts and test/unit/language-eval.test.ts.
//
// This file only reads the engine's public entry points (lint, applyFixes); it never tunes anything.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';
import { applyFixes, type Fix } from '../../src/core/fix';
import type { Finding } from '../../src/core/types';

export type EvalLang = 'en' | 'ko';
export type Split = 'dev' | 'holdout';
/**
 * A part of the figures: a split, or a fresh blind part of holdout scored on its own ("fresh-s7":
 * holdout cases collected in session 7 by someone who never tunes, whose `source` ends with
 * "[fresh-s7]"). The `holdout` figures count the seeded holdout only, so that their series stays
 * comparable across sessions; each fresh part gets its own lines.
 */
export type Part = Split | `fresh-s${number}`;
export type SetName = 'sentences' | 'actions';
export type SentenceLabel = 'blame' | 'hindsight' | 'neutral';
export type ActionLabel = 'vague' | 'concrete';

/** One labelled case, as stored (one JSON object per line). */
export interface EvalCase {
  id: string;
  text: string;
  label: SentenceLabel | ActionLabel;
  kind: string;
  source: string;
}

export const LANGS: readonly EvalLang[] = ['en', 'ko'];
export const SPLITS: readonly Split[] = ['dev', 'holdout'];
export const SETS: readonly SetName[] = ['sentences', 'actions'];

/** Rules whose findings make a sentence / an action item count as flagged. */
export const SENTENCE_RULES: readonly string[] = ['blameful-language', 'counterfactual-language'];
export const ACTION_RULES: readonly string[] = ['vague-action-item'];
/** Every language rule: a fix must leave none of these on the fixed case. */
export const LANGUAGE_RULES: readonly string[] = [...SENTENCE_RULES, ...ACTION_RULES];

export const LABELS: Record<SetName, readonly string[]> = {
  sentences: ['blame', 'hindsight', 'neutral'],
  actions: ['vague', 'concrete'],
};

/** Whether a label is a positive (should be flagged). */
export function isPositive(label: string): boolean {
  return label === 'blame' || label === 'hindsight' || label === 'vague';
}

/** The fresh blind part a case belongs to ("fresh-s7"), from the tag that ends its source; else undefined. */
export function freshPart(source: string): `fresh-s${number}` | undefined {
  const m = /\[(fresh-s\d+)\]$/.exec(source);
  return m ? (m[1] as `fresh-s${number}`) : undefined;
}

/** Directory of the evaluation set. */
export const LANGUAGE_DIR = join(__dirname);

export function caseFile(root: string, split: Split, set: SetName, lang: EvalLang): string {
  return join(root, split, `${set}.${lang}.jsonl`);
}

/** Reads one JSONL file of cases; checks every line's shape so a broken file fails loudly. */
export function loadCases(file: string, set: SetName): EvalCase[] {
  if (!existsSync(file)) return [];
  const out: EvalCase[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let c: EvalCase;
    try {
      c = JSON.parse(line) as EvalCase;
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    for (const key of ['id', 'text', 'label', 'kind', 'source'] as const) {
      if (typeof c[key] !== 'string' || !c[key]) throw new Error(`${file}:${i + 1}: missing "${key}"`);
    }
    if (!LABELS[set].includes(c.label)) throw new Error(`${file}:${i + 1}: label "${c.label}" is not one of ${LABELS[set].join(', ')}`);
    if (/[\r\n]/.test(c.text)) throw new Error(`${file}:${i + 1}: text spans lines`);
    out.push(c);
  });
  return out;
}

// ------------------------------------------------------------------------------------------------
// The minimal documents. The scaffold itself must produce no language finding (checked below).

interface Placed {
  text: string;
  /** 1-based line of the case in the document. */
  line: number;
}

const HEAD: Record<EvalLang, string[]> = {
  en: ['---', 'title: Checkout errors after a config rollout', 'date: 2025-03-14', 'lang: en', '---', '', '# Checkout errors after a config rollout', ''],
  ko: ['---', 'title: 결제 오류 장애 보고서', 'date: 2025-03-14', 'lang: ko', '---', '', '# 결제 오류 장애 보고서', ''],
};
const SUMMARY_HEADING: Record<EvalLang, string> = { en: '## Summary', ko: '## 개요' };
const SUMMARY_TEXT: Record<EvalLang, string> = {
  en: 'Checkout requests failed for 40 minutes after a configuration change.',
  ko: '설정 변경 후 40분 동안 결제 요청이 실패했다.',
};
const ACTIONS_HEADING: Record<EvalLang, string> = { en: '## Action items', ko: '## 재발 방지 대책' };
const OWNER: Record<EvalLang, string> = { en: '(owner: @platform-team)', ko: '(담당: 플랫폼팀)' };

/** A postmortem whose summary is the sentence, as its own paragraph. */
export function sentenceDocument(lang: EvalLang, sentence: string): Placed {
  const lines = [...HEAD[lang], SUMMARY_HEADING[lang], ''];
  const line = lines.length + 1;
  lines.push(sentence, '');
  return { text: lines.join('\n'), line };
}

/** A postmortem with the item as an open checklist action item that has an owner. */
export function actionDocument(lang: EvalLang, item: string): Placed {
  const lines = [...HEAD[lang], SUMMARY_HEADING[lang], '', SUMMARY_TEXT[lang], '', ACTIONS_HEADING[lang], ''];
  const line = lines.length + 1;
  lines.push(`- [ ] ${item} ${OWNER[lang]}`, '');
  return { text: lines.join('\n'), line };
}

function languageFindings(findings: readonly Finding[], rules: readonly string[], fromLine: number): Finding[] {
  return findings.filter((f) => rules.includes(f.ruleId) && f.endLine >= fromLine);
}

// ------------------------------------------------------------------------------------------------
// Judging one case.

/** What the engine did with one case. */
export interface CaseResult {
  id: string;
  kind: string;
  label: string;
  text: string;
  positive: boolean;
  flagged: boolean;
  /** The findings that made it flagged (rule id, message, and the detection id: phrase-entry or kind id). */
  findings: { rule: string; message: string; suggestions: string[]; id?: string }[];
  /** Flagged, and every counted finding offers at least one suggestion. */
  rewriteCovered: boolean;
  /** Flagged and at least one suggestion was applied. */
  fixed: boolean;
  /**
   * After applying each language finding's first suggestion and re-linting, a language finding
   * remains or appears (findings that offered no fix and stay unchanged are not counted here).
   */
  fixUnsound: boolean;
  /** The text after the fix (the case's own lines), when fixed. */
  fixedText?: string;
  /** Language findings after the fix. */
  afterFix?: { rule: string; message: string }[];
}

export function judgeCase(lang: EvalLang, set: SetName, c: EvalCase): CaseResult {
  const placed = set === 'sentences' ? sentenceDocument(lang, c.text) : actionDocument(lang, c.text);
  const rules = set === 'sentences' ? SENTENCE_RULES : ACTION_RULES;
  const { findings } = lint(placed.text, { locale: lang });
  const counted = languageFindings(findings, rules, placed.line);
  const result: CaseResult = {
    id: c.id,
    kind: c.kind,
    label: c.label,
    text: c.text,
    positive: isPositive(c.label),
    flagged: counted.length > 0,
    findings: counted.map((f) => ({ rule: f.ruleId, message: f.message, suggestions: f.suggestions.map((s) => s.title), id: typeof f.data?.phraseId === 'string' ? f.data.phraseId : undefined })),
    rewriteCovered: counted.length > 0 && counted.every((f) => f.suggestions.length > 0),
    fixed: false,
    fixUnsound: false,
  };
  if (!counted.length) return result;
  // Fix soundness: every language finding on the case (any language rule) gets its first
  // suggestion applied, all together, as a "fix all" would; then the document is linted again.
  const all = languageFindings(findings, LANGUAGE_RULES, placed.line);
  const fixes: Fix[] = all.filter((f) => f.suggestions.length).map((f) => f.suggestions[0].edits);
  if (!fixes.length) return result;
  const applied = applyFixes(placed.text, fixes);
  if (!applied.applied) return result;
  result.fixed = true;
  const again = lint(applied.text, { locale: lang }).findings;
  // A finding that offered no fix and is still there unchanged is a rewrite-coverage gap, counted
  // there; soundness asks whether the applied fixes resolved their findings and introduced none.
  const unfixable = new Set(all.filter((f) => !f.suggestions.length).map((f) => `${f.ruleId}\u0000${f.message}`));
  const left = languageFindings(again, LANGUAGE_RULES, placed.line).filter((f) => !unfixable.has(`${f.ruleId}\u0000${f.message}`));
  result.fixUnsound = left.length > 0;
  result.fixedText = applied.text.split('\n').slice(placed.line - 1).join('\n').trim();
  result.afterFix = left.map((f) => ({ rule: f.ruleId, message: f.message }));
  return result;
}

/** Lints the bare scaffolds: they must hold no language finding, or every figure would be off. */
export function scaffoldFindings(): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    for (const placed of [sentenceDocument(lang, ''), actionDocument(lang, lang === 'en' ? 'Add a canary stage to the config pipeline' : '설정 배포 파이프라인에 카나리 단계 추가')]) {
      for (const f of lint(placed.text, { locale: lang }).findings) if (LANGUAGE_RULES.includes(f.ruleId)) out.push(`${lang}: ${f.ruleId} line ${f.line}: ${f.message}`);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Figures.

export interface Rate {
  n: number;
  hit: number;
  /** hit / n, or null when n is 0. */
  rate: number | null;
}

function rate(n: number, hit: number): Rate {
  return { n, hit, rate: n ? hit / n : null };
}

export interface KindFigure {
  kind: string;
  label: string;
  /** Recall for positive kinds, false-alarm rate for negative kinds. */
  flagged: Rate;
}

export interface SetFigures {
  lang: EvalLang;
  split: Part;
  set: SetName;
  cases: number;
  /** Flagged positives / positives (blame+hindsight, or vague). */
  recall: Rate;
  /** Flagged negatives / negatives (neutral, or concrete). */
  falseAlarms: Rate;
  /** Recall per positive label (blame, hindsight / vague). */
  recallByLabel: Record<string, Rate>;
  /** Flagged cases whose findings all offer a suggestion / flagged cases. */
  rewriteCoverage: Rate;
  /** Fixed cases with no language finding left / fixed cases. */
  fixSoundness: Rate;
  byKind: KindFigure[];
  results: CaseResult[];
}

export function scoreSet(lang: EvalLang, split: Part, set: SetName, cases: readonly EvalCase[]): SetFigures {
  const results = cases.map((c) => judgeCase(lang, set, c));
  const pos = results.filter((r) => r.positive);
  const neg = results.filter((r) => !r.positive);
  const flagged = results.filter((r) => r.flagged);
  const fixed = results.filter((r) => r.fixed);
  const recallByLabel: Record<string, Rate> = {};
  for (const label of LABELS[set].filter(isPositive)) {
    const of = pos.filter((r) => r.label === label);
    recallByLabel[label] = rate(of.length, of.filter((r) => r.flagged).length);
  }
  const kinds = new Map<string, CaseResult[]>();
  for (const r of results) {
    const key = `${r.positive ? 'pos' : 'neg'}\u0000${r.kind}`;
    kinds.set(key, [...(kinds.get(key) ?? []), r]);
  }
  const byKind = [...kinds.values()]
    .map((rs) => ({ kind: rs[0].kind, label: rs[0].positive ? (set === 'sentences' ? 'blame/hindsight' : 'vague') : rs[0].label, flagged: rate(rs.length, rs.filter((r) => r.flagged).length) }))
    .sort((a, b) => Number(isNeg(a.label)) - Number(isNeg(b.label)) || a.kind.localeCompare(b.kind));
  return {
    lang,
    split,
    set,
    cases: results.length,
    recall: rate(pos.length, pos.filter((r) => r.flagged).length),
    falseAlarms: rate(neg.length, neg.filter((r) => r.flagged).length),
    recallByLabel,
    rewriteCoverage: rate(flagged.length, flagged.filter((r) => r.rewriteCovered).length),
    fixSoundness: rate(fixed.length, fixed.filter((r) => !r.fixUnsound).length),
    byKind,
    results,
  };
}

function isNeg(label: string): boolean {
  return label === 'neutral' || label === 'concrete';
}

/**
 * Scores every language, split and set found under `root`. Holdout is scored as two kinds of
 * part: `holdout` (the seeded split, the series reported since the set began) and one part per
 * fresh tag (e.g. `fresh-s7`), each alone.
 */
export function scoreAll(root: string = LANGUAGE_DIR, splits: readonly Split[] = SPLITS): SetFigures[] {
  const out: SetFigures[] = [];
  for (const lang of LANGS) {
    for (const split of splits) {
      const fresh = new Map<`fresh-s${number}`, Map<SetName, EvalCase[]>>();
      for (const set of SETS) {
        const cases = loadCases(caseFile(root, split, set, lang), set);
        if (split === 'holdout') {
          for (const c of cases) {
            const part = freshPart(c.source);
            if (!part) continue;
            const bySet = fresh.get(part) ?? new Map<SetName, EvalCase[]>();
            bySet.set(set, [...(bySet.get(set) ?? []), c]);
            fresh.set(part, bySet);
          }
        }
        out.push(scoreSet(lang, split, set, split === 'holdout' ? cases.filter((c) => !freshPart(c.source)) : cases));
      }
      for (const part of [...fresh.keys()].sort()) {
        for (const set of SETS) out.push(scoreSet(lang, part, set, fresh.get(part)?.get(set) ?? []));
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Output.

function pct(r: Rate): string {
  return r.rate === null ? '   -  ' : `${(r.rate * 100).toFixed(1).padStart(5)}%`;
}

function frac(r: Rate): string {
  return `${pct(r)} (${r.hit}/${r.n})`;
}

export interface ReportOptions {
  /** Print the holdout's individual misses and false alarms (tuners must not use this). */
  showHoldout?: boolean;
  /** Print per-kind figures (default true). */
  kinds?: boolean;
}

/** A plain-text report. Holdout cases are listed only with `showHoldout`. */
export function formatReport(figures: readonly SetFigures[], options: ReportOptions = {}): string {
  const out: string[] = [];
  const showKinds = options.kinds ?? true;
  out.push('Language rules on the evaluation set (test/language/)', '');
  out.push('lang split   set         cases  recall              false alarms        rewrite coverage    fix soundness');
  for (const f of figures) {
    out.push(
      `${f.lang.padEnd(4)} ${f.split.padEnd(8)} ${f.set.padEnd(10)} ${String(f.cases).padStart(6)}  ${frac(f.recall).padEnd(19)} ${frac(f.falseAlarms).padEnd(19)} ${frac(f.rewriteCoverage).padEnd(19)} ${frac(f.fixSoundness)}`,
    );
  }
  for (const f of figures) {
    if (!f.cases) continue;
    out.push('', `== ${f.lang} ${f.split} ${f.set}: recall ${frac(f.recall)}, false alarms ${frac(f.falseAlarms)}`);
    out.push(`   recall by label: ${Object.entries(f.recallByLabel).map(([l, r]) => `${l} ${frac(r)}`).join(', ')}`);
    if (showKinds) {
      for (const k of f.byKind) {
        const what = isNeg(k.label) ? 'false alarms' : 'recall';
        out.push(`   ${k.label.padEnd(16)} ${k.kind.padEnd(34)} ${what.padEnd(12)} ${frac(k.flagged)}`);
      }
    }
    const list = f.split === 'dev' || options.showHoldout;
    if (!list) continue;
    const misses = f.results.filter((r) => r.positive && !r.flagged);
    const alarms = f.results.filter((r) => !r.positive && r.flagged);
    const noRewrite = f.results.filter((r) => r.flagged && !r.rewriteCovered);
    const unsound = f.results.filter((r) => r.fixUnsound);
    if (misses.length) {
      out.push(`   -- misses (${misses.length})`);
      for (const r of misses) out.push(`   ${r.id} [${r.label}/${r.kind}] ${r.text}`);
    }
    if (alarms.length) {
      out.push(`   -- false alarms (${alarms.length})`);
      for (const r of alarms) out.push(`   ${r.id} [${r.kind}] ${r.text}\n        <- ${r.findings.map((x) => `${x.rule}: ${x.message}`).join(' | ')}`);
    }
    if (noRewrite.length) {
      out.push(`   -- flagged without a rewrite (${noRewrite.length})`);
      for (const r of noRewrite) out.push(`   ${r.id} ${r.text}\n        <- ${r.findings.filter((x) => !x.suggestions.length).map((x) => `${x.rule}: ${x.message}`).join(' | ')}`);
    }
    if (unsound.length) {
      out.push(`   -- fixes that leave a language finding (${unsound.length})`);
      for (const r of unsound) out.push(`   ${r.id} ${r.text}\n        -> ${r.fixedText}\n        <- ${(r.afterFix ?? []).map((x) => `${x.rule}: ${x.message}`).join(' | ')}`);
    }
  }
  if (figures.some((f) => f.split.startsWith('fresh-'))) {
    out.push('', 'holdout = the seeded holdout only; fresh-sN = holdout cases collected blind in session N (source ends with "[fresh-sN]"), scored alone.');
  }
  if (!options.showHoldout) out.push('', 'Holdout cases are not listed (figures only). Tuners must not look at them; --show-holdout prints them.');
  return out.join('\n');
}

/** The figures as plain data (for --json); holdout case lists only with `showHoldout`. */
export function toJson(figures: readonly SetFigures[], options: ReportOptions = {}): unknown {
  return figures.map((f) => {
    const list = f.split === 'dev' || options.showHoldout;
    const brief = (rs: CaseResult[]) => rs.map((r) => ({ id: r.id, kind: r.kind, label: r.label, text: r.text, findings: r.findings, fixedText: r.fixedText, afterFix: r.afterFix }));
    return {
      lang: f.lang,
      split: f.split,
      set: f.set,
      cases: f.cases,
      recall: f.recall,
      falseAlarms: f.falseAlarms,
      recallByLabel: f.recallByLabel,
      rewriteCoverage: f.rewriteCoverage,
      fixSoundness: f.fixSoundness,
      byKind: f.byKind,
      ...(list
        ? {
            misses: brief(f.results.filter((r) => r.positive && !r.flagged)),
            falseAlarmCases: brief(f.results.filter((r) => !r.positive && r.flagged)),
            withoutRewrite: brief(f.results.filter((r) => r.flagged && !r.rewriteCovered)),
            unsoundFixes: brief(f.results.filter((r) => r.fixUnsound)),
          }
        : {}),
    };
  });
}
