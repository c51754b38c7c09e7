// The `github` CLI subcommand with today's records: its stderr summary prints the recorded AI credits beside the
// USD, and --update-prices loads the catalogue from TOKEN_USAGE_ANALYZER_PRICES_URL (a local server here) and names
// it in the report.
import { waitForUpdate } from '@pydantic/genai-prices'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jest } from '@jest/globals'
import { Command } from 'commander'
import { useBundledPrices } from '../../src/usage/price-catalogue.js'
import { jsonl, records, startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'

jest.setTimeout(60_000)

let h: CollectorHarness
let server: Server
let catalogueUrl: string
const credits = [0.4, 0.35, 0.125]

beforeAll(async () => {
  h = await startCollectorHarness()
  const body = JSON.stringify(await waitForUpdate())
  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json', etag: '"c1"' }).end(body),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  catalogueUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.json`
  const run = h.gh.addRun({ workflow: 'Credit Check', createdAt: new Date(Date.now() - 3_600_000) })
  const withCredits = records('copilot', 'claude-sonnet-4.6', 3).map((r, i) => ({
    ...r,
    ai_credits_this_response: credits[i],
  }))
  await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(withCredits) } })
})

afterAll(async () => {
  await useBundledPrices()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await h?.close()
})

async function cli(args: string[]) {
  const { githubCommand } = await import('../../src/cli/github-command.js')
  const { runProgram } = await import('../../src/cli/run-program.js')
  let out = ''
  let err = ''
  const io = { out: (text: string) => void (out += text), err: (text: string) => void (err += text) }
  const program = new Command('token-usage-analyzer').addCommand(
    githubCommand(io, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: h.gh.url, TOKEN_USAGE_ANALYZER_PRICES_URL: catalogueUrl }),
  )
  const status = await runProgram(program, args, io)
  return { status, out, err }
}

test('stderr prints AIC beside USD; --update-prices names the remote catalogue', async () => {
  const repo = `${h.gh.owner}/${h.gh.repo}`
  const result = await cli(['github', '--repo', repo, '--since', '1d', '-f', 'json', '--update-prices'])
  expect(result.status).toBe(0)
  const report = JSON.parse(result.out)
  const total = credits.reduce((a, b) => a + b, 0)
  expect(report.totals.aiCredits).toBeCloseTo(total, 9)
  expect(result.err).toContain(
    `Totals: 1 run (1 with token data), 3 requests, ${(report.totals.totalTokens / 1000).toFixed(1)}K tokens, $${report.totals.costUsd.toFixed(2)} · ${total.toFixed(2)} AIC recorded.`,
  )
  expect(report.prices).toEqual({ source: 'remote', version: '"c1"', fetchedAt: expect.any(String) })
})
