/**
 * The one codec of the hidden data blocks a report carries at the end of its body, daily and rollup alike:
 *   <!-- token-usage-analyzer:<kind> v<version> BASE64(GZIP(JSON)) -->
 * Base64 holds no `-` and no `>`, so no content can close the comment early, and GitHub keeps HTML comments of an
 * issue body verbatim (they are hidden when rendered). Gzip keeps per-run rows small against the 65,536-char limit.
 * Issue bodies can be edited by anyone with write access, so a block is validated with zod on the way back in and
 * anything that does not decode and validate is ignored with a reason, never trusted.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import type { z } from 'zod'
import { describeSchemaIssue } from '../usage/schema-wording.js'

/** `data` is a daily report's block, `rollup-data` a rollup's. */
export type DataBlockKind = 'data' | 'rollup-data'

export interface DataBlockCodec<T> {
  kind: DataBlockKind
  /** Versions that still read (a block of any of them reads into the current shape). */
  versions: readonly number[]
  schema: z.ZodType<T>
  /** A decoded block larger than this is refused (a gzip bomb in an edited body must not exhaust memory). */
  maxDecodedBytes: number
}

export type DataBlockReading<T> =
  { status: 'ok'; block: T } | { status: 'missing' } | { status: 'invalid'; reason: string }

const patternOf = (kind: DataBlockKind): RegExp =>
  new RegExp(String.raw`<!-- token-usage-analyzer:${kind} v(\d+) ([A-Za-z0-9+/=]*) -->`, 'g')

/** The one-line hidden block of a value of version `version`. */
export function encodeDataBlock(kind: DataBlockKind, version: number, value: unknown): string {
  const encoded = gzipSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64')
  return `<!-- token-usage-analyzer:${kind} v${version} ${encoded} -->`
}

/** Reads the block of `codec.kind` back from a body; anything that does not decode and validate says why. */
export function decodeDataBlock<T>(body: string, codec: DataBlockCodec<T>): DataBlockReading<T> {
  const what = codec.kind === 'data' ? 'the data block' : 'the rollup data block'
  const matches = [...body.matchAll(patternOf(codec.kind))]
  if (matches.length === 0) {
    return body.includes(`token-usage-analyzer:${codec.kind}`)
      ? { status: 'invalid', reason: `${what} is malformed (not base64 inside the comment)` }
      : { status: 'missing' }
  }
  if (matches.length > 1)
    return { status: 'invalid', reason: `the body holds ${matches.length} data blocks, expected 1` }
  const [, version, encoded] = matches[0]
  if (!codec.versions.includes(Number(version))) {
    const expected = codec.versions.map((v) => `v${v}`).join(' or ')
    return { status: 'invalid', reason: `${what} version v${version} is not supported (expected ${expected})` }
  }
  let json: unknown
  try {
    const text = gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: codec.maxDecodedBytes }).toString('utf8')
    json = JSON.parse(text)
  } catch (error) {
    return { status: 'invalid', reason: `${what} does not decode: ${(error as Error).message}` }
  }
  const inner = typeof json === 'object' && json !== null ? (json as { v?: unknown }).v : undefined
  if (inner !== Number(version)) {
    return { status: 'invalid', reason: `${what} says v${version} outside but v${String(inner)} inside` }
  }
  const parsed = codec.schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.map(String).join('.')
    return {
      status: 'invalid',
      reason: `${what} fails validation${where ? ` at '${where}'` : ''}: ${describeSchemaIssue(issue, 'the data')}`,
    }
  }
  return { status: 'ok', block: parsed.data }
}
