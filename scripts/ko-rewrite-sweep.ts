// `npx tsx scripts/ko-rewrite-sweep.ts [--lang ko|en] [--limit N] [--verbose] [--corpus | --generate]` (session 16, ko-sound):
// a soundness SWEEP of the language rewrites. It takes every dev sentence the engine flags with a
// rewrite (test/language/dev/sentences.<lang>.jsonl, plus, for Korean, the flagged lines of the Korean
// dev documents test/realworld/dev/ko-*.md), makes systematic VARIANTS of each (sentence endings,
// honorifics and titles, the particle after the subject, quotes / parentheses, a trailing emoticon, a
// leading list marker or bold label, a second sentence, spacing), and for every variant still flagged
// with a rewrite applies the fixes exactly as the scorer does (test/language/harness.ts judgeCase: each
// language finding's first suggestion, all together, then a re-lint) and checks that the result holds
// no language finding, and that a second run of the same fix-all changes nothing.
// Session 17 (fixes): a fix is also unsound when it leaves no finding but damages the text (rewriteDamage: a stacked ending,
// a polite sentence made plain, Markdown marks changed); `--generate` crosses each seed with endings and Markdown contexts.
// It never reads holdout: the point is to find unsound rewrite CLASSES without looking at blind cases.
// Failures are printed grouped by detection id and variant kind.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint';
import { applyFixes, type Fix } from '../src/core/fix';
import type { Finding } from '../src/core/types';
import { caseFile, LANGUAGE_DIR, LANGUAGE_RULES, loadCases, sentenceDocument, SENTENCE_RULES, type EvalLang } from '../test/language/harness';

const argv = process.argv.slice(2);
const lang: EvalLang = argv.includes('--lang') ? (argv[argv.indexOf('--lang') + 1] as EvalLang) : 'ko';
const limit = argv.includes('--limit') ? Number(argv[argv.indexOf('--limit') + 1]) : Infinity;
const verbose = argv.includes('--verbose');

function langFindings(findings: readonly Finding[], rules: readonly string[], fromLine: number): Finding[] {
  return findings.filter((f) => rules.includes(f.ruleId) && f.endLine >= fromLine);
}

export interface SweepResult {
  flagged: boolean;
  withRewrite: boolean;
  unsound: boolean;
  reason?: string;
  ids: string[];
  fixedText?: string;
}

/**
 * Session 17 (fixes): what a re-lint cannot see. A rewrite may leave no finding and still break the sentence: a final
 * ending stacked on another ("…없었다네요", "…없었습니다어요"), a polite sentence turned plain, or the Markdown around it
 * (a table's cells, a list marker, bold or code marks, quotes and brackets). Returns the first problem found, if any.
 */
export function rewriteDamage(l: EvalLang, before: string, after: string): string | undefined {
  const count = (t: string, re: RegExp) => (t.match(re) ?? []).length;
  if (l === 'ko') {
    const STACKED = /(?:[았었였]다|습니다)(?:네요|네|요|죠|지요|거든|더라|잖아|습니|어요|았|었|는데요)/gu;
    if (count(after, STACKED) > count(before, STACKED)) return `grammar: stacked ending (${after.match(STACKED)![0]})`;
    // Session 18 (fixes): a clause joined by a connective ("…이었고, …") rewritten with a final ending ("…이었다, …").
    const MID = /(?:[았었였]다|습니다),\s?[\uac00-\ud7a3]/gu;
    if (count(after, MID) > count(before, MID)) return `grammar: a final ending inside the sentence (${after.match(MID)![0]})`;
    const tail = (t: string) => t.replace(/(?:[\s.!?~;…ㅠㅜㅋㅎ^_,)"'”’]|\p{Extended_Pictographic}|\uFE0F){1,24}$/u, '');
    const isPolite = (t: string) => /(?:니다|[세어아해네데지군든잖래게까나가고예에라줘와워봐돼]요|죠)$/u.test(tail(t));
    if (isPolite(before) && !isPolite(after) && /다$/u.test(tail(after))) return 'register: a polite sentence rewritten plain';
  }
  const b = before.split('\n');
  const a = after.split('\n');
  if (a.length !== b.length) return `markdown: lines ${b.length} -> ${a.length}`;
  const MARKER = /^\s*(?:[-*+]\s(?:\[[ xX]\]\s)?|\d+[.)]\s|>\s?|\|)?/u;
  for (let i = 0; i < b.length; i++) {
    if (MARKER.exec(b[i])![0] !== MARKER.exec(a[i])![0]) return `markdown: line marker changed (${b[i].slice(0, 12)} -> ${a[i].slice(0, 12)})`;
    for (const [name, re] of [['table cells', /\|/gu], ['bold', /\*\*/gu], ['code', /`/gu]] as const)
      if (count(b[i], re) !== count(a[i], re)) return `markdown: ${name} changed`;
    for (const [o, c] of [['(', ')'], ['[', ']'], ['“', '”']])
      if (a[i].split(o).length - a[i].split(c).length !== b[i].split(o).length - b[i].split(c).length) return `markdown: ${o}${c} unbalanced`;
    if (count(b[i], /"/gu) % 2 !== count(a[i], /"/gu) % 2) return 'markdown: quotes unbalanced';
  }
  return undefined;
}

/** Lints the sentence in the scorer's scaffold; applies the fix-all; checks as judgeCase does, plus idempotence. */
export function sweepOne(l: EvalLang, sentence: string, wrap: (s: string) => string = (s) => s): SweepResult {
  const placed = sentenceDocument(l, wrap(sentence));
  const { findings } = lint(placed.text, { locale: l });
  const counted = langFindings(findings, SENTENCE_RULES, placed.line);
  const ids = counted.map((f) => (typeof f.data?.phraseId === 'string' ? f.data.phraseId : f.ruleId));
  const res: SweepResult = { flagged: counted.length > 0, withRewrite: false, unsound: false, ids };
  if (!counted.length) return res;
  const all = langFindings(findings, LANGUAGE_RULES, placed.line);
  const fixes: Fix[] = all.filter((f) => f.suggestions.length).map((f) => f.suggestions[0].edits);
  if (!fixes.length) return res;
  const applied = applyFixes(placed.text, fixes);
  if (!applied.applied) return res;
  res.withRewrite = true;
  res.fixedText = applied.text.split('\n').slice(placed.line - 1).join('\n').trim();
  const damage = rewriteDamage(l, placed.text.split('\n').slice(placed.line - 1).join('\n').trim(), res.fixedText);
  if (damage) {
    res.unsound = true;
    res.reason = damage;
    return res;
  }
  const again = lint(applied.text, { locale: l }).findings;
  const unfixable = new Set(all.filter((f) => !f.suggestions.length).map((f) => `${f.ruleId}\u0000${f.message}`));
  const left = langFindings(again, LANGUAGE_RULES, placed.line).filter((f) => !unfixable.has(`${f.ruleId}\u0000${f.message}`));
  if (left.length) {
    res.unsound = true;
    res.reason = left.map((f) => `${f.ruleId}: ${f.message}`).join(' | ');
    return res;
  }
  // A second run: whatever the first fix left (only unfixable findings) must offer nothing more to change.
  const fixes2: Fix[] = langFindings(again, LANGUAGE_RULES, placed.line).filter((f) => f.suggestions.length).map((f) => f.suggestions[0].edits);
  if (fixes2.length) {
    const twice = applyFixes(applied.text, fixes2);
    if (twice.applied && twice.text !== applied.text) {
      res.unsound = true;
      res.reason = 'second run changes the text';
    }
  }
  return res;
}

// ------------------------------------------------------------------------------------------------
// Variants.

const hasBatchim = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
};

type Variant = { kind: string; text: string };

function koVariants(s: string): Variant[] {
  const out: Variant[] = [];
  const base = s.trim();
  const body = base.replace(/[.!?]$/, '');
  // Endings: a final past "-았/었/였/했다".
  const m = /^(.*)(았|었|였|했|됐|웠|졌|겼|렸|켰|쳤|냈|갔|왔|봤|줬|꿨|셨)다$/.exec(body);
  if (m) {
    const [, a, b] = m;
    out.push({ kind: 'ending:습니다', text: `${a}${b}습니다.` });
    out.push({ kind: 'ending:어요', text: `${a}${b}어요.` });
    out.push({ kind: 'ending:음', text: `${a}${b}음` });
    if (b === '했') out.push({ kind: 'ending:함', text: `${a}함` });
    out.push({ kind: 'ending:는데', text: `${a}${b}는데, 이후 서비스는 복구되었다.` });
    out.push({ kind: 'ending:고', text: `${a}${b}고 이후 서비스는 복구되었다.` });
    out.push({ kind: 'ending:다(no period)', text: `${a}${b}다` });
  }
  const m2 = /^(.*)(한|된)다$/.exec(body);
  if (m2) {
    out.push({ kind: 'ending:합니다', text: `${m2[1]}${m2[2] === '한' ? '합' : '됩'}니다.` });
    out.push({ kind: 'ending:해요', text: `${m2[1]}${m2[2] === '한' ? '해' : '돼'}요.` });
  }
  // The subject: the first word ending in 이/가/은/는 (two syllables or more before the particle).
  const sm = /^(\S*?)([가-힣]{2,})(이|가|은|는)(\s)/.exec(base);
  if (sm) {
    const rest0 = base.slice(sm[0].length);
    for (const [k, n] of [['name:ko', '김민수 님이'], ['name:latin', 'John이'], ['name:handle', '@kim이'], ['name:initial', 'A씨가'], ['name:we', '우리 팀이'], ['name:I', '제가']])
      out.push({ kind: k, text: `${sm[1]}${n}${sm[4]}${rest0}` });
  }
  if (sm) {
    const [whole, pre, noun, , sp] = sm;
    const rest = base.slice(whole.length);
    const bat = hasBatchim(noun[noun.length - 1]);
    const subj = (n: string, p: 'ig' | 'en' | 'do'): string => {
      const b2 = hasBatchim(n[n.length - 1]);
      return n + (p === 'ig' ? (b2 ? '이' : '가') : p === 'en' ? (b2 ? '은' : '는') : '도');
    };
    out.push({ kind: 'particle:이/가', text: `${pre}${subj(noun, 'ig')}${sp}${rest}` });
    out.push({ kind: 'particle:은/는', text: `${pre}${subj(noun, 'en')}${sp}${rest}` });
    out.push({ kind: 'particle:도', text: `${pre}${subj(noun, 'do')}${sp}${rest}` });
    out.push({ kind: 'honorific:님', text: `${pre}${subj(`${noun}님`, 'ig')}${sp}${rest}` });
    out.push({ kind: 'honorific:씨', text: `${pre}${subj(`${noun} 씨`, 'ig')}${sp}${rest}` });
    out.push({ kind: 'title:대리', text: `${pre}${subj(`${noun} 대리`, 'ig')}${sp}${rest}` });
    out.push({ kind: 'quote:subject', text: `${pre}"${noun}"${bat ? '이' : '가'}${sp}${rest}` });
    out.push({ kind: 'paren:after-subject', text: `${pre}${noun}(당시 담당)${bat ? '이' : '가'}${sp}${rest}` });
  }
  // Quotes / parentheses around an inner phrase (the second word).
  const words = base.split(' ');
  if (words.length >= 3) {
    const w = [...words];
    w[1] = `'${w[1]}'`;
    out.push({ kind: 'quote:inner', text: w.join(' ') });
    const p = [...words];
    p.splice(1, 0, '(당시)');
    out.push({ kind: 'paren:inner', text: p.join(' ') });
    const q = [...words];
    q[q.length - 2] = `"${q[q.length - 2]}`;
    q[q.length - 1] = `${q[q.length - 1]}"`;
    out.push({ kind: 'quote:tail', text: q.join(' ') });
  }
  if (m) {
    const [, a, b] = m;
    for (const e of ['네요.', '죠.', '거든요.', '더라고요.', '잖아요.', '어.', '는데요.', '다고 한다.', '던 것이다.', '다...', '다!', '다~', '다ㅋㅋ', '다;;', '다?'])
      out.push({ kind: `ending:${e}`, text: `${a}${b}${e}` });
  }
  out.push({ kind: 'wrap:quote', text: `"${base}"` });
  out.push({ kind: 'wrap:paren', text: `(${base})` });
  out.push({ kind: 'trail:ellipsis', text: `${body}...` });
  out.push({ kind: 'trail:paren-note', text: `${body}(추정).` });
  out.push({ kind: 'twice', text: `${base} ${base}` });
  out.push({ kind: 'trail:ㅠㅠ', text: `${base} ㅠㅠ` });
  out.push({ kind: 'trail:ㅠㅠ(no space)', text: `${base}ㅠㅠ` });
  out.push({ kind: 'trail:emoticon', text: `${base} ^^;` });
  out.push({ kind: 'trail:emoji', text: `${base} 😢` });
  out.push({ kind: 'lead:list', text: `- ${base}` });
  out.push({ kind: 'lead:numbered', text: `1. ${base}` });
  out.push({ kind: 'lead:bold', text: `**원인:** ${base}` });
  out.push({ kind: 'lead:bold-colon-out', text: `**원인**: ${base}` });
  out.push({ kind: 'second:after', text: `${base} 이후 모니터링을 강화했다.` });
  out.push({ kind: 'second:before', text: `배포는 오후에 진행되었다. ${base}` });
  out.push({ kind: 'spacing:none', text: base.replace(/ /g, '') });
  const sp2 = [...words];
  if (sp2.length >= 2) {
    out.push({ kind: 'spacing:first-joined', text: sp2[0] + sp2.slice(1).join(' ') });
    out.push({ kind: 'spacing:double', text: words.join('  ') });
  }
  return out.filter((v) => v.text !== base);
}

function enVariants(s: string): Variant[] {
  const out: Variant[] = [];
  const base = s.trim();
  const words = base.split(' ');
  out.push({ kind: 'lead:list', text: `- ${base}` });
  out.push({ kind: 'lead:numbered', text: `1. ${base}` });
  out.push({ kind: 'lead:bold', text: `**Cause:** ${base}` });
  out.push({ kind: 'trail:emoticon', text: `${base} :(` });
  out.push({ kind: 'trail:emoji', text: `${base} 😢` });
  out.push({ kind: 'second:after', text: `${base} Monitoring was added afterwards.` });
  out.push({ kind: 'second:before', text: `The deploy ran in the afternoon. ${base}` });
  out.push({ kind: 'no-period', text: base.replace(/[.!]$/, '') });
  out.push({ kind: 'spacing:double', text: words.join('  ') });
  if (words.length >= 3) {
    const w = [...words];
    w[1] = `"${w[1]}"`;
    out.push({ kind: 'quote:inner', text: w.join(' ') });
    const p = [...words];
    p.splice(1, 0, '(at the time)');
    out.push({ kind: 'paren:inner', text: p.join(' ') });
  }
  const sm = /^(The |Our |An? )?([a-z]+)( [a-z]+)? /i.exec(base);
  if (sm) {
    out.push({ kind: 'title:Mr', text: base.replace(/^(\S+)/, (x) => `Mr. ${x}`) });
    out.push({ kind: 'subject:also', text: base.replace(sm[0], `${sm[0]}also `) });
  }
  out.push({ kind: 'lower-first', text: base[0].toLowerCase() + base.slice(1) });
  return out.filter((v) => v.text !== base);
}

// ------------------------------------------------------------------------------------------------
// Seeds: flagged dev sentences with a rewrite, plus (Korean) flagged lines of the Korean dev documents.

function seeds(l: EvalLang): string[] {
  const out = new Set<string>();
  for (const c of loadCases(caseFile(LANGUAGE_DIR, 'dev', 'sentences', l), 'sentences')) out.add(c.text);
  if (l === 'ko') {
    const dir = join(__dirname, '..', 'test', 'realworld', 'dev');
    for (const f of readdirSync(dir).filter((n) => /^ko-.*\.md$/.test(n))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lines = text.split('\n');
      const { findings } = lint(text, { locale: 'ko' });
      for (const fd of findings) {
        if (!SENTENCE_RULES.includes(fd.ruleId) || !fd.suggestions.length) continue;
        const line = lines[fd.line - 1]
          ?.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
          .replace(/^\|.*$/, '')
          .trim();
        if (line && !line.startsWith('#') && line.length <= 300) out.add(line);
      }
    }
  }
  return [...out];
}

/**
 * `--corpus`: every line (and sentence) with text of the language from the dev documents of that language, the string
 * literals of test/unit/*.ts and (Korean) /work/shared/seeds — text written by other hands than the labelled set.
 */
function corpusSeeds(l: EvalLang): string[] {
  const out = new Set<string>();
  const script = l === 'ko' ? /[\uAC00-\uD7A3]/ : /^[\x20-\x7E]+$/;
  const add = (line: string): void => {
    const t = line.replace(/^\s*(?:[-*+>]|\d+[.)]|#+)\s+(?:\[[ xX]\]\s+)?/, '').trim();
    if (t.length < 8 || t.length > 300 || t.startsWith('|') || !script.test(t)) return;
    if (l === 'ko' && !/[\uAC00-\uD7A3]/.test(t)) return;
    out.add(t);
    for (const part of t.split(/(?<=[.!?])\s+/)) if (part.length >= 8 && part !== t) out.add(part);
  };
  const dev = join(__dirname, '..', 'test', 'realworld', 'dev');
  for (const f of readdirSync(dev).filter((n) => n.startsWith(`${l}-`) && n.endsWith('.md'))) readFileSync(join(dev, f), 'utf8').split('\n').forEach(add);
  const unit = join(__dirname, '..', 'test', 'unit');
  for (const f of readdirSync(unit).filter((n) => n.endsWith('.ts'))) {
    for (const m of readFileSync(join(unit, f), 'utf8').matchAll(/'([^'\\\n]{8,300})'|"([^"\\\n]{8,300})"|`([^`\\\n$]{8,300})`/g)) add(m[1] ?? m[2] ?? m[3]);
  }
  if (l === 'ko') {
    const sd = '/work/shared/seeds';
    try {
      for (const f of readdirSync(sd).filter((n) => n.endsWith('.txt'))) readFileSync(join(sd, f), 'utf8').split('\n').forEach(add);
    } catch {
      /* no seeds on this machine */
    }
  }
  return [...out];
}

// ------------------------------------------------------------------------------------------------
// `--generate` (session 17, fixes): every flagged seed crossed with sentence endings AND with Markdown contexts (a table
// cell, list items, a checklist, a blockquote, a bold label, brackets, quotes), plus two clauses of two seeds joined; the
// variants above change one thing at a time, these change two (an ending inside a table cell, a spoken ending in a list).

const KO_ENDINGS = ['습니다.', '어요.', '음', '네요 ㅠㅠ', '죠..', '더라고요;;', '는데...', '거든요 ^^;', '다', '어요~', '습니다 😢'];
const CONTEXTS: [string, (s: string) => string][] = [
  ['table', (s) => `| 시각 | 내용 |\n| --- | --- |\n| 10:02 | ${s} |`],
  ['table:first-cell', (s) => `| 내용 | 담당 |\n| --- | --- |\n| ${s} | - |`],
  ['list', (s) => `- ${s}`],
  ['checklist', (s) => `- [x] ${s}`],
  ['numbered', (s) => `2) ${s}`],
  ['blockquote', (s) => `> ${s}`],
  ['bold-label', (s) => `**원인**: ${s}`],
  ['paren', (s) => `(${s})`],
  ['quote', (s) => `"${s}"`],
  ['nested-list', (s) => `- 원인\n  - ${s}`],
];

function generated(l: EvalLang, s: string, prev: string | undefined): { kind: string; text: string; wrap?: (x: string) => string }[] {
  const out: { kind: string; text: string; wrap?: (x: string) => string }[] = [];
  const body = s.trim().replace(/[.!?]$/u, '');
  const past = l === 'ko' ? /^(.*(?:았|었|였|했|됐|웠|졌|겼|렸|켰|쳤|냈|갔|왔|봤|줬|셨))다$/u.exec(body) : null;
  const forms = [{ kind: 'as-is', text: s.trim() }];
  if (past) for (const e of KO_ENDINGS) forms.push({ kind: `ending:${e}`, text: `${past[1]}${e}` });
  for (const f of forms) for (const [k, w] of CONTEXTS) out.push({ kind: `${f.kind} in ${k}`, text: f.text, wrap: w });
  if (prev && l === 'ko') {
    const pm = /^(.*(?:았|었|였|했|됐))다\.?$/u.exec(prev.trim());
    if (pm) {
      out.push({ kind: 'two clauses: -고', text: `${pm[1]}고, ${s.trim()}` });
      out.push({ kind: 'two clauses: -는데', text: `${pm[1]}는데 ${s.trim()}` });
      out.push({ kind: 'two clauses: -고 in table', text: `${pm[1]}고, ${s.trim()}`, wrap: CONTEXTS[0][1] });
    }
    out.push({ kind: 'two sentences: ..', text: `${prev.trim().replace(/[.!?]$/u, '')}.. ${s.trim()}` });
  }
  return out;
}

function generate(): void {
  const all = seeds(lang);
  let flagged = 0;
  let checked = 0;
  let rewritten = 0;
  const fails = new Map<string, { text: string; fixed?: string; reason?: string }[]>();
  let prev: string | undefined;
  for (const s of all) {
    if (flagged >= limit) break;
    const r0 = sweepOne(lang, s);
    if (!r0.withRewrite) continue;
    flagged++;
    for (const v of generated(lang, s, prev)) {
      checked++;
      const r = sweepOne(lang, v.text, v.wrap);
      if (!r.withRewrite) continue;
      rewritten++;
      if (!r.unsound) continue;
      const cls = (r.reason ?? '').replace(/\(.*$/u, '').replace(/:.*$/u, '').trim();
      const key = `${r.ids.join('+')} | ${cls} | ${v.kind.replace(/ in .*$/u, '')}`;
      (fails.get(key) ?? fails.set(key, []).get(key)!).push({ text: v.wrap ? v.wrap(v.text) : v.text, fixed: r.fixedText, reason: r.reason });
    }
    prev = s;
  }
  const total = [...fails.values()].reduce((n, x) => n + x.length, 0);
  console.log(`lang ${lang} --generate: seeds ${all.length}, flagged with a rewrite ${flagged}; generated ${checked}, flagged with a rewrite ${rewritten}, unsound or damaged ${total}`);
  const byReason = new Map<string, number>();
  for (const [k, v] of fails) byReason.set(k.split(' | ')[1], (byReason.get(k.split(' | ')[1]) ?? 0) + v.length);
  console.log('by class: ' + [...byReason].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
  for (const [k, v] of [...fails].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n== ${k}: ${v.length}`);
    for (const x of v.slice(0, verbose ? v.length : 2)) console.log(`   ${x.text.replace(/\n/gu, '⏎')}\n     -> ${x.fixed?.replace(/\n/gu, '⏎')}\n     <- ${x.reason}`);
  }
}

function main(): void {
  if (argv.includes('--generate')) return generate();
  const all = argv.includes('--corpus') ? corpusSeeds(lang) : seeds(lang);
  let seedsFlagged = 0;
  let variants = 0;
  let withRewrite = 0;
  const fails = new Map<string, { kind: string; id: string; text: string; fixed?: string; reason?: string }[]>();
  let baseUnsound = 0;
  let prev: string | undefined;
  for (const s of all) {
    if (seedsFlagged >= limit) break;
    const r0 = sweepOne(lang, s);
    if (!r0.withRewrite) continue;
    seedsFlagged++;
    if (r0.unsound) {
      baseUnsound++;
      const key = `${r0.ids.join('+')} | (seed)`;
      (fails.get(key) ?? fails.set(key, []).get(key)!).push({ kind: '(seed)', id: r0.ids.join('+'), text: s, fixed: r0.fixedText, reason: r0.reason });
    }
    const pairs: Variant[] = [];
    if (prev) {
      pairs.push({ kind: 'pair:two-seeds', text: `${prev} ${s}` });
      if (lang === 'ko') {
        const pm = /^(.*)(았|었|였|했|됐)다\.?$/.exec(prev);
        if (pm) pairs.push({ kind: 'pair:joined-고', text: `${pm[1]}${pm[2]}고, ${s}` });
      } else pairs.push({ kind: 'pair:joined-and', text: `${prev.replace(/[.!]$/, '')}, and ${s[0].toLowerCase()}${s.slice(1)}` });
    }
    prev = s;
    for (const v of [...(lang === 'ko' ? koVariants(s) : enVariants(s)), ...pairs]) {
      variants++;
      const r = sweepOne(lang, v.text);
      if (!r.withRewrite) continue;
      withRewrite++;
      if (!r.unsound) continue;
      const key = `${r.ids.join('+')} | ${v.kind}`;
      (fails.get(key) ?? fails.set(key, []).get(key)!).push({ kind: v.kind, id: r.ids.join('+'), text: v.text, fixed: r.fixedText, reason: r.reason });
    }
  }
  const total = [...fails.values()].reduce((n, x) => n + x.length, 0);
  console.log(`lang ${lang}: seeds ${all.length}, flagged with a rewrite ${seedsFlagged} (unsound ${baseUnsound}); variants ${variants}, flagged with a rewrite ${withRewrite}, unsound ${total - baseUnsound}`);
  const byKind = new Map<string, number>();
  for (const [k, v] of fails) {
    const kind = k.split(' | ')[1];
    byKind.set(kind, (byKind.get(kind) ?? 0) + v.length);
  }
  console.log('by variant kind: ' + [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
  for (const [k, v] of [...fails].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n== ${k}: ${v.length}`);
    for (const x of v.slice(0, verbose ? v.length : 3)) console.log(`   ${x.text}\n     -> ${x.fixed}\n     <- ${x.reason}`);
  }
}

if (require.main === module) main();
