/**
 * The collector's defaults and limits, in settings so the action's inputs, the CLI's options and its help all read
 * the same numbers without loading the collector. action.yml writes the same defaults; a test pins them together.
 */
export const defaultConcurrency = 8
/** Downloads at once, at most: beyond this GitHub's secondary rate limits answer instead. */
export const maxConcurrency = 64
export const defaultApiReserve = 50
