import { z } from 'zod'

/**
 * One line of `token-usage.jsonl` as the AWF api-proxy writes it (DESIGN.md §2).
 * Early files lack `_schema` and `event`; newer ones add fields (billing, effective tokens…), so unknown fields pass
 * through. Only what the analysis needs is required: provider, model and the four token counts.
 */
const tokenCount = z.number().int().nonnegative()

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
})

export type UsageRecord = z.infer<typeof usageRecordSchema>

function isTokenCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
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
    isOptionalString(r.path)
  )
}

/** Short, human-readable reason a value fails the schema (first issue only, never the whole line). */
export function describeSchemaFailure(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'schema mismatch'
  const where = issue.path.length > 0 ? issue.path.join('.') : 'record'
  return `${where}: ${issue.message}`.slice(0, 160)
}
