// Invariants of the reducers over arbitrary runs: totals are the sums of the parts, rates stay in range,
// nothing becomes NaN or Infinity, detection never leaks into the agent's totals.
import fc from 'fast-check'
import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import { runSummary, SONNET, type ModelSpec } from '../run-summary-builders.js'

const count = fc.nat({ max: 2_000_000 })
const model: fc.Arbitrary<ModelSpec> = fc.record({
  provider: fc.constantFrom('anthropic', 'copilot', 'openai'),
  model: fc.constantFrom('claude-sonnet-4.6', 'claude-haiku-4.5', 'gpt-5'),
  requests: fc.integer({ min: 1, max: 50 }),
  input: count,
  output: count,
  cacheRead: count,
  cacheWrite: count,
  durationMsTotal: fc.nat({ max: 1_000_000 }),
  price: fc.option(fc.constant(SONNET), { nil: undefined }),
})
const run = fc.record({
  workflow: fc.constantFrom('a', 'b', 'c|d', '@e'),
  models: fc.array(model, { maxLength: 3 }),
  detection: fc.array(model, { maxLength: 1 }),
  durations: fc.array(fc.nat({ max: 60_000 }), { maxLength: 5 }),
})

test('totals are the sums of the workflows, rates in range, no NaN', () => {
  fc.assert(
    fc.property(fc.array(run, { maxLength: 12 }), (specs) => {
      const runs = specs.map((s, i) =>
        runSummary(s.workflow, String(i), s.models, { detectionModels: s.detection, durationsMs: s.durations }),
      )
      const report = analyseRuns(runs)
      const sum = (f: (w: (typeof report.workflows)[number]) => number) =>
        report.workflows.reduce((n, w) => n + f(w), 0)

      expect(report.totals.runs).toBe(specs.length)
      expect(sum((w) => w.runs)).toBe(specs.length)
      expect(report.totals.requests).toBe(specs.reduce((n, s) => n + s.models.reduce((m, x) => m + x.requests, 0), 0))
      expect(sum((w) => w.requests)).toBe(report.totals.requests)
      expect(sum((w) => w.totalTokens)).toBe(report.totals.totalTokens)
      expect(sum((w) => w.costUsd)).toBeCloseTo(report.totals.costUsd, 6)
      expect(report.totals.runsWithData + report.runsWithoutData.length).toBe(specs.length)
      expect(report.detection!.requests).toBe(
        specs.reduce((n, s) => n + s.detection.reduce((m, x) => m + x.requests, 0), 0),
      )

      for (let i = 1; i < report.workflows.length; i++) {
        expect(report.workflows[i - 1].costUsd).toBeGreaterThanOrEqual(report.workflows[i].costUsd)
      }
      for (const w of report.workflows) {
        for (const rate of [w.cacheHitRate, w.cacheWriteRate]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0)
            expect(rate).toBeLessThanOrEqual(1)
          }
        }
        if (w.latencyP50Ms !== null) expect(w.latencyP95Ms!).toBeGreaterThanOrEqual(w.latencyP50Ms)
      }
      // JSON.stringify turns NaN/Infinity into null, so a round trip must be lossless.
      expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    }),
    { numRuns: 300 },
  )
})
