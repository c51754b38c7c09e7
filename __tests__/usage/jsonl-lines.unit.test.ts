import fc from 'fast-check'
import { Readable } from 'node:stream'
import { readJsonlLines } from '../../src/usage/jsonl-lines.js'

/** Feeds `bytes` as the given chunk sizes (cycled), like a file or network stream would. */
function chunked(bytes: Buffer, sizes: number[] = [bytes.length || 1]): Readable {
  const chunks: Buffer[] = []
  let pos = 0
  for (let i = 0; pos < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]!)
    chunks.push(bytes.subarray(pos, pos + size))
    pos += size
  }
  return Readable.from(chunks)
}

async function collect(bytes: Buffer, sizes?: number[], max?: number) {
  const lines: { text: string; n: number; unterminated: boolean }[] = []
  const tooLong: { n: number; bytes: number }[] = []
  const counts = await readJsonlLines(
    chunked(bytes, sizes),
    {
      onLine: (text, n, unterminated) => lines.push({ text, n, unterminated }),
      onTooLong: (n, b) => tooLong.push({ n, bytes: b }),
    },
    max,
  )
  return { lines, tooLong, counts }
}

describe('readJsonlLines', () => {
  test('CRLF, a UTF-8 BOM, blank lines and a truncated last line', async () => {
    const text = '\uFEFF{"a":1}\r\n\r\n   \n{"b":"é"}\n{"c":'
    for (const sizes of [[1000], [1], [2, 3], [4]]) {
      const { lines, counts } = await collect(Buffer.from(text, 'utf8'), sizes)
      expect(lines).toEqual([
        { text: '{"a":1}', n: 1, unterminated: false },
        { text: '{"b":"é"}', n: 4, unterminated: false },
        { text: '{"c":', n: 5, unterminated: true },
      ])
      expect(counts).toEqual({ lines: 5, blankLines: 2, tooLongLines: 0 })
    }
  })

  test('an empty stream has no lines; a final newline does not make an extra line', async () => {
    expect((await collect(Buffer.alloc(0))).counts.lines).toBe(0)
    expect((await collect(Buffer.from('{}\n'))).counts).toEqual({ lines: 1, blankLines: 0, tooLongLines: 0 })
  })

  test('a line over the limit is skipped and counted with its size, whatever the chunking', async () => {
    const long = `{"x":"${'y'.repeat(200)}"}`
    const text = `{"a":1}\n${long}\n{"b":2}\n${long}`
    for (const sizes of [[10_000], [7], [64]]) {
      const { lines, tooLong, counts } = await collect(Buffer.from(text), sizes, 100)
      expect(lines.map((l) => l.text)).toEqual(['{"a":1}', '{"b":2}'])
      expect(tooLong).toEqual([
        { n: 2, bytes: long.length },
        { n: 4, bytes: long.length },
      ])
      expect(counts).toEqual({ lines: 4, blankLines: 0, tooLongLines: 2 })
    }
  })

  test('big ASCII chunks with lines of many sizes (the decoded-region path) give the same lines as bytes', async () => {
    const sizes = [10, 70_000, 3, 200_000, 64 * 1024, 64 * 1024 - 1, 500, 130_000]
    const expected = sizes.map((n, i) => `{"i":${i},"p":"${'x'.repeat(n)}"}`)
    const text = expected.join('\n') + '\n'
    for (const chunk of [[1024 * 1024], [100_000], [65_537]]) {
      const { lines, counts } = await collect(Buffer.from(text), chunk, 1024 * 1024)
      expect(lines.map((l) => l.text)).toEqual(expected)
      expect(lines.map((l) => l.n)).toEqual(expected.map((_, i) => i + 1))
      expect(counts).toEqual({ lines: sizes.length, blankLines: 0, tooLongLines: 0 })
    }
  })

  test('a huge line is not buffered: memory stays flat while 64 MiB without a newline stream past', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61)
    let sent = 0
    const before = process.memoryUsage().arrayBuffers
    let peak = before
    const source = new Readable({
      read() {
        peak = Math.max(peak, process.memoryUsage().arrayBuffers)
        if (sent === 64) {
          this.push('\n{"ok":true}\n')
          this.push(null)
        } else {
          sent++
          this.push(chunk)
        }
      },
    })
    const seen: string[] = []
    const counts = await readJsonlLines(source, { onLine: (text) => seen.push(text) }, 1024 * 1024)
    expect(counts).toEqual({ lines: 2, blankLines: 0, tooLongLines: 1 })
    expect(seen).toEqual(['{"ok":true}'])
    expect(peak - before).toBeLessThan(16 * 1024 * 1024)
  })

  test('for any bytes in any chunking it never throws and every line is counted once (property)', async () => {
    const bytes = fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a))
    // Bias towards the bytes that matter: newlines, CR, BOM pieces, braces.
    const interesting = fc
      .array(fc.constantFrom(10, 13, 0xef, 0xbb, 0xbf, 123, 125, 32, 97), { maxLength: 400 })
      .map((a) => Buffer.from(a))
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(bytes, interesting),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        async (input, sizes, max) => {
          const { lines, counts } = await collect(input, sizes, max)
          const newlines = input.filter((b) => b === 10).length
          const expectedLines = newlines + (input.length > 0 && input[input.length - 1] !== 10 ? 1 : 0)
          expect(counts.lines).toBe(expectedLines)
          expect(lines.length + counts.blankLines + counts.tooLongLines).toBe(counts.lines)
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  })
})
