// First-run precision by detection id (session 11): what each detection id did on text BEFORE anyone tuned on
// it. Each draw moved half of a blind part into dev; the engine at the draw commit had never been tuned on those
// cases. This script lints today's dev cases of one draw (source "[fresh-sN, drawn for dev in session M]") with
// the engine of another checkout (a temporary detached worktree at the draw commit), judges them by today's
// labels (joined by case id), and counts per detection id flagged-right / flagged-wrong (test/language/byId.ts).
// With --docs it also lints the real-world documents drawn into dev at that draw (test/realworld/dev, judged by
// today's expectation yamls) and counts their language findings per id the same way (right = matches an
// expectation, wrong = nobody expected it).
//
//   npx tsx test/language/first-run.ts --engine /work/wt/gate-tmp/01cf80c --session 8 [--docs] [--cases] > fr-8.json
//   … --gate: drop the findings today's first-run gates (src/core/language/gate.ts) would drop: their effect on the
//   first-run data they were chosen from
//   npx tsx test/language/first-run.ts --table fr-8.json fr-9.json fr-10.json fr-11.json   (the Markdown table)
//
// Prints JSON. Only dev material is read (the drawn halves sit in dev today); never holdout.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { caseFile, LANGS, LANGUAGE_DIR, loadCases, SENTENCE_RULES, ACTION_RULES, SETS, sentenceDocument, actionDocument, isPositive, type EvalLang, type SetName } from './harness';
import { countById, drawSession, type JudgedCase } from './byId';
import { loadExpected, matchDocument, LANGUAGE_RULES as DOC_LANGUAGE_RULES, type Item } from '../realworld/score';
import type { Finding } from '../../src/core/types';
import { gatedOut } from '../../src/core/language/gate';
import type { LanguageList } from '../../src/core/language/types';

const LIST_OF: Record<string, LanguageList> = { 'blameful-language': 'blameful', 'counterfactual-language': 'counterfactual', 'vague-action-item': 'vague' };

/** With --gate: whether today's first-run gates (src/core/language/gate.ts) would drop this finding of an older engine. */
function dropped(f: Finding, text: string, offset: number): boolean {
  // Offsets are the document's; the gates read bounded windows, so the whole document text serves.
  const id = typeof f.data?.phraseId === 'string' ? f.data.phraseId : '';
  return gatedOut({ list: LIST_OF[f.ruleId], id, start: f.start - offset, end: f.end - offset }, text);
}

type LintFn = (text: string, options?: { locale?: string }) => { findings: Finding[] };

/** The real-world documents each draw moved into dev (test/realworld/SOURCES.md, "Split (session N)"). */
export const DRAWN_DOCUMENTS: Record<number, readonly string[]> = {
  8: [
    'en-antegen-fiber-rent-sweep-2026', 'en-babbla-tool-confinement-2026', 'en-bcgov-silver-login-failures-2021', 'en-bookwatch-partial-crawl-2026',
    'en-hex-private-package-authz-2026', 'en-moj-cp-prometheus-wal-2024', 'en-pydis-cascading-node-failures-2021', 'en-pydis-site-cpu-ram-exhaustion-2021',
    'en-pytorch-nightly-compromise-2022', 'ko-eventitta-deadlock-2025', 'ko-komsco-mobile-id-outage-2023', 'ko-linksphere-ai-async-2026',
    // the 5 left from the session-6 draw, drawn with them
    'en-learningequality-sushibar-cert-2018', 'en-matrix-db-outage-2025', 'en-matrix-postgres-corruption-2025', 'ko-litomi-incident-log-2025', 'ko-msit-vas-outages-2021',
  ],
  9: [
    'en-govuk-cdn-outage-2021', 'en-govuk-notify-letter-delays-2022', 'en-jenkins-aci-agents-plugin-upgrade-2021', 'en-jenkins-ci-vm-agents-queue-2023',
    'ko-happymoney-site-overload-2013', 'ko-mpss-homepage-earthquake-overload-2016', 'ko-naver-cafe-outage-2024', 'ko-seoul-119-intake-outage-2024', 'ko-skt-call-outage-apology-2014',
    // 12 of the older holdout documents, drawn with them
    'en-chia-dust-storm-2021', 'en-chia-website-outage-2021', 'en-dfds-log4shell-2021', 'en-flutter-build-breakage-2016', 'en-hachyderm-root-fs-full-2022',
    'en-hex-expired-certificates-2025', 'en-mezo-leveldb-corruption-2026', 'en-posthog-persons-db-migration-2025', 'ko-msit-datacenter-fire-2022',
    'ko-portone-payment-window-2023', 'ko-riot-lol-infra-migration-statement', 'ko-velog-cdb-migration',
  ],
  10: [
    'en-bloom-cluster-outage-2021', 'en-cogukdipi-elan-unpublish-2022', 'en-cogukdipi-iontorrent-qc-2021', 'en-gyrinx-crawler-overload-2026',
    'ko-crowdworks-cryptojacking-2026', 'ko-inno-extension-settings-quota-2026', 'ko-reman-iab-google-popup-blocked-2026', 'ko-reman-tryon-storage-quota-2026',
    'ko-roche-chat-ime-focus-regression-2026',
  ],
  11: [
    'en-assemblyai-db-contention-aug-2023', 'en-assemblyai-record-service-jan-2025', 'en-atmed-mail-inbound-netfilter-2026', 'en-auditassistant-deploy-incompatibility',
    'en-messagesniffer-bad-rule-report', 'ko-boombim-ec2-build-cpu-2023', 'ko-ddokso-aws-sso-saml-rehack-2024', 'ko-ddokso-rds-snapshot-private-subnet-2024',
    'ko-nhncloud-dns-outage-2023',
  ],
  12: [
    'en-liquidcore-khype-oracle-exploit-2026', 'en-openfoodfacts-proxy-ip-lost-2024', 'en-persistence-lsm-chain-halt-2023', 'en-persistence-v4-upgrade-halt-2022',
    'en-taskcluster-dns-outage-2018', 'en-turboflakes-kusama-migration-2022', 'en-tzbtc-stuck-btc-burns-2025', 'en-va-facility-locator-ppms-outage-2020',
    'ko-bithumb-trading-halt-2025', 'ko-ggonmerr-gov-network-outage-2023', 'ko-nhncloud-pangyo-cooling-2025', 'ko-upbit-trading-halt-2025',
  ],
  13: [
    'en-datahub-helm-chart-accidental-prod-2018', 'en-datahub-r-hub-image-upgrade-2022', 'en-gpalab-commons-graphql-exposed-2021',
    'en-gpalab-s3-bucket-takeover-dns-2022', 'en-jimdo-wonderland-deployer-api-deleted-2016', 'en-obs-interconnect-queue-full-2023',
    'en-obs-search-indices-removed-2020', 'en-rollbar-softlayer-dyn-dns-outage-2013', 'en-spirit-icon-deprecation-logging-2024',
    'en-void-a-hel-fi-hardware-2021', 'ko-garminfitbot-ec2-memory-2025', 'ko-linuxer-ec2-free-tier-oom-2019', 'ko-vcnc-between-leap-second-2012',
  ],
  14: [
    'en-clevercloud-hypervisor-memory-cooling-2025', 'en-clevercloud-par6-power-outage-2025', 'en-decentraland-comms-v3-peers-2022', 'en-decentraland-realm-full-2023',
    'en-foundries-ota-lite-secret-rotation-2024', 'en-oslo-kjoremiljo-argocd-key-mismatch-2021', 'en-replit-config-deadlock-downtime-2023', 'en-wellcome-login-sierra-firewall-2024',
  ],
  15: ['en-hackerdom-ructf-2023-postmortem', 'en-rustlang-ci-kernel-mirror-outage-2026', 'en-valtown-host-connection-pool-2024'],
  16: ['en-elife-dns-record-deleted-2021'],
  17: [
    'en-allegro-task-queue-wrong-server-restart-2014', 'en-eslint-malicious-package-publish-2018', 'en-opentelemetry-caa-record-cert-expiry-2025',
    'en-usegalaxy-eu-upgrade-backup-restore-2019', 'en-yivi-scheme-key-expiry-2026',
  ],
  18: [
    'en-alphagamebot-docker-assets-crashloop-2025', 'en-cspp-tudublin-huey-disk-full-2025', 'en-dnsimple-ddos-provider-backbone-2020',
    'en-gmu-its-dns-records-removed', 'en-hackucf-okd-cinder-volumes-outage-2025', 'en-harmony-shard2-disk-full-2019',
    'en-harmony-shard2-epoch-view-change-2019', 'en-ivision-dropgo-server-logout-2022', 'en-lamacorp-databases-migration-failure-2019',
    'en-lotusbase-blast-tools-permissions-2018', 'en-simplelogin-rds-database-slowdown-2021', 'en-wurmonline-host-configuration-outage-2021',
  ],
};

/** Per-case outcome of a first run (dev cases only). */
export interface FirstRunCase {
  id: string;
  lang: EvalLang;
  set: SetName;
  label: string;
  positive: boolean;
  ids: string[];
}

/** Lints one case with the given engine; the detection ids of its counted findings. */
export function caseIds(lint: LintFn, lang: EvalLang, set: SetName, text: string, gate = false): string[] {
  const placed = set === 'sentences' ? sentenceDocument(lang, text) : actionDocument(lang, text);
  const rules = set === 'sentences' ? SENTENCE_RULES : ACTION_RULES;
  return lint(placed.text, { locale: lang }).findings
    .filter((f) => rules.includes(f.ruleId) && f.endLine >= placed.line)
    .filter((f) => !gate || !dropped(f, placed.text, 0))
    .map((f) => (typeof f.data?.phraseId === 'string' ? f.data.phraseId : '(no id)'));
}

/** A language finding of a document, as judged: its id, rule, line and whether an expectation matched it. */
export interface DocFinding {
  doc: string;
  rule: string;
  line: number;
  id: string;
  right: boolean;
}

/** Lints one dev document with the given engine and judges its language findings by today's expectations. */
export function documentFindings(lint: LintFn, root: string, doc: string, gate = false): { findings: DocFinding[]; missed: number } {
  const path = join(root, 'dev', `${doc}.md`);
  const yaml = join(root, 'dev', `${doc}.expected.yaml`);
  if (!existsSync(path) || !existsSync(yaml)) throw new Error(`${doc}: not a dev document of the corpus`);
  const text = readFileSync(path, 'utf8');
  const rules = new Set<string>(DOC_LANGUAGE_RULES);
  const expected = loadExpected(yaml).filter((e) => rules.has(e.rule));
  const actual: (Item & { id: string })[] = lint(text).findings
    .filter((f) => rules.has(f.ruleId) && (!gate || !dropped(f, text, 0)))
    .map((f) => ({ rule: f.ruleId, line: f.line, message: f.message, id: typeof f.data?.phraseId === 'string' ? f.data.phraseId : '(no id)' }));
  const { hits, missing } = matchDocument(expected, actual, text);
  const hit = new Set<Item>(hits);
  return { findings: actual.map((a) => ({ doc, rule: a.rule, line: a.line ?? 0, id: a.id, right: hit.has(a) })), missed: missing.length };
}

/** The gate rule of session 11, stated before looking at what any gate removes. */
export const GATE_RULE = { minFindings: 4, maxPrecision: 0.6 };

/**
 * The first-run table in Markdown from the JSON outputs of several runs (one per draw): per detection id, the
 * cases' flagged-right / flagged-wrong per draw (the documents' after a "+"), the pooled figures and precision.
 */
export function firstRunTable(runs: readonly { session: number; tallies: Record<string, Record<string, { right: number; wrong: number }>>; documents?: { tallies: Record<string, { right: number; wrong: number }> } }[]): string {
  const sessions = [...runs].sort((a, b) => a.session - b.session);
  const ids = new Map<string, { set: string; cells: Map<number, { c?: { right: number; wrong: number }; d?: { right: number; wrong: number } }> }>();
  const cell = (id: string, set: string, session: number) => {
    const row = ids.get(id) ?? { set, cells: new Map() };
    ids.set(id, row);
    const c = row.cells.get(session) ?? {};
    row.cells.set(session, c);
    return c;
  };
  for (const run of sessions) {
    for (const [group, tallies] of Object.entries(run.tallies)) {
      for (const [id, t] of Object.entries(tallies)) cell(id, group.split(' ')[1], run.session).c = t;
    }
    for (const [id, t] of Object.entries(run.documents?.tallies ?? {})) {
      const c = cell(id, ids.get(id)?.set ?? (id.includes('.vague.') ? 'actions' : 'sentences'), run.session);
      c.d = t;
    }
  }
  const fmt = (t?: { right: number; wrong: number }) => (t ? `${t.right}/${t.wrong}` : '');
  const lines = [
    `| id | ${sessions.map((r) => `draw s${r.session}`).join(' | ')} | pooled cases | pooled docs | pooled | precision |`,
    `| --- | ${sessions.map(() => '---').join(' | ')} | --- | --- | --- | --- |`,
  ];
  const rows = [...ids.entries()].map(([id, row]) => {
    const sum = (pick: 'c' | 'd') => [...row.cells.values()].reduce((a, x) => ({ right: a.right + (x[pick]?.right ?? 0), wrong: a.wrong + (x[pick]?.wrong ?? 0) }), { right: 0, wrong: 0 });
    const c = sum('c');
    const d = sum('d');
    const all = { right: c.right + d.right, wrong: c.wrong + d.wrong };
    return { id, row, c, d, all, n: all.right + all.wrong };
  });
  rows.sort((a, b) => a.id.slice(0, 2).localeCompare(b.id.slice(0, 2)) || a.row.set.localeCompare(b.row.set) || b.n - a.n || a.id.localeCompare(b.id));
  for (const r of rows) {
    const p = r.all.right / r.n;
    const gate = r.n >= GATE_RULE.minFindings && p < GATE_RULE.maxPrecision;
    const cells = sessions.map((run) => {
      const x = r.row.cells.get(run.session);
      return [fmt(x?.c), x?.d ? `+ ${fmt(x.d)} docs` : ''].filter(Boolean).join(' ');
    });
    lines.push(`| ${gate ? '**' : ''}${r.id}${gate ? '**' : ''} (${r.row.set}) | ${cells.join(' | ')} | ${fmt(r.c)} | ${r.d.right + r.d.wrong ? fmt(r.d) : ''} | ${fmt(r.all)} | ${Math.round(p * 100)} %${gate ? ' (gate candidate)' : ''} |`);
  }
  return lines.join('\n');
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--table') {
    console.log(firstRunTable(argv.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')))));
    return;
  }
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const engine = value('--engine');
  const session = Number(value('--session'));
  if (!engine || !Number.isInteger(session)) {
    console.error('usage: npx tsx test/language/first-run.ts --engine <checkout> --session <N> [--docs] [--cases]');
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lint } = require(resolve(engine, 'src/core/lint.ts')) as { lint: LintFn };
  const cases: FirstRunCase[] = [];
  for (const lang of LANGS) {
    for (const set of SETS) {
      for (const c of loadCases(caseFile(LANGUAGE_DIR, 'dev', set, lang), set)) {
        if (drawSession(c.source) !== session) continue;
        cases.push({ id: c.id, lang, set, label: c.label, positive: isPositive(c.label), ids: caseIds(lint, lang, set, c.text, argv.includes('--gate')) });
      }
    }
  }
  const tallies: Record<string, Record<string, { right: number; wrong: number }>> = {};
  for (const lang of LANGS) {
    for (const set of SETS) {
      const judged: JudgedCase[] = cases.filter((c) => c.lang === lang && c.set === set);
      tallies[`${lang} ${set}`] = Object.fromEntries(countById(judged));
    }
  }
  const out: Record<string, unknown> = { session, engine, cases: cases.length, tallies };
  if (argv.includes('--docs')) {
    const root = join(LANGUAGE_DIR, '..', 'realworld');
    const findings: DocFinding[] = [];
    let missed = 0;
    for (const doc of DRAWN_DOCUMENTS[session] ?? []) {
      const r = documentFindings(lint, root, doc, argv.includes('--gate'));
      findings.push(...r.findings);
      missed += r.missed;
    }
    const docTallies: Record<string, { right: number; wrong: number }> = {};
    for (const f of findings) {
      const t = (docTallies[f.id] ??= { right: 0, wrong: 0 });
      if (f.right) t.right++;
      else t.wrong++;
    }
    out.documents = { count: DRAWN_DOCUMENTS[session]?.length ?? 0, missed, tallies: docTallies, findings };
  }
  if (argv.includes('--cases')) out.perCase = cases;
  console.log(JSON.stringify(out, null, 1));
}

if (require.main === module) main();
