/**
 * How a provider's `input_tokens` relates to its cache counts (the api-proxy copies the provider's numbers as-is):
 * - `additive`: `input_tokens` is fresh (uncached) input; cache read and cache write are extra tokens.
 * - `inclusive`: `input_tokens` is the whole prompt and already contains `cache_read_tokens`;
 *   fresh input = max(0, input − cache read).
 */
export type TokenSemantics = 'additive' | 'inclusive'

/** Token semantics per provider (the `provider` field of a record). */
export type NormalisationRules = Record<string, TokenSemantics>

/**
 * The rule applied per provider, unless the user overrides it:
 * - anthropic: additive. Messages API `input_tokens` excludes `cache_read_input_tokens` and
 *   `cache_creation_input_tokens`.
 * - openai: inclusive. Chat Completions `prompt_tokens` and Responses `input_tokens` include
 *   `cached_tokens`.
 * - copilot: inclusive. Copilot's API answers in OpenAI form (flattened usage: `prompt_tokens` includes the cached
 *   tokens), which is what the real copilot records show (input above cache read, no cache write). Records built
 *   from Copilot's own additive breakdown cannot be told apart; set `copilot=additive` for those.
 * - gemini: inclusive. `promptTokenCount` includes `cachedContentTokenCount`.
 * - opencode, unknown and any other provider: additive, i.e. no cache read is subtracted, so nothing is ever
 *   removed on a guess; override when a provider is known to be inclusive.
 */
export const defaultNormalisationRules: NormalisationRules = Object.freeze({
  anthropic: 'additive',
  openai: 'inclusive',
  copilot: 'inclusive',
  gemini: 'inclusive',
  opencode: 'additive',
  unknown: 'additive',
}) as NormalisationRules

/** Semantics for providers missing from the rules. */
export const fallbackTokenSemantics: TokenSemantics = 'additive'

export function tokenSemanticsFor(provider: string, rules: NormalisationRules): TokenSemantics {
  return Object.hasOwn(rules, provider) ? rules[provider]! : fallbackTokenSemantics
}

/**
 * Providers whose `output_tokens` leaves the reasoning (thinking) tokens out. The api-proxy copies Gemini's
 * `candidatesTokenCount` into `output_tokens` and `thoughtsTokenCount` into `reasoning_tokens`, and Google bills
 * thinking at the output rate; so for these the billable output is output + reasoning. Everywhere else reasoning is
 * already inside output: OpenAI's `completion_tokens` / Responses `output_tokens` include
 * `*_tokens_details.reasoning_tokens`, Copilot answers in OpenAI's form, and Anthropic's `output_tokens` include the
 * thinking tokens (which it does not count apart, so its records carry no `reasoning_tokens`).
 */
export const reasoningOutsideOutput: ReadonlySet<string> = new Set(['gemini'])

/** Output of one record with its reasoning inside, whatever the provider's form. */
export function outputWithReasoning(outputTokens: number, reasoningTokens: number, separate: boolean): number {
  return separate ? outputTokens + reasoningTokens : outputTokens
}

/** Fresh (uncached) input of one record: an inclusive provider's input less its cache read, never below 0. */
export function freshInputOf(inputTokens: number, cacheReadTokens: number, inclusive: boolean): number {
  return inclusive ? Math.max(0, inputTokens - cacheReadTokens) : inputTokens
}
