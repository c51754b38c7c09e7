// The cache fingerprint: computed one way for the action and the CLI, and tied to this tool's version and the
// price catalogue's, so that an upgrade never reads summaries priced under the old catalogue.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { summaryCacheFingerprint, summaryFingerprintOf } from '../../src/collect/summary-cache.js'
import { defaultNormalisationRules } from '../../src/usage/normalise.js'
import { parseNormalisationRules } from '../../src/settings/token-semantics-input.js'

const versionOf = (file: string): string =>
  (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { version: string }).version

const settings = {
  repository: 'octo/repo',
  artifactNames: ['usage', 'agent'],
  providers: [],
  tokenSemantics: defaultNormalisationRules,
  priceOverrides: {},
}

test('the fingerprint hashes the settings with the tool and price catalogue versions', () => {
  const versions = {
    tool: versionOf('../../package.json'),
    priceCatalogue: `@pydantic/genai-prices@${versionOf('../../node_modules/@pydantic/genai-prices/package.json')}`,
  }
  const expected = createHash('sha256')
    .update(JSON.stringify({ settings: { prices: 'a' }, versions }))
    .digest('hex')
    .slice(0, 16)
  expect(summaryCacheFingerprint({ prices: 'a' })).toBe(expected)
})

test('the same settings written differently are the same fingerprint; other settings are another', () => {
  const base = summaryFingerprintOf(settings)
  // Rules given in another order, or the defaults restated, are the same rules.
  expect(summaryFingerprintOf({ ...settings, tokenSemantics: parseNormalisationRules('openai=inclusive') })).toBe(base)
  expect(
    summaryFingerprintOf({
      ...settings,
      tokenSemantics: Object.fromEntries(Object.entries(defaultNormalisationRules).reverse()),
    }),
  ).toBe(base)
  expect(summaryFingerprintOf({ ...settings, tokenSemantics: parseNormalisationRules('copilot=additive') })).not.toBe(
    base,
  )
  expect(summaryFingerprintOf({ ...settings, providers: ['anthropic'] })).not.toBe(base)
  expect(summaryFingerprintOf({ ...settings, artifactNames: ['agent', 'usage'] })).not.toBe(base)
  expect(summaryFingerprintOf({ ...settings, priceOverrides: { m: { input: 1, output: 2 } } })).not.toBe(base)
  // A catalogue fetched at run time is another catalogue than the bundled one.
  expect(summaryFingerprintOf({ ...settings, priceCatalogue: 'remote:etag-1' })).not.toBe(base)
})
