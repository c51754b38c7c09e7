// The `repositories` input: owner/name, owner/* and !owner/name, newline- or comma-separated; empty is the
// `repository` input alone; a bad entry is quoted in the error. And the selection it makes of owners' listings.
import { parseRepositorySelection } from '../../src/settings/repositories-input.js'
import { selectRepositories } from '../../src/organisation/repository-selection.js'

test('empty is no organisation report', () => {
  expect(parseRepositorySelection('')).toBeNull()
  expect(parseRepositorySelection(' \n , ')).toBeNull()
})

test('names, wildcards and exclusions, either separator', () => {
  expect(parseRepositorySelection('acme/web, acme/*\n!acme/old\nother/api')).toEqual({
    named: [
      { owner: 'acme', repo: 'web' },
      { owner: 'other', repo: 'api' },
    ],
    owners: ['acme'],
    excluded: [{ owner: 'acme', repo: 'old' }],
  })
})

test.each([
  ['acme', "Invalid input 'repositories': 'acme'. Expected owner/name, owner/* or !owner/name"],
  ['acme/web/x', "Invalid input 'repositories': 'acme/web/x'."],
  ['!acme/*', "Invalid input 'repositories': '!acme/*'. A wildcard cannot be left out"],
  ['*/web', "Invalid input 'repositories': '*/web'."],
  ['!acme/web', 'only leaves repositories out'],
])('%s is refused, quoted', (text, message) => {
  expect(() => parseRepositorySelection(`acme/ok\n${text}`.replace(/^acme\/ok\n(!acme\/web)$/, '$1'))).toThrow(message)
})

test('a wildcard takes the unarchived repositories; named archived ones and exclusions win; sorted and unique', () => {
  const selection = parseRepositorySelection('acme/*, acme/Legacy, !acme/web, acme/api')!
  const listing = [
    { owner: 'acme', repo: 'web', archived: false },
    { owner: 'acme', repo: 'zeta', archived: false },
    { owner: 'acme', repo: 'api', archived: false },
    { owner: 'acme', repo: 'legacy', archived: true },
    { owner: 'acme', repo: 'old', archived: true },
  ]
  expect(selectRepositories(selection, new Map([['acme', listing]]))).toEqual({
    repositories: ['acme/api', 'acme/Legacy', 'acme/zeta'],
    archivedSkipped: ['acme/old'],
  })
})
