/**
 * The workflows that moved most between two periods, ranked by what the change of their cost per run did to this
 * period's cost: (cost per run now − cost per run before) × runs now. A workflow whose runs doubled at the same cost
 * per run is not a mover (its extra spend shows in the per-workflow table); one whose cost per run doubled is, in
 * proportion to how often it ran. A total-cost ranking would put both first, and would compare a week of 7 reports
 * with one of 2. A workflow new in this period moves by all its cost; one gone by its previous cost per day over this
 * period's days (what it would have cost here at its old pace).
 */

/** What the ranking reads of a workflow's row in a period. */
export interface MoverRow {
  name: string
  costUsd: number
  runsWithData: number
  requests: number
  /** Null without runs with data. */
  costPerRunUsd: number | null
}

/** A workflow's cost in this period against the previous one. */
export interface RollupMover {
  workflow: string
  /** The period's cost, as summed (the two periods may cover different numbers of days). */
  previousUsd: number
  currentUsd: number
  /** currentUsd − previousUsd. */
  change: number
  /** Relative change of cost per run (compared workflows); null for a new or gone workflow. */
  relative: number | null
  status: 'compared' | 'new' | 'gone'
  /** Runs with data in each period. */
  runs: { previous: number; current: number }
  /** Cost per run in each period; null without runs with data. */
  costPerRunUsd: { previous: number | null; current: number | null }
  /** USD of this period the change accounts for; movers are ranked by its size (see the file comment). */
  impactUsd: number
}

/** At most this many movers. */
export const MAX_MOVERS = 5

/** An impact under half a cent rounds to nothing as shown: not a mover. */
const NEGLIGIBLE_USD = 0.005

export function moversOf(
  current: readonly MoverRow[],
  previous: readonly MoverRow[],
  days: { previous: number; current: number },
): RollupMover[] {
  const names = new Set([...current.map((w) => w.name), ...previous.map((w) => w.name)])
  const movers: RollupMover[] = []
  for (const name of names) {
    const now = current.find((w) => w.name === name)
    const before = previous.find((w) => w.name === name)
    const currentUsd = now?.costUsd ?? 0
    const previousUsd = before?.costUsd ?? 0
    const runs = { previous: before?.runsWithData ?? 0, current: now?.runsWithData ?? 0 }
    const costPerRunUsd = { previous: before?.costPerRunUsd ?? null, current: now?.costPerRunUsd ?? null }
    const status = !before || before.requests === 0 ? 'new' : !now || now.requests === 0 ? 'gone' : 'compared'
    const impactUsd =
      status === 'new'
        ? currentUsd
        : status === 'gone'
          ? days.previous > 0
            ? -(previousUsd / days.previous) * days.current
            : -previousUsd
          : ((costPerRunUsd.current ?? 0) - (costPerRunUsd.previous ?? 0)) * runs.current
    if (Math.abs(impactUsd) < NEGLIGIBLE_USD) continue
    const cpr = costPerRunUsd
    movers.push({
      workflow: name,
      previousUsd,
      currentUsd,
      change: currentUsd - previousUsd,
      relative:
        status === 'compared' && cpr.previous !== null && cpr.current !== null && cpr.previous > 0
          ? (cpr.current - cpr.previous) / cpr.previous
          : null,
      status,
      runs,
      costPerRunUsd,
      impactUsd,
    })
  }
  return movers
    .sort((a, b) => Math.abs(b.impactUsd) - Math.abs(a.impactUsd) || a.workflow.localeCompare(b.workflow))
    .slice(0, MAX_MOVERS)
}
