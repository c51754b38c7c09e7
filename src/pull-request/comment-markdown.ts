/**
 * The pull request comment: every agent run so far (workflow, run link, conclusion, requests, tokens, cost, AIC),
 * the total, the cost of the runs that failed, the budget, and how the pull request compares with the repository's
 * typical one. Runs and workflows only: never cost per person. The numbers arrive ready; this lays them out.
 */
import { runStateReason } from '../analysis/runs/run-state-reasons.js'
import { formatInteger, formatTokens, formatUsd, plural } from '../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../report/markdown-escape.js'
import { markdownTable, runLink } from '../report/markdown-parts.js'
import type { RunState } from '../usage/run-summary.js'
import { dataBlockOf, PULL_REQUEST_MARKER } from './comment-data-block.js'
import type { PullRequestBudgetStatus } from './comment-policy.js'
import { totalsOf, type PullRequestRecord, type PullRequestRun } from './pull-request-runs.js'
import type { TypicalPullRequest } from './typical-pull-request.js'

export interface CommentView {
  record: PullRequestRecord
  budget: PullRequestBudgetStatus | null
  typical: TypicalPullRequest | null
}

const NONE = '—'

const CONCLUSION_ICONS: Record<string, string> = {
  success: '✅',
  failure: '❌',
  timed_out: '⏱️',
  cancelled: '⚪',
  startup_failure: '❌',
}

function conclusionCell(run: PullRequestRun): string {
  const icon = CONCLUSION_ICONS[run.conclusion]
  return `${icon ? `${icon} ` : ''}${escapeTableCell(run.conclusion.replace(/_/g, ' '))}`
}

function creditsText(credits: number | null): string {
  return credits === null ? NONE : formatInteger(credits)
}

function runRow(run: PullRequestRun): string[] {
  const label = run.attempt > 1 ? `${run.runId} (attempt ${run.attempt})` : run.runId
  const usage = run.hasData
    ? [formatInteger(run.requests), formatTokens(run.totalTokens), formatUsd(run.costUsd), creditsText(run.aiCredits)]
    : [NONE, NONE, NONE, NONE]
  return [escapeTableCell(run.workflow), runLink(label, run.url), conclusionCell(run), ...usage]
}

/** Runs without usage data, grouped by why: a run on the pull request that cost nothing known is still named. */
function withoutDataLine(runs: readonly PullRequestRun[]): string | null {
  const missing = runs.filter((run) => !run.hasData)
  if (missing.length === 0) return null
  const byReason = new Map<string, number>()
  for (const run of missing) {
    const reason = runStateReason(run.state as RunState)
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  }
  // With one reason the sentence's own count says how many runs it stands for.
  const reasons = [...byReason]
    .map(([reason, n]) => (byReason.size === 1 ? escapeMarkdown(reason) : `${escapeMarkdown(reason)} (${n})`))
    .join('; ')
  return `${plural(missing.length, 'run')} without usage data: ${reasons}.`
}

function budgetLine(budget: PullRequestBudgetStatus): string {
  const amount = (value: number) => (budget.unit === 'USD' ? formatUsd(value) : `${formatInteger(value)} AIC`)
  const icon = budget.status === 'exceeded' ? '🔴' : budget.status === 'warning' ? '🟠' : '🟢'
  const estimated = budget.estimated ? ' (AIC of runs without recorded credits estimated as USD × 100)' : ''
  return `${icon} **Budget**: ${amount(budget.spent)} of ${amount(budget.limit)} per pull request (${Math.round(budget.share * 100)}%, ${budget.status})${estimated}.`
}

function typicalLine(typical: TypicalPullRequest | null, costUsd: number): string {
  if (!typical) {
    return 'Typical pull request here: — (the daily reports of the last 30 days hold no pull request with agent runs).'
  }
  const ratio = typical.medianUsd > 0 ? ` — this one is ${(costUsd / typical.medianUsd).toFixed(1)}× that` : ''
  return (
    `Typical pull request here: ${formatUsd(typical.medianUsd)} (median agent cost of ` +
    `${plural(typical.pullRequests, 'pull request')} over the last ${typical.days} days)${ratio}.`
  )
}

/** The comment's body: marker first, data block last. */
export function renderPullRequestComment(view: CommentView): string {
  const totals = totalsOf(view.record)
  const columns = [
    { title: 'Workflow' },
    { title: 'Run' },
    { title: 'Conclusion' },
    { title: 'Requests', numeric: true },
    { title: 'Tokens', numeric: true },
    { title: 'Cost', numeric: true },
    { title: 'AIC', numeric: true },
  ]
  const totalRow = [
    '**Total**',
    plural(totals.runs, 'run'),
    '',
    formatInteger(totals.requests),
    formatTokens(totals.totalTokens),
    `**${formatUsd(totals.costUsd)}**`,
    creditsText(totals.aiCredits),
  ]
  const failed =
    totals.failedRuns > 0
      ? `Runs that failed: ${formatUsd(totals.failedCostUsd)} (${plural(totals.failedRuns, 'run')}).`
      : 'Runs that failed: none.'
  const lines = [
    PULL_REQUEST_MARKER,
    `### Agent cost of this pull request: ${formatUsd(totals.costUsd)}`,
    '',
    `${plural(totals.runs, 'agent run')} (${totals.runsWithData} with usage data) · ${formatInteger(totals.requests)} requests · ` +
      `${formatTokens(totals.totalTokens)} tokens · **${formatUsd(totals.costUsd)}** · ${creditsText(totals.aiCredits)} AIC`,
    '',
    `- ${failed}`,
    `- ${typicalLine(view.typical, totals.costUsd)}`,
    ...(view.budget ? [`- ${budgetLine(view.budget)}`] : []),
    '',
    markdownTable(columns, [...view.record.runs.map(runRow), totalRow]),
    '',
    ...[withoutDataLine(view.record.runs)].filter((line): line is string => line !== null).flatMap((l) => [l, '']),
    '<sub>Costs at list prices from each run’s token usage records; AIC as the firewall recorded them. ' +
      'Updated in place by token-usage-analyzer.</sub>',
    '',
    dataBlockOf(view.record),
  ]
  return lines.join('\n')
}
