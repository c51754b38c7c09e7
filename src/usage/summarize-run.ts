import { readJsonlLines, defaultMaxLineBytes } from './jsonl-lines.js'
import { canonicalModelName } from './model-name.js'
import { defaultNormalisationRules, freshInputOf, tokenSemanticsFor, type NormalisationRules } from './normalise.js'
import type { PriceBook, RequestPricer } from './pricing.js'
import { describeSchemaFailure, isPlainValidRecord, usageRecordSchema, type UsageRecord } from './record-schema.js'
import { RequestIdSet } from './request-id-set.js'
import { seededRandom } from './seeded-random.js'
import {
  emptyCostByType,
  emptySkipCounts,
  emptyTokenCounts,
  summaryWithoutUsage,
  type ModelUsage,
  type RunSummary,
  type SkipReason,
  type SkipCounts,
  type TokenCounts,
} from './run-summary.js'

/** One token-usage file of a run. `name` appears in skip examples as `name:line`. */
export interface UsageSource {
  name: string
  /** `detection`: the threat-detection job's usage, kept apart from the agent's own. */
  kind: 'agent' | 'detection'
  open(): Promise<NodeJS.ReadableStream>
}

export interface RunMeta {
  workflow: string
  runId: string
  branch?: string
  createdAt?: string
  url?: string
  artifact?: string
}

export interface SummarizeOptions {
  priceBook: PriceBook
  /** Only these providers (record `provider` values); others count as filtered. */
  providers?: string[]
  since?: Date
  until?: Date
  normalisation?: NormalisationRules
  /** Longer lines are skipped and counted (default 1 MiB). */
  maxLineBytes?: number
}

const maxSkipExamples = 5

/**
 * Durations kept per run for latency percentiles. Real runs have hundreds of requests; a synthetic 1 GB file has
 * millions, and every kept duration also lands in caches and report data, so beyond this a uniform sample is kept
 * (reservoir sampling, seeded: the same file gives the same sample).
 */
export const maxDurationsKept = 50_000

class DurationSample {
  readonly values: number[] = []
  seen = 0
  readonly #random = seededRandom(0x9e3779b9)

  add(duration: number): void {
    const seen = this.seen++
    if (seen < maxDurationsKept) {
      this.values.push(duration)
      return
    }
    const slot = Math.floor(this.#random() * (seen + 1))
    if (slot < maxDurationsKept) this.values[slot] = duration
  }
}

/** Where one (provider, raw model) goes: its canonical usage entry, its pricer and its token semantics. */
interface ModelSlot {
  usage: ModelUsage
  pricer: RequestPricer | null
  inclusive: boolean
}

function emptyModelUsage(provider: string, model: string): ModelUsage {
  return {
    provider,
    model,
    requests: 0,
    ...emptyTokenCounts(),
    durationMsTotal: 0,
    costUsd: 0,
    cost: emptyCostByType(),
    unpricedRequests: 0,
  }
}

/** Per kind (agent/detection): canonical usage per provider+model, and a cache of raw spelling → slot. */
class UsageTable {
  readonly byCanonical = new Map<string, ModelUsage>()
  readonly #slots = new Map<string, Map<string, ModelSlot>>()

  constructor(
    private readonly priceBook: PriceBook,
    private readonly rules: NormalisationRules,
  ) {}

  slotFor(provider: string, model: string): ModelSlot {
    let byModel = this.#slots.get(provider)
    if (!byModel) {
      byModel = new Map()
      this.#slots.set(provider, byModel)
    }
    let slot = byModel.get(model)
    if (!slot) {
      const canonical = canonicalModelName(model)
      const key = `${provider}\u0000${canonical}`
      let usage = this.byCanonical.get(key)
      if (!usage) {
        usage = emptyModelUsage(provider, canonical)
        this.byCanonical.set(key, usage)
      }
      slot = {
        usage,
        pricer: this.#pricerFor(provider, model),
        inclusive: tokenSemanticsFor(provider, this.rules) === 'inclusive',
      }
      byModel.set(model, slot)
    }
    return slot
  }

  #pricerFor(provider: string, model: string): RequestPricer | null {
    const book = this.priceBook
    if (book.pricerFor) return book.pricerFor(provider, model)
    // A PriceBook without the fast path (e.g. a test fake): adapt price() to the pricer shape.
    return {
      addCost(tokens, into, timestamp) {
        const priced = book.price(provider, model, tokens, timestamp)
        if (!priced) return Number.NaN
        into.input += priced.cost.input
        into.output += priced.cost.output
        into.cacheRead += priced.cost.cacheRead
        into.cacheWrite += priced.cost.cacheWrite
        return priced.costUsd
      },
    }
  }

  models(): ModelUsage[] {
    return [...this.byCanonical.values()].sort(
      (a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model),
    )
  }
}

/**
 * Reads every token file of one run and returns its summary: records validated, normalised, deduplicated by
 * `request_id` across all files, priced one request at a time and summed per provider and canonical model.
 * Bad lines are counted by reason with a few `file:line` examples. Errors opening or reading a source (an archive
 * limit tripping, an I/O error) are thrown for the caller to record as the run's state.
 */
export async function summarizeRun(
  meta: RunMeta,
  sources: UsageSource[],
  options: SummarizeOptions,
): Promise<RunSummary> {
  const skipped: SkipCounts = emptySkipCounts()
  const base = {
    workflow: meta.workflow,
    runId: meta.runId,
    ...(meta.branch !== undefined ? { branch: meta.branch } : {}),
    ...(meta.createdAt !== undefined ? { createdAt: meta.createdAt } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
  }
  if (sources.length === 0) return summaryWithoutUsage(base, 'no-token-file')

  const rules = options.normalisation ?? defaultNormalisationRules
  const agent = new UsageTable(options.priceBook, rules)
  const detection = new UsageTable(options.priceBook, rules)
  const providers = options.providers ? new Set(options.providers.map((p) => p.toLowerCase())) : undefined
  const since = options.since?.getTime()
  const until = options.until?.getTime()
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes
  const seen = new RequestIdSet()
  const durations = new DurationSample()
  // One object reused for every record: the pricer reads it, nothing keeps it.
  const tokens: TokenCounts = emptyTokenCounts()
  let validRecords = 0
  let firstRecordAt: string | undefined
  let lastRecordAt: string | undefined

  const skip = (file: string, line: number, reason: SkipReason, detail: string): void => {
    skipped.invalidLines++
    skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1
    if (skipped.examples.length < maxSkipExamples) skipped.examples.push({ file, line, reason, detail })
  }

  for (const source of sources) {
    const table = source.kind === 'detection' ? detection : agent
    const isAgent = source.kind !== 'detection'
    const file = source.name

    const onRecord = (record: UsageRecord): void => {
      validRecords++
      // Copies first: a record in two artifacts is one record, so a filtered one counts as filtered once.
      const requestId = record.request_id
      if (requestId !== undefined && requestId !== '' && !seen.add(requestId)) {
        skipped.duplicateRecords++
        return
      }
      const provider = record.provider
      if (providers !== undefined && !providers.has(provider)) {
        skipped.filteredRecords++
        return
      }
      const timestamp = record.timestamp
      if ((since !== undefined || until !== undefined) && timestamp !== undefined) {
        const at = Date.parse(timestamp)
        if ((since !== undefined && at < since) || (until !== undefined && at > until)) {
          skipped.filteredRecords++
          return
        }
      }

      const slot = table.slotFor(provider, record.model)
      const usage = slot.usage
      tokens.inputTokens = freshInputOf(record.input_tokens, record.cache_read_tokens, slot.inclusive)
      tokens.outputTokens = record.output_tokens
      tokens.cacheReadTokens = record.cache_read_tokens
      tokens.cacheWriteTokens = record.cache_write_tokens
      usage.requests++
      usage.inputTokens += tokens.inputTokens
      usage.outputTokens += tokens.outputTokens
      usage.cacheReadTokens += tokens.cacheReadTokens
      usage.cacheWriteTokens += tokens.cacheWriteTokens
      const cost = slot.pricer ? slot.pricer.addCost(tokens, usage.cost, timestamp) : Number.NaN
      if (Number.isNaN(cost)) usage.unpricedRequests++
      else usage.costUsd += cost
      const duration = record.duration_ms
      if (duration !== undefined) {
        usage.durationMsTotal += duration
        if (isAgent) durations.add(duration)
      }
      if (timestamp !== undefined) {
        if (firstRecordAt === undefined || timestamp < firstRecordAt) firstRecordAt = timestamp
        if (lastRecordAt === undefined || timestamp > lastRecordAt) lastRecordAt = timestamp
      }
    }

    const stream = await source.open()
    await readJsonlLines(
      stream,
      {
        onLine(text, line, unterminated) {
          let value: unknown
          try {
            value = JSON.parse(text)
          } catch (error) {
            const detail = unterminated
              ? 'truncated last line (no newline at end of file)'
              : `not JSON: ${(error as Error).message}`.slice(0, 120)
            skip(file, line, 'invalid-json', detail)
            return
          }
          if (isPlainValidRecord(value)) {
            onRecord(value)
            return
          }
          const parsed = usageRecordSchema.safeParse(value)
          if (parsed.success) onRecord(parsed.data)
          else skip(file, line, 'schema', describeSchemaFailure(parsed.error))
        },
        onTooLong(line, bytes) {
          skip(file, line, 'line-too-long', `${bytes} bytes, limit ${maxLineBytes}`)
        },
      },
      maxLineBytes,
    )
  }

  return {
    ...base,
    state: validRecords === 0 ? 'empty-token-file' : 'analysed',
    models: agent.models(),
    detection: detection.models(),
    durationsMs: durations.values,
    ...(durations.seen > maxDurationsKept ? { durationsSampledFrom: durations.seen } : {}),
    skipped,
    ...(firstRecordAt !== undefined ? { firstRecordAt } : {}),
    ...(lastRecordAt !== undefined ? { lastRecordAt } : {}),
  }
}
