// `npm run demo`: the bundled action (dist/index.js) against a fake GitHub seeded from examples/, over two days, then
// the issues it left behind. No token, no network: everything runs on 127.0.0.1.
import { startFakeGitHub } from '../__tests__/support/fake-github/index.js'
import type { ActionRun } from '../__tests__/support/run-action.js'
import { runDemoDays } from './demo-scenario.js'

function printRun(day: string, run: ActionRun): void {
  const notable = run.stdout
    .split('\n')
    .filter((line) => /^(Window|Collected|Created|Updated|Closed|::error|::warning)/.test(line))
  console.log(`\n=== ${day}: exit ${run.exitCode}, outputs ${JSON.stringify(run.outputs)}`)
  for (const line of notable) console.log(`  ${line}`)
}

const gh = await startFakeGitHub({ owner: 'demo-org', repo: 'agents' })
try {
  await runDemoDays(gh, printRun, console.log)

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
