/**
 * gh-aw's AI-credit guardrails seen from the report: by default a run stops at 1,000 AIC and a workflow at 5,000 AIC
 * a day. Runs that came within 10% of the per-run cap are listed, and a workflow whose day came within 10% of the
 * daily cap is flagged (`near-daily-credit-cap`), so a team raises a cap or trims a prompt before a run is cut off.
 * Where a run or workflow carried no recorded AI credits its USD × 100 stands in, and says so.
 */
import { AIC_PER_USD } from './budget-status.js'
import type { FlagFinding } from '../report-data.js'

/** gh-aw's default cap per run. */
export const DEFAULT_RUN_CREDIT_CAP = 1000

/** gh-aw's default cap per workflow and day. */
export const DAILY_WORKFLOW_CREDIT_CAP = 5000

/** Within this share of a cap counts as near it. */
export const NEAR_CAP_SHARE = 0.9

export interface CreditedRun {
  workflow: string
  runId: string
  url?: string
  /** Report day (YYYY-MM-DD) the run was counted in. */
  day?: string
  aiCredits: number | null
  costUsd: number
}

/** A run near (or over) the per-run cap. */
export interface RunNearCap {
  workflow: string
  runId: string
  url?: string
  day?: string
  aiCredits: number
  /** aiCredits / cap. */
  share: number
  /** True when the run had no recorded AI credits and USD × 100 was used. */
  estimated: boolean
}

export interface CreditGuardrails {
  runCreditCap: number
  dailyWorkflowCreditCap: number
  /** Largest first. */
  runsNearCap: RunNearCap[]
}

function creditsOf(value: { aiCredits: number | null; costUsd: number }): { credits: number; estimated: boolean } {
  return value.aiCredits === null
    ? { credits: value.costUsd * AIC_PER_USD, estimated: true }
    : { credits: value.aiCredits, estimated: false }
}

/** The runs that came within 10% of `cap` (or passed it), largest first. */
export function runsNearCreditCap(runs: readonly CreditedRun[], cap: number): RunNearCap[] {
  const near: RunNearCap[] = []
  for (const run of runs) {
    const { credits, estimated } = creditsOf(run)
    if (credits < cap * NEAR_CAP_SHARE) continue
    near.push({
      workflow: run.workflow,
      runId: run.runId,
      ...(run.url ? { url: run.url } : {}),
      ...(run.day ? { day: run.day } : {}),
      aiCredits: credits,
      share: credits / cap,
      estimated,
    })
  }
  return near.sort((a, b) => b.aiCredits - a.aiCredits || a.runId.localeCompare(b.runId))
}

/**
 * `near-daily-credit-cap` for a workflow whose day's AI credits came within 10% of the daily cap: a warning, critical
 * once the cap is reached (gh-aw stops the workflow's runs there).
 */
export function dailyCreditCapFlagOf(
  workflow: { name: string; aiCredits: number | null; costUsd: number },
  cap = DAILY_WORKFLOW_CREDIT_CAP,
): FlagFinding | null {
  const { credits, estimated } = creditsOf(workflow)
  if (credits < cap * NEAR_CAP_SHARE) return null
  return {
    id: 'near-daily-credit-cap',
    severity: credits >= cap ? 'critical' : 'warning',
    workflow: workflow.name,
    metric: 'aiCreditsPerDay',
    value: credits,
    threshold: cap,
    context: { aiCreditsEstimated: estimated },
  }
}
