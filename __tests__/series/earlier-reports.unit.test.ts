import { parsePercentCell, parseShortNumber, readLlmReport } from '../../src/series/llm-report-table.js'
import { readEarlierReports } from '../../src/series/earlier-reports.js'
import { encodeDailyDataBlock, dailyDataBlockOf } from '../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../src/series/markers.js'
import { planWindow } from '../../src/orchestrator/report-window.js'
import { parseDuration, parseTimeOrDuration } from '../../src/settings/time-input.js'
import { issueOf, LLM_REPORT_BODY, reportOf, sonnetRuns } from './series-fixtures.js'

describe("the LLM analyzer's reports", () => {
  test('its Workflow Summary table of the 2026-04-02 example gives per-run baselines', () => {
    const reading = readLlmReport(LLM_REPORT_BODY)
    expect(reading.status).toBe('ok')
    if (reading.status !== 'ok') return
    // security-guard (1 run, 0 analysed, empty cells) has nothing to compare with and is left out
    expect(reading.workflows.map((w) => w.name)).toEqual(['smoke-claude'])
    const [smoke] = reading.workflows
    expect(smoke.runsWithData).toBe(5)
    expect(smoke.tokensPerRun).toBeCloseTo(1_010_000 / 5, 6)
    expect(smoke.costPerRunUsd).toBeCloseTo(1.19 / 5, 9)
    expect(smoke.cacheHitRate).toBeCloseTo((0.994 + 0.997) / 2, 9) // the range 99.4–99.7% reads as its midpoint
    expect(smoke.requestsPerRun).toBeNull()
    expect(reading.window).toEqual({ since: '2026-04-01T17:20:00.000Z', until: '2026-04-02T17:20:00.000Z' })
  })

  // "Cache Rate" is the analyzer's header; "Cache hit rate" is the name this report gives the same column.
  test.each(['Cache Rate', 'Cache hit rate'])("the prompt's own table layout parses too (%s)", (cacheHeader) => {
    const body = [
      '### Workflow Summary',
      '',
      `| Workflow | Runs | Total Tokens | Cost | ${cacheHeader} | I/O Ratio | Top Model |`,
      '|----------|------|-------------|------|------------|-----------|-----------|',
      '| smoke-claude | 2 | 395K | $0.46 | 99.5% | 0.6:1 | sonnet-4.6 |',
      '| security-review | 1 | 120K | $0.22 | 85% | 2.3:1 | sonnet-4.6 |',
      '| ... | | | | | | |',
    ].join('\n')
    const reading = readLlmReport(body)
    if (reading.status !== 'ok') throw new Error(reading.reason)
    expect(reading.window).toBeNull()
    expect(reading.workflows).toEqual([
      expect.objectContaining({ name: 'smoke-claude', runsWithData: 2, tokensPerRun: 197_500, cacheHitRate: 0.995 }),
      expect.objectContaining({ name: 'security-review', runsWithData: 1, tokensPerRun: 120_000, cacheHitRate: 0.85 }),
    ])
    expect(reading.workflows[0].costPerRunUsd).toBeCloseTo(0.23, 9)
  })

  test.each([
    ['395K', 395_000],
    ['~1.01M', 1_010_000],
    ['12,345', 12_345],
    ['**$1.19**', 1.19],
    ['—', null],
    ['n/a', null],
  ])('short number %s', (cell, expected) => {
    expect(parseShortNumber(cell)).toBe(expected)
  })

  test.each([
    ['99.5%', 0.995],
    ['85%', 0.85],
    ['0%', 0],
    ['150%', null],
    ['', null],
  ])('percent %s', (cell, expected) => {
    expect(parsePercentCell(cell)).toBe(expected)
  })

  test('a report without a readable table has no comparable data, and says why', () => {
    const issue = issueOf('### Overview\nNo token data was found in any run.', '2026-04-02T17:25:00Z')
    const [report] = readEarlierReports([issue], { now: new Date('2026-04-03T17:00:00Z') })
    expect(report.source).toBe('llm-analyzer')
    expect(report.workflows).toBeNull()
    expect(report.noDataReason).toMatch(/no "Workflow Summary"/)
    expect(report.window.until).toBe('2026-04-02T17:25:00.000Z')
  })
})

describe('choosing the previous report', () => {
  test('an issue opened by hand under the label is not a report', () => {
    const question = issueOf('Why is the cost so high?', '2026-04-03T12:00:00Z', { title: 'Question about the report' })
    expect(readEarlierReports([question], { now: new Date('2026-04-04T06:00:00Z') })).toEqual([])
  })

  const now = new Date('2026-04-04T06:00:00Z')
  function ours(until: string, number: number, state: 'open' | 'closed' = 'closed') {
    const runs = sonnetRuns('smoke-claude', 1)
    const snapshot = dailyDataBlockOf(reportOf(runs, null, until), runs, { since: null, until })
    return issueOf(`${REPORT_MARKER}\nbody\n${encodeDailyDataBlock(snapshot)}`, until, { number, state })
  }

  test("our report's data block, not the issue's creation time, says when it ended", () => {
    // Simulated days (the e2e tests, a re-run of a past day): the server created the issue "later" than `now`.
    const issue = { ...ours('2026-04-03T06:00:00.000Z', 3), createdAt: '2026-11-26T02:00:00Z' }
    const [report] = readEarlierReports([issue], { now })
    expect(report.window.until).toBe('2026-04-03T06:00:00.000Z')
    expect(report.workflows).not.toBeNull()
  })

  test('newest window first, ours and the LLM analyzer’s together; issues of today are the one being replaced', () => {
    const issues = [
      ours('2026-04-03T06:00:00.000Z', 3),
      issueOf(LLM_REPORT_BODY, '2026-04-02T17:21:00Z', { number: 1 }),
      ours('2026-04-04T05:00:00.000Z', 4, 'open'), // today's (a re-run replaces it)
      ours('2026-04-02T20:00:00.000Z', 2),
    ]
    const reports = readEarlierReports(issues, { now, excludeDate: '2026-04-04' })
    expect(reports.map((r) => r.number)).toEqual([3, 2, 1])
    expect(reports.map((r) => r.source)).toEqual(['token-usage-analyzer', 'token-usage-analyzer', 'llm-analyzer'])
  })
})

describe('planWindow', () => {
  const now = new Date('2026-04-04T06:00:00Z')
  // Settings hold parsed values; these read the texts a workflow would give.
  const lookback = (text: string) => parseTimeOrDuration(text, "input 'lookback':")
  const maxLookback = (text: string) => parseDuration(text, "input 'max-lookback':")

  test('continues where the previous report ended: no gap, no overlap', () => {
    const window = planWindow({
      latest: { number: 7, window: { since: null, until: '2026-04-03T05:59:12.000Z' } },
      now,
      lookback: lookback('24h'),
      maxLookback: maxLookback('7d'),
    })
    expect(window).toMatchObject({
      since: '2026-04-03T05:59:12.000Z',
      until: '2026-04-04T06:00:00.000Z',
      start: 'earlier-report',
      continues: 7,
      capped: false,
    })
  })

  test('without a previous report the window is lookback', () => {
    expect(planWindow({ now, lookback: lookback('24h'), maxLookback: maxLookback('7d') })).toMatchObject({
      since: '2026-04-03T06:00:00.000Z',
      start: 'lookback',
      capped: false,
    })
  })

  test('a first run cannot read more than max-lookback', () => {
    const window = planWindow({ now, lookback: lookback('2025-01-01'), maxLookback: maxLookback('7d') })
    expect(window.since).toBe('2026-03-28T06:00:00.000Z')
    expect(window.capped).toBe(true)
    expect(window.note).toMatch(/capped to max-lookback \(7d\)/)
  })

  test('a previous report older than max-lookback is capped too, and the gap is named', () => {
    const window = planWindow({
      latest: { number: 2, window: { since: null, until: '2026-01-01T00:00:00.000Z' } },
      now,
      lookback: lookback('24h'),
      maxLookback: maxLookback('48h'),
    })
    expect(window.since).toBe('2026-04-02T06:00:00.000Z')
    expect(window.capped).toBe(true)
    expect(window.note).toMatch(/runs before 2026-04-02T06:00:00.000Z are in no report/)
  })

  test('bad durations are errors that quote the value', () => {
    expect(() => maxLookback('forever')).toThrow("'forever'")
    expect(() => lookback('yesterday')).toThrow("'yesterday'")
  })

  test('an ISO lookback after now is an error naming the input', () => {
    expect(() => planWindow({ now, lookback: lookback('2026-05-01'), maxLookback: maxLookback('7d') })).toThrow(
      "Invalid input 'lookback': '2026-05-01'",
    )
  })
})
