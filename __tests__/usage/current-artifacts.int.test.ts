// Artifacts as today's gh-aw and firewall write them: workflow_call hash prefixes, the firewall's audit copy of the
// token file, agent_usage.json totals (alone, agreeing, disagreeing), and artifacts that hold no usage. Every number
// of the RunSummary is checked against sums computed here from the records written.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { discoverLocalRuns } from '../../src/usage/discover-inputs.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import type { RunSummary } from '../../src/usage/run-summary.js'
import { summariseRun } from '../../src/usage/summarise-run.js'
import { jsonl, newerRecord } from './records.js'
import { zipBytes } from './zip-bytes.js'

type Fields = Record<string, unknown>
const priceBook = createPriceBook()
const logsPath = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'
const auditPath = 'sandbox/firewall/audit/api-proxy-logs/token-usage.jsonl'

/** Anthropic records (additive input), a routing call every 5th, a fallback every 7th, AIC on all. */
function anthropicRun(count: number): Fields[] {
  const records: Fields[] = []
  for (let i = 0; i < count; i++) {
    const routing = i % 5 === 4
    records.push(
      newerRecord(i, {
        provider: 'anthropic',
        model: routing ? 'claude-haiku-4-5' : 'claude-sonnet-4-6',
        input_tokens: 3 + i,
        output_tokens: 200 + 7 * i,
        cache_read_tokens: 40_000 + 100 * i,
        cache_write_tokens: 1_000 + i,
        reasoning_tokens: routing ? 0 : 50 + i,
        ai_credits_this_response: 1.5 + i / 10,
        ai_credits_total: 0,
        ai_credits_pricing_source: i % 2 === 0 ? 'curated' : 'models.dev',
        ...(routing ? { purpose: 'routing_classification' } : {}),
        ...(i % 7 === 3
          ? {
              model_fallback: {
                requested_model: 'claude-opus-4-6',
                model: 'claude-sonnet-4-6',
                from_model: 'claude-opus-4-6',
                failures: [{ model: 'claude-opus-4-6', reason: 'upstream_timeout' }],
                attempt: 2,
                reason: 'upstream_timeout',
              },
            }
          : {}),
      }),
    )
  }
  return records
}

const sum = (records: Fields[], field: string): number =>
  records.reduce((n, r) => n + ((r[field] as number | undefined) ?? 0), 0)

/** agent_usage.json as gh-aw's parse_token_usage.cjs writes it: raw sums of every record of the token files. */
function aggregateOf(records: Fields[], change: Fields = {}): string {
  return JSON.stringify({
    input_tokens: sum(records, 'input_tokens'),
    output_tokens: sum(records, 'output_tokens'),
    cache_read_tokens: sum(records, 'cache_read_tokens'),
    cache_write_tokens: sum(records, 'cache_write_tokens'),
    ambient_context: 4003,
    ai_credits: Number(sum(records, 'ai_credits_this_response').toFixed(3)),
    primary_model: 'claude-sonnet-4-6',
    ...change,
  })
}

let root: string
let runs: Map<string, RunSummary>
const recordsOf301 = anthropicRun(30)
const recordsOf303 = anthropicRun(10)
const totalsOf302 = {
  input_tokens: 120_000,
  output_tokens: 3_400,
  cache_read_tokens: 90_000,
  cache_write_tokens: 5_000,
  ambient_context: 12_000,
  ai_credits: 12.345,
  primary_model: 'claude-sonnet-4.6',
}

async function put(relative: string, content: string | Buffer): Promise<void> {
  const path = join(root, relative)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'usage-current-'))
  // 301: a workflow_call run's agent artifact: both copies of the token file, and totals that agree.
  await put(
    'Daily Triage/301/3f9a1c2b-agent.zip',
    zipBytes([
      { name: logsPath, data: jsonl(recordsOf301) },
      { name: auditPath, data: jsonl(recordsOf301) },
      { name: 'agent_usage.json', data: `${aggregateOf(recordsOf301)}\n` },
      { name: 'aw_info.json', data: '{}' },
    ]),
  )
  // 302: only the totals (a usage artifact without its token file).
  await put(
    'Daily Triage/302/abc123-usage.zip',
    zipBytes([{ name: 'agent_usage.json', data: JSON.stringify(totalsOf302) }]),
  )
  // 303: totals that disagree with the records by 10% of input.
  await put(
    'Daily Triage/303/agent.zip',
    zipBytes([
      { name: auditPath, data: jsonl(recordsOf303) },
      {
        name: 'agent_usage.json',
        data: aggregateOf(recordsOf303, { input_tokens: Math.round(sum(recordsOf303, 'input_tokens') * 1.1) }),
      },
    ]),
  )
  // 304: an artifact with files but no usage at all; 305: an empty token file.
  await put(
    'Daily Triage/304/agent.zip',
    zipBytes([
      { name: 'aw_info.json', data: '{}' },
      { name: 'agent-stdio.log', data: 'hello\n' },
    ]),
  )
  await put('Daily Triage/305/agent.zip', zipBytes([{ name: logsPath, data: '' }]))
  const found = await discoverLocalRuns([root])
  runs = new Map()
  for (const run of found) runs.set(run.meta.runId, await summariseRun(run.meta, run.sources, { priceBook }))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('current artifact layouts', () => {
  test('hash-prefixed artifacts group under their run, named as uploaded', () => {
    expect([...runs.keys()].sort()).toEqual(['301', '302', '303', '304', '305'])
    expect(runs.get('301')!.artifact).toBe('3f9a1c2b-agent')
    expect(runs.get('302')!.artifact).toBe('abc123-usage')
  })

  test('the audit copy is found and deduplicated; every number against the records', () => {
    const run = runs.get('301')!
    expect(run.state).toBe('analysed')
    const agent = recordsOf301.filter((r) => r.purpose === undefined)
    const routing = recordsOf301.filter((r) => r.purpose !== undefined)
    expect(run.skipped.duplicateRecords).toBe(recordsOf301.length)
    expect(run.models).toHaveLength(1)
    const sonnet = run.models[0]!
    expect(sonnet).toMatchObject({
      provider: 'anthropic',
      model: 'claude-sonnet-4.6',
      requests: agent.length,
      inputTokens: sum(agent, 'input_tokens'),
      outputTokens: sum(agent, 'output_tokens'),
      cacheReadTokens: sum(agent, 'cache_read_tokens'),
      cacheWriteTokens: sum(agent, 'cache_write_tokens'),
      reasoningTokens: sum(agent, 'reasoning_tokens'),
      aiCreditsRequests: agent.length,
      unpricedRequests: 0,
    })
    expect(sonnet.aiCredits).toBeCloseTo(sum(agent, 'ai_credits_this_response'), 9)
    // Sonnet 4.6: 3 / 15 / 0.30 / 3.75 $ per million; no request is over 200K input.
    const usd = (r: Fields[]): number =>
      (sum(r, 'input_tokens') * 3 +
        sum(r, 'output_tokens') * 15 +
        sum(r, 'cache_read_tokens') * 0.3 +
        sum(r, 'cache_write_tokens') * 3.75) /
      1e6
    expect(sonnet.costUsd).toBeCloseTo(usd(agent), 9)

    expect(run.routing).toHaveLength(1)
    expect(run.routing[0]).toMatchObject({
      model: 'claude-haiku-4.5',
      requests: routing.length,
      inputTokens: sum(routing, 'input_tokens'),
      aiCreditsRequests: routing.length,
    })
    expect(run.routing[0]!.aiCredits).toBeCloseTo(sum(routing, 'ai_credits_this_response'), 9)

    const fellBack = agent.filter((r) => r.model_fallback !== undefined)
    expect(run.fallbacks).toEqual({
      requests: fellBack.length,
      byReason: { upstream_timeout: fellBack.length },
      pairs: [{ requested: 'claude-opus-4.6', served: 'claude-sonnet-4.6', requests: fellBack.length }],
    })
    expect(run.pricingSources).toEqual({
      curated: agent.filter((r) => r.ai_credits_pricing_source === 'curated').length,
      'models.dev': agent.filter((r) => r.ai_credits_pricing_source === 'models.dev').length,
    })
    expect(run.schemaVersions).toEqual({ 'token-usage/v0.28.20': recordsOf301.length })
    expect(run.initiators).toEqual({ user: 0, agent: 0 })
    // The totals agree with the records (the writer summed the routing calls too).
    expect(run.aggregate).toMatchObject({
      file: expect.stringContaining('3f9a1c2b-agent.zip!/agent_usage.json'),
      use: 'cross-check',
      inputTokens: sum(recordsOf301, 'input_tokens'),
      mismatches: [],
    })
    expect(run.noRecords).toBeUndefined()
  })

  test('a run with only agent_usage.json is analysed from its totals', () => {
    const run = runs.get('302')!
    expect(run.state).toBe('analysed-totals')
    expect(run.durationsMs).toEqual([])
    expect(run.models).toHaveLength(1)
    // No provider in the file: anthropic, from the model's name (additive: nothing subtracted from input);
    // requests unknown (0).
    expect(run.models[0]).toMatchObject({
      provider: 'anthropic',
      model: 'claude-sonnet-4.6',
      requests: 0,
      inputTokens: totalsOf302.input_tokens,
      outputTokens: totalsOf302.output_tokens,
      cacheReadTokens: totalsOf302.cache_read_tokens,
      cacheWriteTokens: totalsOf302.cache_write_tokens,
      aiCredits: totalsOf302.ai_credits,
    })
    const usd =
      (totalsOf302.input_tokens * 3 +
        totalsOf302.output_tokens * 15 +
        totalsOf302.cache_read_tokens * 0.3 +
        totalsOf302.cache_write_tokens * 3.75) /
      1e6
    expect(run.models[0]!.costUsd).toBeCloseTo(usd, 9)
    expect(run.aggregate).toMatchObject({ use: 'totals', aiCredits: 12.345, primaryModel: 'claude-sonnet-4.6' })
    expect(run.aggregate!.costUsd).toBeCloseTo(usd, 9)
  })

  test('totals that disagree with the records by more than 1% are recorded; the records win', () => {
    const run = runs.get('303')!
    expect(run.state).toBe('analysed')
    expect(run.models[0]!.requests).toBe(recordsOf303.filter((r) => r.purpose === undefined).length)
    const input = sum(recordsOf303, 'input_tokens')
    expect(run.aggregate!.mismatches).toEqual([
      { field: 'inputTokens', aggregate: Math.round(input * 1.1), records: input },
    ])
  })

  test('an artifact without usage names itself and what it held; an empty token file names the file', () => {
    const none = runs.get('304')!
    expect(none.state).toBe('no-token-file')
    expect(none.noRecords).toEqual({
      artifact: 'agent',
      files: [],
      archiveEntries: 2,
      archivePaths: ['aw_info.json', 'agent-stdio.log'],
    })
    const empty = runs.get('305')!
    expect(empty.state).toBe('empty-token-file')
    expect(empty.noRecords).toMatchObject({
      artifact: 'agent',
      files: [expect.stringMatching(/agent\.zip!\/sandbox\/firewall\/logs\/api-proxy-logs\/token-usage\.jsonl$/)],
      archiveEntries: 1,
    })
  })

  test('an extracted prefixed artifact folder is an artifact, not a run id', async () => {
    const dir = join(root, 'extracted')
    await put(`extracted/3f9a1c2b-agent/${auditPath}`, jsonl(anthropicRun(3)))
    const [run] = await discoverLocalRuns([dir])
    expect(run!.meta).toMatchObject({ workflow: 'local', runId: basename(dir) })
    const summary = await summariseRun(run!.meta, run!.sources, { priceBook })
    expect(summary.models[0]!.requests).toBe(3)
  })
})
