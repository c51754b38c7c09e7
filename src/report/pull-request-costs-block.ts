/**
 * The daily report's pull request rows, as a hidden block of their own in the report's "Pull requests" section:
 * each pull request's agent cost in the report's window. The pull request comments compare with the median of these
 * over 30 days, so no comment reads an artifact of another pull request.
 *
 * Format: `<!-- token-usage-analyzer:pull-requests v1 BASE64(JSON) -->`. Validated on the way back in (anyone with
 * write access can edit an issue body); one that does not validate is left out with a reason.
 */
import { z } from 'zod'

const BLOCK_PATTERN = /<!-- token-usage-analyzer:pull-requests v(\d+) ([A-Za-z0-9+/=]*) -->/g
const VERSION = 1

const blockSchema = z.strictObject({
  v: z.literal(VERSION),
  rows: z
    .array(
      z.strictObject({
        n: z.number().int().min(1),
        runs: z.number().int().min(0),
        usd: z.number().finite().min(0).max(1e9),
      }),
    )
    .max(10_000),
})

/** One pull request's agent runs in a daily report's window. */
export interface PullRequestCostRow {
  number: number
  runs: number
  costUsd: number
}

export function pullRequestCostsBlockOf(rows: readonly PullRequestCostRow[]): string {
  const json = JSON.stringify({
    v: VERSION,
    rows: rows.map((row) => ({ n: row.number, runs: row.runs, usd: Math.round(row.costUsd * 1e6) / 1e6 })),
  })
  return `<!-- token-usage-analyzer:pull-requests v${VERSION} ${Buffer.from(json, 'utf8').toString('base64')} -->`
}

export type CostsReading =
  { status: 'ok'; rows: PullRequestCostRow[] } | { status: 'missing' } | { status: 'invalid'; reason: string }

export function readPullRequestCosts(body: string): CostsReading {
  const matches = [...body.matchAll(BLOCK_PATTERN)]
  if (matches.length === 0) return { status: 'missing' }
  if (matches.length > 1) return { status: 'invalid', reason: `${matches.length} pull request blocks, expected 1` }
  const [, version, encoded] = matches[0]
  if (Number(version) !== VERSION) return { status: 'invalid', reason: `version v${version} is not supported` }
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'))
  } catch (error) {
    return { status: 'invalid', reason: `it does not decode: ${(error as Error).message}` }
  }
  const parsed = blockSchema.safeParse(json)
  if (!parsed.success) return { status: 'invalid', reason: 'it does not validate' }
  return { status: 'ok', rows: parsed.data.rows.map((row) => ({ number: row.n, runs: row.runs, costUsd: row.usd })) }
}
