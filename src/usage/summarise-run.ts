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
  /**
   * Set on a source known unreadable before it is opened (a refused archive on disk): `open()` rejects with this
   * error. A caller may read the run's other sources and name this one rather than lose them all.
   */
  refused?: Error
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

/** The run's fields every summary carries, from its meta. */
function runBase(meta: RunMeta) {
  return {
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
}

/** What a run without usage inspected: its files, and its archives' inventory. */
function noRecordsOf(meta: RunMeta, sources: UsageSources, files: string[]): NoRecordsDetail {
  return {
    ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
    files,
    ...(sources.inspected ? { archiveEntries: sources.inspected.entries, archivePaths: sources.inspected.paths } : {}),
  }
}

/** Bad lines, counted by reason with a few `file:line` examples. */
function skipperOf(skipped: SkipCounts) {
  return (file: string, line: number, reason: SkipReason, detail: string): void => {
    skipped.invalidLines++
    skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1
    if (skipped.examples.length < maxSkipExamples) skipped.examples.push({ file, line, reason, detail })
  }
}
type Skip = ReturnType<typeof skipperOf>

/** Which records count: a providers filter and a time window, from the options. */
class RecordFilter {
  private readonly providers: Set<string> | undefined
  private readonly since: number | undefined
  private readonly until: number | undefined
  readonly active: boolean

  constructor(options: SummariseOptions) {
    this.providers = options.providers ? new Set(options.providers.map((p) => p.toLowerCase())) : undefined
    this.since = options.since?.getTime()
    this.until = options.until?.getTime()
    this.active = this.providers !== undefined || this.since !== undefined || this.until !== undefined
  }

  providerSet(): Set<string> | undefined {
    return this.providers
  }

  keeps(record: UsageRecord): boolean {
    if (this.providers !== undefined && !this.providers.has(record.provider)) return false
    const timestamp = record.timestamp
    if ((this.since !== undefined || this.until !== undefined) && timestamp !== undefined) {
      const at = Date.parse(timestamp)
      if ((this.since !== undefined && at < this.since) || (this.until !== undefined && at > this.until)) return false
    }
    return true
  }
}

/** Everything a run's records add up to, one record at a time. */
class RunTally {
  readonly skipped: SkipCounts = emptySkipCounts()
  readonly skip: Skip = skipperOf(this.skipped)
  readonly rules: NormalisationRules
  readonly agent: UsageTable
  readonly detection: UsageTable
  readonly routing: UsageTable
  readonly filter: RecordFilter
  private readonly seen = new RequestIdSet()
  private readonly periodTables: Map<string, UsageTable> | undefined
  readonly durations = new DurationSample()
  private readonly schemaVersions = new ValueCounter()
  private readonly pricingSources = new ValueCounter()
  private readonly fallbacks = new FallbackTally()
  private readonly initiators = { user: 0, agent: 0 }
  private fallbackPricingRequests = 0
  readonly agentRaw = emptyRawTotals()
  readonly routingRaw = emptyRawTotals()
  // One object reused for every record: the pricer reads it, nothing keeps it.
  private readonly tokens: TokenCounts = emptyTokenCounts()
  validRecords = 0
  agentFileRecords = 0
  private firstRecordAt: string | undefined
  private lastRecordAt: string | undefined

  constructor(private readonly options: SummariseOptions) {
    this.rules = options.normalisation ?? defaultNormalisationRules
    this.agent = new UsageTable(options.priceBook, this.rules)
    this.detection = new UsageTable(options.priceBook, this.rules)
    this.routing = new UsageTable(options.priceBook, this.rules)
    this.filter = new RecordFilter(options)
    this.periodTables = options.periodOf ? new Map<string, UsageTable>() : undefined
  }

  /** Copies first: a record in two artifacts is one record, so a filtered one counts as filtered once. */
  private admits(record: UsageRecord): boolean {
    const requestId = record.request_id
    if (requestId !== undefined && requestId !== '' && !this.seen.add(requestId)) {
      this.skipped.duplicateRecords++
      return false
    }
    if (!this.filter.keeps(record)) {
      this.skipped.filteredRecords++
      return false
    }
    return true
  }

  add(record: UsageRecord, isAgent: boolean): void {
    this.validRecords++
    if (isAgent) this.agentFileRecords++
    if (!this.admits(record)) return
    // The firewall's own router calls: their own table, never the agent's numbers.
    const isRouting = record.purpose === 'routing_classification'
    const slot = (isRouting ? this.routing : isAgent ? this.agent : this.detection).slotFor(
      record.provider,
      record.model,
    )
    const tokens = this.normalised(record, slot)
    const reasoning = record.reasoning_tokens ?? 0
    addRequest(slot.usage, slot.pricer, tokens, record, reasoning)
    const ownAgent = isAgent && !isRouting
    if (ownAgent) this.addToPeriod(record, slot, reasoning)
    this.schemaVersions.add(record._schema ?? 'unversioned')
    if (isAgent) addRawTotals(isRouting ? this.routingRaw : this.agentRaw, record)
    if (ownAgent) this.addAgentFacts(record, slot.usage)
    const timestamp = record.timestamp
    if (timestamp !== undefined) {
      if (this.firstRecordAt === undefined || timestamp < this.firstRecordAt) this.firstRecordAt = timestamp
      if (this.lastRecordAt === undefined || timestamp > this.lastRecordAt) this.lastRecordAt = timestamp
    }
  }

  private normalised(record: UsageRecord, slot: ModelSlot): TokenCounts {
    const tokens = this.tokens
    // A record that says how its input relates to its cache (newer api-proxies) overrides the provider's rule.
    const includesCache = record.input_tokens_include_cache
    const inclusive = includesCache === undefined ? slot.inclusive : includesCache
    tokens.inputTokens = freshInputOf(record.input_tokens, record.cache_read_tokens, inclusive)
    // Reasoning is a part of output: added only where the provider counted it apart (Gemini).
    tokens.outputTokens = outputWithReasoning(record.output_tokens, record.reasoning_tokens ?? 0, slot.reasoningApart)
    tokens.cacheReadTokens = record.cache_read_tokens
    tokens.cacheWriteTokens = record.cache_write_tokens
    return tokens
  }

  private addToPeriod(record: UsageRecord, slot: ModelSlot, reasoning: number): void {
    if (this.periodTables === undefined) return
    const timestamp = record.timestamp
    const period = (timestamp !== undefined ? this.options.periodOf!(timestamp) : undefined) ?? UNDATED_PERIOD
    let periodTable = this.periodTables.get(period)
    if (!periodTable) {
      periodTable = new UsageTable(this.options.priceBook, this.rules)
      this.periodTables.set(period, periodTable)
    }
    addRequest(periodTable.slotFor(record.provider, record.model).usage, slot.pricer, this.tokens, record, reasoning)
  }

  private addAgentFacts(record: UsageRecord, usage: ModelUsage): void {
    const duration = record.duration_ms
    if (duration !== undefined) this.durations.add(duration)
    const fallback = record.model_fallback
    if (fallback !== undefined) this.fallbacks.add(fallback, usage.model)
    const pricingSource = record.ai_credits_pricing_source
    if (pricingSource !== undefined) this.pricingSources.add(pricingSource)
    if (record.ai_credits_fallback_pricing_used === true) this.fallbackPricingRequests++
    const initiator = record.x_initiator
    if (initiator === 'user') this.initiators.user++
    else if (initiator === 'agent') this.initiators.agent++
  }

  facts() {
    return {
      routing: this.routing.models(),
      fallbacks: this.fallbacks.result(),
      pricingSources: this.pricingSources.result(),
      fallbackPricingRequests: this.fallbackPricingRequests,
      initiators: this.initiators,
      schemaVersions: this.schemaVersions.result(),
    }
  }

  times(): { firstRecordAt?: string; lastRecordAt?: string } {
    return {
      ...(this.firstRecordAt !== undefined ? { firstRecordAt: this.firstRecordAt } : {}),
      ...(this.lastRecordAt !== undefined ? { lastRecordAt: this.lastRecordAt } : {}),
    }
  }

  /** The agent's usage per period (absent unless asked for); a totals-only run's usage has no timestamp. */
  periodsOf(models: ModelUsage[]): { periods?: RunPeriodUsage[] } {
    if (this.periodTables === undefined) return {}
    const periods = [...this.periodTables].map(([period, t]) => ({ period, models: t.models() }))
    if (periods.length === 0 && models.length > 0) periods.push({ period: UNDATED_PERIOD, models })
    return { periods: periods.sort((a, b) => byPeriod(a.period, b.period)) }
  }
}

/**
 * The zod schema (and zod) as a dynamic import, loaded on the first record that fails the pre-check: most files have
 * none, and loading zod is a measurable part of the CLI's start-up (BENCHMARKS.md). The work that arrives while it
 * loads waits in a queue and is done in file order once it has loaded, so the outcome is the same as with the
 * schema at hand.
 */
class LazySchema {
  schema: typeof import('./record-schema.js') | undefined
  private loading: Promise<void> | undefined
  private readonly queued: (() => void)[] = []

  load(): void {
    this.loading ??= import('./record-schema.js').then((schema) => {
      this.schema = schema
    })
  }

  /** Does the work now, or after the work queued before it. */
  inOrder(work: () => void): void {
    if (this.queueDone()) work()
    else this.queued.push(work)
  }

  /** Queues work that needs the schema (which is loading). */
  later(work: () => void): void {
    this.queued.push(work)
  }

  /** True when nothing waits: the queue is empty, or the schema has loaded and the queue has been run. */
  private queueDone(): boolean {
    if (this.queued.length === 0) return true
    if (this.schema === undefined) return false
    for (const work of this.queued.splice(0)) work()
    return true
  }

  /** Waits for the schema when work is queued, and does that work. */
  async drain(): Promise<void> {
    if (this.queued.length === 0) return
    await this.loading
    this.queueDone()
  }
}

/** Reads one token file's lines into the tally: JSON, pre-checked, else checked by the schema. */
async function readTokenFile(source: UsageSource, tally: RunTally, lazy: LazySchema, maxLineBytes: number) {
  const file = source.name
  const isAgent = source.kind !== 'detection'
  const withSchema = (value: unknown, line: number): void => {
    const parsed = lazy.schema!.usageRecordSchema.safeParse(value)
    if (parsed.success) tally.add(parsed.data, isAgent)
    else tally.skip(file, line, 'schema', lazy.schema!.describeSchemaFailure(parsed.error))
  }
  const readLine = (text: string, line: number, unterminated: boolean): void => {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const detail = unterminated
        ? 'truncated last line (no newline at end of file)'
        : `not JSON: ${(error as Error).message}`.slice(0, 120)
      tally.skip(file, line, 'invalid-json', detail)
      return
    }
    if (isPlainValidRecord(value)) tally.add(value, isAgent)
    else if (lazy.schema !== undefined) withSchema(value, line)
    else {
      lazy.load()
      lazy.later(() => withSchema(value, line))
    }
  }
  const stream = await source.open()
  await readJsonlLines(
    stream,
    {
      onLine: (text, line, unterminated) => lazy.inOrder(() => readLine(text, line, unterminated)),
      onTooLong: (line, bytes) =>
        lazy.inOrder(() => tally.skip(file, line, 'line-too-long', `${bytes} bytes, limit ${maxLineBytes}`)),
    },
    maxLineBytes,
  )
  await lazy.drain()
}

/** The run's `agent_usage.json` (the first readable copy) and the provider an older harness wrote in it. */
interface AggregateRead {
  aggregate?: AggregateUsage
  provider?: string
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
  const base = runBase(meta)
  if (sources.length === 0) {
    return { ...summaryWithoutUsage(base, 'no-token-file'), noRecords: noRecordsOf(meta, sources, []) }
  }
  const tally = new RunTally(options)
  const lazy = new LazySchema()
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes
  const read: AggregateRead = {}
  const tokenFiles: string[] = []
  for (const source of sources) {
    if (source.kind === 'aggregate') {
      const aggregate = await readAggregateUsage(source)
      if ('skip' in aggregate) tally.skip(source.name, 1, aggregate.skip.reason, aggregate.skip.detail)
      // Several copies (the `agent` and `usage` artifacts both carry one): the first readable one counts.
      else if (read.aggregate === undefined) Object.assign(read, aggregate)
      continue
    }
    tokenFiles.push(source.name)
    await readTokenFile(source, tally, lazy, maxLineBytes)
  }
  return (
    totalsOnlySummary(base, tally, read, options) ??
    recordsSummary(base, tally, read.aggregate, noRecordsOf(meta, sources, tokenFiles))
  )
}

/** A run known only by its `agent_usage.json` (no agent record), unless the filter leaves it out. */
function totalsOnlySummary(
  base: ReturnType<typeof runBase>,
  tally: RunTally,
  read: AggregateRead,
  options: SummariseOptions,
): RunSummary | undefined {
  const aggregate = read.aggregate
  if (tally.agentFileRecords > 0 || aggregate === undefined) return undefined
  const provider = read.provider ?? providerNamedBy(aggregate)
  const totals = totalsOnlyUsage(aggregate, provider, tally.filter.providerSet(), options.priceBook, tally.rules)
  if (totals === 'filtered') {
    tally.skipped.filteredRecords++
    return undefined
  }
  return {
    ...base,
    state: 'analysed-totals',
    models: totals.models,
    detection: tally.detection.models(),
    ...tally.facts(),
    durationsMs: [],
    skipped: tally.skipped,
    aggregate: { ...aggregate, use: 'totals', costUsd: totals.costUsd },
    ...tally.times(),
    ...tally.periodsOf(totals.models),
  }
}

/** A run summarised from its records (or without any: its state says why, and what was read). */
function recordsSummary(
  base: ReturnType<typeof runBase>,
  tally: RunTally,
  aggregate: AggregateUsage | undefined,
  noRecords: NoRecordsDetail,
): RunSummary {
  if (aggregate !== undefined && !tally.filter.active) {
    aggregate.mismatches = aggregateMismatches(aggregate, tally.agentRaw, tally.routingRaw)
  }
  // Only an aggregate that could not be read: no token file at all.
  const state =
    noRecords.files.length === 0 ? 'no-token-file' : tally.validRecords === 0 ? 'empty-token-file' : 'analysed'
  const durations = tally.durations
  return {
    ...base,
    state,
    models: tally.agent.models(),
    detection: tally.detection.models(),
    ...tally.facts(),
    durationsMs: durations.values,
    ...(durations.seen > maxDurationsKept ? { durationsSampledFrom: durations.seen } : {}),
    skipped: tally.skipped,
    ...(aggregate !== undefined ? { aggregate } : {}),
    ...(state !== 'analysed' ? { noRecords } : {}),
    ...tally.times(),
    ...tally.periodsOf([]),
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
