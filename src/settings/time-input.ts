import ms from 'ms'

/**
 * Reads a point in time given as an ISO time (`2026-04-01`, `2026-04-01T17:20:00Z`) or as a duration before `now`
 * (`24h`, `7d`, `90m`). Throws an Error quoting the value when it is neither.
 */
export function parseTimeInput(value: string, now: Date, what = 'time'): Date {
  const text = value.trim()
  const duration = parseDurationMs(text)
  if (duration !== undefined) return new Date(now.getTime() - duration)
  const date = parseIsoTime(text)
  if (date) return date
  throw new Error(`Invalid ${what} '${value}'. Expected an ISO time (2026-04-01T00:00:00Z) or a duration (24h, 7d).`)
}

/**
 * An ISO date or time (`2026-04-01`, `2026-04-01T17:20:00Z`), or undefined when the text is not one. The date must
 * lead: `new Date` alone also reads texts such as "April 1" or "1", in the machine's time zone.
 */
export function parseIsoTime(value: string): Date | undefined {
  const text = value.trim()
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** A duration such as `24h`, `7d` or `90m` in milliseconds, or undefined when the text is not one. */
export function parseDurationMs(value: string): number | undefined {
  // `ms` also reads bare numbers as milliseconds; a window given as "24" is more likely a mistake than 24 ms.
  if (!/^\d+(\.\d+)?\s*[a-z]+$/i.test(value.trim())) return undefined
  const parsed = ms(value.trim() as ms.StringValue)
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed > 0 ? parsed : undefined
}
