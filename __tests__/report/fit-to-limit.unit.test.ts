import { fitToLimit, sizeOf, type RenderedParts, type Reduction } from '../../src/report/fit-to-limit.js'
import { CUT_NOTICE } from '../../src/report/markdown-report.js'

/** A report-like body: a paragraph, a collapsed section of 300 rows, another paragraph. */
function bodyOf(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `- run ${i}: artifact expired`)
  return [
    '### Overview',
    'text',
    '<details>\n<summary>Runs</summary>',
    lines.join('\n\n'),
    '</details>',
    '### More',
    '',
  ].join('\n\n')
}

const parts = (rows: number, omitted: readonly string[]): RenderedParts => ({
  head: omitted.length > 0 ? `> Left out: ${omitted.join('; ')}\n\n` : '',
  body: bodyOf(rows),
  tail: 'EXTRA\n',
  keep: '<!-- data -->\n',
})

test('a cut inside a collapsed section closes it, so the note and extras stay outside', () => {
  const uncut = parts(300, []).body
  const sectionStart = uncut.indexOf('<summary>Runs</summary>')
  const limit = sectionStart + 2_000
  expect(limit).toBeLessThan(uncut.length)
  const { text: cut, omitted } = fitToLimit(300, {
    limit: { max: limit, unit: 'characters', label: 'test' },
    reductions: [],
    render: parts,
    cutNotice: CUT_NOTICE,
  })
  expect(cut.length).toBeLessThanOrEqual(limit)
  expect(cut).toContain('The report was cut to fit the size limit')
  expect(cut.split('<details>').length).toBe(cut.split('</details>').length)
  expect(cut.lastIndexOf('</details>')).toBeLessThan(cut.indexOf('The report was cut'))
  expect(cut.indexOf('The report was cut')).toBeLessThan(cut.indexOf('EXTRA'))
  expect(cut.endsWith('<!-- data -->\n')).toBe(true)
  expect(omitted).toEqual(['the end of the report (cut at a paragraph)'])
})

test('reductions apply in order until the text fits, and each names what it left out', () => {
  const halve: Reduction<number> = (rows) =>
    rows > 1 ? { value: Math.floor(rows / 2), omitted: `rows beyond ${Math.floor(rows / 2)}` } : null
  const target = sizeOf(parts(40, ['x', 'x', 'x']).head + bodyOf(40), 'characters') + 100
  const fitted = fitToLimit(300, {
    limit: { max: target, unit: 'characters', label: 'test' },
    reductions: [halve, halve, halve, halve, halve],
    render: parts,
    cutNotice: CUT_NOTICE,
  })
  // 300 → 150 → 75 → 37: the first that fits.
  expect(fitted.value).toBe(37)
  expect(fitted.omitted).toEqual(['rows beyond 150', 'rows beyond 75', 'rows beyond 37'])
  expect(fitted.cut).toBe(false)
  expect(fitted.text.length).toBeLessThanOrEqual(target)
})

test('a byte limit counts UTF-8 bytes and never splits a character', () => {
  const wide = (_: number, omitted: readonly string[]): RenderedParts => ({
    head: omitted.length > 0 ? 'NOTE\n\n' : '',
    body: Array.from({ length: 200 }, (_, i) => `段落${i}：${'漢字'.repeat(20)}`).join('\n\n'),
    tail: '',
    keep: '',
  })
  const fitted = fitToLimit(0, {
    limit: { max: 5_000, unit: 'bytes', label: 'test' },
    reductions: [],
    render: wide,
    cutNotice: '\n\nCUT\n',
  })
  expect(Buffer.byteLength(fitted.text)).toBeLessThanOrEqual(5_000)
  expect(fitted.text.length).toBeLessThan(5_000 / 2)
  expect(fitted.text).not.toContain('\uFFFD')
  expect(fitted.text.endsWith('CUT\n')).toBe(true)
})

test('a cut never leaves a heading without its section', () => {
  const body = ['### A', 'text a', '### B', 'x'.repeat(500), ''].join('\n\n')
  const fitted = fitToLimit(0, {
    limit: { max: 60, unit: 'characters', label: 'test' },
    reductions: [],
    render: () => ({ head: '', body, tail: '', keep: '' }),
    cutNotice: '\n\nCUT\n',
  })
  expect(fitted.text).toBe('### A\n\ntext a\n\nCUT\n')
})
