// GitHub's search date syntax for the runs listing's `created` parameter: `>=X`, `>X`, `<=X`, `<X`, `X..Y`
// (either side may be `*`) and a bare `X`. X is a date (`2026-04-01`, meaning that whole UTC day) or a time
// (`2026-04-01T17:20:00Z`, `2026-04-01T17:20:00+02:00`).

const DAY_MS = 86_400_000

/** A half-open time range [from, to) in epoch ms; either side may be open. */
export interface TimeRange {
  from: number
  to: number
}

interface Bound {
  time: number
  dateOnly: boolean
}

function parseBound(text: string): Bound {
  // A `+` that was not percent-encoded arrives as a space.
  const value = text.trim().replace(' ', '+')
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const iso = dateOnly ? `${value}T00:00:00Z` : value
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(iso)
    ? Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`)
    : Number.NaN
  if (Number.isNaN(time)) throw new Error(`Invalid date '${text}' in created filter`)
  return { time, dateOnly }
}

/** The range a `created` value selects; throws an Error quoting the value when it cannot be read. */
export function parseCreatedFilter(value: string): TimeRange {
  const text = value.trim()
  const range = /^(.+?)\.\.(.+)$/.exec(text)
  if (range) {
    const lower = range[1].trim()
    const upper = range[2].trim()
    const from = lower === '*' ? -Infinity : parseBound(lower).time
    if (upper === '*') return { from, to: Infinity }
    const end = parseBound(upper)
    return { from, to: end.dateOnly ? end.time + DAY_MS : end.time + 1 }
  }
  const op = /^(>=|<=|>|<)?(.+)$/.exec(text)
  if (!op) throw new Error(`Invalid created filter '${value}'`)
  const bound = parseBound(op[2])
  const span = bound.dateOnly ? DAY_MS : 1
  switch (op[1]) {
    case '>=':
      return { from: bound.time, to: Infinity }
    case '>':
      return { from: bound.time + span, to: Infinity }
    case '<=':
      return { from: -Infinity, to: bound.time + span }
    case '<':
      return { from: -Infinity, to: bound.time }
    default:
      return { from: bound.time, to: bound.time + span }
  }
}

export function isInRange(iso: string, range: TimeRange): boolean {
  const time = Date.parse(iso)
  return time >= range.from && time < range.to
}
