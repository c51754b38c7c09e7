// compare --update-prices, as report's: both sides priced with the remote catalogue (from
// TOKEN_USAGE_ANALYZER_PRICES_URL, a local server here), which the log names.
import { waitForUpdate } from '@pydantic/genai-prices'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Command } from 'commander'
import { compareCommand } from '../../src/cli/compare-command.js'
import { runProgram } from '../../src/cli/run-program.js'
import { useBundledPrices } from '../../src/usage/price-catalogue.js'

const examples = resolve(import.meta.dirname, '../../examples/artifacts')
let server: Server
let requests = 0
let catalogueUrl: string

beforeAll(async () => {
  const body = JSON.stringify(await waitForUpdate())
  server = createServer((_req, res) => {
    requests++
    res.writeHead(200, { 'content-type': 'application/json', etag: '"cmp1"' }).end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  catalogueUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.json`
})

afterAll(async () => {
  await useBundledPrices()
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

async function compare(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }
  const program = new Command('token-usage-analyzer').addCommand(
    compareCommand(io, { TOKEN_USAGE_ANALYZER_PRICES_URL: catalogueUrl }),
  )
  const code = await runProgram(program, ['compare', examples, ...args], io)
  return { code, out, err }
}

test('compare --update-prices loads the remote catalogue once and says so', async () => {
  const sides = ['--a-workflow', 'smoke-claude', '--b-workflow', 'smoke-copilot', '-f', 'json']
  const bundled = await compare(...sides)
  expect(bundled.code).toBe(0)
  expect(requests).toBe(0)
  const remote = await compare(...sides, '--update-prices')
  expect(remote).toMatchObject({ code: 0 })
  expect(requests).toBe(1)
  expect(remote.err).toContain('Prices: the remote catalogue "cmp1".')
  // The same catalogue served remotely prices the same: the comparison does not change.
  expect(JSON.parse(remote.out)).toEqual(JSON.parse(bundled.out))
})
