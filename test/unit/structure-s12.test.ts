import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { findTimeOfDay, parseZone, sameZone } from '../../src/core/model/time';
import { timelineOrder } from '../../src/core/rules/timeline-order';
import { timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Rule } from '../../src/core/types';

/*
 * Session 12, structural rules on real postmortems (issue 7). Each kind as NEW invented documents, English and
 * Korean where the kind exists in both; none shares content with the corpus document that showed it.
 */

function findings(text: string, rules: Rule[]): string[] {
  return lint(text, { rules }).findings.map((f) => `${f.line} ${f.ruleId}`);
}
const zone = (text: string) => findings(text, [timelineTimezone]);
const TIMELINE = [timelineTimestamp, timelineOrder, timelineTimezone];
const timeline = (text: string) => findings(text, TIMELINE);

// Kind: a timeline whose zone is written as a standard abbreviation the old table lacked (Gulf, South African,
// Indochina, Philippine, Brasília, Pakistan, Australian Central … time; the PostgreSQL timezonesets list), in TIME
// CONTEXT: right after a time and followed by a separator (": ", " - ", ")", end of line or cell), right before a time,
// alone in brackets in a timeline heading or a time column's header, or in a note about times ("All times in PHT",
// "모든 시각은 ICT 기준"). The zone is stated, so no "no time zone" finding; mixing it with another zone is still
// reported. The same letters elsewhere (an acronym in prose, a heading's subject, "14:05 SAST scan finished") state
// no zone.
describe('structure s12: zone abbreviations of the wider list, in time context', () => {
  it('reads a Gulf-time entry zone after the time, with a colon (EN)', () => {
    const doc = [
      '# Card terminal sync failure',
      '',
      '## Timeline',
      '',
      '08:05 GST: settlement job reported 0 rows for the Abu Dhabi branch  ',
      '08:20 GST: on-call confirmed the terminal feed was empty  ',
      '09:02 GST: feed restarted, backlog drained by 09:40  ',
      '',
    ].join('\n');
    assert.deepEqual(zone(doc), []);
    // Without the zone words the timeline states none.
    assert.deepEqual(zone(doc.replace(/ GST/g, '')), ['3 timeline-timezone']);
  });

  it('reads a zone in the time column header of a table (EN, KO)', () => {
    const en = [
      '## Timeline',
      '',
      '| Time (SAST) | Event |',
      '| --- | --- |',
      '| 06:40 | Load-shedding notice received for the Midrand site |',
      '| 07:58 | Generator failed to start; UPS on battery |',
      '| 08:31 | Racks powered down in order |',
      '',
    ].join('\n');
    assert.deepEqual(zone(en), []);
    const ko = [
      '## 타임라인',
      '',
      '| 시각 (PHT) | 내용 |',
      '| --- | --- |',
      '| 10:12 | 마닐라 상담 센터 전화 연결 실패 접수 |',
      '| 10:25 | 교환기 이중화 회선 전환 |',
      '| 11:03 | 통화 정상화 확인 |',
      '',
    ].join('\n');
    assert.deepEqual(zone(ko), []);
  });

  it('reads a note about times that names the zone (EN, KO)', () => {
    const en = [
      '## Timeline',
      '',
      'All times are in ICT.',
      '',
      '- 13:10 Warehouse scanners stopped uploading',
      '- 13:35 Wi-Fi controller rebooted',
      '- 13:50 Uploads resumed',
      '',
    ].join('\n');
    assert.deepEqual(zone(en), []);
    const ko = [
      '## 타임라인',
      '',
      '모든 시각은 ICT 기준입니다.',
      '',
      '- 13:10 호찌민 물류센터 스캐너 업로드 중단',
      '- 13:35 무선 컨트롤러 재시작',
      '- 13:50 업로드 재개',
      '',
    ].join('\n');
    assert.deepEqual(zone(ko), []);
  });

  it('reads a zone in brackets after the time and one written before it (KO, EN)', () => {
    const ko = [
      '## 타임라인',
      '',
      '- 14:20 (BRT) 상파울루 게임 서버 접속 불가 제보',
      '- 14:31 (BRT) 라우팅 테이블 이상 확인',
      '- 15:02 (BRT) 회선 사업자 복구',
      '',
    ].join('\n');
    assert.deepEqual(zone(ko), []);
    const en = [
      '## Timeline',
      '',
      '- PKT 21:15 — nightly ledger export hung',
      '- PKT 21:40 — export restarted with a smaller batch',
      '- PKT 22:05 — export finished',
      '',
    ].join('\n');
    assert.deepEqual(zone(en), []);
  });

  it('reads a timeline heading that names the zone alone in brackets (EN)', () => {
    const doc = ['## Timeline (ACST)', '', '- 07:30 Tram ticketing gates rejected cards', '- 07:55 Fare tables rolled back', ''].join('\n');
    assert.deepEqual(zone(doc), []);
  });

  it('reports an entry in another zone than the others (EN, KO)', () => {
    const en = ['## Timeline', '', '- 08:05 GST: queue depth alert', '- 08:20 GST: consumers scaled out', '- 04:40 UTC: queue drained', ''].join('\n');
    assert.deepEqual(zone(en), ['5 timeline-timezone']);
    const ko = ['## 타임라인', '', '- 10:12 (PHT) 콜 연결 실패', '- 10:25 (PHT) 회선 전환', '- 11:30 (KST) 본사 보고', ''].join('\n');
    assert.deepEqual(zone(ko), ['5 timeline-timezone']);
  });

  it('treats the standard and daylight names of one region as one zone (EN)', () => {
    const doc = ['## Timeline', '', '- 23:50 ACDT: backup window opened', '- 02:10 ACST: clocks went back; backup still running', '- 02:40 ACST: backup done', ''].join('\n');
    assert.deepEqual(zone(doc), []);
    assert.ok(sameZone(parseZone('ACST')!, parseZone('ACDT')!));
  });

  it('takes the front matter value (EN)', () => {
    const doc = ['---', 'timezone: GST', '---', '', '## Timeline', '', '- 08:05 alert', '- 08:20 fix', ''].join('\n');
    assert.deepEqual(zone(doc), []);
    assert.equal(parseZone('GST')!.offset, 240);
  });

  it('states no zone with the same letters out of time context (EN, KO)', () => {
    // An acronym in prose, the subject of a heading, a word after a time that goes on as a noun phrase.
    const prose = [
      '# Scanner outage',
      '',
      'The SAST pipeline and the GST invoicing service share one runner pool.',
      '',
      '## Timeline of the SAST runner outage',
      '',
      '- 14:05 SAST scan finished with errors',
      '- 14:20 runner pool drained',
      '',
    ].join('\n');
    assert.deepEqual(zone(prose), ['5 timeline-timezone']);
    const http = ['## Timeline', '', '- 09:14 GET /orders started returning 502', '- 09:30 upstream restarted', ''].join('\n');
    assert.deepEqual(zone(http), ['1 timeline-timezone']);
    const ko = ['## 타임라인', '', '- 14:05 ICT 본부 점검 공지 발송', '- 14:40 점검 종료', ''].join('\n');
    assert.deepEqual(zone(ko), ['1 timeline-timezone']);
  });

  it('reads the new abbreviations after a time only before a separator', () => {
    assert.equal(findTimeOfDay('16:42 GST: reported')?.zone?.zone.label, 'GST');
    assert.equal(findTimeOfDay('at 16:42 GST.')?.zone?.zone.label, 'GST');
    assert.equal(findTimeOfDay('| 16:42 GST |')?.zone?.zone.label, 'GST');
    assert.equal(findTimeOfDay('16:42 GST')?.zone?.zone.label, 'GST');
    assert.equal(findTimeOfDay('16:42 GST invoices posted')?.zone, undefined);
    assert.equal(findTimeOfDay('16:42 GET /health')?.zone, undefined);
    // The old table is unchanged: its abbreviations are read before any word.
    assert.equal(findTimeOfDay('16:42 KST 배포 시작')?.zone?.zone.label, 'KST');
  });

  it('leaves the other timeline rules alone (EN)', () => {
    const doc = ['## Timeline', '', '16:42 GST: alert  ', '16:50 GST: rollback  ', '17:05 GST: recovered  ', ''].join('\n');
    assert.deepEqual(timeline(doc), []);
  });
});

// Kind: a zone written out by its standard name (the CLDR long names, English and Korean: "Gulf Standard Time",
// "Australian Eastern Standard Time", "걸프만 표준시", "호주 동부 표준시", "인도차이나 시간") or as an IANA city with
// "time" ("Berlin time", "Sao Paulo time"): a zone stated, read as that zone (an Australian name is not US Eastern).
// Capitalised words before "Time" that name no zone ("Response Time", "Release Time") state none.
describe('structure s12: zones written out by their standard names or a city', () => {
  it('reads a standard long name in a heading or a note (EN)', () => {
    const heading = ['## Timeline (Gulf Standard Time)', '', '- 07:15 Payment gateway timeouts rose', '- 07:48 Gateway pool resized', ''].join('\n');
    assert.deepEqual(zone(heading), []);
    const note = ['## Timeline', '', 'All times are Moscow Standard Time.', '', '- 02:10 Replica lag alert', '- 02:45 Replica rebuilt', ''].join('\n');
    assert.deepEqual(zone(note), []);
  });

  it('reads an Australian name as Australian, not as US Eastern (EN)', () => {
    const doc = [
      '## Timeline',
      '',
      'All times are Australian Eastern Standard Time.',
      '',
      '- 09:10 (+10:00) Booking site returned errors',
      '- 09:40 (+10:00) Cache cluster restarted',
      '',
    ].join('\n');
    // The entries' +10:00 is the stated zone: no mixed-zone finding (US Eastern would be -05:00).
    assert.deepEqual(zone(doc), []);
    assert.equal(parseZone('Australian Eastern Standard Time')!.family, 'Australia/Sydney');
  });

  it('reads a city with "time" (EN)', () => {
    const doc = ['## Timeline', '', 'Times below are Berlin time.', '', '- 11:02 Checkout latency doubled', '- 11:30 Feature flag turned off', ''].join('\n');
    assert.deepEqual(zone(doc), []);
    const entries = ['## Timeline', '', '- 18:05 Sao Paulo time: card authorisations failing', '- 18:40 Sao Paulo time: acquirer failover done', ''].join('\n');
    assert.deepEqual(zone(entries), []);
  });

  it('reads a Korean standard name (KO)', () => {
    const heading = ['## 타임라인 (걸프만 표준시)', '', '- 07:15 결제 게이트웨이 타임아웃 증가', '- 07:48 커넥션 풀 증설', ''].join('\n');
    assert.deepEqual(zone(heading), []);
    const note = ['## 타임라인', '', '모든 시각은 인도차이나 시간 기준입니다.', '', '- 13:10 물류센터 스캐너 업로드 중단', '- 13:50 업로드 재개', ''].join('\n');
    assert.deepEqual(zone(note), []);
    assert.equal(parseZone('호주 동부 표준시')!.family, 'Australia/Sydney');
  });

  it('states no zone with capitalised words that name none (EN, KO)', () => {
    const en = ['## Timeline', '', 'Mean Response Time doubled during the window.', '', '- 07:15 alerts fired', '- 07:48 pool resized', ''].join('\n');
    assert.deepEqual(zone(en), ['1 timeline-timezone']);
    const ko = ['## 타임라인', '', '평균 응답 시간이 두 배가 되었다.', '', '- 07:15 알림 발생', '- 07:48 풀 증설', ''].join('\n');
    assert.deepEqual(zone(ko), ['1 timeline-timezone']);
  });
});
