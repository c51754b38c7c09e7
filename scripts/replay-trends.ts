/**
 * Replays the gh-aw-firewall token dataset day by day through the significance test, the cost drivers and the
 * "since when" search: for every workflow and every day with runs, that day's runs are compared with the runs of
 * the 7 days before, and the significant changes are printed with their drivers. Then each maintainers' milestone
 * (run-index.json) is checked: did a report within two days of it call a significant change of that workflow?
 *
 *   npx tsx scripts/replay-trends.ts DATASET.jsonl RUN-INDEX.json [--baseline-days 7] [--alpha 0.01] [--all]
 *
 * `--all` also prints the days that were tested and not significant.
 *
 * The dataset holds per-run totals, not requests, so some facts are filled in (counted in the output):
 * - runs with `api_calls` 0 (older artifacts) take the median `api_calls` of the 10 nearest runs of the same
 *   workflow that have it; runs with no `models` take the commonest model set of the 10 nearest runs that have one;
 * - a run with two models gives the small one (haiku) a third of its requests and tokens, as scripts/make-examples
 *   does;
 * - each model's share of a run is priced with the project's price book as that many average requests (so
 *   long-context tiers see a request's size, not the run's), at the run's start time; copilot and openai totals
 *   are inclusive (input contains cache read), as the project's normalisation rules say.
 */
import { readFileSync } from 'node:fs'
import {
  compareSamples,
  defaultSignificance,
  type SampleComparison,
} from '../src/analysis/trends/change-significance.js'
import { decomposeCostChange, type ModelUsageRow } from '../src/analysis/trends/cost-drivers.js'
import { describeDrivers } from '../src/analysis/trends/driver-sentence.js'
import { findLevelShift } from '../src/analysis/trends/level-shift.js'
import { formatPercent, formatUsd } from '../src/common/value-format.js'
import { defaultNormalisationRules } from '../src/usage/normalise.js'
import { createPriceBook } from '../src/usage/pricing.js'
import { readDatasetRuns, type DatasetRun } from './token-dataset.js'

interface Milestone {
  date: string
  label: string
  description: string
}

/** One run, priced, with its per-model rows. */
interface PricedRun {
  workflow: string
  day: string
  at: number
  requests: number
  costUsd: number
  tokens: number
  cacheHitRate: number | null
  models: ModelUsageRow[]
  unpriced: string[]
  /** Requests or models were filled in (see above): its requests are not evidence, its drivers less so. */
  filledIn: { requests: boolean; models: boolean }
}

const METRICS = ['costPerRunUsd', 'tokensPerRun', 'requestsPerRun', 'cacheHitRate'] as const
type Metric = (typeof METRICS)[number]

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback
}

const VALUE_FLAGS = new Set(['--baseline-days', '--alpha'])
const positional = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !VALUE_FLAGS.has(all[i - 1] ?? ''))
const [datasetPath, indexPath] = positional
if (!datasetPath || !indexPath) {
  console.error(
    'Usage: npx tsx scripts/replay-trends.ts DATASET.jsonl RUN-INDEX.json [--baseline-days 7] [--alpha 0.01]',
  )
  process.exit(2)
}
const baselineDays = Number(argValue('--baseline-days', '7'))
const alpha = Number(argValue('--alpha', String(defaultSignificance.alpha)))
const printAll = process.argv.includes('--all')

const DAY_MS = 86_400_000
const dayOf = (iso: string): string => iso.slice(0, 10)
const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)

// ---------------------------------------------------------------- filling in what the dataset lacks

const filled = { requests: 0, models: 0 }

function nearest<T>(
  runs: DatasetRun[],
  run: DatasetRun,
  has: (r: DatasetRun) => boolean,
  take: (r: DatasetRun) => T,
): T[] {
  const at = Date.parse(run.created_at)
  return runs
    .filter((r) => r.workflow === run.workflow && has(r))
    .sort((a, b) => Math.abs(Date.parse(a.created_at) - at) - Math.abs(Date.parse(b.created_at) - at))
    .slice(0, 10)
    .map(take)
}

type FilledRun = DatasetRun & { filledIn: { requests: boolean; models: boolean } }

function fillIn(runs: DatasetRun[]): FilledRun[] {
  return runs.map((run) => {
    let { api_calls: calls, models, providers } = run
    if (calls <= 0) {
      const near = nearest(
        runs,
        run,
        (r) => r.api_calls > 0,
        (r) => r.api_calls,
      ).sort((a, b) => a - b)
      calls = near.length > 0 ? near[Math.floor((near.length - 1) / 2)]! : 1
      filled.requests++
    }
    if (models.length === 0) {
      const sets = nearest(
        runs,
        run,
        (r) => r.models.length > 0,
        (r) => JSON.stringify([r.models, r.providers]),
      )
      const counts = new Map<string, number>()
      for (const s of sets) counts.set(s, (counts.get(s) ?? 0) + 1)
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
      if (best) [models, providers] = JSON.parse(best[0]) as [string[], string[]]
      filled.models++
    }
    return {
      ...run,
      api_calls: calls,
      models,
      providers,
      filledIn: { requests: run.api_calls <= 0, models: run.models.length === 0 },
    }
  })
}

// ---------------------------------------------------------------- pricing

const priceBook = createPriceBook()

function priceRun(run: FilledRun): PricedRun {
  const provider = run.providers[0] ?? 'anthropic'
  const inclusive = defaultNormalisationRules[provider] === 'inclusive'
  const fresh = Math.max(0, run.input_tokens - (inclusive ? run.cache_read_tokens : 0))
  const small = run.models.length > 1 ? (run.models.find((m) => m.includes('haiku')) ?? run.models[1]!) : undefined
  const smallRequests = small ? Math.ceil(run.api_calls / 3) : 0
  const rows: ModelUsageRow[] = []
  const unpriced: string[] = []
  for (const model of run.models.length > 0 ? run.models : ['unknown']) {
    const requests =
      small === undefined ? run.api_calls : model === small ? smallRequests : run.api_calls - smallRequests
    if (requests <= 0) continue
    const share = requests / run.api_calls
    const tokens = {
      inputTokens: fresh * share,
      outputTokens: run.output_tokens * share,
      cacheReadTokens: run.cache_read_tokens * share,
      cacheWriteTokens: run.cache_write_tokens * share,
    }
    const perRequest = {
      inputTokens: tokens.inputTokens / requests,
      outputTokens: tokens.outputTokens / requests,
      cacheReadTokens: tokens.cacheReadTokens / requests,
      cacheWriteTokens: tokens.cacheWriteTokens / requests,
    }
    const priced = priceBook.price(provider, model, perRequest, run.created_at)
    if (!priced) unpriced.push(model)
    const cost = priced
      ? {
          input: priced.cost.input * requests,
          output: priced.cost.output * requests,
          cacheRead: priced.cost.cacheRead * requests,
          cacheWrite: priced.cost.cacheWrite * requests,
        }
      : { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
    rows.push({ model: canonical(model), requests, ...tokens, costUsd: (priced?.costUsd ?? 0) * requests, cost })
  }
  const readAndFresh = fresh + run.cache_read_tokens
  return {
    workflow: run.workflow,
    day: dayOf(run.created_at),
    at: Date.parse(run.created_at),
    requests: run.api_calls,
    costUsd: rows.reduce((s, r) => s + r.costUsd, 0),
    tokens: fresh + run.output_tokens + run.cache_read_tokens + run.cache_write_tokens,
    cacheHitRate: readAndFresh > 0 ? run.cache_read_tokens / readAndFresh : null,
    models: rows,
    unpriced,
    filledIn: run.filledIn,
  }
}

/** Dated snapshot ids read as their model: claude-haiku-4-5-20251001 → claude-haiku-4.5. */
function canonical(model: string): string {
  return model.replace(/-\d{8}$/, '').replace(/-(\d+)-(\d+)$/, '-$1.$2')
}

function valueOf(run: PricedRun, metric: Metric): number | null {
  switch (metric) {
    case 'costPerRunUsd':
      return run.costUsd
    case 'tokensPerRun':
      return run.tokens
    case 'requestsPerRun':
      // A filled-in count is a neighbour's, not this run's: it must not make or hide a change.
      return run.filledIn.requests ? null : run.requests
    case 'cacheHitRate':
      return run.cacheHitRate
  }
}

function valuesOf(runs: PricedRun[], metric: Metric): number[] {
  return runs.map((r) => valueOf(r, metric)).filter((v): v is number => v !== null)
}

function windowRows(runs: PricedRun[]): { runs: number; models: ModelUsageRow[] } {
  return { runs: runs.length, models: runs.flatMap((r) => r.models) }
}

function formatValue(metric: Metric, value: number | null): string {
  if (value === null) return '—'
  if (metric === 'costPerRunUsd') return formatUsd(value)
  if (metric === 'cacheHitRate') return formatPercent(value, 0)
  return value >= 10_000 ? `${Math.round(value / 1000)}K` : value.toFixed(1)
}

function formatChange(metric: Metric, c: SampleComparison): string {
  const relative =
    c.relative === null ? 'from 0' : `${c.relative >= 0 ? '+' : '−'}${Math.round(Math.abs(c.relative) * 100)}%`
  const p = c.pValue === null ? '' : `, p=${c.pValue < 0.001 ? c.pValue.toExponential(1) : c.pValue.toFixed(3)}`
  return `${metric} ${relative} (${formatValue(metric, c.baseline)} → ${formatValue(metric, c.current)}${p}, runs ${c.runs.baseline}/${c.runs.current})`
}

// ---------------------------------------------------------------- replay

interface DayResult {
  workflow: string
  day: string
  comparisons: Record<Metric, SampleComparison>
}

function main(): void {
  const raw = readDatasetRuns(datasetPath!)
  const index = JSON.parse(readFileSync(indexPath!, 'utf8')) as { milestones: Milestone[] }
  const runs = fillIn(raw).map(priceRun)
  const unpriced = runs.filter((r) => r.unpriced.length > 0)
  const workflows = [...new Set(runs.map((r) => r.workflow))].sort()
  const days = [...new Set(runs.map((r) => r.day))].sort()

  console.log(`Replay of ${runs.length} runs, ${workflows.length} workflows, ${days[0]} … ${days.at(-1)}`)
  console.log(
    `Baseline: the ${baselineDays} days before each day; alpha ${alpha}, min runs ${defaultSignificance.minRuns}, min effect ${defaultSignificance.minEffect * 100}%`,
  )
  console.log(
    `Filled in: requests of ${filled.requests} runs (api_calls 0), models of ${filled.models} runs (no models); ` +
      `runs with an unpriced model: ${unpriced.length}${unpriced.length > 0 ? ` (${[...new Set(unpriced.flatMap((r) => r.unpriced))].join(', ')})` : ''}`,
  )
  console.log('')

  const results: DayResult[] = []
  const byWorkflowDay = new Map<string, PricedRun[]>()
  for (const r of runs) {
    const key = `${r.workflow}\u0000${r.day}`
    byWorkflowDay.set(key, [...(byWorkflowDay.get(key) ?? []), r])
  }
  const runsOn = (workflow: string, day: string): PricedRun[] => byWorkflowDay.get(`${workflow}\u0000${day}`) ?? []

  let significantRises = 0
  let significantFalls = 0
  for (const workflow of workflows) {
    console.log(`## ${workflow}`)
    for (const day of days) {
      const current = runsOn(workflow, day)
      if (current.length === 0) continue
      const windowDays = Array.from({ length: baselineDays }, (_, i) => addDays(day, i - baselineDays))
      const baseline = windowDays.flatMap((d) => runsOn(workflow, d))
      const comparisons = Object.fromEntries(
        METRICS.map((m) => [m, compareSamples(valuesOf(baseline, m), valuesOf(current, m), { alpha })]),
      ) as Record<Metric, SampleComparison>
      results.push({ workflow, day, comparisons })
      const significant = METRICS.filter((m) => comparisons[m].significant)
      if (significant.length === 0) {
        if (printAll) {
          const cost = comparisons.costPerRunUsd
          console.log(`${day}  ${cost.verdict}: ${formatChange('costPerRunUsd', cost)}`)
        }
        continue
      }
      for (const m of significant) {
        const c = comparisons[m]
        if (m === 'costPerRunUsd' || m === 'tokensPerRun') {
          if (c.direction === 'up') significantRises++
          else significantFalls++
        }
        const shift = findLevelShift(
          [...windowDays, day].map((d) => ({ date: d, values: valuesOf(runsOn(workflow, d), m) })),
          { direction: c.direction ?? undefined },
        )
        console.log(
          `${day}  ${c.direction === 'up' ? 'RISE' : 'FALL'} ${formatChange(m, c)}, since ${shift?.since ?? '—'}`,
        )
      }
      if (significant.includes('costPerRunUsd')) {
        const change = decomposeCostChange(windowRows(baseline), windowRows(current))
        const drivers = change.drivers
          .filter((d) => Math.abs(d.contribution) >= 0.0005)
          .map((d) => `${d.id} ${d.contribution >= 0 ? '+' : '−'}$${Math.abs(d.contribution).toFixed(4)}`)
          .join(', ')
        const filledRuns = (rs: PricedRun[]): string =>
          `${rs.filter((r) => r.filledIn.requests || r.filledIn.models).length}/${rs.length}`
        console.log(`            why: ${describeDrivers(change) || 'no driver above half a cent'}`)
        console.log(
          `            runs with filled-in requests or models: baseline ${filledRuns(baseline)}, current ${filledRuns(current)}`,
        )
        console.log(
          `            drivers: ${drivers} (sum ${change.change >= 0 ? '+' : '−'}$${Math.abs(change.change).toFixed(4)})`,
        )
      }
    }
    console.log('')
  }
  const tested = results.filter((r) => r.comparisons.costPerRunUsd.verdict !== 'too-few-runs').length
  console.log(
    `Reports: ${results.length} workflow-days with runs, ${tested} with enough runs to test cost; ` +
      `significant cost or tokens changes: ${significantRises} rises, ${significantFalls} falls`,
  )
  console.log('')

  // ---------------------------------------------------------------- milestones
  console.log('## Milestones (run-index.json): a significant change of the workflow within two days of the date?')
  const workflowOf = (m: Milestone): string | undefined => {
    const text = m.description.toLowerCase()
    if (text.includes('security-guard')) return 'Security Guard'
    if (text.includes('secret-digger')) return 'Secret Digger (Claude)'
    if (text.includes('smoke-claude')) return 'Smoke Claude'
    return undefined
  }
  for (const milestone of index.milestones) {
    const workflow = workflowOf(milestone)
    const head = `${milestone.date} ${milestone.label} (${milestone.description})`
    if (!workflow) {
      console.log(`- ${head}: no single workflow; not checked`)
      continue
    }
    const near = [0, 1, 2].map((i) => addDays(milestone.date, i))
    const lines: string[] = []
    for (const day of near) {
      const r = results.find((x) => x.workflow === workflow && x.day === day)
      if (!r) {
        lines.push(`${day}: no runs`)
        continue
      }
      const cost = r.comparisons.costPerRunUsd
      const others = METRICS.filter((m) => m !== 'costPerRunUsd' && r.comparisons[m].significant).map(
        (m) => `${m} ${r.comparisons[m].direction}`,
      )
      const verdict =
        cost.verdict === 'too-few-runs'
          ? `too few runs (${cost.runs.baseline} baseline / ${cost.runs.current} current)`
          : `cost ${cost.verdict}${cost.significant ? ` ${cost.direction}` : ''} ${formatChange('costPerRunUsd', cost)}`
      lines.push(`${day}: ${verdict}${others.length > 0 ? `; also significant: ${others.join(', ')}` : ''}`)
    }
    console.log(`- ${head} → ${workflow}`)
    for (const line of lines) console.log(`    ${line}`)
  }
}

main()
