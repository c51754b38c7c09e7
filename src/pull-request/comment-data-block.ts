/**
 * The pull request comment's marker and hidden data block. The comment starts with the marker (a comment that
 * merely quotes it elsewhere is not ours); the block, one line at the end, holds the runs so far, so each event
 * downloads only its own run's artifact and the numbers never come from parsing the rendered markdown back.
 *
 * Format: `<!-- token-usage-analyzer:pr-data v1 BASE64(GZIP(JSON)) -->`. Base64 holds no `-` or `>`, so nothing can
 * close the HTML comment early. Anyone with write access can edit the comment, so the block is validated on the way
 * back in; one that does not validate is named and the record starts empty, never trusted.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { describeSchemaIssue } from '../usage/schema-wording.js'
import type { PullRequestRecord } from './pull-request-runs.js'

/** The first line of every comment the mode writes. */
export const PULL_REQUEST_MARKER = '<!-- token-usage-analyzer:pull-request -->'

const BLOCK_PATTERN = /<!-- token-usage-analyzer:pr-data v(\d+) ([A-Za-z0-9+/=]*) -->/g
const VERSION = 1
/** A decoded block larger than this is refused (a gzip bomb in an edited comment must not exhaust memory). */
const MAX_DECODED_BYTES = 4 * 1024 * 1024

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const text = (max: number) => z.string().max(max)

const runSchema = z.strictObject({
  runId: text(100).min(1),
  attempt: z.number().int().min(1).max(1000),
  workflow: text(1000),
  url: text(2000),
  conclusion: text(40),
  state: text(40).min(1),
  hasData: z.boolean(),
  requests: count,
  totalTokens: count,
  costUsd: z.number().finite().min(0).max(1e9),
  aiCredits: z.number().finite().min(0).max(1e12).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
})

const recordSchema = z.strictObject({
  v: z.literal(VERSION),
  number: z.number().int().min(1),
  runs: z.array(runSchema).max(10_000),
})

/** True when the body is one of our comments: it starts with the marker. */
export function isPullRequestComment(body: string): boolean {
  return body.trimStart().startsWith(PULL_REQUEST_MARKER)
}

/** The one-line hidden data block for a record. */
export function dataBlockOf(record: PullRequestRecord): string {
  const json = JSON.stringify({ v: VERSION, number: record.number, runs: record.runs })
  return `<!-- token-usage-analyzer:pr-data v${VERSION} ${gzipSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64')} -->`
}

export type RecordReading = { status: 'ok'; record: PullRequestRecord } | { status: 'invalid'; reason: string }

/** Reads the record back from a comment body; a body without a block is a record without runs. */
export function readRecord(body: string, number: number): RecordReading {
  const matches = [...body.matchAll(BLOCK_PATTERN)]
  if (matches.length === 0) {
    return body.includes('token-usage-analyzer:pr-data')
      ? { status: 'invalid', reason: 'the data block is malformed (not base64 inside the comment)' }
      : { status: 'ok', record: { number, runs: [] } }
  }
  if (matches.length > 1)
    return { status: 'invalid', reason: `the comment holds ${matches.length} data blocks, expected 1` }
  const [, version, encoded] = matches[0]
  if (Number(version) !== VERSION) {
    return { status: 'invalid', reason: `data block version v${version} is not supported (expected v${VERSION})` }
  }
  let json: unknown
  try {
    json = JSON.parse(
      gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_DECODED_BYTES }).toString('utf8'),
    )
  } catch (error) {
    return { status: 'invalid', reason: `the data block does not decode: ${(error as Error).message}` }
  }
  const parsed = recordSchema.safeParse(json)
  if (!parsed.success)
    return { status: 'invalid', reason: `the data block ${describeSchemaIssue(parsed.error.issues[0])}` }
  if (parsed.data.number !== number) {
    return { status: 'invalid', reason: `the data block is of pull request #${parsed.data.number}, not #${number}` }
  }
  return { status: 'ok', record: { number, runs: parsed.data.runs } }
}
