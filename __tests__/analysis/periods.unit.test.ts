import {
  calendarDateOf,
  canonicalTimeZone,
  isoWeekOf,
  periodBounds,
  periodKeyer,
  periodKeyOfDate,
} from '../../src/analysis/periods.js'

const date = (text: string) => {
  const [year, month, day] = text.split('-').map(Number)
  return { year: year!, month: month!, day: day! }
}

describe('ISO weeks', () => {
  test('a Sunday closes its week, the Monday after starts the next', () => {
    // 2026-04-19 is a Sunday, 2026-04-20 a Monday.
    expect(new Date('2026-04-19T12:00:00Z').getUTCDay()).toBe(0)
    expect(periodKeyOfDate(date('2026-04-19'), 'week')).toBe('2026-W16')
    expect(periodKeyOfDate(date('2026-04-20'), 'week')).toBe('2026-W17')
    expect(periodKeyOfDate(date('2026-04-13'), 'week')).toBe('2026-W16')
  })

  test('the year boundary: the week of the year whose Thursday it holds', () => {
    // 2026 starts on a Thursday and ends on one: it has 53 weeks, and 1–3 January 2027 belong to its last.
    expect(isoWeekOf(date('2026-12-31'))).toEqual({ year: 2026, week: 53 })
    expect(periodKeyOfDate(date('2027-01-01'), 'week')).toBe('2026-W53')
    expect(periodKeyOfDate(date('2027-01-03'), 'week')).toBe('2026-W53')
    expect(periodKeyOfDate(date('2027-01-04'), 'week')).toBe('2027-W01')
    // 29 December 2025 (a Monday) starts 2026-W01.
    expect(periodKeyOfDate(date('2025-12-28'), 'week')).toBe('2025-W52')
    expect(periodKeyOfDate(date('2025-12-29'), 'week')).toBe('2026-W01')
  })

  test('days and months', () => {
    expect(periodKeyOfDate(date('2026-04-07'), 'day')).toBe('2026-04-07')
    expect(periodKeyOfDate(date('2026-04-07'), 'month')).toBe('2026-04')
  })
})

describe('periods of instants in a time zone', () => {
  test('a time zone moves a record across midnight, and so into the next ISO week', () => {
    const at = '2026-04-19T23:30:00Z'
    expect(periodKeyer('day', 'UTC')(at)).toBe('2026-04-19')
    expect(periodKeyer('week', 'UTC')(at)).toBe('2026-W16')
    // Berlin is UTC+2 in April: 01:30 on Monday.
    expect(periodKeyer('day', 'Europe/Berlin')(at)).toBe('2026-04-20')
    expect(periodKeyer('week', 'Europe/Berlin')(at)).toBe('2026-W17')
    // New York is UTC-4: still Sunday evening; 02:30Z is the evening before.
    expect(periodKeyer('day', 'America/New_York')(at)).toBe('2026-04-19')
    expect(periodKeyer('day', 'America/New_York')('2026-05-01T02:30:00Z')).toBe('2026-04-30')
    expect(periodKeyer('month', 'America/New_York')('2026-05-01T02:30:00Z')).toBe('2026-04')
  })

  test('the keyer reuses its quarter hour but not across one', () => {
    const key = periodKeyer('day', 'Asia/Kathmandu') // UTC+05:45
    expect(key('2026-04-19T18:14:59Z')).toBe('2026-04-19')
    expect(key('2026-04-19T18:15:00Z')).toBe('2026-04-20')
    expect(key('not a time')).toBeUndefined()
  })

  test('the minute kept is the minute in its own zone: the same clock time with another offset is another instant', () => {
    const key = periodKeyer('day', 'UTC')
    expect(key('2026-04-19T00:30:00Z')).toBe('2026-04-19')
    expect(key('2026-04-19T00:30:10.5Z')).toBe('2026-04-19')
    expect(key('2026-04-19T00:30:00+02:00')).toBe('2026-04-18')
    expect(key('2026-04-19T00:30:59+02:00')).toBe('2026-04-18')
    expect(key('Sun, 19 Apr 2026 23:30:00 GMT')).toBe('2026-04-19')
    expect(key('Sun, 19 Apr 2026 00:30:00 GMT')).toBe('2026-04-19')
    expect(key('Mon, 20 Apr 2026 00:30:00 GMT')).toBe('2026-04-20')
  })

  test('calendar date of an instant', () => {
    expect(calendarDateOf(Date.parse('2026-12-31T23:00:00Z'), 'Asia/Tokyo')).toEqual(date('2027-01-01'))
  })
})

describe('bounds', () => {
  test('UTC: start inclusive, end the next period start', () => {
    expect(periodBounds('2026-04-17', 'day', 'UTC')).toEqual({
      start: '2026-04-17T00:00:00.000Z',
      end: '2026-04-18T00:00:00.000Z',
    })
    expect(periodBounds('2026-W16', 'week', 'UTC')).toEqual({
      start: '2026-04-13T00:00:00.000Z',
      end: '2026-04-20T00:00:00.000Z',
    })
    expect(periodBounds('2026-W53', 'week', 'UTC')).toEqual({
      start: '2026-12-28T00:00:00.000Z',
      end: '2027-01-04T00:00:00.000Z',
    })
    expect(periodBounds('2026-12', 'month', 'UTC')).toEqual({
      start: '2026-12-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    })
  })

  test('a zone: local midnights, across a DST change', () => {
    // Berlin: CET (+1) until 29 March 2026 02:00, CEST (+2) after.
    expect(periodBounds('2026-03', 'month', 'Europe/Berlin')).toEqual({
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
    })
    expect(periodBounds('2026-W17', 'week', 'Europe/Berlin')).toEqual({
      start: '2026-04-19T22:00:00.000Z',
      end: '2026-04-26T22:00:00.000Z',
    })
  })

  test('a malformed key is an error naming it', () => {
    expect(() => periodBounds('2026-16', 'week', 'UTC')).toThrow("Invalid week period '2026-16'.")
  })
})

test('time zones: canonical names, unknown ones quoted', () => {
  expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin')
  expect(() => canonicalTimeZone('Mars/Olympus')).toThrow("Invalid time zone 'Mars/Olympus'")
})
