import { SPARKLINE_GAP, sparkline } from '../../src/report/sparkline.js'

describe('sparkline', () => {
  it('starts the scale at 0: half the maximum draws at half height, not at the bottom', () => {
    // 0.88 / 1.83 = 0.48 of the scale → level round(0.48 × 7) = 3 → ▄; a min-based scale would give ▁.
    expect(sparkline([0.88, 1.83])).toBe('▄█')
  })

  it('maps 0 to the lowest bar and the maximum to the highest, linearly in between', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█')
    expect(sparkline([7, 0])).toBe('█▁')
  })

  it('draws a gap for missing days and keeps them in place', () => {
    expect(sparkline([2, null, 4, undefined, Number.NaN])).toBe(`▅${SPARKLINE_GAP}█${SPARKLINE_GAP}${SPARKLINE_GAP}`)
  })

  it('handles empty, all-zero and all-missing inputs', () => {
    expect(sparkline([])).toBe('')
    expect(sparkline([0, 0, 0])).toBe('▁▁▁')
    expect(sparkline([null, null])).toBe(SPARKLINE_GAP.repeat(2))
  })

  it('shares a scale through max, clipping values above it', () => {
    expect(sparkline([1, 2], { max: 4 })).toBe('▃▅')
    expect(sparkline([8], { max: 4 })).toBe('█')
  })

  it('rejects negative and infinite values, quoting them', () => {
    expect(() => sparkline([1, -0.5])).toThrow('value #1 must be a finite number ≥ 0 (the scale starts at 0), got -0.5')
    expect(() => sparkline([Infinity])).toThrow('got Infinity')
  })
})
