/**
 * The pull-request mode: a completed agent run (a `workflow_run` event) → its pull request → our comment there,
 * with the run added. Each event downloads only its own run's artifact; the runs so far come from the comment's data
 * block. A run already in the block (the event delivered again, twice at once, or re-run) downloads and changes
 * nothing. `workflow_dispatch` with the `pull-request` input refreshes a pull request by hand.
 *
 * The agent's pull request is never failed for our own trouble (an unreadable artifact, an API error): the step
 * warns and ends green. Only `fail-on-budget: exceeded` with the budget exceeded fails it, once everything is written.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { WorkflowRun } from '../github/github-client.js'
import type { PullRequestComment } from '../github/pull-requests.js'
import type { ActionDeps } from './run-action.js'
import type { ActionSettings } from '../settings/action-settings.js'
import { renderPullRequestComment } from '../pull-request/comment-markdown.js'
import { budgetStatusOf, writeDecisionOf } from '../pull-request/comment-policy.js'
import { completedRunOf, pullRequestOfRun } from '../pull-request/completed-run-event.js'
import { openEngine } from '../engine/engine.js'
import { completedRunSource } from '../pull-request/completed-run-source.js'
import { pullRequestRunOf } from '../pull-request/pull-request-run-row.js'
import { actionIdentity, commentStateOf, ownComments, writeOwnComment } from '../pull-request/own-comment.js'
import { pullRequestJsonOf } from '../pull-request/pull-request-json.js'
import {
  hasRun,
  totalsOf,
  withRun,
  type PullRequestRecord,
  type PullRequestRun,
} from '../pull-request/pull-request-runs.js'
import { readTypicalPullRequest } from '../pull-request/typical-pull-request-reader.js'

/** Where the comment stands after the event: what the outputs, report.json and the job summary are made of. */
interface Outcome {
  record: PullRequestRecord
  body: string
  written: PullRequestComment | undefined
}

export async function runPullRequestReport(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  let outcome: Outcome | null
  try {
    outcome = await commentOnPullRequest(settings, deps)
  } catch (error) {
    // Our trouble is not the pull request's: say so loudly, end green.
    deps.log.warning(`Pull request comment not written: ${(error as Error).message}`)
    deps.setOutput('pr-number', '')
    return
  }
  if (!outcome) {
    deps.setOutput('pr-number', '')
    return
  }
  const budget = budgetStatusOf(outcome.record, settings.pullRequest.budget)
  const totals = totalsOf(outcome.record)
  deps.setOutput('pr-number', outcome.record.number)
  deps.setOutput('total-cost-usd', totals.costUsd.toFixed(2))
  deps.setOutput('budget-status', budget?.status ?? '')
  deps.setOutput('comment-url', outcome.written?.url ?? '')
  const jsonPath = path.join(deps.env.tempDir, 'token-usage-analyzer', 'report.json')
  await mkdir(path.dirname(jsonPath), { recursive: true })
  await writeFile(jsonPath, JSON.stringify(pullRequestJsonOf(outcome.record, budget), null, 2))
  deps.setOutput('report-json', jsonPath)
  await deps.writeJobSummary?.(outcome.body)
  if (settings.failOnBudget === 'exceeded' && budget?.status === 'exceeded') {
    throw new Error(
      `Pull request #${outcome.record.number} is over pr-budget (fail-on-budget: exceeded): ` +
        `${budget.spent.toFixed(2)} of ${budget.limit} ${budget.unit}.`,
    )
  }
}

/** Finds the pull request, reads our comment, adds the run(s) and writes the comment when the policy says so. */
async function commentOnPullRequest(settings: ActionSettings, deps: ActionDeps): Promise<Outcome | null> {
  const { github, log } = deps
  const target = await targetOf(settings, deps)
  if (!target) return null
  const identity = await actionIdentity(github.pulls)
  const ours = await ownComments(github.pulls, target.number, identity)
  const state = commentStateOf(ours, target.number)
  if (state.unreadable)
    log.warning(`Our comment's data block on #${target.number} does not read (${state.unreadable}).`)
  const added = await newRunsOf(target, state.record, settings, deps)
  let record = state.record
  for (const row of added) record = withRun(record, row)
  if (added.length === 0 && !target.refresh) {
    log.info(`Pull request #${target.number}: the run is already in our comment; nothing downloaded or written.`)
    return { record, body: state.comment?.body ?? '', written: state.comment }
  }
  const typical = await readTypicalPullRequest(github.issues, settings, deps, target.number)
  const budget = budgetStatusOf(record, settings.pullRequest.budget)
  const body = renderPullRequestComment({ record, budget, typical })
  const decision = writeDecisionOf({
    policy: settings.pullRequest.comment,
    changed: added.length > 0 || state.comment?.body !== body,
    costBefore: totalsOf(state.record).costUsd,
    costAfter: totalsOf(record).costUsd,
    budget,
  })
  if (!decision.write || settings.dryRun) {
    log.info(`Pull request #${target.number}: comment not written (${settings.dryRun ? 'dry-run' : decision.reason}).`)
    return { record, body, written: state.comment }
  }
  const render = (merged: PullRequestRecord) =>
    renderPullRequestComment({ record: merged, budget: budgetStatusOf(merged, settings.pullRequest.budget), typical })
  const written = await writeOwnComment(
    github.pulls,
    { number: target.number, identity, existing: state.comment },
    body,
    render,
  )
  log.info(
    `Pull request #${target.number}: ${state.comment ? 'updated' : 'created'} ${written.url} (${decision.reason}).`,
  )
  return { record, body, written }
}

/**
 * The rows of the target's runs that the record lacks, each run read through the engine (opened, and the prices
 * loaded, only when there is a run to read: an event delivered again reads nothing).
 */
async function newRunsOf(
  target: Target,
  record: PullRequestRecord,
  settings: ActionSettings,
  deps: ActionDeps,
): Promise<PullRequestRun[]> {
  const runs = (await target.runs(record)).filter(
    (run) => !hasRun(record, { runId: String(run.id), attempt: run.attempt }),
  )
  if (runs.length === 0) return []
  const engine = await openEngine(
    {
      providers: settings.providers,
      tokenSemantics: settings.tokenSemantics,
      priceOverrides: settings.priceOverrides,
      pricesUpdate: settings.pricesUpdate,
    },
    { log: deps.log, clock: deps.clock, ...(deps.loadPrices ? { loadPrices: deps.loadPrices } : {}) },
  )
  const rows: PullRequestRun[] = []
  for (const run of runs) {
    const source = completedRunSource(
      { run, artifactNames: settings.artifactNames, archiveLimits: settings.archiveLimits, tempDir: deps.env.tempDir },
      { runs: deps.github.runs, pulls: deps.github.pulls },
    )
    const reading = await engine.read(source)
    const row = pullRequestRunOf(run, reading.runs[0], engine.analyse(reading, { warnAboutRecords: true }))
    if (target.keep(row)) rows.push(row)
  }
  return rows
}

/** The pull request and the runs to add to it: the event's run, or a manual refresh's runs of the head commit. */
interface Target {
  number: number
  refresh: boolean
  runs(record: PullRequestRecord): Promise<WorkflowRun[]>
  /** Whether a summarised run belongs in the comment (a refresh adds only runs with a usage artifact). */
  keep(row: PullRequestRun): boolean
}

async function targetOf(settings: ActionSettings, deps: ActionDeps): Promise<Target | null> {
  const { github, log } = deps
  const number = settings.pullRequest.number
  if (number !== undefined) {
    const pull = await github.pulls.get(number)
    log.info(`Refreshing pull request #${number} (head ${pull.headSha.slice(0, 12)}).`)
    return {
      number,
      refresh: true,
      runs: async () =>
        (await github.pulls.runsOfCommit(pull.headSha)).filter((run) => isAgentRun(run, deps, settings)),
      keep: (row) => row.state !== 'no-artifact',
    }
  }
  if (!deps.env.event) throw new Error('No event to read: mode pull-request runs on a workflow_run event.')
  const reading = completedRunOf(deps.env.event, settings)
  if (reading.kind === 'ignored') {
    log.info(`Nothing to do: ${reading.reason}.`)
    return null
  }
  const found = await pullRequestOfRun(reading.run, github.pulls)
  if (found.number === null) {
    const notice = log.notice ?? log.info
    notice(`Run ${reading.run.id} is on no pull request (${found.how}): nothing written.`)
    return null
  }
  log.info(
    `Run ${reading.run.id} (${reading.run.workflowName}) is on pull request #${found.number}, found by ${found.how}.`,
  )
  return { number: found.number, refresh: false, runs: async () => [reading.run], keep: () => true }
}

/** A run a manual refresh considers: finished, not skipped, not this action's own, of the workflows asked for. */
function isAgentRun(run: WorkflowRun & { event: string }, deps: ActionDeps, settings: ActionSettings): boolean {
  if (run.conclusion === null || run.conclusion === 'skipped' || String(run.id) === deps.env.runId) return false
  const named = (list: string[]) => list.some((w) => w === run.workflowName || run.workflowPath.endsWith(w))
  if (settings.workflows.length > 0 && !named(settings.workflows)) return false
  return !named(settings.excludeWorkflows)
}
