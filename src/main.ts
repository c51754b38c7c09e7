/**
 * The action's entry: inputs → runAction(settings, deps) → outputs and failure. The only place that reads
 * inputs, sets outputs and turns an error into a failure; the work, with every I/O injected, is in
 * orchestrator/run-action.ts.
 */
import * as os from 'node:os'
import * as core from '@actions/core'
import { ActionsSummaryCache } from './collect/actions-summary-cache.js'
import { createGitHubSurface } from './github/github-surface.js'
import { TimeBudget } from './github/time-budget.js'
import { runAction, type ActionLog } from './orchestrator/run-action.js'
import { readActionSettings } from './settings/action-settings.js'
import { pricesLoader } from './engine/prices-loader.js'

/** @actions/core as the log of every layer; each takes its log as a parameter and never imports @actions/core. */
const actionsLog: ActionLog = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
}

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = await readActionSettings((name) => core.getInput(name))
    core.setSecret(settings.token)
    const apiUrl = process.env.GITHUB_API_URL
    await runAction(settings, {
      github: createGitHubSurface({
        token: settings.token,
        owner: settings.owner,
        repo: settings.repo,
        ...(apiUrl ? { baseUrl: apiUrl } : {}),
        log: actionsLog,
        // Counted from here, the step's start as near as the action can know it.
        timeBudget: new TimeBudget(settings.timeBudget.text, settings.timeBudget.ms),
      }),
      openSummaryCache: (fingerprint) => new ActionsSummaryCache({ fingerprint, logger: actionsLog }),
      log: actionsLog,
      env: {
        ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
        tempDir: process.env.RUNNER_TEMP ?? os.tmpdir(),
      },
      clock: () => new Date(),
      loadPrices: pricesLoader(),
      ...(process.env.GITHUB_STEP_SUMMARY
        ? { writeJobSummary: async (markdown: string) => void (await core.summary.addRaw(markdown).write()) }
        : {}),
      setOutput: (name, value) => core.setOutput(name, value),
    })
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
