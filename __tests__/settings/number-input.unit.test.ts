import { plainNumber } from '../../src/settings/number-input.js'

test.each([
  ['8', 8],
  [' 0.25 ', 0.25],
  ['.5', 0.5],
  ['0', 0],
])('%j is the number %d', (text, value) => {
  expect(plainNumber(text)).toBe(value)
})

test.each(['', ' ', '0x10', '1e3', '-1', '1.', 'ten', 'Infinity'])('%j is not a plain number', (text) => {
  expect(plainNumber(text)).toBeUndefined()
})
