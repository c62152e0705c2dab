import { strict as assert } from 'node:assert';
import {
  ZONE_ABBREVIATIONS,
  addDays,
  dateOnly,
  findDate,
  findTimeOfDay,
  findZone,
  formatTimelineTime,
  parseDateValue,
  parseTimeOfDay,
  parseZone,
  sameZone,
  zoneOffsetAt,
  zoneOffsetForWallTime,
  type TimeStyle,
} from '../../src/core/model/time';
import { assertGrowth } from './growth-check';

/** "HH:MM[:SS]" of a parsed time, or "-" when there is none. */
function hm(text: string): string {
  const t = parseTimeOfDay(text);
  if (!t) return '-';
  const base = `${String(t.hours).padStart(2, '0')}:${String(t.minutes).padStart(2, '0')}`;
  return t.seconds === undefined ? base : `${base}:${String(t.seconds).padStart(2, '0')}`;
}

describe('time: times of day', () => {
  const cases: [string, string][] = [
    // English and numeric forms
    ['14:51 Alert fired', '14:51'],
    ['14:51:07 Alert fired', '14:51:07'],
    ['9:05 Pager went off', '09:05'],
    ['2:51 PM Rollback started', '14:51'],
    ['2:51pm Rollback started', '14:51'],
    ['12:10 a.m. Cron ran', '00:10'],
    ['12 PM lunch deploy', '12:00'],
    ['11am Status page updated', '11:00'],
    ['**14:51** Alert fired', '14:51'],
    ['*14:51* Alert fired', '14:51'],
    ['`14:51` Alert fired', '14:51'],
    ['[14:51](https://grafana.example/d/1) Alert fired', '14:51'],
    ['2015-10-21T14:51:00Z Deploy', '14:51:00'],
    ['2015-10-21 14:51 KST Deploy', '14:51'],
    ['Oct 21, 14:51 UTC Deploy', '14:51'],
    ['Rolled back at 14:51', '14:51'],
    ['Rolled back at 9:05', '09:05'],
    ['14:51–15:02 Outage window', '14:51'],
    ['24:00 End of day', '00:00'],
    // Korean forms
    ['오후 2시 51분 셰익스피어 검색 폭증', '14:51'],
    ['오전 9시 담당자 호출', '09:00'],
    ['14시 51분 시스템 다운 시작', '14:51'],
    ['오후 2시 51분 7초 알림', '14:51:07'],
    ['오후2시 롤백', '14:00'],
    ['3시 반 회의 시작', '03:30'],
    ['밤 11시 배포', '23:00'],
    ['새벽 2시 알림', '02:00'],
    ['오전 12시 5분 배치 시작', '00:05'],
    ['오후 12시 점심 배포', '12:00'],
    ['오후 2:51 롤백', '14:51'],
    ['오후 14:51 롤백', '14:51'],
    ['10월 21일 (수) 14:51 배포', '14:51'],
    ['2015년 10월 21일 오후 2시 51분 배포', '14:51'],
    ['9:05에 롤백 완료', '09:05'],
    ['담당자가 14:51에 롤백', '14:51'],
  ];
  for (const [text, want] of cases) {
    it(`reads ${JSON.stringify(text)} as ${want}`, () => assert.equal(hm(text), want));
  }

  const none = [
    'Upgraded to version 1:2 of the client',
    'Error ratio was 3:1',
    '10시간 동안 장애가 지속됨',
    '2 시나리오로 테스트',
    '5 시스템이 영향을 받음',
    'See https://grafana.example/d/abc?from=10:30&to=11:45',
    'Rolled back the release',
    '롤백 완료',
    '',
    'v1:23 shipped',
    '99:99 nonsense',
    '25:10 nonsense',
    '14:61 nonsense',
  ];
  for (const text of none) {
    it(`finds no time in ${JSON.stringify(text)}`, () => assert.equal(hm(text), '-'));
  }

  it('prefers the time that opens the entry over numbers later in it', () => {
    const t = findTimeOfDay('14:51 Upgraded the client to 10:30-compatible build, ratio 3:1')!;
    assert.equal(t.start, 0);
    assert.equal(t.leading, true);
    const k = findTimeOfDay('오후 3시 롤백 (11:20에 배포된 버전)')!;
    assert.equal(k.hours, 15);
    assert.equal(k.leading, true);
  });

  it('does not take an unmarked one-digit mid-text number for a time, but takes a cued one', () => {
    assert.equal(hm('Client version 1:30 rolled out'), '-');
    assert.equal(hm('Client version 1:30 rolled out at 14:51'), '14:51');
    assert.equal(findTimeOfDay('Rolled back at 14:51')!.leading, false);
  });

  it('reports offsets of the time expression and of the zone', () => {
    const text = '**14:51 UTC** Alert';
    const t = findTimeOfDay(text)!;
    assert.equal(text.slice(t.start, t.end), '14:51');
    assert.equal(text.slice(t.zone!.start, t.zone!.end), 'UTC');
    assert.equal(t.style.wrap, '**');
    const k = '- 오후 2시 51분 (KST) 알림';
    const kt = findTimeOfDay(k)!;
    assert.equal(k.slice(kt.start, kt.end), '오후 2시 51분');
    assert.equal(kt.zone!.zone.offset, 540);
  });

  it('reads zones written right after the time', () => {
    const z = (s: string) => findTimeOfDay(s)?.zone?.zone;
    assert.equal(z('14:51Z deploy')!.offset, 0);
    assert.equal(z('14:51 UTC deploy')!.offset, 0);
    assert.equal(z('14:51 (KST) 배포')!.offset, 540);
    assert.equal(z('14:51+09:00 배포')!.offset, 540);
    assert.equal(z('14:51 -0500 deploy')!.offset, -300);
    assert.equal(z('14:51 PDT deploy')!.offset, -420);
    assert.equal(z('14:51 PT deploy')!.iana, 'America/Los_Angeles');
    assert.equal(z('14:51 UTC+9 배포')!.offset, 540);
    assert.equal(z('14:51 - deploy'), undefined);
    assert.equal(z('14:51 Estimated impact'), undefined);
  });

  it('records the date written with the time', () => {
    assert.deepEqual(findTimeOfDay('2015-10-21T14:51:00Z deploy')!.date, { year: 2015, month: 10, day: 21 });
    assert.deepEqual(findTimeOfDay('10월 22일 오전 1시 롤백')!.date, { month: 10, day: 22 });
    assert.deepEqual(findTimeOfDay('Deployed on 2015-10-21 at 14:51')!.date, { year: 2015, month: 10, day: 21 });
    assert.equal(findTimeOfDay('14:51 deploy')!.date, undefined);
  });

  it('describes the style a time is written in', () => {
    const s = (text: string) => findTimeOfDay(text)!.style;
    assert.equal(s('14:51 x').clock, '24h');
    assert.equal(s('9:05 x').padHour, false);
    assert.deepEqual(s('2:51pm x'), { clock: '12h', meridiem: 'pm', meridiemSpace: false });
    assert.equal(s('오후 2시 51분 x').clock, 'ko12');
    assert.equal(s('14시 51분 x').clock, 'ko24');
    assert.equal(s('2015-10-21T14:51:00Z x').clock, 'iso');
    assert.equal(s('`14:51` x').wrap, '`');
    assert.equal(s('14:51:07 UTC x').seconds, true);
    assert.equal(s('14:51:07 UTC x').zoneLabel, 'UTC');
  });

  it('never throws and stays fast on hostile input', () => {
    const hostile = (k: number) => [
      '1:'.repeat(50000 / k), '오후 '.repeat(30000 / k), '1시 '.repeat(30000 / k), '[x] '.repeat(20000 / k) + '14:51', '*'.repeat(100000 / k),
      '2015-10-'.repeat(10000 / k), '\u0000\uFFFF'.repeat(1000 / k),
    ];
    const readAll = (hs: string[]) => () => {
      for (const h of hs) {
        findTimeOfDay(h);
        findZone(h);
        findDate(h);
        dateOnly(h);
        parseZone(h);
      }
    };
    readAll(hostile(1))();
    // 4× the input costs at most 10× the time (quadratic would be 16×), a ratio measured in this test, so a busy machine
    // does not fail it (was a wall-clock bound of 5 s on the full-size inputs, which are still read above).
    assertGrowth('time readers on hostile input', readAll(hostile(4)), readAll(hostile(1)), { scale: 4, maxRatio: 10 });
  });
});

describe('time: dates', () => {
  const cases: [string, object | undefined][] = [
    ['Timeline (2015-10-21)', { year: 2015, month: 10, day: 21 }],
    ['2015/10/21', { year: 2015, month: 10, day: 21 }],
    ['2015. 10. 21.', { year: 2015, month: 10, day: 21 }],
    ['2015년 10월 21일', { year: 2015, month: 10, day: 21 }],
    ['10월 21일 (수)', { month: 10, day: 21 }],
    ['Oct 21', { month: 10, day: 21 }],
    ['Wednesday, October 21st, 2015', { year: 2015, month: 10, day: 21 }],
    ['21 Oct 2015', { year: 2015, month: 10, day: 21 }],
    ['Day 2 — Sept 3', { month: 9, day: 3 }],
    ['10/21', { month: 10, day: 21 }],
    ['21/10/2015', { year: 2015, month: 10, day: 21 }],
    ['Phase 1/2', undefined],
    ['2015-02-30', undefined],
    ['13월 1일', undefined],
    ['Octopus 5', undefined],
    ['Deployed 2 pods', undefined],
  ];
  for (const [text, want] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(findDate(text)?.date, want));
  }

  it('tells a date-only line from an entry that starts with a date', () => {
    assert.deepEqual(dateOnly('**2015-10-21**'), { year: 2015, month: 10, day: 21 });
    assert.deepEqual(dateOnly('10월 21일 (수)'), { month: 10, day: 21 });
    assert.deepEqual(dateOnly('Oct 22:'), { month: 10, day: 22 });
    assert.equal(dateOnly('2015-10-21 Deploy started'), undefined);
    assert.equal(dateOnly('10월 21일 배포 시작'), undefined);
  });

  it('reads front matter values, strings and Dates', () => {
    assert.deepEqual(parseDateValue('2015-10-21')!.date, { year: 2015, month: 10, day: 21 });
    const v = parseDateValue('2015-10-21T14:51:00+09:00')!;
    assert.equal(v.time!.zone!.zone.offset, 540);
    assert.deepEqual(parseDateValue(new Date(Date.UTC(2015, 9, 21)))!.date, { year: 2015, month: 10, day: 21 });
    assert.equal(parseDateValue(42), undefined);
    assert.equal(parseDateValue('yesterday'), undefined);
  });

  it('adds days across month and year ends, keeping a missing year missing', () => {
    assert.deepEqual(addDays({ year: 2015, month: 12, day: 31 }, 1), { year: 2016, month: 1, day: 1 });
    assert.deepEqual(addDays({ month: 10, day: 31 }, 1), { month: 11, day: 1 });
  });
});

describe('time: zones', () => {
  it('finds zones in notes, English and Korean', () => {
    const z = (s: string) => findZone(s)?.zone;
    assert.equal(z('All times UTC')!.offset, 0);
    assert.equal(z('All times are in KST.')!.offset, 540);
    assert.equal(z('모든 시각은 KST')!.offset, 540);
    assert.equal(z('모든 시각은 한국 시간 기준')!.offset, 540);
    assert.equal(z('시간은 협정 세계시(UTC) 기준')!.offset, 0);
    assert.equal(z('Times in America/New_York')!.iana, 'America/New_York');
    assert.equal(z('(+09:00)')!.offset, 540);
    assert.equal(z('세계 시장 점유율'), undefined);
    assert.equal(z('Est. cost was high'), undefined);
    assert.equal(z('We met at the east entrance'), undefined);
    // Two-letter zones only where a zone is expected (after a time, in a heading).
    assert.equal(z('The PT team'), undefined);
    assert.equal(findZone('Timeline (PT)', { weak: true })!.zone.iana, 'America/Los_Angeles');
  });

  it('parses front matter zones', () => {
    assert.equal(parseZone('Asia/Seoul')!.iana, 'Asia/Seoul');
    assert.equal(parseZone('UTC')!.offset, 0);
    assert.equal(parseZone('Z')!.offset, 0);
    assert.equal(parseZone('+09:00')!.offset, 540);
    assert.equal(parseZone('+0900')!.offset, 540);
    assert.equal(parseZone('-03:30')!.offset, -210);
    assert.equal(parseZone('UTC+9')!.offset, 540);
    assert.equal(parseZone('kst')!.offset, 540);
    assert.equal(parseZone('한국 시간')!.offset, 540);
    assert.equal(parseZone(9)!.offset, 540);
    assert.equal(parseZone('Mars/Olympus_Mons'), undefined);
    assert.equal(parseZone('+15:00'), undefined);
    assert.equal(parseZone(''), undefined);
    assert.equal(parseZone(null), undefined);
    assert.equal(parseZone({}), undefined);
  });

  it('knows every abbreviation of its table (the literal pattern and the table agree)', () => {
    for (const abbr of ZONE_ABBREVIATIONS) {
      // "Z" only counts glued to the time ("14:51Z"); the words after a space.
      const t = findTimeOfDay(abbr === 'Z' ? '14:51Z x' : `14:51 ${abbr} x`);
      assert.ok(t?.zone, `${abbr} after a time`);
      assert.equal(t.zone.zone.label, abbr);
    }
  });

  it('computes offsets of IANA zones at a date, daylight saving included', () => {
    const la = parseZone('America/Los_Angeles')!;
    assert.equal(zoneOffsetAt(la, Date.UTC(2015, 0, 15)), -480);
    assert.equal(zoneOffsetAt(la, Date.UTC(2015, 6, 15)), -420);
    assert.equal(zoneOffsetAt(parseZone('Asia/Seoul')!, Date.UTC(2015, 9, 21)), 540);
    // 2015-03-08 03:30 local exists only in PDT (the clock jumped from 02:00 to 03:00).
    assert.equal(zoneOffsetForWallTime(la, Date.UTC(2015, 2, 8, 3, 30)), -420);
    assert.equal(zoneOffsetForWallTime(la, Date.UTC(2015, 2, 8, 1, 30)), -480);
  });

  it('treats equal offsets and DST pairs as one zone, and different ones as different', () => {
    assert.ok(sameZone(parseZone('KST')!, parseZone('+09:00')!));
    assert.ok(sameZone(parseZone('KST')!, parseZone('Asia/Seoul')!));
    assert.ok(sameZone(parseZone('UTC')!, parseZone('Z')!));
    assert.ok(sameZone(parseZone('GMT')!, parseZone('+00:00')!));
    assert.ok(sameZone(parseZone('PST')!, parseZone('PDT')!));
    assert.ok(sameZone(parseZone('PDT')!, parseZone('America/Los_Angeles')!, Date.UTC(2015, 6, 1)));
    assert.ok(!sameZone(parseZone('UTC')!, parseZone('KST')!));
    assert.ok(!sameZone(parseZone('+09:00')!, parseZone('+08:00')!));
  });
});

describe('time: formatTimelineTime', () => {
  // 2015-10-21 05:51:07 UTC = 14:51:07 KST = 22:51:07 PDT (previous day).
  const at = new Date(Date.UTC(2015, 9, 21, 5, 51, 7));
  const cases: [TimeStyle, string, string][] = [
    [{ clock: '24h' }, 'KST', '14:51'],
    [{ clock: '24h', zone: true }, 'KST', '14:51 KST'],
    [{ clock: '24h', seconds: true }, 'UTC', '05:51:07'],
    [{ clock: '24h', padHour: false }, 'UTC', '5:51'],
    [{ clock: '12h', meridiem: 'PM', meridiemSpace: true }, 'KST', '2:51 PM'],
    [{ clock: '12h', meridiem: 'pm', meridiemSpace: false }, 'UTC', '5:51am'],
    [{ clock: 'ko12' }, 'KST', '오후 2시 51분'],
    [{ clock: 'ko12' }, 'UTC', '오전 5시 51분'],
    [{ clock: 'ko24' }, 'KST', '14시 51분'],
    [{ clock: 'iso', seconds: true, zoneLabel: 'Z' }, 'UTC', '2015-10-21T05:51:07Z'],
    [{ clock: 'iso' }, '+09:00', '2015-10-21T14:51+09:00'],
    [{ clock: '24h', date: true, wrap: '**' }, 'KST', '2015-10-21 **14:51**'],
    [{ clock: '24h', zone: true, zoneLabel: 'PST' }, 'America/Los_Angeles', '22:51 PDT'],
    [{ clock: '24h', zone: true }, 'Asia/Seoul', '14:51 +09:00'],
  ];
  for (const [style, zone, want] of cases) {
    it(`writes ${want}`, () => assert.equal(formatTimelineTime(at, { zone, style }), want));
  }

  it('writes a whole hour the Korean way', () => {
    assert.equal(formatTimelineTime(new Date(Date.UTC(2015, 9, 21, 6, 0)), { zone: 'KST', style: { clock: 'ko12' } }), '오후 3시');
  });

  it('reads the runtime clock when no zone is given', () => {
    const local = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    assert.equal(formatTimelineTime(at), local);
  });

  it('round-trips: what it writes parses back to the same time', () => {
    const styles: TimeStyle[] = [{ clock: '24h' }, { clock: '12h', meridiem: 'PM' }, { clock: 'ko12' }, { clock: 'ko24' }, { clock: 'iso' }];
    for (let h = 0; h < 24; h += 5) {
      const d = new Date(Date.UTC(2015, 9, 21, h, 7));
      for (const style of styles) {
        const s = formatTimelineTime(d, { zone: 'UTC', style });
        const t = parseTimeOfDay(s)!;
        assert.ok(t, s);
        assert.deepEqual([t.hours, t.minutes], [h, 7], s);
      }
    }
  });
});
