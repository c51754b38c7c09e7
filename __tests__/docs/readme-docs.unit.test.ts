import { readFileSync } from 'node:fs'
import { actionDocTables, readmeWithActionDocs } from '../../src/docs/action-docs.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

test('README documents every input and output of action.yml (run `npm run docs` to fix)', () => {
  const readme = read('README.md')
  expect(readmeWithActionDocs(readme, read('action.yml'))).toBe(readme)
})

test('tables keep pipes and newlines of descriptions inside their cell', () => {
  const tables = actionDocTables('inputs:\n  a:\n    description: "x | y\\nz"\n    default: "1"\noutputs: {}\n')
  expect(tables.inputs.split('\n')[2]).toBe('| `a` | x \\| y z | `1` |')
})
