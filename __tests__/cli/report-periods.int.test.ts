// `report --by day|week|month`: the period rows of the JSON report against totals computed here from the records.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { reportCommand } from '../../src/cli/report-command.js'
import { runProgram } from '../../src/cli/run-program.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import { record } from '../usage/records.js'

interface Line {
  run: string
  timestamp?: string
  model: string
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
}

// Two runs; records on a Sunday and the Monday after, across a month end and across the year end (2026-W53).
const lines: Line[] = [
  {
    run: 'wf-a/1',
    timestamp: '2026-04-19T10:00:00.000Z',
    model: 'claude-sonnet-4-6',
    input: 10,
    output: 300,
    cacheRead: 20000,
    cacheWrite: 1000,
  },
  {
    run: 'wf-a/1',
    timestamp: '2026-04-19T23:30:00.000Z',
    model: 'claude-haiku-4-5',
    input: 5,
    output: 120,
    cacheRead: 9000,
    cacheWrite: 0,
  },
  {
    run: 'wf-a/1',
    timestamp: '2026-04-20T08:00:00.000Z',
    model: 'claude-sonnet-4-6',
    input: 7,
    output: 800,
    cacheRead: 30000,
    cacheWrite: 2500,
  },
  {
    run: 'wf-b/2',
    timestamp: '2026-04-20T09:15:00.000Z',
    model: 'claude-sonnet-4-6',
    input: 2,
    output: 50,
    cacheRead: 0,
    cacheWrite: 4000,
  },
  {
    run: 'wf-b/2',
    timestamp: '2026-04-30T23:50:00.000Z',
    model: 'claude-haiku-4-5',
    input: 40,
    output: 60,
    cacheRead: 100,
    cacheWrite: 0,
  },
  {
    run: 'wf-b/2',
    timestamp: '2026-05-01T00:10:00.000Z',
    model: 'claude-haiku-4-5',
    input: 41,
    output: 61,
    cacheRead: 101,
    cacheWrite: 0,
  },
  {
    run: 'wf-b/3',
    timestamp: '2026-12-31T12:00:00.000Z',
    model: 'claude-sonnet-4-6',
    input: 1,
    output: 10,
    cacheRead: 1000,
    cacheWrite: 0,
  },
  {
    run: 'wf-b/3',
    timestamp: '2027-01-01T09:00:00.000Z',
    model: 'claude-sonnet-4-6',
    input: 1,
    output: 11,
    cacheRead: 1001,
    cacheWrite: 0,
  },
  { run: 'wf-b/3', model: 'claude-sonnet-4-6', input: 3, output: 13, cacheRead: 0, cacheWrite: 0 },
]

// ISO weeks of the days above: calendar facts (2026-04-19 is a Sunday; 2026 has 53 weeks).
const isoWeekOfDay: Record<string, string> = {
  '2026-04-19': '2026-W16',
  '2026-04-20': '2026-W17',
  '2026-04-30': '2026-W18',
  '2026-05-01': '2026-W18',
  '2026-12-31': '2026-W53',
  '2027-01-01': '2026-W53',
}

/** The local date in Europe/Berlin: UTC+2 from 29 March to 25 October 2026, UTC+1 otherwise. */
function berlinDay(timestamp: string): string {
  const ms = Date.parse(timestamp)
  const summer = ms >= Date.parse('2026-03-29T01:00:00Z') && ms < Date.parse('2026-10-25T01:00:00Z')
  return new Date(ms + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10)
}

const priceBook = createPriceBook()

interface Expected {
  runs: Set<string>
  requests: number
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  totalTokens: number
  costUsd: number
}

function expectedPeriods(periodOf: (timestamp: string) => string): Map<string, Expected> {
  const periods = new Map<string, Expected>()
  for (const l of lines) {
    const key = l.timestamp === undefined ? 'undated' : periodOf(l.timestamp)
    const p = periods.get(key) ?? {
      runs: new Set<string>(),
      requests: 0,
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      totalTokens: 0,
      costUsd: 0,
    }
    const tokens = {
      inputTokens: l.input,
      outputTokens: l.output,
      cacheReadTokens: l.cacheRead,
      cacheWriteTokens: l.cacheWrite,
    }
    p.runs.add(l.run)
    p.requests++
    p.inputTokens += l.input
    p.outputTokens += l.output
    p.cacheReadTokens += l.cacheRead
    p.cacheWriteTokens += l.cacheWrite
    p.totalTokens += l.input + l.output + l.cacheRead + l.cacheWrite
    // Anthropic's input is fresh input: the record's numbers are the normalised ones.
    p.costUsd += priceBook.price('anthropic', l.model, tokens, l.timestamp)!.costUsd
    periods.set(key, p)
  }
  return periods
}

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tua-periods-'))
  const byRun = new Map<string, string[]>()
  lines.forEach((l, i) => {
    const r = record({
      request_id: `req-${i}`,
      model: l.model,
      input_tokens: l.input,
      output_tokens: l.output,
      cache_read_tokens: l.cacheRead,
      cache_write_tokens: l.cacheWrite,
      ...(l.timestamp ? { timestamp: l.timestamp } : {}),
    })
    if (!l.timestamp) delete r.timestamp
    byRun.set(l.run, [...(byRun.get(l.run) ?? []), JSON.stringify(r)])
  })
  for (const [run, runLines] of byRun) {
    mkdirSync(join(root, run), { recursive: true })
    writeFileSync(join(root, run, 'token-usage.jsonl'), runLines.join('\n') + '\n')
  }
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }
  const program = new Command('token-usage-analyzer').addCommand(reportCommand(io))
  const code = await runProgram(program, ['report', root, ...args], io)
  return { code, out, err }
}

async function periodsOf(...args: string[]) {
  const { code, out, err } = await report('--format', 'json', ...args)
  expect(err).toBe('')
  expect(code).toBe(0)
  return JSON.parse(out) as {
    periodSplit: { by: string; timeZone: string }
    totals: { costUsd: number; requests: number }
    periods: {
      period: string
      start: string | null
      end: string | null
      runs: number
      requests: number
      inputTokens: number
      outputTokens: number
      cacheReadTokens: number
      cacheWriteTokens: number
      totalTokens: number
      costUsd: number
      aiCredits: number | null
      models: { model: string; requests: number; costUsd: number }[]
    }[]
  }
}

function expectPeriodsMatch(actual: Awaited<ReturnType<typeof periodsOf>>, expected: Map<string, Expected>): void {
  expect(actual.periods.map((p) => p.period)).toEqual(
    [...expected.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b))),
  )
  for (const p of actual.periods) {
    const e = expected.get(p.period)!
    expect({ ...p, costUsd: undefined, models: undefined, start: undefined, end: undefined }).toEqual({
      period: p.period,
      runs: e.runs.size,
      requests: e.requests,
      inputTokens: e.inputTokens,
      outputTokens: e.outputTokens,
      cacheReadTokens: e.cacheReadTokens,
      cacheWriteTokens: e.cacheWriteTokens,
      totalTokens: e.totalTokens,
      aiCredits: null,
      unpricedRequests: 0,
      costUsd: undefined,
      models: undefined,
      start: undefined,
      end: undefined,
    })
    expect(p.costUsd).toBeCloseTo(e.costUsd, 10)
    expect(p.models.reduce((n, m) => n + m.requests, 0)).toBe(e.requests)
  }
  // Nothing lost: the periods add up to the report's totals.
  expect(actual.periods.reduce((n, p) => n + p.requests, 0)).toBe(actual.totals.requests)
  expect(actual.periods.reduce((n, p) => n + p.costUsd, 0)).toBeCloseTo(actual.totals.costUsd, 10)
}

test('--by day: UTC days of each record, not of its run', async () => {
  const report = await periodsOf('--by', 'day')
  expect(report.periodSplit).toEqual({ by: 'day', timeZone: 'UTC' })
  expectPeriodsMatch(
    report,
    expectedPeriods((t) => t.slice(0, 10)),
  )
  const sunday = report.periods.find((p) => p.period === '2026-04-19')!
  expect(sunday.start).toBe('2026-04-19T00:00:00.000Z')
  expect(sunday.end).toBe('2026-04-20T00:00:00.000Z')
  expect(report.periods.at(-1)).toMatchObject({ period: 'undated', start: null, end: null })
})

test('--by week: ISO weeks, a Sunday and the Monday after apart, the year end in 2026-W53', async () => {
  const report = await periodsOf('--by', 'week')
  expectPeriodsMatch(
    report,
    expectedPeriods((t) => isoWeekOfDay[t.slice(0, 10)]!),
  )
  const w53 = report.periods.find((p) => p.period === '2026-W53')!
  expect([w53.start, w53.end]).toEqual(['2026-12-28T00:00:00.000Z', '2027-01-04T00:00:00.000Z'])
})

test('--by month', async () => {
  expectPeriodsMatch(
    await periodsOf('--by', 'month'),
    expectedPeriods((t) => t.slice(0, 7)),
  )
})

test('--timezone moves a record across midnight (and the year end)', async () => {
  const report = await periodsOf('--by', 'day', '--timezone', 'Europe/Berlin')
  expect(report.periodSplit.timeZone).toBe('Europe/Berlin')
  expectPeriodsMatch(report, expectedPeriods(berlinDay))
  // 23:30Z on Sunday is 01:30 on Monday in Berlin; 23:50Z on 30 April is 1 May.
  expect(report.periods.find((p) => p.period === '2026-04-20')!.requests).toBe(3)
  expect(report.periods.find((p) => p.period === '2026-04-20')!.start).toBe('2026-04-19T22:00:00.000Z')
  expect(report.periods.find((p) => p.period === '2026-04-30')).toBeUndefined()
})

test('markdown and CSV: the period table, model rows with --breakdown', async () => {
  const markdown = await report('--by', 'week', '--breakdown')
  expect(markdown.code).toBe(0)
  // A subsection like every other one of the report (`###`), never a top-level `##`.
  expect(markdown.out).toMatch(/^### Usage by ISO week \(UTC\)$/m)
  expect(markdown.out).not.toMatch(/^## Usage by/m)
  expect(markdown.out).toMatch(/\| 2026-W16 \| 1 \| 2 \|/)
  expect(markdown.out).toContain('↳ anthropic/claude-haiku-4.5')
  const csv = await report('--by', 'month', '--format', 'csv')
  const [header, ...rows] = csv.out.trim().split('\n')
  const names = header!.split(',')
  // One column per name: the period rows fill the report's own `ai_credits` column.
  expect(names.filter((n) => n === 'ai_credits')).toHaveLength(1)
  expect(new Set(names).size).toBe(names.length)
  expect(names.slice(-4)).toEqual(['period', 'period_start', 'period_end', 'runs'])
  const periodRows = rows.filter((r) => r.split(',')[1] === 'period')
  expect(periodRows.map((r) => r.split(',').at(-4))).toEqual(['2026-04', '2026-05', '2026-12', '2027-01', 'undated'])
  const monthly = await periodsOf('--by', 'month')
  const creditsAt = names.indexOf('ai_credits')
  expect(periodRows.map((r) => r.split(',')[creditsAt])).toEqual(
    monthly.periods.map((p) => (p.aiCredits === null ? '' : String(p.aiCredits))),
  )
  expect(rows.some((r) => r.split(',')[1] === 'period-model')).toBe(false)
  const withModels = await report('--by', 'month', '--format', 'csv', '--breakdown')
  expect(withModels.out.split('\n').filter((r) => r.split(',')[1] === 'period-model')).toHaveLength(6)
})

test('bad period options are usage errors that quote the value', async () => {
  const zone = await report('--by', 'day', '--timezone', 'Mars/Olympus')
  expect(zone.code).toBe(2)
  expect(zone.err).toContain("Invalid time zone 'Mars/Olympus'")
  const by = await report('--by', 'fortnight')
  expect(by.code).toBe(2)
  expect(by.err).toContain("'fortnight'")
  const alone = await report('--breakdown')
  expect(alone.code).toBe(2)
  expect(alone.err).toContain('--breakdown needs --by')
})

test('JSON: a period whose requests all lack a price has a null cost, never 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tua-periods-unpriced-'))
  try {
    const lines = [
      record({ request_id: 'u1', model: 'house-model-x', timestamp: '2026-04-19T10:00:00Z' }),
      record({ request_id: 'p1', timestamp: '2026-04-20T10:00:00Z' }),
      record({ request_id: 'u2', model: 'house-model-x', timestamp: '2026-04-20T11:00:00Z' }),
    ]
    writeFileSync(join(dir, 'token-usage.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
    let out = ''
    const io = { out: (t: string) => void (out += t), err: () => undefined }
    const program = new Command('token-usage-analyzer').addCommand(reportCommand(io))
    expect(await runProgram(program, ['report', dir, '--by', 'day', '--format', 'json'], io)).toBe(0)
    const periods = JSON.parse(out).periods as { period: string; costUsd: number | null; unpricedRequests: number }[]
    expect(periods.map((p) => [p.period, p.costUsd === null, p.unpricedRequests])).toEqual([
      ['2026-04-19', true, 1],
      ['2026-04-20', false, 1],
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('JSON: AI credits per period and model, null where no record carried any', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tua-periods-credits-'))
  try {
    const credited = (id: string, timestamp: string, credits: number) => ({
      ...record({ request_id: id, timestamp }),
      ai_credits_this_response: credits,
    })
    const lines = [
      credited('c1', '2026-04-19T10:00:00Z', 12.5),
      credited('c2', '2026-04-19T11:00:00Z', 7.25),
      record({ request_id: 'n1', timestamp: '2026-04-20T10:00:00Z' }),
    ]
    writeFileSync(join(dir, 'token-usage.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
    let out = ''
    const io = { out: (t: string) => void (out += t), err: () => undefined }
    const program = new Command('token-usage-analyzer').addCommand(reportCommand(io))
    expect(await runProgram(program, ['report', dir, '--by', 'day', '--format', 'json'], io)).toBe(0)
    const periods = JSON.parse(out).periods as {
      period: string
      aiCredits: number | null
      models: { aiCredits: number | null }[]
    }[]
    expect(periods.map((p) => [p.period, p.aiCredits, p.models[0]!.aiCredits])).toEqual([
      ['2026-04-19', 12.5 + 7.25, 12.5 + 7.25],
      ['2026-04-20', null, null],
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
