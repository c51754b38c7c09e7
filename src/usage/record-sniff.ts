/**
 * Whether a `.jsonl` file of another name holds token-usage records: what `log --file` writes and files renamed by
 * hand are read like `token-usage.jsonl`, while other JSON lines files (a chat transcript, an audit log) are not.
 */
import { open } from 'node:fs/promises'

/** Enough for the first line of any record (a few hundred bytes) with room to spare. */
const SNIFF_BYTES = 64 * 1024

/** True when the file's first non-empty line is a JSON object with a model and token counts, as every record has. */
export async function holdsUsageRecords(path: string): Promise<boolean> {
  let text: string
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0)
    text = buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
  const first = text.split('\n').find((line) => line.trim() !== '')
  if (first === undefined) return false
  try {
    const value: unknown = JSON.parse(first)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    return (
      typeof record.model === 'string' &&
      typeof record.input_tokens === 'number' &&
      typeof record.output_tokens === 'number'
    )
  } catch {
    return false
  }
}
