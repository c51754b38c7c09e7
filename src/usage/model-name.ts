/**
 * One name per model, whatever spelling the provider or proxy used:
 * `claude-sonnet-4-6`, `claude-sonnet-4.6`, `copilot/claude-sonnet-4.6` → `claude-sonnet-4.6`;
 * `claude-haiku-4-5-20251001` → `claude-haiku-4.5`; `claude-3-5-sonnet-20241022` → `claude-3.5-sonnet`.
 * The dotted form is the one Copilot, OpenAI (`gpt-4.1`) and Gemini (`gemini-2.5-pro`) already use.
 */
const cache = new Map<string, string>()

// Date snapshots: -20251001, -2024-08-06 (OpenAI), @20250929 (Vertex), only at the end of the name.
const DATE_SUFFIX = /(?:[-@]20\d{2}-?[01]\d-?[0-3]\d)$/
// A version written with a hyphen: `4-6` → `4.6`. Only a single-digit minor so sizes such as `-8b` or ids like
// `-0125` are left alone.
const HYPHEN_VERSION = /(^|-)(\d{1,2})-(\d)(?=-|$)/g

export function canonicalModelName(raw: string): string {
  const known = cache.get(raw)
  if (known !== undefined) return known
  let name = raw.trim().toLowerCase()
  // Router prefixes (`copilot/`, `anthropic/`, `models/`): the model is the last path segment.
  const slash = name.lastIndexOf('/')
  if (slash >= 0) name = name.slice(slash + 1)
  name = name.replace(DATE_SUFFIX, '')
  name = name.replace(HYPHEN_VERSION, '$1$2.$3')
  if (name === '') name = raw.trim() || raw
  // Bounded: model names come from untrusted files; do not let a hostile file grow the cache without end.
  if (cache.size < 10_000) cache.set(raw, name)
  return name
}
