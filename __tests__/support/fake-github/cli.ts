// Runs the fake GitHub server on its own, e.g. for the demo:
//   npx tsx __tests__/support/fake-github/cli.ts --seed examples/artifacts [--port 0] [--owner o] [--repo r]
//     [--latency 0] [--newest-at now|1h|ISO] [--token t]
// The first line on stdout is `GITHUB_API_URL=<url>`; then the environment to run the action with, then one line per
// request while it serves. Stops on SIGINT/SIGTERM.
import { parseArgs } from 'node:util'
import { seedFromDirectory } from './seed-from-directory.js'
import { startFakeGitHub } from './start-fake-github.js'

function newestAt(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined
  if (value === 'now') return new Date()
  const hours = /^(\d+)h$/.exec(value)
  if (hours) return new Date(Date.now() - Number(hours[1]) * 3_600_000)
  const date = new Date(value)
  if (Number.isNaN(date.getTime()))
    throw new Error(`Invalid --newest-at '${value}'. Expected now, <N>h or an ISO time.`)
  return date
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    port: { type: 'string', default: '0' },
    owner: { type: 'string', default: 'octo-org' },
    repo: { type: 'string', default: 'agent-repo' },
    latency: { type: 'string', default: '0' },
    'newest-at': { type: 'string' },
    token: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

const gh = await startFakeGitHub({
  owner: values.owner,
  repo: values.repo,
  port: Number(values.port),
  latencyMs: Number(values.latency),
  token: values.token,
})
const seeded = values.seed
  ? await seedFromDirectory(gh, values.seed, { newestAt: newestAt(values['newest-at']) })
  : { runs: [], artifacts: [] }
console.log(`GITHUB_API_URL=${gh.url}`)
for (const [name, value] of Object.entries(gh.actionEnv({ token: values.token }))) {
  if (name !== 'GITHUB_API_URL') console.log(`${name}=${value}`)
}
console.log(`# ${gh.owner}/${gh.repo}: ${seeded.runs.length} runs, ${seeded.artifacts.length} artifacts`)
if (!values.quiet) {
  const reported = new Set<object>()
  setInterval(() => {
    for (const entry of gh.requests) {
      if (entry.status === 0 || reported.has(entry)) continue
      reported.add(entry)
      const query = new URLSearchParams(entry.query).toString()
      console.log(
        `# ${entry.method} ${entry.path}${query ? `?${query}` : ''} ${entry.status}${entry.isApi ? '' : ' (blob)'}`,
      )
    }
  }, 200).unref()
}
const stop = () => void gh.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
