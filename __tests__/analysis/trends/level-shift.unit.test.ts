import { findLevelShift, type DatedSamples } from '../../../src/analysis/trends/level-shift.js'

const day = (n: number): string => `2026-04-${String(n).padStart(2, '0')}`
const windows = (levels: (number[] | number)[]): DatedSamples[] =>
  levels.map((v, i) => ({ date: day(10 + i), values: typeof v === 'number' ? [v * 0.9, v, v * 1.1] : v }))

describe('findLevelShift', () => {
  it('finds the first window of a step', () => {
    const shift = findLevelShift(windows([0.22, 0.22, 0.22, 0.22, 0.22, 0.22, 0.22, 0.07, 0.07, 0.07]))
    expect(shift).toEqual({ since: '2026-04-17', index: 7, before: 0.22, after: 0.07 })
  })

  it('finds a step in the last window (the change began today)', () => {
    expect(findLevelShift(windows([1, 1, 1, 1, 1, 1, 1, 2]))?.since).toBe('2026-04-17')
  })

  it('is not moved by a lone noisy window before the change, nor by one outlier run', () => {
    const levels = windows([1, 1, 1, 2, 1, 1, 1, 2, 2, 2])
    expect(findLevelShift(levels)?.since).toBe('2026-04-17')
    const outlier = windows([1, 1, [1, 1, 50], 1, 1, 2, 2])
    expect(findLevelShift(outlier)?.since).toBe('2026-04-15')
  })

  it('only accepts a shift in the given direction', () => {
    // Up from 1 to 3 on the 14th, then down to 0.5 on the 18th (today). The best single split is the rise, but today
    // is not at its level: the current level holds since the 18th, and it is a fall, not a rise.
    const levels = windows([1, 1, 1, 1, 3, 3, 3, 3, 0.5])
    expect(findLevelShift(levels)?.since).toBe('2026-04-18')
    expect(findLevelShift(levels, { direction: 'down' })?.since).toBe('2026-04-18')
    expect(findLevelShift(levels, { direction: 'up' })).toBeNull()
    // A rise that still holds today.
    expect(findLevelShift(windows([1, 1, 1, 1, 3, 3, 3, 3, 2.8]), { direction: 'up' })?.since).toBe('2026-04-14')
  })

  it('skips windows without runs and returns null with fewer than two windows with runs', () => {
    const gaps: DatedSamples[] = [
      { date: '2026-04-10', values: [5, 5, 5] },
      { date: '2026-04-11', values: [] },
      { date: '2026-04-12', values: [9, 9] },
      { date: '2026-04-13', values: [9] },
    ]
    expect(findLevelShift(gaps)).toEqual({ since: '2026-04-12', index: 2, before: 5, after: 9 })
    expect(
      findLevelShift([
        { date: 'a', values: [1] },
        { date: 'b', values: [] },
      ]),
    ).toBeNull()
    expect(findLevelShift([])).toBeNull()
  })

  it('returns null when no split moves the given way', () => {
    expect(findLevelShift(windows([1, 1, 2, 2]), { direction: 'down' })).toBeNull()
  })

  it('quotes a value that is not a finite number', () => {
    expect(() => findLevelShift([{ date: '2026-04-10', values: [Number.NaN] }])).toThrow(
      'window 2026-04-10 has a value that is not a finite number: NaN',
    )
  })
})
