import { isAscii } from 'node:buffer'

/**
 * Streaming JSONL line splitter. Works on bytes: a line is decoded only when it is complete and within
 * `maxLineBytes`; a longer line is skipped as it streams past (never buffered whole). Handles CRLF, a UTF-8 BOM on
 * the first line, blank lines and a last line without its newline (a writer killed mid-line).
 */

export const defaultMaxLineBytes = 1024 * 1024

export interface LineCounts {
  /** Every line seen, including blank and too-long ones. */
  lines: number
  blankLines: number
  tooLongLines: number
}

export interface LineHandlers {
  /** A non-blank line within the limit. `unterminated` is true for a last line without a newline. */
  onLine(text: string, lineNumber: number, unterminated: boolean): void
  onTooLong?(lineNumber: number, bytes: number): void
}

const NEWLINE = 10
const CARRIAGE_RETURN = 13
const OPEN_BRACE = 123
const regionBytes = 64 * 1024

export async function readJsonlLines(
  stream: NodeJS.ReadableStream | AsyncIterable<Buffer | string>,
  handlers: LineHandlers,
  maxLineBytes: number = defaultMaxLineBytes,
): Promise<LineCounts> {
  const counts: LineCounts = { lines: 0, blankLines: 0, tooLongLines: 0 }
  const { onLine, onTooLong } = handlers
  // Bytes of the current line seen in earlier chunks (only while it is within the limit).
  let carry: Buffer[] = []
  let carryBytes = 0
  // The current line is over the limit: its bytes are counted and dropped until the next newline.
  let skipping = false
  let skippedBytes = 0

  const emit = (buf: Buffer, start: number, end: number, unterminated: boolean): void => {
    const lineNumber = counts.lines
    if (end > start && buf[end - 1] === CARRIAGE_RETURN) end--
    let text = buf.toString('utf8', start, end)
    if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.charCodeAt(0) !== OPEN_BRACE && text.trim() === '') {
      counts.blankLines++
      return
    }
    onLine(text, lineNumber, unterminated)
  }
  const tooLong = (bytes: number): void => {
    counts.tooLongLines++
    onTooLong?.(counts.lines, bytes)
  }

  /** A line found in a decoded region where chars and bytes correspond one to one. */
  const emitText = (text: string, start: number, end: number): void => {
    if (end - start > maxLineBytes) {
      tooLong(end - start)
      return
    }
    if (end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN) end--
    const line = text.slice(start, end)
    // A record starts with `{`, so only other lines need the trim that tells a blank one.
    if (text.charCodeAt(start) !== OPEN_BRACE && line.trim() === '') counts.blankLines++
    else onLine(line, counts.lines, false)
  }

  /** Lines in buf[pos, last], `last` being a newline, byte by byte. */
  const emitBytes = (buf: Buffer, pos: number, last: number): void => {
    while (pos <= last) {
      const nl = buf.indexOf(NEWLINE, pos)
      counts.lines++
      if (nl - pos > maxLineBytes) tooLong(nl - pos)
      else emit(buf, pos, nl, false)
      pos = nl + 1
    }
  }

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    let pos = 0
    // First, the end of a line begun in an earlier chunk.
    if (skipping || carryBytes > 0) {
      const nl = buf.indexOf(NEWLINE)
      if (nl === -1) {
        pos = 0
      } else {
        counts.lines++
        if (skipping) {
          tooLong(skippedBytes + nl)
          skipping = false
          skippedBytes = 0
        } else {
          const length = carryBytes + nl
          if (length > maxLineBytes) {
            tooLong(length)
          } else {
            carry.push(buf.subarray(0, nl))
            const line = Buffer.concat(carry, length)
            emit(line, 0, line.length, false)
          }
          carry = []
          carryBytes = 0
        }
        pos = nl + 1
      }
    }
    // Then every complete line of the chunk. The hot path checks the region is ASCII (as real files are; SIMD
    // fast), decodes it once as latin1 (a plain copy) and slices lines from it: chars are bytes there. Anything
    // else goes byte by byte through the UTF-8 decoder.
    if (!skipping && carryBytes === 0) {
      const last = buf.lastIndexOf(NEWLINE)
      while (last >= pos) {
        // Regions of at most 64 KiB: their strings stay in V8's young generation instead of piling up in the
        // large-object space, which kept peak RSS ~30 MB higher on a 1 GB file.
        let end = last
        if (last - pos >= regionBytes) {
          end = buf.lastIndexOf(NEWLINE, pos + regionBytes)
          if (end < pos) end = buf.indexOf(NEWLINE, pos + regionBytes)
        }
        const region = buf.subarray(pos, end + 1)
        if (counts.lines > 0 && isAscii(region)) {
          const text = region.toString('latin1')
          let i = 0
          while (i < text.length) {
            const nl = text.indexOf('\n', i)
            counts.lines++
            emitText(text, i, nl)
            i = nl + 1
          }
        } else {
          emitBytes(buf, pos, end)
        }
        pos = end + 1
      }
    }
    if (pos < buf.length) {
      const rest = buf.length - pos
      if (skipping) {
        skippedBytes += rest
      } else if (carryBytes + rest > maxLineBytes) {
        skipping = true
        skippedBytes = carryBytes + rest
        carry = []
        carryBytes = 0
      } else {
        // Copy: a view would keep the whole (up to 1 MiB) chunk alive.
        carry.push(Buffer.from(buf.subarray(pos)))
        carryBytes += rest
      }
    }
  }
  if (skipping) {
    counts.lines++
    tooLong(skippedBytes)
  } else if (carryBytes > 0) {
    counts.lines++
    const line = Buffer.concat(carry, carryBytes)
    emit(line, 0, line.length, true)
  }
  return counts
}
