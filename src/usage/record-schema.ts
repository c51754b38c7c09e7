import { z } from 'zod'
import { describeSchemaIssue } from './schema-wording.js'

/**
 * One line of `token-usage.jsonl` as the AWF api-proxy writes it (DESIGN.md §2).
 * Early files lack `_schema` and `event`; newer ones add fields (billing, effective tokens…), so unknown fields pass
 * through and any `_schema` version is read, a newer one included. Only what the analysis needs is required:
 * provider, model and the four token counts. The optional fields the summary reads (AI credits, routing, fallbacks,
 * reasoning, initiator) are typed, so a record whose value cannot be summed is skipped as `schema` like any other.
 * `purpose`, `x_initiator` and the fallback `reason` are any string: a value a newer firewall adds is counted, not
 * refused.
 */
/**
 * More tokens than this in one response is no real call (today's largest context windows hold a few million): an
 * edited or corrupt line, skipped as `schema`, so that sums of records stay within what a report's data block holds.
 */
export const MAX_TOKENS_PER_RECORD = 1e12

const tokenCount = z.number().int().nonnegative().max(MAX_TOKENS_PER_RECORD)

export const usageRecordSchema = z.looseObject({
  _schema: z.string().optional(),
  timestamp: z.string().optional(),
  event: z.string().optional(),
  request_id: z.string().optional(),
  provider: z.string().min(1),
  model: z.string().min(1),
  path: z.string().optional(),
  status: z.number().int().optional(),
  streaming: z.boolean().optional(),
  input_tokens: tokenCount,
  output_tokens: tokenCount,
  cache_read_tokens: tokenCount,
  cache_write_tokens: tokenCount,
  duration_ms: z.number().nonnegative().optional(),
  response_bytes: z.number().int().nonnegative().optional(),
  reasoning_tokens: tokenCount.optional(),
  input_tokens_include_cache: z.boolean().optional(),
  ai_credits_this_response: z.number().nonnegative().optional(),
  ai_credits_pricing_source: z.string().optional(),
  ai_credits_fallback_pricing_used: z.boolean().optional(),
  purpose: z.string().optional(),
  x_initiator: z.string().optional(),
  model_fallback: z
    .looseObject({
      requested_model: z.string().optional(),
      reason: z.string().optional(),
    })
    .optional(),
})

export type UsageRecord = z.infer<typeof usageRecordSchema>

function isTokenCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_TOKENS_PER_RECORD
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string'
}

/**
 * The hot-path check: true only for values the zod schema certainly accepts, so a record that passes it is used
 * without running zod. Anything else goes through `usageRecordSchema` (which has the last word and the message).
 */
export function isPlainValidRecord(value: unknown): value is UsageRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const r = value as Record<string, unknown>
  const provider = r.provider
  const model = r.model
  const duration = r.duration_ms
  const status = r.status
  const streaming = r.streaming
  const responseBytes = r.response_bytes
  return (
    typeof provider === 'string' &&
    provider.length > 0 &&
    typeof model === 'string' &&
    model.length > 0 &&
    isTokenCount(r.input_tokens) &&
    isTokenCount(r.output_tokens) &&
    isTokenCount(r.cache_read_tokens) &&
    isTokenCount(r.cache_write_tokens) &&
    (duration === undefined || (typeof duration === 'number' && duration >= 0 && Number.isFinite(duration))) &&
    (status === undefined || (typeof status === 'number' && Number.isSafeInteger(status))) &&
    (streaming === undefined || typeof streaming === 'boolean') &&
    (responseBytes === undefined || isTokenCount(responseBytes)) &&
    isOptionalString(r.timestamp) &&
    isOptionalString(r.request_id) &&
    isOptionalString(r._schema) &&
    isOptionalString(r.event) &&
    isOptionalString(r.path) &&
    // Newer records: usually absent, so each check is one comparison with undefined.
    (r.reasoning_tokens === undefined || isTokenCount(r.reasoning_tokens)) &&
    (r.input_tokens_include_cache === undefined || typeof r.input_tokens_include_cache === 'boolean') &&
    (r.ai_credits_this_response === undefined || isCredits(r.ai_credits_this_response)) &&
    isOptionalString(r.ai_credits_pricing_source) &&
    (r.ai_credits_fallback_pricing_used === undefined || typeof r.ai_credits_fallback_pricing_used === 'boolean') &&
    isOptionalString(r.purpose) &&
    isOptionalString(r.x_initiator) &&
    (r.model_fallback === undefined || isPlainFallback(r.model_fallback))
  )
}

function isCredits(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && Number.isFinite(value)
}

function isPlainFallback(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const f = value as Record<string, unknown>
  return isOptionalString(f.requested_model) && isOptionalString(f.reason)
}

/** Short, human-readable reason a value fails the schema (first issue only, never the whole line). */
export function describeSchemaFailure(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'schema mismatch'
  return describeSchemaIssue(issue).slice(0, 160)
}

/**
 * gh-aw's `agent_usage.json`: per-run totals written by its `parse_token_usage.cjs` next to the token files
 * (`input_tokens`, `output_tokens`, `cache_read_tokens`, `cache_write_tokens`, `ambient_context`, `ai_credits`,
 * `primary_model`, `model_routing`); a Copilot session checkpoint writes only `ai_credits` and `premium_requests`,
 * and older harnesses wrote `provider`, `model` and `reasoning_tokens`. Every field is optional; unknown ones pass.
 */
export const aggregateUsageSchema = z.looseObject({
  input_tokens: tokenCount.optional(),
  output_tokens: tokenCount.optional(),
  cache_read_tokens: tokenCount.optional(),
  cache_write_tokens: tokenCount.optional(),
  reasoning_tokens: tokenCount.optional(),
  ai_credits: z.number().nonnegative().optional(),
  primary_model: z.string().optional(),
  model: z.string().optional(),
  provider: z.string().optional(),
})

export type AggregateUsageFile = z.infer<typeof aggregateUsageSchema>
