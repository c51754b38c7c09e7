// The thin adapter that lets the collector log through @actions/core without the collector importing it.
import * as core from '@actions/core'
import type { CollectLogger } from './collect-logger.js'

export const actionsCollectLogger: CollectLogger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
}
