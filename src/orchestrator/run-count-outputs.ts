import { summaryHasUsageData, type RunSummary } from '../usage/run-summary.js'

/**
 * The run counts as step outputs, each named for what it counts: every selected run of the window, those with usage
 * data (summaryHasUsageData: the runs the report counts in `totals.runsWithData`), those without usable data, those
 * the API budget did not reach. `runs-analyzed` is the earlier name of `runs-with-data`, kept so that workflows
 * reading it keep working.
 */
export function setRunCountOutputs(
  runs: readonly RunSummary[],
  setOutput: (name: string, value: number) => void,
): void {
  const withData = runs.filter(summaryHasUsageData).length
  const notReached = runs.filter((run) => run.state === 'not-reached').length
  setOutput('runs-in-window', runs.length)
  setOutput('runs-with-data', withData)
  setOutput('runs-analyzed', withData)
  setOutput('runs-without-data', runs.length - withData - notReached)
  setOutput('runs-not-reached', notReached)
}
