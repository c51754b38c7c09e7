/**
 * The action's entry: inputs → runAction(settings, deps) → outputs and failure. The only place that reads
 * inputs, sets outputs and turns an error into a failure; the work, with every I/O injected, is in
 * orchestrator/run-action.ts.
 */
import { readFileSync } from 'node:fs'
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
  notice: (message) => core.notice(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
}

/** The event that started the workflow, when the runner wrote one (GITHUB_EVENT_PATH). */
function eventOf(env: NodeJS.ProcessEnv): { event?: { name: string; payload: unknown } } {
  if (!env.GITHUB_EVENT_NAME || !env.GITHUB_EVENT_PATH) return {}
  try {
    return { event: { name: env.GITHUB_EVENT_NAME, payload: JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) } }
  } catch (error) {
    core.warning(`The event payload ${env.GITHUB_EVENT_PATH} does not read: ${(error as Error).message}`)
    return {}
  }
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
        ...eventOf(process.env),
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
