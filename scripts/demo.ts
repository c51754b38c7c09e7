// `npm run demo`: the bundled action (dist/index.js) against a fake GitHub seeded from examples/, over two days, then
// the issues it left behind. No token, no network: everything runs on 127.0.0.1.
import { readdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { startFakeGitHub } from '../__tests__/support/fake-github/index.js'
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

function printRun(day: string, run: ActionRun): void {
  const notable = run.stdout
    .split('\n')
    .filter((line) => /^(Window|Collected|Created|Updated|Closed|::error|::warning)/.test(line))
  console.log(`\n=== ${day}: exit ${run.exitCode}, outputs ${JSON.stringify(run.outputs)}`)
  for (const line of notable) console.log(`  ${line}`)
}

const gh = await startFakeGitHub({ owner: 'demo-org', repo: 'agents' })
try {
  const seeded = await seedFromDirectory(gh, EXAMPLES, { newestAt: new Date(DAY1.getTime() - 3600_000) })
  console.log(
    `Fake GitHub at ${gh.url}: ${seeded.runs.length} runs and ${seeded.artifacts.length} artifacts from examples/`,
  )
  const defaults = await actionDefaults()
  // The example runs span weeks; day 1 reads them all, later days continue where it ended.
  const inputs = { ...defaults, lookback: '30d', 'max-lookback': '30d' }

  printRun('Day 1', await runAction(gh, { ...inputs, until: DAY1.toISOString() }))

  // Day 2: Smoke Claude runs again with 40% more tokens each, Smoke Copilot as before.
  let hour = 2
  for (const [workflow, factor] of [
    ['smoke-claude', 1.4],
    ['smoke-copilot', 1],
  ] as const) {
    for (const runId of await readdir(path.join(EXAMPLES, workflow))) {
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
  printRun('Day 2', await runAction(gh, { ...inputs, until: DAY2.toISOString() }))

  console.log('\n=== Issues on the fake GitHub')
  for (const issue of gh.issues) {
    const reason = issue.stateReason ? ` (${issue.stateReason})` : ''
    console.log(`#${issue.number} [${issue.state}${reason}] ${issue.title}  labels: ${issue.labels.join(', ')}`)
    for (const comment of issue.comments) console.log(`    comment: ${comment.body}`)
  }
  const latest = gh.issues[gh.issues.length - 1]
  console.log(`\n=== Body of #${latest.number} (first 60 lines)\n`)
  console.log((latest.body ?? '').split('\n').slice(0, 60).join('\n'))
} finally {
  await gh.close()
}
