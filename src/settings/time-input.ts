import ms from 'ms'

/** A length of time as the user wrote it (`7d`) and in milliseconds. */
export interface Duration {
  text: string
  ms: number
}

/** A start given either as a fixed ISO time or as a duration before the end it is measured from. */
export type TimeOrDuration = Duration | { text: string; at: Date }

/**
 * Reads a point in time given as an ISO time (`2026-04-01`, `2026-04-01T17:20:00Z`) or as a duration before `now`
 * (`24h`, `7d`, `90m`). Throws an Error quoting the value when it is neither.
 */
export function parseTimeInput(value: string, now: Date, what = 'time'): Date {
  return timeOf(parseTimeOrDuration(value, what), now)
}

/** The time itself, or `now` less the duration. */
export function timeOf(start: TimeOrDuration, now: Date): Date {
  return 'at' in start ? start.at : new Date(now.getTime() - start.ms)
}

/**
 * Reads an ISO time or a duration, to be resolved later against an end not known yet (the action's window ends
 * when the run starts). Throws an Error quoting the value when it is neither.
 */
export function parseTimeOrDuration(value: string, what = 'time'): TimeOrDuration {
  const text = value.trim()
  const duration = parseDurationMs(text)
  if (duration !== undefined) return { text, ms: duration }
  const date = parseIsoTime(text)
  if (date) return { text, at: date }
  throw new Error(`Invalid ${what} '${value}'. ${expectedTime(text)}`)
}

/** What a time input expects; for a date the calendar does not have (2026-02-30), that first. */
export function expectedTime(text: string, durations = true): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim())
  const impossible = day && !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))
  return (
    (impossible ? `${day[0]} is not a day of the calendar. ` : '') +
    `Expected an ISO time (2026-04-01T00:00:00Z)${durations ? ' or a duration (24h, 7d)' : ''}.`
  )
}

/**
 * Refuses a time after `now`: no run has been created there yet, and a report dated in the future would stay open
 * beside the real ones.
 */
export function notInFuture(time: Date, now: Date, what: string, text: string): Date {
  if (time.getTime() > now.getTime()) {
    throw new Error(
      `Invalid ${what} '${text}'. It is in the future (now is ${now.toISOString()}): give a past time, or leave it out for now.`,
    )
  }
  return time
}

/** A duration such as `7d`; throws an Error quoting the value when the text is not one. */
export function parseDuration(value: string, what = 'duration'): Duration {
  const text = value.trim()
  const duration = parseDurationMs(text)
  if (duration === undefined) throw new Error(`Invalid ${what} '${value}'. Expected a duration such as 7d or 48h.`)
  return { text, ms: duration }
}

/**
 * An ISO date or time (`2026-04-01`, `2026-04-01T17:20:00Z`), or undefined when the text is not one. The date must
 * lead: `new Date` alone also reads texts such as "April 1" or "1", in the machine's time zone.
 */
export function parseIsoTime(value: string): Date | undefined {
  const text = value.trim()
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (!day || !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))) return undefined
  // `new Date` reads 24:00 as the next day's midnight; a user writing it more likely mistyped.
  if (/T24:/.test(text)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** True for a day the calendar has: `new Date('2026-02-30')` would quietly read March 2. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A duration such as `24h`, `7d` or `90m` in milliseconds, or undefined when the text is not one. */
export function parseDurationMs(value: string): number | undefined {
  // `ms` also reads bare numbers as milliseconds; a window given as "24" is more likely a mistake than 24 ms.
  if (!/^\d+(\.\d+)?\s*[a-z]+$/i.test(value.trim())) return undefined
  const parsed = ms(value.trim() as ms.StringValue)
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed > 0 ? parsed : undefined
}
