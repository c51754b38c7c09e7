import { listInput } from '../../src/settings/list-input.js'

test('a list splits on commas and newlines; blank items are dropped', () => {
  expect(listInput(' a, b\n\nc ,, \r\nd')).toEqual(['a', 'b', 'c', 'd'])
})

test('an empty or blank list has no items', () => {
  expect(listInput('')).toEqual([])
  expect(listInput(' ,\n ')).toEqual([])
})
