/**
 * "Pull requests": the pull requests whose agent runs cost the most in the window, their cost and the median per
 * pull request, and (hidden) every pull request's cost, which the pull request comments compare with. Numbers are
 * written `\#12`, not `#12`: a daily report must not add a mention to each pull request's timeline.
 */
import type { ReportData } from '../../analysis/report-data.js'
import { formatInteger, formatUsd } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, moreRows, plural } from '../markdown-parts.js'
import { pullRequestCostsBlockOf } from '../pull-request-costs-block.js'

/** Pull requests listed; the rest are counted (and kept in the hidden block and the JSON). */
const SHOWN = 10

export function pullRequestsSection(data: ReportData): string | null {
  const pulls = data.pullRequests ?? []
  if (pulls.length === 0) return null
  const rows = pulls
    .slice(0, SHOWN)
    .map((pull) => [
      escapeMarkdown(`#${pull.number}`),
      escapeTableCell(pull.workflows.join(', ')),
      formatInteger(pull.runs),
      formatUsd(pull.costUsd),
      pull.aiCredits === null ? '—' : formatInteger(pull.aiCredits),
    ])
  const columns = [
    { title: 'Pull request' },
    { title: 'Workflows' },
    { title: 'Runs', numeric: true },
    { title: 'Cost', numeric: true },
    { title: 'AIC', numeric: true },
  ]
  return [
    '## Pull requests',
    '',
    `Agent runs on ${plural(pulls.length, 'pull request')}; the median pull request cost ` +
      `${formatUsd(data.pullRequestMedianUsd ?? null)}.`,
    '',
    markdownTable(columns, rows),
    ...(pulls.length > SHOWN ? ['', moreRows(pulls.length - SHOWN, 'more pull request')] : []),
    '',
    pullRequestCostsBlockOf(pulls),
  ].join('\n')
}
