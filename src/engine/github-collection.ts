/**
 * The defaults of the options of a repository's collection, for the entries that declare and validate them. Light on
 * purpose: the CLI imports it at start-up.
 */
export { defaultArtifactNames } from '../collect/artifact-choice.js'
export { defaultApiReserve, defaultConcurrency } from '../settings/collect-defaults.js'
export { defaultConclusions } from '../collect/run-selection.js'
