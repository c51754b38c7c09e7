// The orchestrator's injected I/O against the fake GitHub server, for tests that run runAction without dist/:
// settings as the runner gives them (action.yml's defaults under the test's inputs) and recording deps.
import * as path from 'node:path'
import { TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import type { GitHubSurfaceOptions } from '../../src/github/github-surface.js'
import type { ActionDeps } from '../../src/orchestrator/run-action.js'
import type { ActionSettings } from '../../src/settings/action-settings.js'

/** Settings as the runner would give them: action.yml's defaults with these inputs on top. */
export async function settingsFor(h: CollectorHarness, inputs: Record<string, string>): Promise<ActionSettings> {
  const { actionDefaults } = await import('../support/run-action.js')
  const { readActionSettings } = await import('../../src/settings/action-settings.js')
  const values: Record<string, string> = {
    ...(await actionDefaults()),
    'github-token': TOKEN,
    repository: `${h.gh.owner}/${h.gh.repo}`,
    ...inputs,
  }
  return readActionSettings((name) => values[name] ?? '')
}

export interface RecordedDeps {
  deps: ActionDeps
  outputs: Record<string, string | number>
  summaries: string[]
  lines: string[]
}

/**
 * Deps that record outputs, job summaries and log lines; `now` is the clock when the `until` input is empty. `github`
 * adds to the GitHub surface's options (timeouts, a time budget).
 */
export async function recordingDeps(
  h: CollectorHarness,
  work: string,
  now: Date,
  github: Partial<GitHubSurfaceOptions> = {},
): Promise<RecordedDeps> {
  const { createGitHubSurface } = await import('../../src/github/github-surface.js')
  const outputs: Record<string, string | number> = {}
  const summaries: string[] = []
  const lines: string[] = []
  const deps: ActionDeps = {
    github: createGitHubSurface({
      token: TOKEN,
      owner: h.gh.owner,
      repo: h.gh.repo,
      baseUrl: h.gh.url,
      retryBaseMs: 5,
      issueWrites: { writeSpacingMs: 0, createRetryMs: 5 },
      ...github,
    }),
    openSummaryCache: (fingerprint) =>
      new h.caches.DirectorySummaryCache(path.join(work, 'cache'), fingerprint, h.logger),
    log: {
      info: (m) => void lines.push(m),
      warning: (m) => void lines.push(`warning: ${m}`),
      debug: () => undefined,
      startGroup: (m) => void lines.push(`group: ${m}`),
      endGroup: () => undefined,
    },
    env: { runId: '999999', tempDir: work },
    clock: () => now,
    writeJobSummary: async (markdown) => void summaries.push(markdown),
    setOutput: (name, value) => void (outputs[name] = value),
  }
  return { deps, outputs, summaries, lines }
}
