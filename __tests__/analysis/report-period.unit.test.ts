// ISO weeks and months in UTC: the Sunday-to-Monday boundary, week 53, weeks across a year boundary, and the last
// complete period a rollup covers by default.
import { lastCompletePeriod, periodContaining, periodOfId, previousPeriod } from '../../src/analysis/report-period.js'

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

test('period ids read back into their period; ids that are no period are null', () => {
  expect(periodOfId('week', '2026-W53')?.start).toBe('2026-12-28')
  expect(periodOfId('week', '2025-W53')).toBeNull() // 2025 has 52 ISO weeks
  expect(periodOfId('month', '2026-13')).toBeNull()
  expect(periodOfId('day', '2026-02-30')).toBeNull()
  expect(periodOfId('month', '2026-05')?.end).toBe('2026-05-31')
})
