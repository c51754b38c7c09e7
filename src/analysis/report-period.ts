/**
 * Calendar periods of reports, in UTC: days (`2026-05-04`), ISO weeks (`2026-W19`, Monday to Sunday, the week of
 * the year's first Thursday is week 1, so 29–31 December can be week 1 of the next year and 1–3 January week 52 or
 * 53 of the previous one) and months (`2026-05`). A rollup covers one period; a budget is spent per period.
 */

export type PeriodKind = 'day' | 'week' | 'month'

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month']

export interface Period {
  kind: PeriodKind
  /** `2026-05-04`, `2026-W19`, `2026-05`: ids of one kind sort in time order as text. */
  id: string
  /** First UTC day (YYYY-MM-DD). */
  start: string
  /** Last UTC day (YYYY-MM-DD), inclusive. */
  end: string
  /** Every UTC day of the period, in order. */
  days: string[]
}

const DAY_MS = 86_400_000

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** YYYY-MM-DD of a UTC day number (days since 1970-01-01). */
const dayText = (dayNumber: number): string => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)

/** UTC day number of a date or of a YYYY-MM-DD text. */
function dayNumberOf(date: Date | string): number {
  const ms = typeof date === 'string' ? Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date) : date.getTime()
  if (Number.isNaN(ms)) throw new Error(`Not a date: '${String(date)}'.`)
  return Math.floor(ms / DAY_MS)
}

/** The UTC day (YYYY-MM-DD) a time falls on. */
export function utcDayOf(date: Date | string): string {
  return dayText(dayNumberOf(date))
}

/** ISO week-numbering year and week of a UTC day number. */
function isoWeekOf(dayNumber: number): { year: number; week: number; monday: number } {
  // 1970-01-01 was a Thursday: (dayNumber + 3) mod 7 is 0 on Mondays.
  const weekday = (((dayNumber + 3) % 7) + 7) % 7
  const monday = dayNumber - weekday
  // A week belongs to the year its Thursday falls in.
  const year = new Date((monday + 3) * DAY_MS).getUTCFullYear()
  const firstThursday = firstThursdayOf(year)
  return { year, week: Math.floor((monday + 3 - firstThursday) / 7) + 1, monday }
}

function firstThursdayOf(year: number): number {
  const jan1 = Math.floor(Date.UTC(year, 0, 1) / DAY_MS)
  const weekday = (((jan1 + 3) % 7) + 7) % 7 // 0 = Monday
  return jan1 + ((3 - weekday + 7) % 7)
}

function range(first: number, last: number): string[] {
  const days: string[] = []
  for (let d = first; d <= last; d++) days.push(dayText(d))
  return days
}

function periodFromDays(kind: PeriodKind, id: string, first: number, last: number): Period {
  return { kind, id, start: dayText(first), end: dayText(last), days: range(first, last) }
}

/** The period of a kind that contains a time (or a YYYY-MM-DD day). */
export function periodContaining(kind: PeriodKind, date: Date | string): Period {
  const day = dayNumberOf(date)
  if (kind === 'day') return periodFromDays('day', dayText(day), day, day)
  if (kind === 'week') {
    const { year, week, monday } = isoWeekOf(day)
    return periodFromDays('week', `${year}-W${pad(week)}`, monday, monday + 6)
  }
  const d = new Date(day * DAY_MS)
  const year = d.getUTCFullYear()
  const month = d.getUTCMonth()
  const first = Math.floor(Date.UTC(year, month, 1) / DAY_MS)
  const last = Math.floor(Date.UTC(year, month + 1, 1) / DAY_MS) - 1
  return periodFromDays('month', `${year}-${pad(month + 1)}`, first, last)
}

/** The period of the same kind just before this one. */
export function previousPeriod(period: Period): Period {
  return periodContaining(period.kind, dayText(dayNumberOf(period.start) - 1))
}

/** The last period of a kind that ended before `now`'s UTC day began (a period is complete once its last day is over). */
export function lastCompletePeriod(kind: PeriodKind, now: Date): Period {
  const current = periodContaining(kind, now)
  return previousPeriod(current)
}

/** Whether a UTC day (YYYY-MM-DD) falls in the period. */
export function periodHolds(period: Period, day: string): boolean {
  return day >= period.start && day <= period.end
}

/** The period of `kind` with this id (`2026-W19`, `2026-05`, `2026-05-04`), or null when the id is not one. */
export function periodOfId(kind: PeriodKind, id: string): Period | null {
  if (kind === 'day') {
    return /^\d{4}-\d{2}-\d{2}$/.test(id) && utcDayOf(id) === id ? periodContaining('day', id) : null
  }
  if (kind === 'month') {
    const match = /^(\d{4})-(\d{2})$/.exec(id)
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null
    return periodContaining('month', `${id}-01`)
  }
  const match = /^(\d{4})-W(\d{2})$/.exec(id)
  if (!match) return null
  const monday = firstThursdayOf(Number(match[1])) - 3 + (Number(match[2]) - 1) * 7
  const period = periodContaining('week', dayText(monday))
  return period.id === id ? period : null
}
