/**
 * Flags weighed by what they cost, so that a warning earns attention: the cost per run a flag is about (its money at
 * stake) and, where it can be computed, what acting on it would save per run. A warning whose money at stake is under
 * 5% of the workflow's cost per run is downgraded to info, and so is a `high-io-ratio` with a cache hit rate above
 * 90%: its context is mostly cheap cached reads (the LLM analyzer's own report said "no action needed" for that case).
 */
import type { Flag, ModelMetrics, Severity, WorkflowMetrics } from '../report-data.js'
import { formatPercent, formatPreciseUsd } from '../../common/value-format.js'

/** Money at stake below this share of the workflow's cost per run is not worth a warning. */
export const SMALL_STAKE_SHARE = 0.05

/** A high I/O ratio with a cache hit rate above this is cheap cached context. */
export const CACHED_CONTEXT_HIT_RATE = 0.9

/**
 * Savings assume cache reads at 10% of the input price (Anthropic's and OpenAI's current discount) and a hit rate of
 * 80% reached by caching the stable prefix: conservative for an agent that resends the same system prompt and tools.
 */
const CACHE_READ_PRICE_SHARE = 0.1
const REACHABLE_HIT_RATE = 0.8

/** What acting on caching saves per run: fresh input moved to cache reads until the hit rate reaches 80%. */
function cachingSaving(inputCostPerRun: number, hitRate: number | null): number | null {
  const h = hitRate ?? 0
  if (h >= REACHABLE_HIT_RATE || inputCostPerRun <= 0) return null
  // Input + cache read stay the same; fresh input falls from (1 − h) to 0.2 of it.
  const movedShare = (REACHABLE_HIT_RATE - h) / (1 - h)
  return inputCostPerRun * movedShare * (1 - CACHE_READ_PRICE_SHARE)
}

function modelOf(workflow: WorkflowMetrics, name: string | undefined): ModelMetrics | undefined {
  return name === undefined ? undefined : workflow.models.find((m) => m.model === name)
}

/** The cost per run a flag is about, and what acting on it saves per run; nulls where it cannot be told. */
export function flagStakeOf(
  flag: Flag,
  workflow: WorkflowMetrics,
): { atStakePerRunUsd: number | null; savingPerRunUsd: number | null } {
  const runs = workflow.runsWithData
  if (runs === 0) return { atStakePerRunUsd: null, savingPerRunUsd: null }
  const perRun = (usd: number): number => usd / runs
  switch (flag.id) {
    case 'zero-cache-hits':
    case 'low-cache-hits': {
      const input = perRun(workflow.cost.input)
      return { atStakePerRunUsd: input, savingPerRunUsd: cachingSaving(input, workflow.cacheHitRate) }
    }
    case 'model-zero-cache-hits': {
      const model = modelOf(workflow, flag.model)
      if (!model) return { atStakePerRunUsd: null, savingPerRunUsd: null }
      const input = perRun(model.cost.input)
      return { atStakePerRunUsd: input, savingPerRunUsd: cachingSaving(input, 0) }
    }
    case 'cache-write-exceeds-read':
      return { atStakePerRunUsd: perRun(workflow.cost.cacheWrite), savingPerRunUsd: null }
    case 'high-io-ratio':
      return { atStakePerRunUsd: perRun(workflow.cost.input + workflow.cost.cacheRead), savingPerRunUsd: null }
    case 'high-cost-per-run':
      return { atStakePerRunUsd: workflow.costPerRunUsd, savingPerRunUsd: null }
    default:
      return { atStakePerRunUsd: null, savingPerRunUsd: null }
  }
}

/** Whether a warning (or critical) reads as info: cheap cached context, or little money at stake. */
function downgradeOf(flag: Flag, workflow: WorkflowMetrics, atStake: number | null): boolean {
  if (flag.severity === 'info') return false
  if (flag.id === 'high-io-ratio' && (workflow.cacheHitRate ?? 0) > CACHED_CONTEXT_HIT_RATE) return true
  const cost = workflow.costPerRunUsd
  return atStake !== null && cost !== null && cost > 0 && atStake < SMALL_STAKE_SHARE * cost
}

/** A saving below half a cent per run would read "$0.00": not worth a sentence. */
export const WORTH_NAMING_USD = 0.005

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 }

/**
 * The workflow's flags with their money at stake and saving in `context`, small ones downgraded to info; most
 * severe first again (a stable sort keeps the order within a severity).
 */
export function weighFlags(flags: readonly Flag[], workflow: WorkflowMetrics): Flag[] {
  const weighed = flags.map((flag): Flag => {
    const { atStakePerRunUsd, savingPerRunUsd } = flagStakeOf(flag, workflow)
    const context = {
      ...flag.context,
      ...(atStakePerRunUsd !== null ? { atStakePerRunUsd } : {}),
      ...(savingPerRunUsd !== null ? { savingPerRunUsd } : {}),
    }
    const withStake: Flag = { ...flag, ...(Object.keys(context).length > 0 ? { context } : {}) }
    return downgradeOf(flag, workflow, atStakePerRunUsd)
      ? { ...withStake, severity: 'info', downgradedFrom: flag.severity }
      : withStake
  })
  return weighed.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/**
 * The sentence beside a weighed flag: what acting on it saves per run, or why it reads as info; null when there is
 * nothing to add. Plain text.
 */
export function flagWeightNoteOf(
  flag: Flag,
  workflow: Pick<WorkflowMetrics, 'cacheHitRate' | 'costPerRunUsd'>,
): string | null {
  const c = flag.context ?? {}
  const notes: string[] = []
  if (c.savingPerRunUsd !== undefined && c.savingPerRunUsd >= WORTH_NAMING_USD) {
    notes.push(`Acting on it could save about ${formatPreciseUsd(c.savingPerRunUsd)} per run.`)
  }
  if (flag.downgradedFrom !== undefined) {
    if (flag.id === 'high-io-ratio' && (workflow.cacheHitRate ?? 0) > CACHED_CONTEXT_HIT_RATE) {
      notes.push(
        `Info, not a ${flag.downgradedFrom}: with a cache hit rate of ${formatPercent(workflow.cacheHitRate, 0)} the context is mostly cheap cached reads.`,
      )
    } else if (c.atStakePerRunUsd !== undefined) {
      notes.push(
        `Info, not a ${flag.downgradedFrom}: it concerns ${formatPreciseUsd(c.atStakePerRunUsd)} per run, under ${formatPercent(SMALL_STAKE_SHARE, 0)} of the workflow's ${formatPreciseUsd(workflow.costPerRunUsd)}.`,
      )
    }
  }
  return notes.length > 0 ? notes.join(' ') : null
}
