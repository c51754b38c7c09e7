// Seeding an organisation on the fake GitHub server: runs with known records in several repositories, each run's
// requests, tokens and cost computed here from its records (flat prices), and the sums a report should show.
import type { FakeRepository } from '../support/fake-github/index.js'

export const MODEL = 'org-test-model'
// USD per million tokens: input 1, output 2, cache read 0.5, cache write 4.
export const PRICES = `{"${MODEL}": {"input": 1, "output": 2, "cacheRead": 0.5, "cacheWrite": 4}}`

export interface SeededRun {
  repository: string
  workflow: string
  runId: number
  createdAt: string
  requests: number
  tokens: number
  costUsd: number
}

let nextRequest = 1

/** One run of `count` records of known tokens in `repository`. */
export async function seedRun(
  repository: Pick<FakeRepository, 'owner' | 'repo' | 'addRun' | 'addArtifact'>,
  workflow: string,
  createdAt: string,
  count: number,
  size = 1,
): Promise<SeededRun> {
  const run = repository.addRun({ workflow, createdAt })
  const lines: string[] = []
  let tokens = 0
  let costUsd = 0
  for (let i = 0; i < count; i++) {
    const input = size * 1000 + 17 * i
    const output = size * 100 + 3 * i
    const cacheRead = size * 2000
    const cacheWrite = size * 50
    tokens += input + output + cacheRead + cacheWrite
    costUsd += (input * 1 + output * 2 + cacheRead * 0.5 + cacheWrite * 4) / 1e6
    lines.push(
      JSON.stringify({
        request_id: `org-${nextRequest++}`,
        provider: 'anthropic',
        model: MODEL,
        input_tokens: input,
        output_tokens: output,
        cache_read_tokens: cacheRead,
        cache_write_tokens: cacheWrite,
        timestamp: createdAt,
        duration_ms: 100,
      }),
    )
  }
  await repository.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': lines.join('\n') + '\n' } })
  return {
    repository: `${repository.owner}/${repository.repo}`,
    workflow,
    runId: run.id,
    createdAt: new Date(createdAt).toISOString(),
    requests: count,
    tokens,
    costUsd,
  }
}

export interface Sums {
  runs: number
  requests: number
  tokens: number
  costUsd: number
}

export function sumsOf(runs: readonly SeededRun[]): Sums {
  return {
    runs: runs.length,
    requests: runs.reduce((n, r) => n + r.requests, 0),
    tokens: runs.reduce((n, r) => n + r.tokens, 0),
    costUsd: runs.reduce((n, r) => n + r.costUsd, 0),
  }
}

/** The report's JSON rows, as far as the tests read them. */
export interface ReportJson {
  totals: { runs: number; runsWithData: number; requests: number; totalTokens: number; costUsd: number }
  repositories: {
    repository: string
    status: string
    reason?: string
    runs: number | null
    runsWithData: number | null
    requests: number | null
    totalTokens: number | null
    costUsd: number | null
  }[]
  workflows: {
    name: string
    repository?: string
    runs: number
    requests: number
    totalTokens: number
    costUsd: number
  }[]
}
