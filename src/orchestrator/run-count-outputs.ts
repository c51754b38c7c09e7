import type { RunState } from '../usage/run-summary.js'

/** States of a run whose token usage was read: per request, or as per-run totals only (`analysed-totals`). */
const statesWithData: ReadonlySet<string> = new Set(['analysed', 'analysed-totals'])

/**
 * The run counts as step outputs, each named for what it counts: every selected run of the window, those whose
 * token usage was read, those without usable data, those the API budget did not reach. `runs-analyzed` is the
 * earlier name of `runs-with-data`, kept so that workflows reading it keep working.
 */
export function setRunCountOutputs(
  stateCounts: Readonly<Record<RunState, number>>,
  setOutput: (name: string, value: number) => void,
): void {
  const counts = Object.entries(stateCounts)
  const inWindow = counts.reduce((sum, [, count]) => sum + count, 0)
  const withData = counts.filter(([state]) => statesWithData.has(state)).reduce((sum, [, count]) => sum + count, 0)
  const notReached = stateCounts['not-reached']
  setOutput('runs-in-window', inWindow)
  setOutput('runs-with-data', withData)
  setOutput('runs-analyzed', withData)
  setOutput('runs-without-data', inWindow - withData - notReached)
  setOutput('runs-not-reached', notReached)
}
