/** The collector's defaults, apart from the collector so the CLI's help can show them without loading it. */
export const defaultConcurrency = 8
export const defaultApiReserve = 50
