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
