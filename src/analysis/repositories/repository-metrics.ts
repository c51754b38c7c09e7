/**
 * The organisation report's repository table, pure: per repository the sums of its workflows' rows (an
 * organisation report's workflows carry their `repository`), and its cost per run against the baseline's.
 */

/** What the table reads of a workflow row (report-data's RepositoryWorkflowRow). */
export interface RepositoryWorkflowRow {
  repository?: string
  runs: number
  runsWithData: number
  requests: number
  totalTokens: number
  costUsd: number
  aiCredits?: number | null
}

export type RepositoryStatus = 'collected' | 'failed' | 'not-reached'

/** One row of the table: whether the repository was read, and its numbers. */
export type RepositoryMetrics = RepositoryReading & RepositoryCounts

/** A repository's numbers: known for one that was read, all null for one that was not. */
export type RepositoryCounts = RepositoryNumbers | { [K in keyof RepositoryNumbers]: null }

export interface RepositoryNumbers {
  runs: number
  runsWithData: number
  requests: number
  totalTokens: number
  costUsd: number
  /** AI credits; null when no run of it carried a value. */
  aiCredits: number | null
  /** Cost per run with data; null without one. */
  costPerRunUsd: number | null
  /** The same in the baseline (the earlier reports the trends compare with); null when they had no run of it. */
  baselineCostPerRunUsd: number | null
  /** costPerRunUsd against the baseline's (0.25 = 25% more); null when either is unknown or the baseline's is 0. */
  change: number | null
}

/** What the baseline holds of one repository. */
export interface RepositoryBaseline {
  runsWithData: number
  costUsd: number
}

/** One repository's place in the report: whether it was read, and why not. */
export interface RepositoryReading {
  repository: string
  /**
   * `failed` (5xx, no access, not found) and `not-reached` (API budget) are carried to the next report; their
   * numbers are unknown (null), not 0.
   */
  status: RepositoryStatus
  /** Why it failed or was not reached. */
  reason?: string
}

const UNKNOWN = {
  runs: null,
  runsWithData: null,
  requests: null,
  totalTokens: null,
  costUsd: null,
  aiCredits: null,
  costPerRunUsd: null,
  baselineCostPerRunUsd: null,
  change: null,
} as const

/** The table, in the readings' order (the selection's, sorted), costliest first. */
export function repositoryMetricsOf(
  readings: readonly RepositoryReading[],
  workflows: readonly RepositoryWorkflowRow[],
  baseline: ReadonlyMap<string, RepositoryBaseline>,
): RepositoryMetrics[] {
  const rows = readings.map((reading): RepositoryMetrics => {
    if (reading.status !== 'collected') return { ...reading, ...UNKNOWN }
    const own = workflows.filter((w) => w.repository === reading.repository)
    const sum = (pick: (w: RepositoryWorkflowRow) => number) => own.reduce((total, w) => total + pick(w), 0)
    const credits = own.map((w) => w.aiCredits).filter((c): c is number => typeof c === 'number')
    const runsWithData = sum((w) => w.runsWithData)
    const costUsd = sum((w) => w.costUsd)
    const costPerRunUsd = runsWithData > 0 ? costUsd / runsWithData : null
    const before = baseline.get(reading.repository)
    const baselineCostPerRunUsd = before && before.runsWithData > 0 ? before.costUsd / before.runsWithData : null
    return {
      ...reading,
      runs: sum((w) => w.runs),
      runsWithData,
      requests: sum((w) => w.requests),
      totalTokens: sum((w) => w.totalTokens),
      costUsd,
      aiCredits: credits.length > 0 ? credits.reduce((a, b) => a + b, 0) : null,
      costPerRunUsd,
      baselineCostPerRunUsd,
      change:
        costPerRunUsd !== null && baselineCostPerRunUsd !== null && baselineCostPerRunUsd > 0
          ? costPerRunUsd / baselineCostPerRunUsd - 1
          : null,
    }
  })
  return rows.sort((a, b) => (b.costUsd ?? -1) - (a.costUsd ?? -1) || (b.runs ?? -1) - (a.runs ?? -1))
}
