// The recorded AI credits and our repricing compare the same requests: only models whose requests all carried
// credits and all had a price are repriced; the others are named. One figure per scope, computed in analysis.
import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import { renderMarkdownReport } from '../../../src/report/markdown-report.js'
import { formatAic } from '../../../src/report/ai-credits-text.js'
import { modelUsage, runSummary, SONNET, HAIKU } from '../run-summary-builders.js'

const withCredits = (usage: ReturnType<typeof modelUsage>, aiCredits: number | null, aiCreditsRequests: number) => ({
  ...usage,
  aiCredits,
  aiCreditsRequests,
})

// sonnet: 4 requests, all with credits, priced · haiku: 2 requests, none with credits, priced · mystery: 1 request
// with credits, unpriced · opus-ish: 3 requests, 1 with credits, priced (partial coverage).
const sonnet = withCredits(
  modelUsage({
    model: 'claude-sonnet-4.6',
    provider: 'copilot',
    requests: 4,
    input: 40_000,
    output: 4_000,
    price: SONNET,
  }),
  0.9,
  4,
)
const haiku = modelUsage({
  model: 'claude-haiku-4.5',
  provider: 'copilot',
  requests: 2,
  input: 9_000,
  output: 900,
  price: HAIKU,
})
const mystery = withCredits(
  modelUsage({ model: 'mystery-1', provider: 'copilot', requests: 1, input: 500, output: 50 }),
  0.2,
  1,
)
const partial = withCredits(
  modelUsage({
    model: 'claude-partial',
    provider: 'copilot',
    requests: 3,
    input: 30_000,
    output: 3_000,
    price: SONNET,
  }),
  0.15,
  1,
)

function report() {
  return analyseRuns([runSummary('wf', '1', [], { models: [sonnet, haiku, mystery, partial] })])
}

describe('AI credits repricing over the same requests', () => {
  test('totals and workflows reprice only the models whose requests all carried credits and had a price', () => {
    const data = report()
    const expectedRepriced = sonnet.costUsd * 100
    expect(data.totals.repricedAiCredits).toBeCloseTo(expectedRepriced, 10)
    expect(data.totals.repricedAiCreditsRecorded).toBeCloseTo(0.9, 10)
    expect(data.totals.repricedAiCreditsLeftOut).toEqual(['claude-partial', 'mystery-1'])
    // Not the old figure: every priced model's USD × 100, credits or not.
    expect(data.totals.repricedAiCredits).not.toBeCloseTo(data.totals.costUsd * 100, 2)
    const w = data.workflows[0]!
    expect(w.repricedAiCredits).toBeCloseTo(expectedRepriced, 10)
    expect(w.repricedAiCreditsLeftOut).toEqual(['claude-partial', 'mystery-1'])
  })

  test('the overview, the AI credits section and the workflow details show the one repriced figure', () => {
    const data = report()
    const md = renderMarkdownReport(data)
    const repriced = formatAic(sonnet.costUsd * 100)
    const recordedAll = formatAic(0.9 + 0.2 + 0.15)
    expect(md).toContain(`**AI credits recorded**: ${recordedAll}`)
    const sentence = `${repriced} against ${formatAic(0.9)} recorded on the same requests; left out: models \`claude-partial\`, \`mystery-1\``
    // Overview, AI credits section, workflow details: the same sentence three times.
    expect(md.split(sentence).length - 1).toBe(3)
    expect(md).not.toContain(formatAic(data.totals.costUsd * 100))
  })

  test('all models fully carried and priced: the bare figure, equal to USD × 100', () => {
    const data = analyseRuns([runSummary('wf', '1', [], { models: [sonnet] })])
    expect(data.totals.repricedAiCredits).toBeCloseTo(data.totals.costUsd * 100, 10)
    expect(data.totals.repricedAiCreditsLeftOut).toEqual([])
    expect(renderMarkdownReport(data)).toContain(`(repriced: ${formatAic(sonnet.costUsd * 100)})`)
  })
})
