// Hand-built RunSummary objects for the analysis and report tests (no parsing involved).
import { emptyRecordFacts, emptySkipCounts, type ModelUsage, type RunSummary } from '../../src/usage/run-summary.js'

export interface ModelSpec {
  provider?: string
  model: string
  requests: number
  input?: number
  output?: number
  cacheRead?: number
  cacheWrite?: number
  durationMsTotal?: number
  /** $ per million for input/output/cache read/cache write; absent: unpriced. */
  price?: [number, number, number, number]
  /** Requests of the model without a price (default: all when there is no price, else none). */
  unpricedRequests?: number
}

export function modelUsage(spec: ModelSpec): ModelUsage {
  const input = spec.input ?? 0
  const output = spec.output ?? 0
  const cacheRead = spec.cacheRead ?? 0
  const cacheWrite = spec.cacheWrite ?? 0
  const p = spec.price
  const cost = p
    ? {
        input: (input * p[0]) / 1e6,
        output: (output * p[1]) / 1e6,
        cacheRead: (cacheRead * p[2]) / 1e6,
        cacheWrite: (cacheWrite * p[3]) / 1e6,
      }
    : { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
  return {
    provider: spec.provider ?? 'anthropic',
    model: spec.model,
    requests: spec.requests,
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    durationMsTotal: spec.durationMsTotal ?? 0,
    costUsd: cost.input + cost.output + cost.cacheRead + cost.cacheWrite,
    cost,
    unpricedRequests: spec.unpricedRequests ?? (p ? 0 : spec.requests),
    reasoningTokens: 0,
    aiCredits: null,
    aiCreditsRequests: 0,
  }
}

export function runSummary(
  workflow: string,
  runId: string,
  models: ModelSpec[],
  extra: Partial<RunSummary> & { detectionModels?: ModelSpec[] } = {},
): RunSummary {
  const { detectionModels, ...rest } = extra
  return {
    workflow,
    runId,
    state: 'analysed',
    models: models.map(modelUsage),
    detection: (detectionModels ?? []).map(modelUsage),
    durationsMs: [],
    skipped: emptySkipCounts(),
    ...emptyRecordFacts(),
    ...rest,
  }
}

export const SONNET: [number, number, number, number] = [3, 15, 0.3, 3.75]
export const HAIKU: [number, number, number, number] = [0.8, 4, 0.08, 1]
