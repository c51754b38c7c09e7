// docs/example-report.md is what the bundled action writes today: regenerated here, compared with the committed file.
import { readFile } from 'node:fs/promises'
import { EXAMPLE_REPORT, exampleReport } from '../../scripts/example-report.js'

test('docs/example-report.md is fresh (run `npm run docs:example` after rebuilding dist/)', async () => {
  const committed = await readFile(EXAMPLE_REPORT, 'utf8')
  expect(await exampleReport()).toBe(committed)
})
