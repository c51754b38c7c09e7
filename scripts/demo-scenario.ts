// The demo's two days on a fake GitHub seeded from examples/, shared by `npm run demo` (prints them) and
// `npm run docs:example` (keeps day 2's report as docs/example-report.md).
import { readdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { FakeGitHub } from '../__tests__/support/fake-github/index.js'
import { seedFromDirectory } from '../__tests__/support/fake-github/seed-from-directory.js'
import { actionDefaults, runAction, type ActionRun } from '../__tests__/support/run-action.js'

const EXAMPLES = path.resolve(import.meta.dirname, '../examples/artifacts')
const DAY1 = new Date('2026-04-21T08:00:00Z')
const DAY2 = new Date('2026-04-22T08:00:00Z')
const AGENT_FILE = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'

/** A copy of an example run's records with every token count scaled and fresh request ids. */
async function scaledRecords(runDir: string, factor: number, tag: string): Promise<string> {
  const text = await readFile(path.join(runDir, 'agent', AGENT_FILE), 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('{') && line.trim().endsWith('}'))
    .map((line) => {
      const record = JSON.parse(line) as Record<string, unknown>
      for (const key of ['input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens']) {
        record[key] = Math.round(Number(record[key]) * factor)
      }
      record.request_id = `${tag}-${String(record.request_id)}`
      return JSON.stringify(record)
    })
    .join('\n')
}

/** Seeds `gh` from examples/ and runs the bundled action for two days; `onDay` sees each day's run. */
export async function runDemoDays(
  gh: FakeGitHub,
  onDay: (day: string, run: ActionRun) => void = () => {},
  log: (line: string) => void = () => {},
): Promise<void> {
  const seeded = await seedFromDirectory(gh, EXAMPLES, { newestAt: new Date(DAY1.getTime() - 3600_000) })
  log(`Fake GitHub at ${gh.url}: ${seeded.runs.length} runs and ${seeded.artifacts.length} artifacts from examples/`)
  const defaults = await actionDefaults()
  // The example runs span weeks; day 1 reads them all, later days continue where it ended.
  // The demo runs offline: the bundled price catalogue, no attempt at the remote one.
  const inputs = { ...defaults, lookback: '30d', 'max-lookback': '30d', 'prices-update': 'off' }

  onDay('Day 1', await runAction(gh, { ...inputs, until: DAY1.toISOString() }))

  // Day 2: Smoke Claude runs again with 40% more tokens each, Smoke Copilot as before.
  let hour = 2
  for (const [workflow, factor] of [
    ['smoke-claude', 1.4],
    ['smoke-copilot', 1],
  ] as const) {
    for (const runId of (await readdir(path.join(EXAMPLES, workflow))).sort()) {
      const records = await scaledRecords(path.join(EXAMPLES, workflow, runId), factor, 'day2').catch(() => '')
      if (records === '') continue
      const name = workflow === 'smoke-claude' ? 'Smoke Claude' : 'Smoke Copilot'
      const run = gh.addRun({
        workflow: name,
        createdAt: new Date(DAY1.getTime() + hour++ * 3600_000),
        headBranch: 'main',
      })
      await gh.addArtifact(run.id, 'agent', { files: { [AGENT_FILE]: records } })
    }
  }
  onDay('Day 2', await runAction(gh, { ...inputs, until: DAY2.toISOString() }))
}
