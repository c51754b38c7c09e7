/**
 * The providers the api-proxy writes in a record's `provider` field (DESIGN.md §2). The action's `providers` input
 * and the CLI's --providers accept these names only, so a typo is an error instead of an empty report.
 */
export const PROVIDER_NAMES = ['anthropic', 'openai', 'copilot', 'gemini', 'opencode', 'unknown'] as const
