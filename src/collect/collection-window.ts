import type { RunWindow } from '../github/github-client.js'
import { parseTimeInput } from '../settings/time-input.js'

const defaultSince = '24h'

/** From `since` (ISO time, duration such as `24h`/`7d`, or a Date; default 24h) to `until` (default now). */
export function collectionWindow(since: string | Date | undefined, until: Date | undefined, now: Date): RunWindow {
  const end = until ?? now
  const start = since instanceof Date ? since : parseTimeInput(since ?? defaultSince, end, 'since')
  if (start.getTime() > end.getTime()) {
    throw new Error(`Invalid window: since '${start.toISOString()}' is after until '${end.toISOString()}'.`)
  }
  return { since: start, until: end }
}
