// Numbers written to the data block always pass its reader's validation: absurd token counts are invalid lines
// (counted, with their reason) when records are read, and sums that still exceed the schema's limits are capped
// when the block is written, so the next report never refuses the block of the one before.
import { Readable } from 'node:stream'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { DEFAULT_FLAG_THRESHOLDS } from '../../src/analysis/flags/flags.js'
import { encodeDailyDataBlock, readDailyDataBlock, dailyDataBlockOf } from '../../src/series/daily-data-block.js'
import { emptyModelUsage, summaryWithoutUsage, type RunSummary } from '../../src/usage/run-summary.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import { MAX_TOKENS_PER_RECORD } from '../../src/usage/record-schema.js'
import { summariseRun, type UsageSource } from '../../src/usage/summarise-run.js'
import { line } from '../usage/records.js'

const window = { since: '2026-04-01T06:00:00.000Z', until: '2026-04-02T06:00:00.000Z' }

function source(text: string): UsageSource {
  return { name: 'token-usage.jsonl', kind: 'agent', open: async () => Readable.from([Buffer.from(text, 'utf8')]) }
}

test('a record of 2^53−1 tokens is an invalid line with a counted reason; the report of the rest reads back', async () => {
  const huge = Number.MAX_SAFE_INTEGER
  const text = [
    line({ request_id: 'a', input_tokens: huge, output_tokens: 1, cache_read_tokens: 0, cache_write_tokens: 0 }),
    line({ request_id: 'b', input_tokens: 1, output_tokens: huge, cache_read_tokens: 0, cache_write_tokens: 0 }),
    line({ request_id: 'c', input_tokens: 10, output_tokens: 20, cache_read_tokens: 30, cache_write_tokens: 40 }),
  ].join('\n')
  const run = await summariseRun({ workflow: 'Huge', runId: '1' }, [source(text)], { priceBook: createPriceBook() })
  expect(run.skipped.invalidLines).toBe(2)
  expect(run.skipped.byReason).toEqual({ schema: 2 })
  expect(run.skipped.examples[0].detail).toMatch(/input_tokens must be 1000000000000 or less/)
  expect(run.models.reduce((sum, m) => sum + m.requests, 0)).toBe(1)

  const report = analyseRuns([run], { window, thresholds: DEFAULT_FLAG_THRESHOLDS })
  const reading = readDailyDataBlock(encodeDailyDataBlock(dailyDataBlockOf(report, [run], window)))
  expect(reading.status).toBe('ok')
  expect(MAX_TOKENS_PER_RECORD).toBe(1e12)
})

/** A run whose one model used these many tokens at this cost (as if summed from many records). */
function runWith(id: string, tokens: number, costUsd: number): RunSummary {
  const model = {
    ...emptyModelUsage('anthropic', 'claude-sonnet-4.6'),
    requests: 1,
    inputTokens: tokens,
    outputTokens: tokens,
    costUsd,
    cost: { input: costUsd, output: 0, cacheRead: 0, cacheWrite: 0 },
  }
  return { ...summaryWithoutUsage({ workflow: 'Huge', runId: id }, 'analysed'), models: [model] }
}

test('sums beyond the schema limits are capped when written, so the block still reads', () => {
  const runs = [runWith('1', 4e15, 6e8), runWith('2', 4e15, 6e8)]
  const report = analyseRuns(runs, { window, thresholds: DEFAULT_FLAG_THRESHOLDS })
  expect(report.totals.totalTokens).toBeGreaterThan(Number.MAX_SAFE_INTEGER)
  const reading = readDailyDataBlock(encodeDailyDataBlock(dailyDataBlockOf(report, runs, window)))
  expect(reading.status).toBe('ok')
  if (reading.status !== 'ok') return
  expect(reading.block.workflows[0].inputTokens).toBe(8e15)
  expect(reading.block.workflows[0].costUsd).toBe(1e9)
  expect(reading.block.runs[0].tokens).toBe(8e15)
})

test("a run's own model rows and a carried run's reason read back", () => {
  const runs = [runWith('1', 1000, 0.5), summaryWithoutUsage({ workflow: 'Huge', runId: '2' }, 'download-failed')]
  const report = analyseRuns(runs, { window, thresholds: DEFAULT_FLAG_THRESHOLDS })
  const carried = [{ id: '2', createdAt: '2026-04-02T01:00:00Z', reason: 'download-failed' }]
  const reading = readDailyDataBlock(encodeDailyDataBlock(dailyDataBlockOf(report, runs, window, carried)))
  expect(reading.status).toBe('ok')
  if (reading.status !== 'ok') return
  expect(reading.block.runs[0].models).toEqual([
    expect.objectContaining({ model: 'claude-sonnet-4.6', requests: 1, inputTokens: 1000, costUsd: 0.5 }),
  ])
  expect(reading.block.runs[1].models).toBeUndefined()
  expect(reading.block.unfinished).toEqual(carried)
})
