// Flags that earn attention (issue 12): weighed by the money at stake, cheap cached context as info, a saving per run
// where it can be computed, and a flag that stands unchanged day after day listed once as "persisting since".
import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import { reportWithTrends } from '../../../src/analysis/trends/report-trends.js'
import type { ReportIssue } from '../../../src/github/report-issues.js'
import { readEarlierReports } from '../../../src/series/earlier-reports.js'
import { renderIssueBody } from '../../../src/series/issue-body.js'
import { dailyDataBlockOf } from '../../../src/series/daily-data-block.js'
import type { RunSummary } from '../../../src/usage/run-summary.js'
import { runSummary, SONNET } from '../run-summary-builders.js'

const flagsOf = (runs: RunSummary[]) => analyseRuns(runs, { window: { since: null, until: null } }).workflows[0]!.flags

describe('flags weighed by what they cost', () => {
  test('a high I/O ratio with a cache hit rate above 90% is info, and says why', () => {
    // 1,000 fresh + 199,000 cache read per 1,000 output: ratio 200:1, hit rate 99.5%.
    const runs = [
      runSummary('cached', '1', [
        { model: 'claude-sonnet-4.6', requests: 5, input: 1_000, output: 1_000, cacheRead: 199_000, price: SONNET },
      ]),
    ]
    const flag = flagsOf(runs).find((f) => f.id === 'high-io-ratio')!
    expect(flag).toMatchObject({ severity: 'info', downgradedFrom: 'warning' })
    // Input and cache read are what the ratio is about: 1,000 × $3/M + 199,000 × $0.30/M per run.
    expect(flag.context?.atStakePerRunUsd).toBeCloseTo((1_000 * 3 + 199_000 * 0.3) / 1e6, 12)
  })

  test('a high I/O ratio without caching stays a warning', () => {
    const runs = [
      runSummary('uncached', '1', [
        { model: 'claude-sonnet-4.6', requests: 5, input: 200_000, output: 1_000, price: SONNET },
      ]),
    ]
    const ids = flagsOf(runs).map((f) => [f.id, f.severity])
    expect(ids).toContainEqual(['high-io-ratio', 'warning'])
  })

  test('a flag about under 5% of the cost per run is info; the same flag about more stays a warning', () => {
    // Cache write 1,000 tokens ($0.00375) against cache read 500: the write exceeds the read, but the run costs
    // 200,000 output tokens ($3.00): 0.1% of it.
    const small = [
      runSummary('small', '1', [
        {
          model: 'claude-sonnet-4.6',
          requests: 5,
          input: 10,
          output: 200_000,
          cacheRead: 500,
          cacheWrite: 1_000,
          price: SONNET,
        },
      ]),
    ]
    const smallFlag = flagsOf(small).find((f) => f.id === 'cache-write-exceeds-read')!
    expect(smallFlag).toMatchObject({ severity: 'info', downgradedFrom: 'warning' })
    expect(smallFlag.context?.atStakePerRunUsd).toBeCloseTo((1_000 * 3.75) / 1e6, 12)
    const large = [
      runSummary('large', '1', [
        {
          model: 'claude-sonnet-4.6',
          requests: 5,
          input: 10,
          output: 1_000,
          cacheRead: 500,
          cacheWrite: 100_000,
          price: SONNET,
        },
      ]),
    ]
    expect(flagsOf(large).find((f) => f.id === 'cache-write-exceeds-read')!.severity).toBe('warning')
  })

  test('low cache hits say what caching would save per run', () => {
    // Hit rate 20% (20,000 read of 100,000): reaching 80% moves (0.8 − 0.2) / 0.8 = 75% of the fresh input
    // (80,000 tokens, $0.24 a run) to cache reads at a tenth of the price: 0.24 × 0.75 × 0.9 = $0.162 a run.
    const runs = [
      runSummary('low', '1', [
        { model: 'claude-sonnet-4.6', requests: 5, input: 80_000, output: 5_000, cacheRead: 20_000, price: SONNET },
      ]),
    ]
    const flag = flagsOf(runs).find((f) => f.id === 'low-cache-hits')!
    expect(flag.severity).toBe('warning')
    expect(flag.context?.savingPerRunUsd).toBeCloseTo(0.162, 9)
  })
})

describe('standing flags', () => {
  const day = (date: string, runs: RunSummary[], issues: ReportIssue[]) => {
    const until = `${date}T06:00:00.000Z`
    const report = analyseRuns(runs, { window: { since: null, until } })
    const previous = readEarlierReports(issues, { now: new Date(until) })
    const result = reportWithTrends(report, previous, { date, history: 14, threshold: 0.2 })
    const { body } = renderIssueBody(result, dailyDataBlockOf(result, runs, { since: null, until }))
    issues.unshift({
      number: issues.length + 1,
      title: date,
      url: `https://github.example/o/r/issues/${issues.length + 1}`,
      state: 'open',
      body,
      createdAt: until,
      updatedAt: until,
      author: 'bot',
    } as ReportIssue)
    return { result, body }
  }
  const uncached = (id: string, input: number) =>
    runSummary('Security Guard', id, [{ model: 'claude-sonnet-4.6', requests: 5, input, output: 1_000, price: SONNET }])

  test('the same flag on the next days is listed once as persisting since its first day; a worse one leads', () => {
    const issues: ReportIssue[] = []
    const first = day('2026-04-12', [uncached('1', 200_000)], issues)
    const zero = first.result.workflows[0]!.flags.find((f) => f.id === 'zero-cache-hits')!
    expect(zero.standing).toBeUndefined() // the first report of the series: nothing to stand against
    const second = day('2026-04-13', [uncached('2', 200_000)], issues)
    const flags = second.result.workflows[0]!.flags
    expect(flags.find((f) => f.id === 'zero-cache-hits')).toMatchObject({ standing: 'persisting', since: '2026-04-12' })
    expect(flags.find((f) => f.id === 'high-io-ratio')).toMatchObject({ standing: 'persisting', since: '2026-04-12' })
    expect(second.body).toMatch(
      /\*\*Unchanged since an earlier report\*\* \(\d\):\n\n- ⚠️ \*\*Security Guard\*\* — Cache hit rate is 0\.0%.*— persisting since 2026-04-12/,
    )
    expect(second.body).not.toMatch(/^1\. /m)

    // Day 3: the I/O ratio is 50% worse: it leads again, as worse, standing since 2026-04-12.
    const third = day('2026-04-14', [uncached('3', 300_000)], issues)
    const io = third.result.workflows[0]!.flags.find((f) => f.id === 'high-io-ratio')!
    expect(io).toMatchObject({ standing: 'worsened', since: '2026-04-12' })
    expect(third.body).toMatch(
      /^1\. ⚠️ \*\*Security Guard\*\* — I\/O ratio is 300:1 .*\(worse; standing since 2026-04-12\)$/m,
    )
    expect(third.body).toMatch(/- ⚠️ \*\*Security Guard\*\* — Cache hit rate is 0\.0%.*persisting since 2026-04-12/)
  })
})
