/**
 * `token-usage-analyzer log --model M --input-tokens N --output-tokens N …`: appends one request, logged by hand
 * (a chat session, a tool without the firewall), to a local token-usage.jsonl in the api-proxy's record layout, so
 * `report` reads it like any other record; prints the request's cost from the same price book.
 */
import { randomUUID } from 'node:crypto'
import { appendFile, open } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Command } from 'commander'
import { formatInteger, formatPreciseUsd } from '../common/value-format.js'
import type { LoggedRequest } from '../engine/request-price.js'
import { PROVIDER_NAMES, providerOfModel } from '../engine/settings-names.js'
import { didYouMean } from '../settings/known-names.js'
import { UsageError } from './cli-errors.js'
import type { CliIo } from './cli-io.js'
import { checkOutFile } from './output-paths.js'

/** The record layout written: the api-proxy's base fields of this schema version. */
export const LOGGED_RECORD_SCHEMA = 'token-usage/v0.28.4'
export const DEFAULT_LOG_FILE = 'token-usage.jsonl'
/** The api-proxy's providers (its schema's enum), the names --providers takes. */
export const LOG_PROVIDERS = PROVIDER_NAMES

interface RawLogOptions {
  model: string
  inputTokens: string
  outputTokens: string
  cacheRead?: string
  cacheWrite?: string
  provider?: string
  session?: string
  notes?: string
  file: string
  pricing?: string
}

export interface LogClock {
  now(): Date
  requestId(): string
}

const systemClock: LogClock = { now: () => new Date(), requestId: () => randomUUID() }

/** A token count as typed: digits only, so `12x`, `1e3`, `-5` and `1.5` are refused rather than half-read. */
function tokenCount(flag: string, text: string | undefined): number {
  if (text === undefined) return 0
  const trimmed = text.trim()
  const value = Number(trimmed)
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(value)) {
    throw new UsageError(`Invalid ${flag} '${text}'. Expected a whole number of tokens (0 or more).`)
  }
  return value
}

/** Appends a line, first ending a last line that a killed writer left without its newline. */
async function appendLine(file: string, line: string): Promise<void> {
  let prefix = ''
  try {
    const handle = await open(file, 'r')
    try {
      const { size } = await handle.stat()
      if (size > 0) {
        const last = Buffer.alloc(1)
        await handle.read(last, 0, 1, size - 1)
        if (last[0] !== 0x0a) prefix = '\n'
      }
    } finally {
      await handle.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileError(file, error)
  }
  try {
    await appendFile(file, `${prefix}${line}\n`)
  } catch (error) {
    throw fileError(file, error)
  }
}

function fileError(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? String(error)
  if (code === 'ENOENT')
    return new Error(`Cannot write --file '${file}': the directory '${dirname(file)}' does not exist`)
  return new Error(`Cannot write --file '${file}' (${code})`)
}

/** The record written, in the api-proxy's field order. No duration_ms: a made-up one would pull latency averages. */
function recordOf(
  request: LoggedRequest,
  requestId: string,
  raw: Pick<RawLogOptions, 'session' | 'notes'>,
): Record<string, unknown> {
  return {
    _schema: LOGGED_RECORD_SCHEMA,
    timestamp: request.timestamp,
    event: 'token_usage',
    request_id: requestId,
    provider: request.provider,
    model: request.model,
    path: '',
    status: 200,
    streaming: false,
    input_tokens: request.inputTokens,
    output_tokens: request.outputTokens,
    cache_read_tokens: request.cacheReadTokens,
    cache_write_tokens: request.cacheWriteTokens,
    ...(raw.session !== undefined ? { session: raw.session } : {}),
    ...(raw.notes !== undefined ? { notes: raw.notes } : {}),
  }
}

/** `log` writes no report: its own exit statuses, not the shared ones of report/github. */
export const LOG_EXIT_STATUS_HELP = `
Exit status:
  0  the request was appended to --file and its cost printed
  1  --file cannot be written, or the --pricing file cannot be read or parsed (the message names it)
  2  usage error: unknown option, a missing or bad option value (a token count that is not a whole number >= 0,
     an unknown provider, a --file whose directory does not exist)`

export function logCommand(io: CliIo, clock: LogClock = systemClock): Command {
  return new Command('log')
    .description(
      'Append one request, logged by hand, to a local token-usage.jsonl (read by `report`) and print its cost',
    )
    .requiredOption('--model <model>', 'model name as the provider spells it, e.g. claude-sonnet-4-6')
    .requiredOption(
      '--input-tokens <n>',
      'input tokens (for openai and copilot: the whole prompt, cache read included)',
    )
    .requiredOption('--output-tokens <n>', 'output tokens')
    .option('--cache-read <n>', 'cache read tokens (default 0)')
    .option('--cache-write <n>', 'cache write tokens (default 0)')
    .option('--provider <provider>', `${LOG_PROVIDERS.join(', ')} (default: from the model name)`)
    .option('--session <name>', 'a session name, kept in the record as `session`')
    .option('--notes <text>', 'free text, kept in the record as `notes`')
    .option('--file <path>', 'the file to append to; created if missing, its directory must exist', DEFAULT_LOG_FILE)
    .option('--pricing <file>', 'price overrides (as for report) used for the printed cost')
    .addHelpText('after', LOG_EXIT_STATUS_HELP)
    .action(async (raw: RawLogOptions) => {
      const model = raw.model.trim()
      if (model === '') throw new UsageError("Invalid --model '': expected a model name.")
      const inputTokens = tokenCount('--input-tokens', raw.inputTokens)
      const outputTokens = tokenCount('--output-tokens', raw.outputTokens)
      const cacheReadTokens = tokenCount('--cache-read', raw.cacheRead)
      const cacheWriteTokens = tokenCount('--cache-write', raw.cacheWrite)
      const provider = raw.provider === undefined ? providerOfModel(model) : raw.provider.trim().toLowerCase()
      if (!(LOG_PROVIDERS as readonly string[]).includes(provider)) {
        // Checked like --providers: a typo is answered with the closest name.
        throw new UsageError(
          `Invalid --provider '${raw.provider}'. Expected one of: ${LOG_PROVIDERS.join(', ')}.` +
            didYouMean(provider, LOG_PROVIDERS),
        )
      }
      if (raw.file.trim() === '') throw new UsageError("Invalid --file '': expected a file name.")
      if (raw.pricing !== undefined && raw.pricing.trim() === '') {
        throw new UsageError("Invalid --pricing '': expected a file name.")
      }
      // A missing directory is a usage error before any work, as for --out; it is not created.
      await checkOutFile(raw.file, '--file', DEFAULT_LOG_FILE)

      const timestamp = clock.now().toISOString()
      const record = recordOf(
        { provider, model, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, timestamp },
        clock.requestId(),
        raw,
      )
      // The price catalogue is loaded only when a record is logged, so that --help starts without it.
      const { costOfRequest } = await import('../engine/request-price.js')
      const costUsd = await costOfRequest(
        { provider, model, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, timestamp },
        raw.pricing,
      )
      await appendLine(raw.file, JSON.stringify(record))
      const tokens =
        `${formatInteger(inputTokens)} input, ${formatInteger(outputTokens)} output, ` +
        `${formatInteger(cacheReadTokens)} cache read, ${formatInteger(cacheWriteTokens)} cache write tokens`
      const cost = costUsd !== null ? formatPreciseUsd(costUsd) : 'unpriced (no known price; add one with --pricing)'
      io.out(`Logged ${model} (${provider}), ${tokens}, to ${raw.file}\nCost: ${cost}\n`)
    })
}
