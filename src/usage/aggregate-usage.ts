/**
 * gh-aw's `agent_usage.json`: the run's totals, read as an aggregate source and checked against the per-request
 * records when both exist.
 */
import type { UsageRecord } from './record-schema.js'
import type { AggregateMismatch, AggregateUsage, SkipReason } from './run-summary.js'
import type { UsageSource } from './summarise-run.js'

/** `agent_usage.json` is a few hundred bytes; anything this large is not one. */
const maxAggregateBytes = 1024 * 1024

/** A total and its aggregate differ when they are more than 1% apart (and more than rounding: AIC has 3 decimals). */
function differs(aggregate: number, records: number, slack: number): boolean {
  return Math.abs(aggregate - records) > Math.max(slack, 0.01 * Math.max(Math.abs(aggregate), Math.abs(records)))
}

/** Raw sums of records as gh-aw's writer makes them (input not normalised), to cross-check `agent_usage.json`. */
export interface RawTotals {
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  aiCredits: number
  aiCreditsRequests: number
}

export function emptyRawTotals(): RawTotals {
  return {
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    aiCredits: 0,
    aiCreditsRequests: 0,
  }
}

/**
 * The totals the aggregate and the records disagree on. The writer sums every record of the agent's token files;
 * whether it leaves routing calls out has changed between versions, so a total matching either sum agrees.
 */
export function aggregateMismatches(
  aggregate: AggregateUsage,
  agent: RawTotals,
  routing: RawTotals,
): AggregateMismatch[] {
  const mismatches: AggregateMismatch[] = []
  const check = (
    field: AggregateMismatch['field'],
    value: number,
    own: number,
    router: number,
    slack: number,
  ): void => {
    if (differs(value, own, slack) && differs(value, own + router, slack)) {
      mismatches.push({ field, aggregate: value, records: own + router })
    }
  }
  check('inputTokens', aggregate.inputTokens, agent.inputTokens, routing.inputTokens, 0)
  check('outputTokens', aggregate.outputTokens, agent.outputTokens, routing.outputTokens, 0)
  check('cacheReadTokens', aggregate.cacheReadTokens, agent.cacheReadTokens, routing.cacheReadTokens, 0)
  check('cacheWriteTokens', aggregate.cacheWriteTokens, agent.cacheWriteTokens, routing.cacheWriteTokens, 0)
  // Records without AIC leave the writer to compute its own, which is not ours to check.
  if (aggregate.aiCredits !== null && agent.aiCreditsRequests + routing.aiCreditsRequests > 0) {
    check('aiCredits', aggregate.aiCredits, agent.aiCredits, routing.aiCredits, 0.001)
  }
  return mismatches
}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    bytes += buf.length
    if (bytes > limit) return null
    chunks.push(buf)
  }
  return Buffer.concat(chunks, bytes).toString('utf8')
}

/** Adds one record, as written (input not normalised), to raw totals. */
export function addRawTotals(raw: RawTotals, record: UsageRecord): void {
  raw.inputTokens += record.input_tokens
  raw.outputTokens += record.output_tokens
  raw.cacheReadTokens += record.cache_read_tokens
  raw.cacheWriteTokens += record.cache_write_tokens
  const credits = record.ai_credits_this_response
  if (credits !== undefined) {
    raw.aiCredits += credits
    raw.aiCreditsRequests++
  }
}

/**
 * Reads one `agent_usage.json`: its totals (use `cross-check` until the caller decides) and the provider an older
 * harness wrote, or why it was skipped (too large, not JSON, a total that is not a count).
 */
export async function readAggregateUsage(
  source: UsageSource,
): Promise<
  { aggregate: AggregateUsage; provider: string | undefined } | { skip: { reason: SkipReason; detail: string } }
> {
  const text = await readAll(await source.open(), maxAggregateBytes)
  if (text === null) {
    return { skip: { reason: 'line-too-long', detail: `over ${maxAggregateBytes} bytes, not an agent_usage.json` } }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { skip: { reason: 'invalid-json', detail: `not JSON: ${(error as Error).message}`.slice(0, 120) } }
  }
  // A dynamic import: the schema brings zod, which a report of token files alone does not load (summarise-run.ts).
  const { aggregateUsageSchema, describeSchemaFailure } = await import('./record-schema.js')
  const parsed = aggregateUsageSchema.safeParse(value)
  if (!parsed.success) return { skip: { reason: 'schema', detail: describeSchemaFailure(parsed.error) } }
  const file = parsed.data
  const primaryModel = file.primary_model?.trim() || file.model?.trim() || undefined
  return {
    aggregate: {
      file: source.name,
      use: 'cross-check',
      inputTokens: file.input_tokens ?? 0,
      outputTokens: file.output_tokens ?? 0,
      cacheReadTokens: file.cache_read_tokens ?? 0,
      cacheWriteTokens: file.cache_write_tokens ?? 0,
      reasoningTokens: file.reasoning_tokens ?? 0,
      aiCredits: file.ai_credits ?? null,
      ...(primaryModel !== undefined ? { primaryModel } : {}),
      mismatches: [],
    },
    provider: file.provider?.trim() || undefined,
  }
}
