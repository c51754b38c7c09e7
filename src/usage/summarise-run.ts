import { addRawTotals, aggregateMismatches, emptyRawTotals, readAggregateUsage } from './aggregate-usage.js'
import { readJsonlLines, defaultMaxLineBytes } from './jsonl-lines.js'
import { canonicalModelName } from './model-name.js'
import {
  defaultNormalisationRules,
  freshInputOf,
  outputWithReasoning,
  reasoningOutsideOutput,
  tokenSemanticsFor,
  type NormalisationRules,
} from './normalise.js'
import type { PriceBook, RequestPricer } from './pricing.js'
import { providerOfModel } from './provider-names.js'
import { isPlainValidRecord } from './record-precheck.js'
import type { UsageRecord } from './record-schema.js'
import { FallbackTally, ValueCounter } from './record-tallies.js'
import { RequestIdSet } from './request-id-set.js'
import { seededRandom } from './seeded-random.js'
import {
  emptyCostByType,
  emptyModelUsage,
  emptySkipCounts,
  emptyTokenCounts,
  summaryWithoutUsage,
  UNDATED_PERIOD,
  byPeriod,
  type AggregateUsage,
  type ModelUsage,
  type NoRecordsDetail,
  type RunPeriodUsage,
  type RunSummary,
  type SkipReason,
  type SkipCounts,
  type TokenCounts,
} from './run-summary.js'

/** One usage file of a run. `name` appears in skip examples as `name:line`. */
export interface UsageSource {
  name: string
  /**
   * `agent`: a token file of the agent's job; `detection`: the threat-detection job's, kept apart from the agent's
   * own; `aggregate`: gh-aw's `agent_usage.json` totals, used when the run has no per-request record.
   */
  kind: 'agent' | 'detection' | 'aggregate'
  open(): Promise<NodeJS.ReadableStream>
}

/** What a search of an archive looked at, for a run whose archive yields no usage. */
export interface ArchiveInventory {
  /** Files in the archive(s). */
  entries: number
  /** The first of their paths. */
  paths: string[]
}

/**
 * A run's usage files, as the archive and directory readers return them: a plain array, with what the search
 * inspected attached so that `summariseRun` can name it when nothing was found.
 */
export type UsageSources = readonly UsageSource[] & { inspected?: ArchiveInventory }

export interface RunMeta {
  workflow: string
  runId: string
  branch?: string
  createdAt?: string
  conclusion?: string
  url?: string
  artifact?: string
  headSha?: string
  event?: string
  pullRequests?: number[]
}

export interface SummariseOptions {
  priceBook: PriceBook
  /** Only these providers (record `provider` values); others count as filtered. */
  providers?: string[]
  since?: Date
  until?: Date
  normalisation?: NormalisationRules
  /** Longer lines are skipped and counted (default 1 MiB). */
  maxLineBytes?: number
  /**
   * The calendar period of a record's timestamp (`2026-W16`…; undefined when it does not parse). When given, the
   * summary also keeps the agent's usage per period and model (`periods`); without it the reader does no such work.
   */
  periodOf?: (timestamp: string) => string | undefined
}

const maxSkipExamples = 5

/** Adds one request (its normalised tokens), its price, reasoning, AI credits and duration to a model's usage. */
function addRequest(
  usage: ModelUsage,
  pricer: RequestPricer | null,
  tokens: TokenCounts,
  record: UsageRecord,
  reasoning: number,
): void {
  usage.requests++
  usage.inputTokens += tokens.inputTokens
  usage.outputTokens += tokens.outputTokens
  usage.cacheReadTokens += tokens.cacheReadTokens
  usage.cacheWriteTokens += tokens.cacheWriteTokens
  const cost = pricer ? pricer.addCost(tokens, usage.cost, record.timestamp) : Number.NaN
  if (Number.isNaN(cost)) usage.unpricedRequests++
  else usage.costUsd += cost
  usage.reasoningTokens += reasoning
  const credits = record.ai_credits_this_response
  if (credits !== undefined) {
    usage.aiCredits = (usage.aiCredits ?? 0) + credits
    usage.aiCreditsRequests++
  }
  const duration = record.duration_ms
  if (duration !== undefined) usage.durationMsTotal += duration
}

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
  /** Its `output_tokens` leave reasoning out (Gemini): output is output + reasoning. */
  reasoningApart: boolean
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
        reasoningApart: reasoningOutsideOutput.has(provider),
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
 * Reads every usage file of one run and returns its summary: records validated, normalised, deduplicated by
 * `request_id` across all files, priced one request at a time and summed per provider and canonical model.
 * The firewall's routing calls go to `routing`, the threat-detection job's usage to `detection`; neither is in
 * `models`. Bad lines are counted by reason with a few `file:line` examples. A run without per-request records but
 * with gh-aw's `agent_usage.json` is summarised from those totals (`analysed-totals`); with records, the totals are
 * a cross-check. Errors opening or reading a source (an archive limit tripping, an I/O error) are thrown for the
 * caller to record as the run's state.
 */
export async function summariseRun(
  meta: RunMeta,
  sources: UsageSources,
  options: SummariseOptions,
): Promise<RunSummary> {
  const skipped: SkipCounts = emptySkipCounts()
  const base = {
    workflow: meta.workflow,
    runId: meta.runId,
    ...(meta.branch !== undefined ? { branch: meta.branch } : {}),
    ...(meta.createdAt !== undefined ? { createdAt: meta.createdAt } : {}),
    ...(meta.conclusion !== undefined ? { conclusion: meta.conclusion } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
    ...(meta.headSha !== undefined ? { headSha: meta.headSha } : {}),
    ...(meta.event !== undefined ? { event: meta.event } : {}),
    ...(meta.pullRequests !== undefined ? { pullRequests: meta.pullRequests } : {}),
  }
  const noRecords = (files: string[]): NoRecordsDetail => ({
    ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
    files,
    ...(sources.inspected ? { archiveEntries: sources.inspected.entries, archivePaths: sources.inspected.paths } : {}),
  })
  if (sources.length === 0) return { ...summaryWithoutUsage(base, 'no-token-file'), noRecords: noRecords([]) }

  const rules = options.normalisation ?? defaultNormalisationRules
  const agent = new UsageTable(options.priceBook, rules)
  const detection = new UsageTable(options.priceBook, rules)
  const routing = new UsageTable(options.priceBook, rules)
  const providers = options.providers ? new Set(options.providers.map((p) => p.toLowerCase())) : undefined
  const since = options.since?.getTime()
  const until = options.until?.getTime()
  const filtering = providers !== undefined || since !== undefined || until !== undefined
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes
  const seen = new RequestIdSet()
  const periodOf = options.periodOf
  const periodTables = periodOf ? new Map<string, UsageTable>() : undefined
  const durations = new DurationSample()
  const schemaVersions = new ValueCounter()
  const pricingSources = new ValueCounter()
  const fallbacks = new FallbackTally()
  const initiators = { user: 0, agent: 0 }
  let fallbackPricingRequests = 0
  const agentRaw = emptyRawTotals()
  const routingRaw = emptyRawTotals()
  // One object reused for every record: the pricer reads it, nothing keeps it.
  const tokens: TokenCounts = emptyTokenCounts()
  let validRecords = 0
  let agentFileRecords = 0
  let firstRecordAt: string | undefined
  let lastRecordAt: string | undefined
  // The run's agent_usage.json, and the provider an older harness wrote in it.
  let aggregate: AggregateUsage | undefined
  let aggregateProvider: string | undefined
  const tokenFiles: string[] = []

  const skip = (file: string, line: number, reason: SkipReason, detail: string): void => {
    skipped.invalidLines++
    skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1
    if (skipped.examples.length < maxSkipExamples) skipped.examples.push({ file, line, reason, detail })
  }

  // The zod schema (and zod) is a dynamic import, loaded on the first record that fails the pre-check: most files
  // have none, and loading zod is a measurable part of the CLI's start-up (BENCHMARKS.md). The lines read while it
  // loads wait in `queued` and are handled in file order once it has loaded, so the outcome is the same as with the
  // schema at hand.
  let recordSchema: typeof import('./record-schema.js') | undefined
  let loadingSchema: Promise<void> | undefined
  const queued: (() => void)[] = []
  /** True when nothing waits: the queue is empty, or the schema has loaded and the queue has been run. */
  const queueDone = (): boolean => {
    if (queued.length === 0) return true
    if (recordSchema === undefined) return false
    for (const work of queued.splice(0)) work()
    return true
  }

  for (const source of sources) {
    if (source.kind === 'aggregate') {
      const read = await readAggregateUsage(source)
      if ('skip' in read) skip(source.name, 1, read.skip.reason, read.skip.detail)
      // Several copies (the `agent` and `usage` artifacts both carry one): the first readable one counts.
      else if (aggregate === undefined) ({ aggregate, provider: aggregateProvider } = read)
      continue
    }
    tokenFiles.push(source.name)
    const isAgent = source.kind !== 'detection'
    const table = isAgent ? agent : detection
    const file = source.name

    const onRecord = (record: UsageRecord): void => {
      validRecords++
      if (isAgent) agentFileRecords++
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

      // The firewall's own router calls: their own table, never the agent's numbers.
      const isRouting = record.purpose === 'routing_classification'
      const slot = (isRouting ? routing : table).slotFor(provider, record.model)
      const usage = slot.usage
      // A record that says how its input relates to its cache (newer api-proxies) overrides the provider's rule.
      const includesCache = record.input_tokens_include_cache
      const inclusive = includesCache === undefined ? slot.inclusive : includesCache
      tokens.inputTokens = freshInputOf(record.input_tokens, record.cache_read_tokens, inclusive)
      const reasoning = record.reasoning_tokens ?? 0
      // Reasoning is a part of output: added only where the provider counted it apart (Gemini).
      tokens.outputTokens = outputWithReasoning(record.output_tokens, reasoning, slot.reasoningApart)
      tokens.cacheReadTokens = record.cache_read_tokens
      tokens.cacheWriteTokens = record.cache_write_tokens
      addRequest(usage, slot.pricer, tokens, record, reasoning)
      if (periodTables !== undefined && isAgent && !isRouting) {
        const period = (timestamp !== undefined ? periodOf!(timestamp) : undefined) ?? UNDATED_PERIOD
        let periodTable = periodTables.get(period)
        if (!periodTable) {
          periodTable = new UsageTable(options.priceBook, rules)
          periodTables.set(period, periodTable)
        }
        addRequest(periodTable.slotFor(provider, record.model).usage, slot.pricer, tokens, record, reasoning)
      }
      schemaVersions.add(record._schema ?? 'unversioned')
      if (isAgent) {
        addRawTotals(isRouting ? routingRaw : agentRaw, record)
      }
      const duration = record.duration_ms
      if (duration !== undefined && isAgent && !isRouting) durations.add(duration)
      if (isAgent && !isRouting) {
        const fallback = record.model_fallback
        if (fallback !== undefined) fallbacks.add(fallback, usage.model)
        const pricingSource = record.ai_credits_pricing_source
        if (pricingSource !== undefined) pricingSources.add(pricingSource)
        if (record.ai_credits_fallback_pricing_used === true) fallbackPricingRequests++
        const initiator = record.x_initiator
        if (initiator === 'user') initiators.user++
        else if (initiator === 'agent') initiators.agent++
      }
      if (timestamp !== undefined) {
        if (firstRecordAt === undefined || timestamp < firstRecordAt) firstRecordAt = timestamp
        if (lastRecordAt === undefined || timestamp > lastRecordAt) lastRecordAt = timestamp
      }
    }

    const checkWithSchema = (value: unknown, line: number, schema: typeof import('./record-schema.js')): void => {
      const parsed = schema.usageRecordSchema.safeParse(value)
      if (parsed.success) onRecord(parsed.data)
      else skip(file, line, 'schema', schema.describeSchemaFailure(parsed.error))
    }
    const readLine = (text: string, line: number, unterminated: boolean): void => {
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
      if (recordSchema !== undefined) {
        checkWithSchema(value, line, recordSchema)
        return
      }
      loadingSchema ??= import('./record-schema.js').then((schema) => {
        recordSchema = schema
      })
      queued.push(() => checkWithSchema(value, line, recordSchema!))
    }

    const stream = await source.open()
    await readJsonlLines(
      stream,
      {
        onLine(text, line, unterminated) {
          if (queueDone()) readLine(text, line, unterminated)
          else queued.push(() => readLine(text, line, unterminated))
        },
        onTooLong(line, bytes) {
          const tooLong = () => skip(file, line, 'line-too-long', `${bytes} bytes, limit ${maxLineBytes}`)
          if (queueDone()) tooLong()
          else queued.push(tooLong)
        },
      },
      maxLineBytes,
    )
    if (queued.length > 0) {
      await loadingSchema
      queueDone()
    }
  }

  const facts = {
    routing: routing.models(),
    fallbacks: fallbacks.result(),
    pricingSources: pricingSources.result(),
    fallbackPricingRequests,
    initiators,
    schemaVersions: schemaVersions.result(),
  }
  const times = {
    ...(firstRecordAt !== undefined ? { firstRecordAt } : {}),
    ...(lastRecordAt !== undefined ? { lastRecordAt } : {}),
  }
  const periodsOf = (models: ModelUsage[]): { periods?: RunPeriodUsage[] } => {
    if (periodTables === undefined) return {}
    const periods = [...periodTables].map(([period, t]) => ({ period, models: t.models() }))
    // A totals-only run's usage has no timestamp.
    if (periods.length === 0 && models.length > 0) periods.push({ period: UNDATED_PERIOD, models })
    return { periods: periods.sort((a, b) => byPeriod(a.period, b.period)) }
  }
  if (agentFileRecords === 0 && aggregate !== undefined) {
    const totals = totalsOnlyUsage(
      aggregate,
      aggregateProvider ?? providerNamedBy(aggregate),
      providers,
      options.priceBook,
      rules,
    )
    if (totals === 'filtered') skipped.filteredRecords++
    else {
      return {
        ...base,
        state: 'analysed-totals',
        models: totals.models,
        detection: detection.models(),
        ...facts,
        durationsMs: [],
        skipped,
        aggregate: { ...aggregate, use: 'totals', costUsd: totals.costUsd },
        ...times,
        ...periodsOf(totals.models),
      }
    }
  }
  if (aggregate !== undefined && !filtering) aggregate.mismatches = aggregateMismatches(aggregate, agentRaw, routingRaw)

  // Only an aggregate that could not be read: no token file at all.
  const state = tokenFiles.length === 0 ? 'no-token-file' : validRecords === 0 ? 'empty-token-file' : 'analysed'
  return {
    ...base,
    state,
    models: agent.models(),
    detection: detection.models(),
    ...facts,
    durationsMs: durations.values,
    ...(durations.seen > maxDurationsKept ? { durationsSampledFrom: durations.seen } : {}),
    skipped,
    ...(aggregate !== undefined ? { aggregate } : {}),
    ...(state !== 'analysed' ? { noRecords: noRecords(tokenFiles) } : {}),
    ...times,
    ...periodsOf([]),
  }
}

/**
 * The provider of an `agent_usage.json` without `provider`, from its primary model's name as `log` infers it (a
 * `claude-…` model is anthropic's); undefined when the name says nothing, so the row stays `unknown`.
 */
function providerNamedBy(aggregate: AggregateUsage): string | undefined {
  const provider = aggregate.primaryModel === undefined ? 'unknown' : providerOfModel(aggregate.primaryModel)
  return provider === 'unknown' ? undefined : provider
}

/**
 * The model row of a run known only by its `agent_usage.json`: the totals under the primary model (`unknown` when
 * the file names none), normalised by the file's provider when it names one, else by the one its primary model's
 * name points at (else `unknown`: nothing subtracted),
 * priced at base rates (`unpricedRuns` 1 when no price covers it). `requests` is 0: the file does not say how many
 * there were. `filtered` when a providers filter is set and the file's provider is not in it (or unknown).
 */
function totalsOnlyUsage(
  aggregate: AggregateUsage,
  provider: string | undefined,
  providers: Set<string> | undefined,
  priceBook: PriceBook,
  rules: NormalisationRules,
): { models: ModelUsage[]; costUsd: number | null } | 'filtered' {
  if (providers !== undefined && (provider === undefined || !providers.has(provider.toLowerCase()))) return 'filtered'
  const tokenTotal =
    aggregate.inputTokens + aggregate.outputTokens + aggregate.cacheReadTokens + aggregate.cacheWriteTokens
  // gh-aw's explicit zero evidence (`{"input_tokens":0,"output_tokens":0,"ai_credits":0}`): a run that used nothing.
  if (tokenTotal === 0 && !aggregate.aiCredits) return { models: [], costUsd: 0 }
  const table = new UsageTable(priceBook, rules)
  const slot = table.slotFor(provider ?? 'unknown', aggregate.primaryModel ?? 'unknown')
  const usage = slot.usage
  const tokens: TokenCounts = {
    inputTokens: freshInputOf(aggregate.inputTokens, aggregate.cacheReadTokens, slot.inclusive),
    outputTokens: outputWithReasoning(aggregate.outputTokens, aggregate.reasoningTokens, slot.reasoningApart),
    cacheReadTokens: aggregate.cacheReadTokens,
    cacheWriteTokens: aggregate.cacheWriteTokens,
  }
  Object.assign(usage, tokens)
  usage.reasoningTokens = aggregate.reasoningTokens
  usage.aiCredits = aggregate.aiCredits
  let costUsd: number | null = null
  if (tokenTotal === 0) costUsd = 0
  else if (slot.pricer) {
    const cost = slot.pricer.addCost(tokens, usage.cost, undefined, true)
    costUsd = Number.isNaN(cost) ? null : cost
  }
  if (costUsd === null) {
    usage.cost = emptyCostByType()
    // Its `requests` is 0 (unknown), so `unpricedRequests` cannot say that this cost is unknown: the run does.
    usage.unpricedRuns = 1
  } else usage.costUsd = costUsd
  return { models: table.models(), costUsd }
}
