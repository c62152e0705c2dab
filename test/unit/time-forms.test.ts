import { strict as assert } from 'node:assert';
import {
  dateWithPartOfDay,
  findTimeOfDay,
  formatTimelineTime,
  leadingDate,
  placeholderDate,
  placeholderTime,
  relativeTime,
} from '../../src/core/model/time';

/** "HH:MM" of the time a text opens with (or "-"), with " ~" when approximate and the date when read. */
function t(text: string): string {
  const r = findTimeOfDay(text);
  if (!r) return '-';
  const hm = `${String(r.hours).padStart(2, '0')}:${String(r.minutes).padStart(2, '0')}`;
  const d = r.date ? ` ${r.date.year ?? '?'}-${r.date.month}-${r.date.day}` : '';
  return `${hm}${r.approximate ? ' ~' : ''}${d}${r.zone ? ` ${r.zone.zone.label}` : ''}`;
}

describe('time: forms of issue 7', () => {
  it('ends a time at a colon that follows it', () => {
    assert.equal(t('03:12: alert'), '03:12');
    assert.equal(t('07:45:09: paged'), '07:45');
    assert.equal(findTimeOfDay('07:45:09: paged')?.seconds, 9);
    assert.equal(t('**11:02:** rolled back'), '11:02');
    assert.equal(t('11:02: 롤백'), '11:02');
    // Still not a time: a ratio or a version.
    assert.equal(t('ratio 3:1:2'), '-');
  });

  it('reads the start of a range, not its end as an offset', () => {
    assert.equal(t('14:40-14:50 errors'), '14:40');
    assert.equal(t('14:00–14:30 degraded'), '14:00');
    assert.equal(t('2015-10-21T14:51:00-05:00 alert'), '14:51 2015-10-21 -05:00');
    assert.equal(t('14:51:00-05:00 alert'), '14:51 -05:00');
    assert.equal(t('14:51+09:00 alert'), '14:51 +09:00');
  });

  it('carries the AM/PM of a range end to its start', () => {
    assert.equal(t('1:42-1:59 PM: release'), '13:42');
    assert.equal(t('10:45-11:37 AM: fix'), '10:45');
    assert.equal(t('11:00-1:00 PM: lunch'), '11:00');
    assert.equal(t('5:38-10:57 PM: retro'), '17:38');
  });

  it('reads military times only after a date or before a zone', () => {
    assert.equal(t('2023-05-02 0915 deploy'), '09:15 2023-5-2');
    assert.equal(t('0915Z deploy'), '09:15 Z');
    assert.equal(t('0915 UTC deploy'), '09:15 UTC');
    assert.equal(t('2000 users'), '-');
    assert.equal(t('1234 errors'), '-');
    assert.equal(formatTimelineTime(new Date(Date.UTC(2000, 0, 1, 9, 5)), { zone: 'UTC', style: { clock: 'military' } }), '0905');
  });

  it('reads MM-DD and M/D before a time as a yearless date', () => {
    assert.equal(t('05-03 15:00 errors'), '15:00 ?-5-3');
    assert.equal(t('4/2 10:05 장애'), '10:05 ?-4-2');
    // Not before a time: not a date ("1-2 nodes").
    assert.equal(leadingDate('1-2 nodes failed'), undefined);
  });

  it('reads a date written after the opening time', () => {
    assert.equal(t('2:06 PM January 14, 2026: reported'), '14:06 2026-1-14');
    assert.equal(t('14:51 (2015-10-21) alert'), '14:51 2015-10-21');
    assert.equal(t('14:51 on Oct 21 alert'), '14:51 ?-10-21');
  });

  it('marks approximate and bounding times (EN and KO)', () => {
    for (const s of ['~14:00 a', '± 09:40 UTC b', 'about 14:00 c', 'around 14:00 d', 'approx. 14:00 e', '14:2x f', '14:00ish g']) {
      assert.ok(findTimeOfDay(s)?.approximate, s);
    }
    for (const s of ['10:05경 확인', '10:05쯤 확인', '10:05 무렵', '10:05 전후', '10:05 이후 증가', '약 10:05 확인', '오후 3시경 확인']) {
      assert.ok(findTimeOfDay(s)?.approximate, s);
    }
    for (const s of ['14:00 deploy', '10:05 확인', '10:05부터 증가', '오후 3시 5분 배포']) assert.equal(findTimeOfDay(s)?.approximate, undefined, s);
    assert.equal(t('~2026-02-17 06:2xZ found'), '06:20 ~ 2026-2-17 Z');
    assert.equal(t('2026-03-23T11:3x:00Z deferred'), '11:30 ~ 2026-3-23 Z');
  });

  it('reads US zones written out', () => {
    assert.equal(t('7:09 AM Eastern: report'), '07:09 Eastern');
    assert.equal(findTimeOfDay('14:00 Pacific Standard Time')?.zone?.zone.offset, -480);
    assert.equal(findTimeOfDay('14:00 Eastern Daylight Time')?.zone?.zone.offset, -240);
    assert.equal(findTimeOfDay('14:00 in the Central region')?.zone, undefined);
  });

  it('knows placeholders, offsets and parts of the day', () => {
    for (const s of ['1X:XX', '### 1X:XX', 'HH:MM — alert', '??:?? - update', 'xx:xx PM Jan 21', 'Dec 17th **22:XX** reports', '| hh:mm |']) {
      assert.ok(placeholderTime(s), s);
    }
    for (const s of ['14:51 alert', '12:00 noon', 'X marks']) assert.equal(placeholderTime(s), false, s);
    for (const s of ['2023-MM-DD: token', 'YYYY-MM-DD HH:MM alert']) assert.ok(placeholderDate(s), s);
    assert.equal(placeholderDate('2023-03-03: pushed'), false);
    for (const s of ['T+5m: alert', 'T-7d: deploy', 'T+0: trigger', 'T0: trigger', 'D+1: review', '배포 직후 + 5분 차단', '+10 min: paged']) {
      assert.ok(relativeTime(s), s);
    }
    for (const s of ['Tim reports', 'Deploy + rollback', '14:00 T+5']) assert.equal(relativeTime(s), false, s);
    for (const s of ['9월 26일 밤 ~ 27일(토) 오전 확대', '9월 29일(월) 현재 복구 중', 'Oct 22 morning: fix', '2024-01-02 late evening: fix']) {
      assert.ok(dateWithPartOfDay(s), s);
    }
    for (const s of ['9월 27일(토) 완진', 'Oct 22: fix', '밤에 확인']) assert.equal(dateWithPartOfDay(s), false, s);
  });
});
