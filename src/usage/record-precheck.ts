/**
 * The structural pre-check of a usage record, without zod: most records pass it and skip the schema, so a report
 * of well-formed files loads neither zod nor the schemas (record-schema.ts, which has the last word).
 */
import type { UsageRecord } from './record-schema.js'

/**
 * More tokens than this in one response is no real call (today's largest context windows hold a few million): an
 * edited or corrupt line, skipped as `schema`, so that sums of records stay within what a report's data block holds.
 */
export const MAX_TOKENS_PER_RECORD = 1e12

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
