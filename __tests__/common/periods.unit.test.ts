import {
  calendarDateOf,
  canonicalTimeZone,
  isoWeekOf,
  lastCompletePeriod,
  periodBounds,
  periodContaining,
  periodIdReader,
  periodIdOfDate,
  previousPeriod,
} from '../../src/common/periods.js'

const date = (text: string) => {
  const [year, month, day] = text.split('-').map(Number)
  return { year: year!, month: month!, day: day! }
}

describe('ISO weeks', () => {
  test('a Sunday closes its week, the Monday after starts the next', () => {
    // 2026-04-19 is a Sunday, 2026-04-20 a Monday.
    expect(new Date('2026-04-19T12:00:00Z').getUTCDay()).toBe(0)
    expect(periodIdOfDate(date('2026-04-19'), 'week')).toBe('2026-W16')
    expect(periodIdOfDate(date('2026-04-20'), 'week')).toBe('2026-W17')
    expect(periodIdOfDate(date('2026-04-13'), 'week')).toBe('2026-W16')
  })

  test('the year boundary: the week of the year whose Thursday it holds', () => {
    // 2026 starts on a Thursday and ends on one: it has 53 weeks, and 1–3 January 2027 belong to its last.
    expect(isoWeekOf(date('2026-12-31'))).toEqual({ year: 2026, week: 53 })
    expect(periodIdOfDate(date('2027-01-01'), 'week')).toBe('2026-W53')
    expect(periodIdOfDate(date('2027-01-03'), 'week')).toBe('2026-W53')
    expect(periodIdOfDate(date('2027-01-04'), 'week')).toBe('2027-W01')
    // 29 December 2025 (a Monday) starts 2026-W01.
    expect(periodIdOfDate(date('2025-12-28'), 'week')).toBe('2025-W52')
    expect(periodIdOfDate(date('2025-12-29'), 'week')).toBe('2026-W01')
  })

  test('days and months', () => {
    expect(periodIdOfDate(date('2026-04-07'), 'day')).toBe('2026-04-07')
    expect(periodIdOfDate(date('2026-04-07'), 'month')).toBe('2026-04')
  })
})

describe('periods of instants in a time zone', () => {
  test('a time zone moves a record across midnight, and so into the next ISO week', () => {
    const at = '2026-04-19T23:30:00Z'
    expect(periodIdReader('day', 'UTC')(at)).toBe('2026-04-19')
    expect(periodIdReader('week', 'UTC')(at)).toBe('2026-W16')
    // Berlin is UTC+2 in April: 01:30 on Monday.
    expect(periodIdReader('day', 'Europe/Berlin')(at)).toBe('2026-04-20')
    expect(periodIdReader('week', 'Europe/Berlin')(at)).toBe('2026-W17')
    // New York is UTC-4: still Sunday evening; 02:30Z is the evening before.
    expect(periodIdReader('day', 'America/New_York')(at)).toBe('2026-04-19')
    expect(periodIdReader('day', 'America/New_York')('2026-05-01T02:30:00Z')).toBe('2026-04-30')
    expect(periodIdReader('month', 'America/New_York')('2026-05-01T02:30:00Z')).toBe('2026-04')
  })

  test('the keyer reuses its quarter hour but not across one', () => {
    const key = periodIdReader('day', 'Asia/Kathmandu') // UTC+05:45
    expect(key('2026-04-19T18:14:59Z')).toBe('2026-04-19')
    expect(key('2026-04-19T18:15:00Z')).toBe('2026-04-20')
    expect(key('not a time')).toBeUndefined()
  })

  test('the minute kept is the minute in its own zone: the same clock time with another offset is another instant', () => {
    const key = periodIdReader('day', 'UTC')
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

// ISO weeks and months in UTC: the Sunday-to-Monday boundary, week 53, weeks across a year boundary, and the last
// complete period a rollup covers by default.
test('a Sunday and the Monday after it fall in consecutive ISO weeks', () => {
  // 2026-05-10 is a Sunday, 2026-05-11 a Monday.
  expect(new Date('2026-05-10T12:00:00Z').getUTCDay()).toBe(0)
  const sunday = periodContaining('week', '2026-05-10T23:59:59Z')
  const monday = periodContaining('week', '2026-05-11T00:00:00Z')
  expect(sunday).toMatchObject({ id: '2026-W19', start: '2026-05-04', end: '2026-05-10' })
  expect(monday).toMatchObject({ id: '2026-W20', start: '2026-05-11', end: '2026-05-17' })
  expect(sunday.days).toHaveLength(7)
  expect(previousPeriod(monday).id).toBe('2026-W19')
})

test('week 53 and weeks that straddle a year boundary belong to the year of their Thursday', () => {
  // 2026 starts on a Thursday, so it has 53 ISO weeks: W53 runs Mon 2026-12-28 to Sun 2027-01-03.
  expect(periodContaining('week', '2027-01-03')).toMatchObject({
    id: '2026-W53',
    start: '2026-12-28',
    end: '2027-01-03',
  })
  expect(periodContaining('week', '2027-01-04').id).toBe('2027-W01')
  // 2024-12-30 (a Monday) starts 2025-W01: its Thursday is 2025-01-02.
  expect(periodContaining('week', '2024-12-31').id).toBe('2025-W01')
  expect(periodContaining('week', '2024-12-29').id).toBe('2024-W52')
  // 2021-01-01 (a Friday) is still in 2020-W53.
  expect(periodContaining('week', '2021-01-01').id).toBe('2020-W53')
  expect(previousPeriod(periodContaining('week', '2027-01-04')).id).toBe('2026-W53')
})

test('months run from the 1st to the last day, in UTC', () => {
  expect(periodContaining('month', '2026-02-14T10:00:00Z')).toMatchObject({
    id: '2026-02',
    start: '2026-02-01',
    end: '2026-02-28',
  })
  expect(periodContaining('month', '2028-02-29').days).toHaveLength(29)
  expect(previousPeriod(periodContaining('month', '2026-01-05')).id).toBe('2025-12')
  // 23:30 on 31 May in UTC is still May, whatever the machine's zone.
  expect(periodContaining('month', '2026-05-31T23:30:00Z').id).toBe('2026-05')
})

test('the last complete period ended before today began', () => {
  // Monday 2026-05-11: the week before is complete; on Sunday 2026-05-10 it is still running.
  expect(lastCompletePeriod('week', new Date('2026-05-11T00:10:00Z')).id).toBe('2026-W19')
  expect(lastCompletePeriod('week', new Date('2026-05-10T23:50:00Z')).id).toBe('2026-W18')
  expect(lastCompletePeriod('month', new Date('2026-06-01T06:00:00Z')).id).toBe('2026-05')
  expect(lastCompletePeriod('month', new Date('2026-01-15T06:00:00Z')).id).toBe('2025-12')
})
