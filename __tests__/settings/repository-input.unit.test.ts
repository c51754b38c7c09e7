import { parseRepository } from '../../src/settings/repository-input.js'

test('owner/name splits in two, around spaces', () => {
  expect(parseRepository(' github/gh-aw.docs ')).toEqual({ owner: 'github', repo: 'gh-aw.docs' })
})

test.each(['', 'github', 'a/b/c', 'a /b', 'https://github.com/a/b'])('%j is not a repository', (text) => {
  expect(parseRepository(text)).toBeUndefined()
})
