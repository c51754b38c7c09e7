/** The `token-semantics` input (and the CLI's --token-semantics): per provider, additive or inclusive. */
import { defaultNormalisationRules, type NormalisationRules } from '../usage/normalise.js'
import { listInput } from './list-input.js'

/**
 * Parses `provider=semantics` pairs separated by commas or newlines, e.g. `copilot=additive,openai=inclusive`,
 * merged over the defaults.
 */
export function parseNormalisationRules(text: string): NormalisationRules {
  const rules: NormalisationRules = { ...defaultNormalisationRules }
  const items = listInput(text)
  for (const item of items) {
    const eq = item.indexOf('=')
    if (eq <= 0) {
      throw new Error(`Invalid token semantics rule '${item}'. Expected provider=additive or provider=inclusive.`)
    }
    const provider = item.slice(0, eq).trim().toLowerCase()
    const semantics = item
      .slice(eq + 1)
      .trim()
      .toLowerCase()
    if (provider === '') {
      throw new Error(`Invalid token semantics rule '${item}': the provider name is empty.`)
    }
    if (semantics !== 'additive' && semantics !== 'inclusive') {
      throw new Error(
        `Invalid token semantics '${item.slice(eq + 1).trim()}' for provider '${provider}'. Expected additive or inclusive.`,
      )
    }
    rules[provider] = semantics
  }
  return rules
}
