// `npm run build` runs this first: writes the price table the bundle prices with (src/usage/price-catalogue-data.json)
// from the installed @pydantic/genai-prices, so a start-up parses JSON instead of compiling the catalogue's 0.83 MB
// of JavaScript. Deterministic (the catalogue's own order, no dates), so the same package version writes the same
// bytes and `.ci/run`'s check that dist/ is current still means something; the file is rewritten only when it
// changed. A test checks the committed file against the installed package.
//   npx tsx scripts/generate-price-table.ts [--check]
import { waitForUpdate, type Provider } from '@pydantic/genai-prices'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { priceTableOf, storedPriceTable, type CatalogueProvider } from '../src/usage/price-catalogue-table.js'
import { PRICE_CATALOGUE_VERSION } from '../src/versions.js'

const file = fileURLToPath(new URL('../src/usage/price-catalogue-data.json', import.meta.url))
const providers = (await waitForUpdate()) as Provider[]
const zeros: string[] = []
const table = priceTableOf(providers as unknown as CatalogueProvider[], PRICE_CATALOGUE_VERSION, zeros)
for (const zero of zeros) console.warn(`warning: the bundled catalogue's ${zero}`)
const text = `${JSON.stringify(storedPriceTable(table))}\n`

let current = ''
try {
  current = readFileSync(file, 'utf8')
} catch {
  // First build: no table yet.
}
if (current === text) {
  console.log(`price table current: ${PRICE_CATALOGUE_VERSION}, ${text.length} bytes`)
} else if (process.argv.includes('--check')) {
  console.error(`${file} is stale: run 'npm run build'`)
  process.exitCode = 1
} else {
  writeFileSync(file, text)
  console.log(`price table written: ${PRICE_CATALOGUE_VERSION}, ${text.length} bytes`)
}
