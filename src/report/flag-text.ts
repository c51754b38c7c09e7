/**
 * Flags as plain text for a terminal: the same wording as the JSON report's `message`, without markdown escapes.
 * Text from runs (workflow and model names) can still hold control characters, which a terminal would obey (ANSI
 * escapes can rewrite the screen), so they are removed and line breaks fold to a space.
 */
import { flagMessageOf } from '../analysis/flags/flag-wording.js'
import type { Flag, FlagFinding } from '../analysis/report-data.js'

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g

/** Text safe to print on one terminal line. */
export function terminalText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '')
}

/** `warning  Smoke Claude: Cache hit rate is 42.0% (threshold: <50.0%).` */
export function flagTextLineOf(flag: FlagFinding | Flag): string {
  return terminalText(`${flag.severity.padEnd(8)} ${flag.workflow}: ${flagMessageOf(flag)}`)
}
