import * as core from '@actions/core'

/** Runs the action; the only place that reads inputs, sets outputs and turns an error into a failure. */
export async function run(): Promise<void> {
  try {
    core.info('token-usage-analyzer: not wired yet')
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
