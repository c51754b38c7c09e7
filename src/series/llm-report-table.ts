/**
 * Reads reports written by the LLM analyzer (same label, no data block) so a report series can continue across the
 * switch: its "Workflow Summary" table and its "Period" line. The table was written by an LLM, so every column is
 * found by its header, values may carry `~`, ranges (`99.4–99.7%`) or be empty, and anything unreadable is left
 * out rather than guessed.
 */
import type { WorkflowBaseline } from '../analysis/trends/workflow-baseline.js'

export type LlmReportReading =
  | { status: 'ok'; window: { since: string | null; until: string } | null; workflows: WorkflowBaseline[] }
  | { status: 'unreadable'; reason: string }

const NUMBER = String.raw`[\d,]+(?:\.\d+)?`

/** 395K, ~1.01M, 12,345 → a number; null for an empty cell, a dash or text. */
export function parseShortNumber(cell: string): number | null {
  const match = new RegExp(String.raw`^~?\s*\$?(${NUMBER})\s*([KMB])?$`, 'i').exec(plainCell(cell))
  if (!match) return null
  const value = Number(match[1].replace(/,/g, ''))
  const scale = { K: 1e3, M: 1e6, B: 1e9 }[(match[2] ?? '').toUpperCase() as 'K' | 'M' | 'B'] ?? 1
  return Number.isFinite(value) ? value * scale : null
}

/** 99.5% → 0.995; a range `99.4–99.7%` reads as its midpoint. */
export function parsePercentCell(cell: string): number | null {
  const match = new RegExp(String.raw`^~?\s*(${NUMBER})\s*%?(?:\s*[-–—]\s*(${NUMBER}))?\s*%$`).exec(plainCell(cell))
  if (!match) return null
  const low = Number(match[1].replace(/,/g, ''))
  const high = match[2] === undefined ? low : Number(match[2].replace(/,/g, ''))
  const value = (low + high) / 2 / 100
  return value >= 0 && value <= 1 ? value : null
}

/** Strips the markdown an LLM puts around a value: bold, code, links, `~`. */
function plainCell(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`_]/g, '')
    .trim()
}

function splitRow(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

const isSeparatorRow = (cells: string[]): boolean => cells.every((c) => /^:?-{3,}:?$/.test(c))

interface Columns {
  workflow: number
  runs: number
  runsAnalyzed: number
  totalTokens: number
  cost: number
  cacheRate: number
}

function columnsOf(header: string[]): Columns | null {
  const find = (pattern: RegExp): number => header.findIndex((h) => pattern.test(plainCell(h)))
  const columns = {
    workflow: find(/^workflow$/i),
    runs: find(/^runs$/i),
    runsAnalyzed: find(/^runs (analy[sz]ed|with data)/i),
    totalTokens: find(/^total tokens/i),
    // "Cost (analyzed)" next to "Est. Cost (all)": the cost of the analysed runs is the one per-run cost divides.
    cost: find(/^cost\b/i),
    cacheRate: find(/^cache (hit )?rate/i),
  }
  return columns.workflow >= 0 && columns.totalTokens >= 0 && (columns.runs >= 0 || columns.runsAnalyzed >= 0)
    ? columns
    : null
}

/** The "Workflow Summary" table of an LLM analyzer report as per-workflow baselines. */
function workflowTableOf(body: string): WorkflowBaseline[] | string {
  const lines = body.split(/\r?\n/)
  const heading = lines.findIndex((l) => /^#{1,6}\s.*workflow summary/i.test(l.trim()))
  if (heading < 0) return 'it has no "Workflow Summary" section'
  const start = lines.findIndex((l, i) => i > heading && l.trim().startsWith('|'))
  if (start < 0 || !isSeparatorRow(splitRow(lines[start + 1] ?? ''))) return 'its "Workflow Summary" has no table'
  const header = splitRow(lines[start])
  const columns = columnsOf(header)
  if (!columns) return `its summary table has unexpected columns: ${header.join(' | ').slice(0, 200)}`
  const workflows: WorkflowBaseline[] = []
  for (let i = start + 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
    const cells = splitRow(lines[i])
    const name = plainCell(cells[columns.workflow] ?? '')
    if (!name || /^\.+$/.test(name)) continue
    const runs = columns.runs >= 0 ? parseShortNumber(cells[columns.runs] ?? '') : null
    const analysed = columns.runsAnalyzed >= 0 ? parseShortNumber(cells[columns.runsAnalyzed] ?? '') : null
    const runsWithData = analysed ?? runs
    const tokens = parseShortNumber(cells[columns.totalTokens] ?? '')
    // A row without runs with data or without a token count (e.g. "security-guard | 1 | 0 | | |") has no baseline.
    if (!runsWithData || tokens === null) continue
    const cost = columns.cost >= 0 ? parseShortNumber(cells[columns.cost] ?? '') : null
    workflows.push({
      name,
      runsWithData,
      tokensPerRun: tokens / runsWithData,
      costPerRunUsd: cost === null ? null : cost / runsWithData,
      cacheHitRate: columns.cacheRate >= 0 ? parsePercentCell(cells[columns.cacheRate] ?? '') : null,
      requestsPerRun: null,
    })
  }
  return workflows.length > 0 ? workflows : 'its summary table has no row with token data'
}

const TIME = String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?`

function isoOf(text: string): string | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text)
  const normalised = text.replace(/\s*UTC$/, 'Z').replace(' ', 'T')
  const withZone = dateOnly || /(Z|[+-]\d{2}:?\d{2})$/.test(normalised) ? normalised : `${normalised}Z`
  const time = Date.parse(withZone)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** The "Period: A to B" line; a date without a time of day is not precise enough to continue a window from. */
function periodOf(body: string): { since: string | null; until: string } | null {
  const line = body.split(/\r?\n/).find((l) => /period/i.test(l))
  if (!line) return null
  const times = [...line.matchAll(new RegExp(TIME, 'g'))].map((m) => m[0])
  if (times.length < 2 || !/[T ]\d{2}:\d{2}/.test(times[1])) return null
  const until = isoOf(times[1])
  return until ? { since: isoOf(times[0]), until } : null
}

/** Reads an LLM analyzer report body; 'unreadable' says why in words for the report. */
export function readLlmReport(body: string): LlmReportReading {
  const table = workflowTableOf(body)
  if (typeof table === 'string') return { status: 'unreadable', reason: table }
  return { status: 'ok', window: periodOf(body), workflows: table }
}
