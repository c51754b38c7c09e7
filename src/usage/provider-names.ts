/**
 * The providers the api-proxy writes in a record's `provider` field (DESIGN.md §2). The action's `providers` input
 * and the CLI's --providers accept these names only, so a typo is an error instead of an empty report.
 */
export const PROVIDER_NAMES = ['anthropic', 'openai', 'copilot', 'gemini', 'opencode', 'unknown'] as const

export type ProviderName = (typeof PROVIDER_NAMES)[number]

/**
 * The provider a model name points at, where no record or file names one (a `log` without --provider, an
 * `agent_usage.json` without `provider`): a `provider/` prefix, else the model family; `unknown` when nothing fits.
 */
export function providerOfModel(model: string): ProviderName {
  const name = model.toLowerCase()
  const prefix = name.split('/')[0]
  if (name.includes('/') && (PROVIDER_NAMES as readonly string[]).includes(prefix!)) return prefix as ProviderName
  if (name.includes('claude')) return 'anthropic'
  if (name.includes('gemini')) return 'gemini'
  if (/^(gpt|o\d|chatgpt|codex)/.test(name)) return 'openai'
  return 'unknown'
}
