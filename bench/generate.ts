/**
 * Deterministic generator of realistic postmortems (English and Korean mixed) for the benchmark.
 * Same seed and size → byte-identical text, so timings from different runs compare the same input.
 */

/** UTF-8 byte length without Node's Buffer: the integration tests also run this in a web worker. */
const encoder = new TextEncoder();
function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** A small, fast, seeded PRNG (mulberry32); Math.random cannot be seeded. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for {@link generatePostmortem}. */
export interface GenerateOptions {
  /** Approximate size of the document in UTF-8 bytes. */
  targetBytes: number;
  seed?: number;
  /** Line ending of the output (real files come with both). */
  eol?: '\n' | '\r\n';
}

const PEOPLE = ['Alice', 'Bob', 'Carol', 'Dmitri', 'Eun-ji', 'Farah', '김민수', '이서연', '박지훈', '최유진', '정하늘'];
const HANDLES = ['@alice', '@bob', '@carol', '@dmitri', '@eunji', '@farah', '@minsu.kim', '@seoyeon', '@jihoon', '@yujin'];
const SERVICES = ['checkout-api', 'payments-gateway', 'search-indexer', 'auth-service', 'order-db', 'cdn-edge', 'notification-worker', '정산 배치', '주문 서비스', '결제 API'];

const EN_SENTENCES = [
  'At {t}, {svc} started returning HTTP 503 for roughly {n}% of requests.',
  '{p} rolled back the release to the previous build and the error rate dropped.',
  'The health check failed to detect the stuck worker because it only probed the HTTP port.',
  'Latency on `{svc}` rose from 120 ms to {n} ms at the 99th percentile.',
  'The on-call engineer was paged by the **error budget burn** alert and acknowledged it within {n} minutes.',
  'A configuration change to the connection pool size was deployed to all regions at once.',
  'The deploy pipeline had no canary stage for this service, so the change reached 100% of hosts.',
  'Customers saw failed payments and duplicate confirmation e-mails; see the [status page](https://status.example.com/incidents/{n}).',
  'The fault was in the retry logic: each client retried immediately, which amplified the load.',
  'Disk usage on the primary database reached {n}% and autovacuum could not keep up.',
  '{p} and {p2} paired on the investigation in the incident channel.',
  'The runbook linked from the alert pointed to a dashboard that had been renamed.',
  'We declared a SEV-2 and opened a bridge; the incident commander was {p}.',
  'Traffic was shifted away from the affected region using the `traffic-shift` tool.',
  'The queue depth recovered after the consumers were restarted with a larger batch size.',
  // Phrases the language rules look for, at a realistic (low) rate.
  'The outage was caused by human error during a manual database migration.',
  '{p} forgot to update the feature flag before the deploy.',
  'The operator should have checked the dashboard before approving the change.',
  'If only the alert had fired earlier, the impact would have been smaller.',
  'The engineer was careless when editing the load balancer rules.',
  'The team member responsible should be held accountable for the missed review.',
  'We need to investigate why the cache warmed up so slowly.',
];

const KO_SENTENCES = [
  '{t}에 {svc}에서 요청의 약 {n}%가 503 오류를 반환하기 시작했다.',
  '{p}님이 이전 버전으로 롤백했고 오류율이 정상으로 돌아왔다.',
  '헬스 체크가 HTTP 포트만 확인하여 멈춘 워커를 탐지하지 못했다.',
  '`{svc}`의 99번째 백분위 지연 시간이 120 ms에서 {n} ms로 증가했다.',
  '당직 엔지니어가 **에러 버짓 소진** 알림을 받고 {n}분 안에 확인했다.',
  '커넥션 풀 크기 설정 변경이 모든 리전에 동시에 배포되었다.',
  '이 서비스의 배포 파이프라인에는 카나리 단계가 없어서 변경이 전체 호스트에 반영되었다.',
  '고객은 결제 실패와 중복 확인 메일을 경험했다. 자세한 내용은 [상태 페이지](https://status.example.com/ko/{n})를 참고한다.',
  '클라이언트가 즉시 재시도하면서 부하가 증폭되었다.',
  '주 데이터베이스의 디스크 사용률이 {n}%에 도달했고 autovacuum이 따라가지 못했다.',
  '{p}님과 {p2}님이 장애 채널에서 함께 원인을 분석했다.',
  '알림에 연결된 런북이 이름이 바뀐 대시보드를 가리키고 있었다.',
  'SEV-2를 선언하고 장애 대응 회의를 열었으며, 장애 지휘자는 {p}님이었다.',
  '`traffic-shift` 도구로 영향받은 리전의 트래픽을 다른 리전으로 옮겼다.',
  '컨슈머를 더 큰 배치 크기로 재시작한 뒤 큐 적체가 해소되었다.',
  // 언어 규칙이 찾는 표현 (낮은 비율)
  '담당자의 실수로 잘못된 설정이 배포되었다.',
  '운영자가 배포 전에 대시보드를 확인했어야 했다.',
  '작업자의 부주의로 로드 밸런서 규칙이 삭제되었다.',
  '알림이 더 일찍 울렸더라면 영향이 작았을 것이다.',
  '관련자를 문책해야 한다는 의견이 있었다.',
  '앞으로 배포할 때 더 주의해야 한다.',
];

/** Where the blame/counterfactual sentences start in each bank; they are drawn less often. */
const EN_PLAIN = 15;
const KO_PLAIN = 15;

const TIMELINE_EN = [
  'Deploy of {svc} v{v} started',
  'Alert `HighErrorRate` fired for {svc}',
  '{p} acknowledged the page',
  'Incident declared (SEV-2), bridge opened',
  'Error rate on {svc} reached {n}%',
  'Rollback started',
  'Rollback finished; error rate back to baseline',
  'Customer support reported failed checkouts',
  'Traffic shifted to the secondary region',
  'Status page updated',
  'Root cause identified: connection pool exhausted',
  'Monitoring confirmed recovery; incident closed',
];

const TIMELINE_KO = [
  '{svc} v{v} 배포 시작',
  '{svc}에 대한 `HighErrorRate` 알림 발생',
  '{p}님이 호출 확인',
  '장애 선언 (SEV-2), 대응 회의 시작',
  '{svc} 오류율 {n}% 도달',
  '롤백 시작',
  '롤백 완료, 오류율 정상화',
  '고객센터에서 결제 실패 문의 접수',
  '보조 리전으로 트래픽 전환',
  '상태 페이지 갱신',
  '근본 원인 확인: 커넥션 풀 고갈',
  '모니터링으로 복구 확인, 장애 종료',
];

const ACTIONS_EN = [
  'Add a canary stage to the {svc} deploy pipeline',
  'Alert on connection pool saturation above 80%',
  'Make the health check exercise the worker queue',
  'Add exponential backoff with jitter to client retries',
  'Update the runbook link in the `HighErrorRate` alert',
  'Require a second approver for production config changes',
  'Investigate the slow cache warm-up',
  'Be more careful when editing load balancer rules',
  'Add a dashboard panel for queue depth per consumer',
];

const ACTIONS_KO = [
  '{svc} 배포 파이프라인에 카나리 단계 추가',
  '커넥션 풀 사용률 80% 초과 시 알림 추가',
  '헬스 체크가 워커 큐까지 확인하도록 변경',
  '클라이언트 재시도에 지수 백오프와 지터 적용',
  '`HighErrorRate` 알림의 런북 링크 갱신',
  '운영 설정 변경 시 2인 승인 필수화',
  '캐시 워밍업 지연 원인 조사',
  '로드 밸런서 규칙 수정 시 더 주의하기',
  '컨슈머별 큐 적체 대시보드 패널 추가',
];

const WHYS_EN = [
  'Checkout requests failed for 42 minutes.',
  'The payments gateway returned 503 errors.',
  'Every connection in the pool was held by a stuck request.',
  'The upstream call had no timeout configured.',
  'The client library default changed from 30 s to no timeout in v4.',
  'Library upgrades are not reviewed for changed defaults.',
  'Retries from clients multiplied the load.',
  'The alert fired only after the error budget was half spent.',
];

const WHYS_KO = [
  '결제 요청이 42분 동안 실패했다.',
  '결제 게이트웨이가 503 오류를 반환했다.',
  '풀의 모든 커넥션이 멈춘 요청에 묶여 있었다.',
  '외부 호출에 타임아웃이 설정되어 있지 않았다.',
  '클라이언트 라이브러리 v4에서 기본 타임아웃이 30초에서 무제한으로 바뀌었다.',
  '라이브러리 업그레이드 시 기본값 변경을 검토하는 절차가 없다.',
  '클라이언트 재시도가 부하를 증폭시켰다.',
  '에러 버짓이 절반 소진된 뒤에야 알림이 울렸다.',
];

/** A generated postmortem and its size. */
export interface GeneratedDoc {
  text: string;
  bytes: number;
}

/** Generates a postmortem of about `targetBytes` UTF-8 bytes; deterministic for a seed. */
export function generatePostmortem(options: GenerateOptions): GeneratedDoc {
  const rnd = mulberry32(options.seed ?? 1);
  const eol = options.eol ?? '\n';
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  const fill = (template: string, time?: string) =>
    template
      .replace(/\{svc\}/g, () => pick(SERVICES))
      .replace(/\{p2\}/g, () => pick(PEOPLE))
      .replace(/\{p\}/g, () => pick(PEOPLE))
      .replace(/\{n\}/g, () => String(int(2, 97)))
      .replace(/\{v\}/g, () => `${int(1, 9)}.${int(0, 40)}.${int(0, 9)}`)
      .replace(/\{t\}/g, () => time ?? `${pad(int(0, 23))}:${pad(int(0, 59))}`);
  // Blame and hindsight are rare in real postmortems; about one sentence in twelve here.
  const sentence = (ko: boolean) => {
    const bank = ko ? KO_SENTENCES : EN_SENTENCES;
    const plain = ko ? KO_PLAIN : EN_PLAIN;
    return fill(rnd() < 0.08 ? bank[int(plain, bank.length - 1)] : bank[int(0, plain - 1)]);
  };
  const paragraph = (ko: boolean) => Array.from({ length: int(2, 6) }, () => sentence(ko)).join(' ');

  const out: string[] = [];
  let bytes = 0;
  const push = (line = '') => {
    out.push(line);
    bytes += utf8Length(line) + eol.length;
  };
  const target = options.targetBytes;
  /** Keeps adding while the running total is below `share` of the target. */
  const until = (share: number) => bytes < target * share;

  // Days count from a start date; long timelines run over month ends like real ones do.
  const startDay = Date.UTC(2024, int(0, 11), int(1, 28));
  let day = 0;
  const dateOf = (d: number) => new Date(startDay + d * 86400000).toISOString().slice(0, 10);
  push('---');
  push(`title: "Checkout outage / 결제 장애 #${int(100, 999)}"`);
  push(`date: ${dateOf(day)}`);
  push(`severity: ${pick(['SEV-1', 'SEV-2', 'SEV-3'])}`);
  push(`status: ${pick(['draft', 'in-review', 'final'])}`);
  push(`authors: [${pick(HANDLES).slice(1)}, ${pick(HANDLES).slice(1)}]`);
  push('services:');
  for (let i = 0; i < 3; i++) push(`  - ${pick(SERVICES.slice(0, 7))}`);
  push('timezone: KST');
  push('---');
  push();
  push('# Checkout outage postmortem / 결제 장애 포스트모텀');
  push();
  push('## Summary / 개요');
  push();
  push(paragraph(false));
  push();
  push(paragraph(true));
  push();
  push('## Impact');
  push();
  push(`- ${int(1000, 90000)} failed checkouts over ${int(10, 90)} minutes`);
  push(`- 결제 실패 ${int(100, 9000)}건, 중복 메일 ${int(10, 900)}건`);
  push(`- Error budget consumed: ${int(5, 80)}% of the 30-day budget`);
  push();
  push('## Timeline');
  push();
  push('All times KST (UTC+09:00). 모든 시각은 KST 기준.');
  push();

  // The timeline takes about 35% of the document: dated sub-sections alternating list and table form.
  let minutes = int(8 * 60, 14 * 60);
  let block = 0;
  while (until(0.38)) {
    push(`### ${dateOf(day)}`);
    push();
    const asTable = block % 2 === 1;
    if (asTable) {
      push('| Time (KST) | Event | 담당 |');
      push('| --- | --- | --- |');
    }
    const rows = int(8, 25);
    for (let i = 0; i < rows && minutes < 24 * 60 - 1; i++) {
      minutes += int(1, 12);
      if (minutes >= 24 * 60) break;
      const hh = Math.floor(minutes / 60);
      const mm = minutes % 60;
      const ko = rnd() < 0.45;
      const what = fill(pick(ko ? TIMELINE_KO : TIMELINE_EN));
      const style = int(0, 9);
      let time = `${pad(hh)}:${pad(mm)}`;
      if (style === 0) time = `**${time}**`;
      else if (style === 1) time = `\`${time}\``;
      else if (style === 2 && ko) time = `${hh < 12 ? '오전' : '오후'} ${hh % 12 === 0 ? 12 : hh % 12}시 ${mm}분`;
      else if (style === 3 && !ko) time = `${hh % 12 === 0 ? 12 : hh % 12}:${pad(mm)} ${hh < 12 ? 'AM' : 'PM'}`;
      // Now and then an entry without a time, as in real drafts.
      if (rnd() < 0.03) time = '';
      if (asTable) push(`| ${time} | ${what} | ${pick(PEOPLE)} |`);
      else push(`- ${time}${time ? ' ' : ''}${what}`);
      if (!asTable && rnd() < 0.15) push(`  - ${sentence(ko)}`);
    }
    push();
    if (rnd() < 0.3) {
      push(paragraph(rnd() < 0.5));
      push();
    }
    day++;
    minutes = int(0, 10 * 60);
    block++;
  }

  push('## Root causes / 근본 원인');
  push();
  push(paragraph(false));
  push();
  push('## 5 Whys');
  push();
  // Nested lists with branching (several contributing factors) and root-cause markers.
  while (until(0.5)) {
    const ko = rnd() < 0.5;
    const bank = ko ? WHYS_KO : WHYS_EN;
    const marker = ko ? ' (근본 원인)' : ' (root cause)';
    const chain = (depth: number, indent: string) => {
      const children = depth >= int(3, 5) ? 0 : rnd() < 0.2 ? 2 : 1;
      const last = children === 0;
      const text = pick(bank);
      const mark = last && rnd() < 0.8 ? (rnd() < 0.5 ? marker : ` **${ko ? '근본 원인' : 'Root cause'}**`) : '';
      push(`${indent}- ${depth === 0 ? '' : ko ? '왜? ' : 'Why? '}${text}${mark}`);
      for (let c = 0; c < children; c++) chain(depth + 1, `${indent}  `);
    };
    chain(0, '');
    push();
  }

  push('## Resolution / 해결');
  push();
  push(paragraph(false));
  push();
  push('```bash');
  push('kubectl -n payments rollout undo deployment/payments-gateway');
  push('kubectl -n payments rollout status deployment/payments-gateway --timeout=5m');
  push('```');
  push();
  push('## Detection / 탐지');
  push();
  push(paragraph(true));
  push();

  push('## Action items / 재발 방지 대책');
  push();
  let ticket = int(100, 900);
  while (until(0.68)) {
    push('| # | Action | Type | Owner | Due | Ticket |');
    push('| --- | --- | --- | --- | --- | --- |');
    const rows = int(5, 15);
    for (let i = 1; i <= rows; i++) {
      const ko = rnd() < 0.5;
      const owner = rnd() < 0.1 ? pick(['TBD', '미정', '?', '-']) : pick(HANDLES);
      push(`| ${i} | ${fill(pick(ko ? ACTIONS_KO : ACTIONS_EN))} | ${pick(['prevent', 'mitigate', 'detect', 'process'])} | ${owner} | ${dateOf(day + int(7, 60))} | [PAY-${ticket}](https://jira.example.com/browse/PAY-${ticket}) |`);
      ticket++;
    }
    push();
    push('### 후속 조치 (checklist)');
    push();
    for (let i = 0; i < int(3, 8); i++) {
      const ko = rnd() < 0.5;
      const owner = rnd() < 0.1 ? '' : ko ? ` (담당: ${pick(PEOPLE)})` : ` (owner: ${pick(HANDLES)})`;
      push(`- [${rnd() < 0.3 ? 'x' : ' '}] ${fill(pick(ko ? ACTIONS_KO : ACTIONS_EN))}${owner}, due ${dateOf(day + int(7, 60))}`);
    }
    push();
  }

  push('## Lessons learned / 교훈');
  push();
  const lessons = ['### What went well', '### 잘 안 된 일', '### Where we got lucky', '### 잘된 일'];
  let li = 0;
  while (until(0.85)) {
    push(lessons[li % lessons.length]);
    push();
    const ko = lessons[li % lessons.length].includes('잘');
    for (let i = 0; i < int(3, 7); i++) push(`- ${sentence(ko)}`);
    push();
    push(paragraph(ko));
    push();
    li++;
  }

  push('## Discussion / 논의');
  push();
  while (until(0.96)) {
    const ko = rnd() < 0.5;
    push(paragraph(ko));
    push();
    if (rnd() < 0.1) {
      push(`> ${sentence(ko)}`);
      push();
    }
    if (rnd() < 0.05) {
      push('<!-- postmortem-lint-disable-next-line blameful-language -- quoted from the customer ticket -->');
      push(`> "${sentence(false)}"`);
      push();
    }
  }

  push('## Supporting information / 참고 자료');
  push();
  while (until(1)) {
    push('```text');
    for (let i = 0; i < int(4, 10); i++) {
      push(`${dateOf(day)}T${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}+09:00 ERROR ${pick(SERVICES.slice(0, 7))} pool exhausted (active=${int(50, 200)}, waiting=${int(0, 999)})`);
    }
    push('```');
    push();
    push(`- [Dashboard](https://grafana.example.com/d/${int(1000, 9999)}) · [Incident channel](https://chat.example.com/c/inc-${int(100, 999)})`);
    push();
  }
  const text = out.join(eol);
  return { text, bytes: utf8Length(text) };
}
