/**
 * The action behind main.ts: settings in, outputs out, every I/O injected. Each mode is one entry of a table, so
 * a new mode is its name in settings' REPORT_MODES and one line here.
 */
import type { SummaryCache } from '../collect/summary-cache.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import type { GitHubSurface } from '../github/github-surface.js'
import type { ActionSettings, ReportMode } from '../settings/action-settings.js'
import type { PriceCatalogue, PriceUpdateMode } from '../usage/price-catalogue.js'
import type { ActionEvent } from '../pull-request/completed-run-event.js'
import { runDailyReport } from './daily-report.js'
import { runPullRequestReport } from './pull-request-report.js'
import { runRollupReport } from './rollup-report.js'
import { runMerge, runPlan, runShard } from './organisation-modes.js'

/** Where every layer writes its log: @actions/core on a runner, a recorder in tests. */
export interface ActionLog extends CollectLogger {
  debug(message: string): void
  /** A notice annotation on a runner (a step that ends green but has something to say); info elsewhere. */
  notice?(message: string): void
}

/** What the action reads from its environment besides the inputs. */
export interface ActionEnv {
  /** The action's own workflow run (GITHUB_RUN_ID): never in its own report. */
  runId?: string
  /** Where report.json and the downloads go (RUNNER_TEMP, else the OS temp directory). */
  tempDir: string
  /** The event that started the workflow (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH's payload), when there is one. */
  event?: ActionEvent
}

/** The action's I/O, injected so that tests run it with fakes and without dist/. */
export interface ActionDeps {
  /** Runs, artifacts and report issues of the settings' repository: one Octokit, one API budget. */
  github: GitHubSurface
  /** The runner's summary cache under this fingerprint (used when the `cache` input is on). */
  openSummaryCache(fingerprint: string): SummaryCache
  log: ActionLog
  env: ActionEnv
  /** Now, when the `until` input does not say. */
  clock(): Date
  /** Writes the job summary; absent where there is none (outside a runner). */
  writeJobSummary?(markdown: string): Promise<void>
  /**
   * Sets one step output. Outputs are set as soon as they are known, so a report that reaches the job summary and
   * report-json but cannot be published still leaves its outputs when the step fails.
   */
  setOutput(name: string, value: string | number): void
  /** Loads the price catalogue (`prices-update`); absent in tests, where the bundled one prices without network. */
  loadPrices?(update: PriceUpdateMode): Promise<PriceCatalogue>
}

/** One mode of the action: does its work, sets its outputs, throws when the step should fail. */
export type ModeRunner = (settings: ActionSettings, deps: ActionDeps) => Promise<void>

const modes: Record<ReportMode, ModeRunner> = {
  daily: runDailyReport,
  rollup: runRollupReport,
  plan: runPlan,
  shard: runShard,
  merge: runMerge,
  'pull-request': runPullRequestReport,
}

/** Runs the mode the settings name. */
export async function runAction(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  await modes[settings.mode](settings, deps)
}
