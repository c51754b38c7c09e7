/**
 * A rollup's life: publish the period's report (update it when it exists), then close older rollups of the same
 * series (by its own marker; never a daily report, never a rollup of a later period). Older ones are closed only
 * after the new one exists; with dryRun nothing is written.
 */
import type { PeriodKind } from '../common/periods.js'
import type { ReportIssues } from '../github/report-issues.js'
import { rollupMarkerOf } from '../report/rollup-marker.js'
import { ensureLabels, MAX_CLOSED_PER_RUN, type LifecycleLog, type LifecycleSettings } from './publish-daily-report.js'

export const ROLLUP_LABEL_DESCRIPTION = 'Token usage reports (token-usage-analyzer)'

export interface PublishRollupOptions {
  issues: ReportIssues
  kind: PeriodKind
  /** `2026-W19`, `2026-05`: the end of the title, and how the same period's rollup is found again. */
  periodId: string
  /** The body, its marker first. */
  body: string
  settings: Pick<LifecycleSettings, 'titlePrefix' | 'labels' | 'closeOlder' | 'dryRun'>
  log: LifecycleLog
}

export interface PublishedRollup {
  title: string
  issueNumber: number | null
  issueUrl: string | null
  created: boolean
  closed: number[]
}

/** `<prefix> 2026-W19`. */
export function rollupTitleOf(titlePrefix: string, periodId: string): string {
  return `${titlePrefix.trim()} ${periodId}`.trim()
}

export async function publishRollup(options: PublishRollupOptions): Promise<PublishedRollup> {
  const { issues, settings, log } = options
  const label = settings.labels[0]
  if (!label) throw new Error('No label given: the first label is how earlier reports are found.')
  const title = rollupTitleOf(settings.titlePrefix, options.periodId)
  const marker = rollupMarkerOf(options.kind)
  if (settings.dryRun) {
    log.info(`Dry run: would publish '${title}' (${options.body.length} characters) and close older rollups.`)
    return { title, issueNumber: null, issueUrl: null, created: false, closed: [] }
  }
  await ensureLabels(issues, settings.labels, ROLLUP_LABEL_DESCRIPTION, log)
  const published = await issues.publishReport({
    title,
    body: options.body,
    labels: settings.labels,
    date: options.periodId,
    marker,
  })
  log.info(`${published.created ? 'Created' : 'Updated'} rollup #${published.number}: ${published.url}`)
  let closed: number[] = []
  if (settings.closeOlder) {
    try {
      closed = await issues.closeOlder({
        label,
        marker,
        except: published.number,
        max: MAX_CLOSED_PER_RUN,
        date: options.periodId,
        comment: `Superseded by #${published.number} (${published.url}). Closed by token-usage-analyzer.`,
      })
      if (closed.length > 0)
        log.info(`Closed older rollup${closed.length === 1 ? '' : 's'} ${closed.map((n) => `#${n}`).join(', ')}.`)
    } catch (error) {
      log.warning(`Closing older rollups failed: ${(error as Error).message}`)
    }
  }
  return { title, issueNumber: published.number, issueUrl: published.url, created: published.created, closed }
}
