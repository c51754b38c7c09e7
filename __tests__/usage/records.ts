/** Record builders for the usage tests: one api-proxy `token-usage.jsonl` line, in the field order it writes. */
export interface RecordFields {
  request_id?: string
  provider?: string
  model?: string
  input_tokens?: number
  output_tokens?: number
  cache_read_tokens?: number
  cache_write_tokens?: number
  duration_ms?: number
  timestamp?: string
}

export function record(fields: RecordFields = {}): Record<string, unknown> {
  return {
    _schema: 'token-usage/v0.28.4',
    timestamp: fields.timestamp ?? '2026-04-20T14:50:40.000Z',
    event: 'token_usage',
    request_id: fields.request_id ?? 'req-1',
    provider: fields.provider ?? 'anthropic',
    model: fields.model ?? 'claude-sonnet-4-6',
    path: '/v1/messages',
    status: 200,
    streaming: true,
    input_tokens: fields.input_tokens ?? 3,
    output_tokens: fields.output_tokens ?? 250,
    cache_read_tokens: fields.cache_read_tokens ?? 40000,
    cache_write_tokens: fields.cache_write_tokens ?? 1200,
    duration_ms: fields.duration_ms ?? 5200,
    response_bytes: 4096,
  }
}

export function line(fields: RecordFields = {}): string {
  return JSON.stringify(record(fields))
}

/**
 * A record in the firewall's newer schema (`token-usage/v0.28.20`): the base fields above with the newer optional
 * ones (`ai_credits_*`, `purpose`, `model_fallback`, `reasoning_tokens`, `x_initiator`, …) given in `extra`.
 */
export function newerRecord(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...record({
      request_id: `req-${i}`,
      timestamp: `2026-11-30T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`,
    }),
    _schema: 'token-usage/v0.28.20',
    ...extra,
  }
}

export const jsonl = (records: readonly Record<string, unknown>[]): string =>
  records.map((r) => `${JSON.stringify(r)}\n`).join('')
