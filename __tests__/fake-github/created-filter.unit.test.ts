// GitHub's date-range syntax as the fake server reads it for `created`.
import { isInRange, parseCreatedFilter } from '../support/fake-github/created-filter.js'

const t = (iso: string) => Date.parse(iso)

describe('parseCreatedFilter', () => {
  it.each([
    ['>=2026-04-01', t('2026-04-01T00:00:00Z'), Infinity],
    ['>2026-04-01', t('2026-04-02T00:00:00Z'), Infinity],
    ['<=2026-04-01', -Infinity, t('2026-04-02T00:00:00Z')],
    ['<2026-04-01', -Infinity, t('2026-04-01T00:00:00Z')],
    ['2026-04-01', t('2026-04-01T00:00:00Z'), t('2026-04-02T00:00:00Z')],
    ['2026-04-01..2026-04-03', t('2026-04-01T00:00:00Z'), t('2026-04-04T00:00:00Z')],
    ['*..2026-04-03T10:00:00Z', -Infinity, t('2026-04-03T10:00:00Z') + 1],
    ['2026-04-03T10:00:00+02:00..*', t('2026-04-03T08:00:00Z'), Infinity],
    // an unencoded `+` arrives as a space
    ['>=2026-04-03T10:00:00 02:00', t('2026-04-03T08:00:00Z'), Infinity],
    ['>=2026-04-03T10:00:00', t('2026-04-03T10:00:00Z'), Infinity],
  ])('%s', (value, from, to) => {
    expect(parseCreatedFilter(value)).toEqual({ from, to })
  })

  it.each(['>=yesterday', '2026-4-1', '>=', '2026-04-01..soon'])('rejects %s quoting it', (value) => {
    expect(() => parseCreatedFilter(value)).toThrow(/'/)
  })

  it('a range includes its lower bound and, for times, its upper bound', () => {
    const range = parseCreatedFilter('2026-04-01T00:00:00Z..2026-04-01T01:00:00Z')
    expect(isInRange('2026-04-01T00:00:00Z', range)).toBe(true)
    expect(isInRange('2026-04-01T01:00:00Z', range)).toBe(true)
    expect(isInRange('2026-04-01T01:00:01Z', range)).toBe(false)
    expect(isInRange('2026-03-31T23:59:59Z', range)).toBe(false)
  })
})
