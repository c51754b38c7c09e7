import { z } from 'zod'
import { MAX_TOKENS_PER_RECORD } from './record-precheck.js'
import { describeSchemaIssue } from './schema-wording.js'

// The zod-free pre-check lives apart so that a report whose records all pass it never loads zod (summarise-run.ts
// imports this module on the first record that fails it).
export { isPlainValidRecord, MAX_TOKENS_PER_RECORD } from './record-precheck.js'

/**
 * One line of `token-usage.jsonl` as the AWF api-proxy writes it (DESIGN.md §2).
 * Early files lack `_schema` and `event`; newer ones add fields (billing, effective tokens…), so unknown fields pass
 * through and any `_schema` version is read, a newer one included. Only what the analysis needs is required:
 * provider, model and the four token counts. The optional fields the summary reads (AI credits, routing, fallbacks,
 * reasoning, initiator) are typed, so a record whose value cannot be summed is skipped as `schema` like any other.
 * `purpose`, `x_initiator` and the fallback `reason` are any string: a value a newer firewall adds is counted, not
 * refused.
 */
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
