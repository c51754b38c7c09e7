import { gzipSync } from 'node:zlib'
import { readEarlierReports } from '../../src/series/earlier-reports.js'
import { renderIssueBody } from '../../src/series/issue-body.js'
import {
  encodeDailyDataBlock,
  readDailyDataBlock,
  dailyDataBlockOf,
  workflowSamplesOf,
} from '../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../src/series/markers.js'
import { issueOf, reportOf, sonnetRuns } from '../series/series-fixtures.js'
import { samplesOfReport } from '../../src/analysis/trends/baseline-window.js'
import { emptyModelUsage, summaryWithoutUsage, type RunSummary } from '../../src/usage/run-summary.js'

const SINCE = '2026-04-01T00:00:00.000Z'
const UNTIL = '2026-04-02T00:00:00.000Z'

function snapshotFixture() {
  const runs = [...sonnetRuns('smoke-claude', 3), ...sonnetRuns('nightly', 2, 2, 10)]
  return { runs, snapshot: dailyDataBlockOf(reportOf(runs, SINCE, UNTIL), runs, { since: SINCE, until: UNTIL }) }
}

const blockWith = (json: unknown): string =>
  `<!-- token-usage-analyzer:data v${(json as { v?: number }).v ?? 2} ${gzipSync(Buffer.from(JSON.stringify(json))).toString('base64')} -->`

describe('hidden data block', () => {
  test('carries the runs still in progress to the next report, and reads blocks written without them', () => {
    const runs = sonnetRuns('smoke-claude', 2)
    const unfinished = [{ id: '77', createdAt: '2026-04-01T23:30:00Z' }]
    const snapshot = dailyDataBlockOf(reportOf(runs, SINCE, UNTIL), runs, { since: SINCE, until: UNTIL }, unfinished)
    const reading = readDailyDataBlock(encodeDailyDataBlock(snapshot))
    expect(reading.status === 'ok' && reading.block.unfinished).toEqual(unfinished)
    const without = readDailyDataBlock(encodeDailyDataBlock(snapshotFixture().snapshot))
    expect(without.status === 'ok' && without.block.unfinished).toBeUndefined()
    const tampered = readDailyDataBlock(blockWith({ ...snapshot, unfinished: [{ id: '77', createdAt: 'yesterday' }] }))
    expect(tampered.status).toBe('invalid')
  })

  test('round-trips the window, per-workflow and per-run numbers', () => {
    const { runs, snapshot } = snapshotFixture()
    const body = `${REPORT_MARKER}\n### Overview\ntext | with | pipes\n\n${encodeDailyDataBlock(snapshot)}\n`
    const reading = readDailyDataBlock(body)
    expect(reading.status).toBe('ok')
    if (reading.status !== 'ok') return
    expect(reading.block).toEqual(snapshot)
    expect(reading.block.window).toEqual({ since: SINCE, until: UNTIL })
    const smoke = reading.block.workflows.find((w) => w.name === 'smoke-claude')
    // 3 runs × (10 + 1,000 + 150,000 + 40,000) tokens, 6 requests each
    expect(smoke).toMatchObject({ runs: 3, runsWithData: 3, requests: 18, cacheReadTokens: 450_000 })
    expect(reading.block.runs).toHaveLength(runs.length)
    const run10 = reading.block.runs.find((r) => r.id === '10')
    expect(run10?.tokens).toBe(20 + 2_000 + 300_000 + 80_000)
    expect(reading.block.workflows[run10!.w].name).toBe('nightly')
  })

  test('the block is one HTML comment of base64 that no content can close early', () => {
    const { snapshot } = snapshotFixture()
    const block = encodeDailyDataBlock({
      ...snapshot,
      runs: [],
      workflows: [{ ...snapshot.workflows[0], name: 'x --> <b>y</b>' }],
    })
    expect(block).toMatch(/^<!-- token-usage-analyzer:data v2 [A-Za-z0-9+/=]+ -->$/)
    expect(readDailyDataBlock(block)).toMatchObject({ status: 'ok' })
  })

  test('a missing block is missing, not invalid', () => {
    expect(readDailyDataBlock('### Overview')).toEqual({ status: 'missing' })
  })

  test.each([
    ['edited base64', (b: string) => b.replace(/v2 (\S{10})/, 'v2 AAAAAAAAAA')],
    ['unknown version', (b: string) => b.replace(' v2 ', ' v9 ')],
    ['version outside differs from inside', (b: string) => b.replace(' v2 ', ' v1 ')],
    ['broken comment', (b: string) => b.replace(/ -->$/, ' -- >')],
  ])('a tampered block (%s) is invalid with a reason', (_name, tamper) => {
    const { snapshot } = snapshotFixture()
    const reading = readDailyDataBlock(tamper(encodeDailyDataBlock(snapshot)))
    expect(reading.status).toBe('invalid')
    if (reading.status === 'invalid') expect(reading.reason.length).toBeGreaterThan(10)
  })

  test.each([
    ['negative tokens', { workflows: [{ inputTokens: -5 }] }],
    ['cost as a string', { workflows: [{ costUsd: '0.3' }] }],
    ['extra field', { evil: true }],
    ['run pointing at no workflow', { runs: [{ w: 99, id: '1', state: 'analysed', requests: 1, tokens: 1, usd: 0 }] }],
    ['since after until', { window: { since: UNTIL, until: SINCE } }],
  ])('a block that decodes but fails validation (%s) is invalid', (_name, change) => {
    const { snapshot } = snapshotFixture()
    const json = JSON.parse(JSON.stringify(snapshot))
    const patch = change as Record<string, unknown>
    if (patch.workflows) Object.assign(json.workflows[0], (patch.workflows as object[])[0])
    if (patch.runs) json.runs = patch.runs
    if (patch.window) json.window = patch.window
    if (patch.evil) json.evil = true
    expect(readDailyDataBlock(blockWith(json)).status).toBe('invalid')
  })

  test('a previous report with a tampered block is ignored with a warning and its creation time ends its window', () => {
    const { snapshot } = snapshotFixture()
    const json = JSON.parse(JSON.stringify(snapshot))
    json.workflows[0].costUsd = -1
    const warnings: string[] = []
    const createdAt = '2026-04-02T00:01:00Z'
    const [report] = readEarlierReports([issueOf(`${REPORT_MARKER}\nx\n${blockWith(json)}`, createdAt)], {
      now: new Date('2026-04-03T00:00:00Z'),
      warn: (m) => warnings.push(m),
    })
    expect(report.workflows).toBeNull()
    expect(report.block).toBeNull()
    expect(report.window.until).toBe(new Date(createdAt).toISOString())
    expect(warnings.join('\n')).toMatch(/fails validation.*costUsd/)
  })

  test('a report whose window ends after now is not trusted: its window ends at its creation, with a warning', () => {
    const { snapshot } = snapshotFixture()
    const warnings: string[] = []
    const future = { ...snapshot, window: { since: SINCE, until: '2030-01-01T00:00:00.000Z' } }
    const [report] = readEarlierReports(
      [issueOf(`${REPORT_MARKER}\n${encodeDailyDataBlock(future)}`, '2026-04-02T00:01:00Z')],
      {
        now: new Date('2026-04-03T00:00:00Z'),
        warn: (m) => warnings.push(m),
      },
    )
    expect(report.window).toEqual({ since: null, until: '2026-04-02T00:01:00.000Z' })
    expect(warnings.join('\n')).toMatch(/ends after now \(2030-01-01T00:00:00.000Z\)/)
  })
})

test('an absurdly long workflow name or run id still gives a block that reads back', () => {
  const runs = sonnetRuns('w'.repeat(5000), 1).map((r) => ({ ...r, runId: 'r'.repeat(500) }))
  const snapshot = dailyDataBlockOf(reportOf(runs, SINCE, UNTIL), runs, { since: SINCE, until: UNTIL })
  const reading = readDailyDataBlock(encodeDailyDataBlock(snapshot))
  expect(reading.status).toBe('ok')
  if (reading.status === 'ok') expect(reading.block.workflows[0].name).toHaveLength(1000)
})

describe('data block v2', () => {
  test('keeps per workflow its model rows (tokens, cost by type, AI credits, reasoning) and per run its scalars', () => {
    const runs = sonnetRuns('smoke-claude', 2).map((r) => ({
      ...r,
      models: r.models.map((m) => ({ ...m, reasoningTokens: 7, aiCredits: 1.5 })),
    }))
    const snapshot = dailyDataBlockOf(reportOf(runs, SINCE, UNTIL), runs, { since: SINCE, until: UNTIL })
    const reading = readDailyDataBlock(encodeDailyDataBlock(snapshot))
    if (reading.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(reading)}`)
    expect(reading.block.v).toBe(2)
    const [workflow] = reading.block.workflows
    const model = workflow!.models[0]!
    const one = runs[0]!.models[0]!
    // Two identical runs: every count and cost of the model row is twice one run's.
    expect(model).toMatchObject({
      model: one.model,
      provider: one.provider,
      requests: 2 * one.requests,
      inputTokens: 2 * one.inputTokens,
      cacheReadTokens: 2 * one.cacheReadTokens,
      reasoningTokens: 14,
      aiCredits: 3,
    })
    expect(model.cost.cacheRead).toBeCloseTo(2 * one.cost.cacheRead, 6)
    const run = reading.block.runs[0]!
    expect(run.cacheHitRate).toBeCloseTo(one.cacheReadTokens / (one.cacheReadTokens + one.inputTokens), 4)
    expect(run.aiCredits).toBe(1.5)
  })

  test('a v1 block still reads, into the v2 shape: no model rows, flags unknown, per-run rates null', () => {
    const { snapshot } = snapshotFixture()
    const v1 = {
      ...snapshot,
      v: 1,
      workflows: snapshot.workflows.map(({ models: _m, flags: _f, ...w }) => w),
      runs: snapshot.runs.map(({ cacheHitRate: _c, aiCredits: _a, ...r }) => r),
    }
    const reading = readDailyDataBlock(blockWith(v1))
    if (reading.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(reading)}`)
    expect(reading.block.v).toBe(1)
    expect(reading.block.workflows[0]).toMatchObject({ models: [], flags: [] })
    expect(reading.block.runs[0]).toMatchObject({ cacheHitRate: null, aiCredits: null })
    const samples = workflowSamplesOf(reading.block)
    expect(samples[0]!.flags).toBeNull()
    expect(samples[0]!.runs.map((r) => r.costUsd)).toEqual(snapshot.runs.filter((r) => r.w === 0).map((r) => r.usd))
  })

  test('a month of daily runs fits the budget: per-run rows are dropped first, workflow and model rows stay', () => {
    // 3,000 runs in 6 workflows: more per-run rows than the 24,000-character budget holds.
    const runs = Array.from({ length: 6 }, (_, w) => sonnetRuns(`workflow ${w}`, 500, 3, w * 1000)).flat()
    const report = reportOf(runs, SINCE, UNTIL)
    const snapshot = dailyDataBlockOf(report, runs, { since: SINCE, until: UNTIL })
    const { block: written, body } = renderIssueBody(report, snapshot)
    expect(body.length).toBeLessThanOrEqual(65_536)
    const reading = readDailyDataBlock(body)
    if (reading.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(reading)}`)
    expect(reading.block.workflows).toHaveLength(6)
    expect(reading.block.workflows.every((w) => w.models.length > 0)).toBe(true)
    expect(reading.block.runs.length + (reading.block.runsOmitted ?? 0)).toBe(3000)
    expect(written.runsOmitted ?? 0).toBe(reading.block.runsOmitted ?? 0)
  })

  test("the baseline reads a totals-only run from an earlier report's block as it reads it in the current window", () => {
    // A run known only by its agent_usage.json totals: tokens and cost, no request count.
    const totalsOnly: RunSummary = {
      ...summaryWithoutUsage({ workflow: 'smoke-claude', runId: '90' }, 'analysed-totals'),
      models: [
        { ...emptyModelUsage('anthropic', 'claude-sonnet-4.6'), inputTokens: 4000, outputTokens: 900, costUsd: 0.0255 },
      ],
    }
    const runs = [...sonnetRuns('smoke-claude', 2), totalsOnly]
    const report = reportOf(runs, SINCE, UNTIL)
    const reading = readDailyDataBlock(
      encodeDailyDataBlock(dailyDataBlockOf(report, runs, { since: SINCE, until: UNTIL })),
    )
    if (reading.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(reading)}`)
    const current = samplesOfReport(report).find((w) => w.name === 'smoke-claude')!
    const earlier = workflowSamplesOf(reading.block).find((w) => w.name === 'smoke-claude')!
    // Three runs with data, the totals-only one among them, in both readings.
    expect(current.runsWithData).toBe(3)
    expect(current.runs).toHaveLength(3)
    expect(earlier.runs).toHaveLength(3)
    const costs = (sample: typeof current) => sample.runs.map((r) => r.costUsd).sort((a, b) => a - b)
    expect(costs(earlier)).toEqual(costs(current).map((c) => Math.round(c * 1e6) / 1e6))
    expect(costs(earlier)).toContainEqual(0.0255)
  })
})
