// Starts the fake GitHub server and loads the collector against it. @actions/github (used by @actions/artifact for
// downloads) reads GITHUB_API_URL when it is first imported, so the modules are imported here, after the server
// is up and the variable set: one harness per test file.
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../support/fake-github/index.js'
import type { GitHubClient, GitHubClientOptions } from '../../src/github/github-client.js'
import type { CollectLogger } from '../../src/collect/collect-logger.js'
import type { PriceBook } from '../../src/usage/pricing.js'

export interface CollectorHarness {
  gh: FakeGitHub
  client(options?: Partial<GitHubClientOptions>): GitHubClient
  collect: typeof import('../../src/collect/collect-runs.js')
  caches: typeof import('../../src/collect/directory-summary-cache.js')
  logger: CollectLogger & { lines: string[] }
  close(): Promise<void>
}

export const TOKEN = 'test-token'

export async function startCollectorHarness(options: FakeGitHubOptions = {}): Promise<CollectorHarness> {
  const gh = await startFakeGitHub({ token: TOKEN, ...options })
  const previous = { api: process.env.GITHUB_API_URL, noProxy: process.env.NO_PROXY }
  process.env.GITHUB_API_URL = gh.url
  process.env.NO_PROXY = '127.0.0.1,localhost'
  const clientModule = await import('../../src/github/github-client.js')
  const collect = await import('../../src/collect/collect-runs.js')
  const caches = await import('../../src/collect/directory-summary-cache.js')
  // @actions/artifact reports every download on stdout through @actions/core; tests keep their output readable.
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    typeof chunk === 'string' && /^::debug::|artifact|SHA256 digest|raw file|blob/i.test(chunk)
      ? true
      : (write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write
  const lines: string[] = []
  const logger = {
    lines,
    info: (message: string) => void lines.push(message),
    warning: (message: string) => void lines.push(`warning: ${message}`),
    startGroup: (name: string) => void lines.push(`group: ${name}`),
    endGroup: () => undefined,
  }
  return {
    gh,
    client: (overrides = {}) =>
      clientModule.createGitHubClient({
        token: TOKEN,
        owner: gh.owner,
        repo: gh.repo,
        baseUrl: gh.url,
        retryBaseMs: 5,
        // Octokit's retry and rate-limit messages join the log lines instead of the test output.
        log: logger,
        ...overrides,
      }),
    collect,
    caches,
    logger,
    async close() {
      process.stdout.write = write
      process.env.GITHUB_API_URL = previous.api
      process.env.NO_PROXY = previous.noProxy
      await gh.close()
    },
  }
}

/** Prices every token type at a round rate per token, so expected costs are simple sums in the tests. */
export const flatPriceBook: PriceBook = {
  price(_provider, _model, tokens) {
    const cost = {
      input: tokens.inputTokens * 3e-6,
      output: tokens.outputTokens * 15e-6,
      cacheRead: tokens.cacheReadTokens * 0.3e-6,
      cacheWrite: tokens.cacheWriteTokens * 3.75e-6,
    }
    return { costUsd: cost.input + cost.output + cost.cacheRead + cost.cacheWrite, cost }
  },
}

export interface TestRecord {
  request_id: string
  provider: string
  model: string
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  timestamp: string
  duration_ms: number
}

let nextRequest = 1

/** `count` records of one provider/model with varied, known token counts. */
export function records(provider: string, model: string, count: number, at = '2026-11-25T12:00:00Z'): TestRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const n = nextRequest++
    return {
      request_id: `req-${n}`,
      provider,
      model,
      input_tokens: 1000 + 37 * n,
      output_tokens: 100 + 11 * i,
      cache_read_tokens: 500 + 13 * i,
      cache_write_tokens: provider === 'anthropic' ? 40 + i : 0,
      timestamp: at,
      duration_ms: 200 + i,
    }
  })
}

export function jsonl(list: TestRecord[]): string {
  return list.map((record) => JSON.stringify(record)).join('\n') + '\n'
}
