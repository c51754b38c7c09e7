// Seeding from an artifact tree, the environment for a child process, and blob faults seen by @actions/artifact.
import { execFile, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import yauzl from 'yauzl'
import { captureStdout, type CapturedStdout } from '../support/captured-stdout.js'
import { sha256Digest, startFakeGitHub, zipFromFiles, type FakeGitHub } from '../support/fake-github/index.js'
import { seedFromDirectory } from '../support/fake-github/seed-from-directory.js'

let gh: FakeGitHub
let root: string
let work: string

// The tree: two workflows, three runs, four artifacts.
const tree: Record<string, string> = {
  'smoke-claude/24699078431/agent/sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl': '{"request_id":"a"}\n',
  'smoke-claude/24699078431/usage/agent/token_usage.jsonl': '{"request_id":"a"}\n',
  'smoke-claude/24524657144/agent/sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl': '',
  'security-guard/24673276337/firewall-audit-logs/logs/api-proxy-logs/token-usage.jsonl': '{"request_id":"b"}\n',
}
const manifest = [
  'run\tcreated_at\tbranch\tnote',
  'smoke-claude/24699078431\t2026-04-21T01:21:58Z\tmain\t',
  'smoke-claude/24524657144\t2026-04-16T17:33:29Z\tcopilot/x\t',
  'security-guard/24673276337\t2026-04-20T14:50:40Z\tfeature\t',
].join('\n')

function entriesOf(zip: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error)
      const out: Record<string, string> = {}
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            out[entry.fileName] = Buffer.concat(chunks).toString('utf8')
            file.readEntry()
          })
        })
      })
      file.on('end', () => resolve(out))
      file.readEntry()
    })
  })
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'fake-github-seed-'))
  work = await mkdtemp(join(tmpdir(), 'fake-github-work-'))
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(join(root, path, '..'), { recursive: true })
    await writeFile(join(root, path), content)
  }
  await writeFile(join(root, 'MANIFEST.tsv'), manifest)
  gh = await startFakeGitHub({ token: 'child-token' })
})

afterAll(async () => {
  await gh.close()
  await rm(root, { recursive: true, force: true })
  await rm(work, { recursive: true, force: true })
})

describe('seedFromDirectory', () => {
  it('makes one run per run directory and one zipped artifact per artifact directory', async () => {
    const newestAt = new Date('2026-05-01T12:00:00Z')
    const seeded = await seedFromDirectory(gh, root, { newestAt })
    expect(seeded.runs.map((run) => run.id).sort()).toEqual([24524657144, 24673276337, 24699078431])
    expect(gh.workflows.map((w) => [w.name, w.path]).sort()).toEqual([
      ['Security Guard', '.github/workflows/security-guard.lock.yml'],
      ['Smoke Claude', '.github/workflows/smoke-claude.lock.yml'],
    ])
    // Shifted so the newest run (2026-04-21T01:21:58Z) is at newestAt; the others keep their distance to it.
    const shift = newestAt.getTime() - Date.parse('2026-04-21T01:21:58Z')
    const run = (id: number) => gh.runs.find((r) => r.id === id)!
    expect(run(24699078431).createdAt).toBe('2026-05-01T12:00:00Z')
    expect(run(24524657144).createdAt).toBe(
      new Date(Date.parse('2026-04-16T17:33:29Z') + shift).toISOString().replace('.000', ''),
    )
    expect(run(24524657144).headBranch).toBe('copilot/x')
    expect(seeded.artifacts.map((a) => `${a.runId}/${a.name}`).sort()).toEqual(
      Object.keys(tree)
        .map((path) => path.split('/').slice(1, 3).join('/'))
        .sort(),
    )
    const usage = seeded.artifacts.find((a) => a.name === 'usage')!
    expect('bytes' in usage.blob && (await entriesOf(usage.blob.bytes))).toEqual({
      'agent/token_usage.jsonl': tree['smoke-claude/24699078431/usage/agent/token_usage.jsonl'],
    })
  })
})

describe('a child process with actionEnv()', () => {
  it('downloads an artifact through @actions/artifact using only the environment', async () => {
    const artifact = gh.artifacts.find((a) => a.name === 'firewall-audit-logs')!
    const script = `
      import { DefaultArtifactClient } from '@actions/artifact'
      const result = await new DefaultArtifactClient().downloadArtifact(Number(process.env.ARTIFACT_ID), {
        path: process.env.OUT_DIR,
        expectedHash: process.env.EXPECTED_HASH,
        findBy: {
          token: process.env.GITHUB_TOKEN,
          workflowRunId: Number(process.env.RUN_ID),
          repositoryOwner: process.env.GITHUB_REPOSITORY_OWNER,
          repositoryName: process.env.GITHUB_REPOSITORY.split('/')[1],
        },
      })
      process.stderr.write('RESULT ' + JSON.stringify(result) + '\\n')
    `
    const outDir = join(work, 'child')
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...gh.actionEnv({ token: 'child-token' }),
      ARTIFACT_ID: String(artifact.id),
      RUN_ID: String(artifact.runId),
      EXPECTED_HASH: artifact.digest!,
      OUT_DIR: outDir,
    }
    const { stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env,
    })
    expect(JSON.parse(/RESULT (.*)/.exec(stderr)![1])).toEqual({ downloadPath: outDir, digestMismatch: false })
    expect(await readFile(join(outDir, 'logs/api-proxy-logs/token-usage.jsonl'), 'utf8')).toBe('{"request_id":"b"}\n')
    expect(gh.requests.filter((r) => r.isApi).map((r) => r.status)).toEqual([302])
  })
})

describe('blob faults through @actions/artifact (fast paths only)', () => {
  let client: InstanceType<(typeof import('@actions/artifact'))['DefaultArtifactClient']>
  let stdout: CapturedStdout
  const findBy = () => ({
    token: 'child-token',
    workflowRunId: gh.runs[0].id,
    repositoryOwner: gh.owner,
    repositoryName: gh.repo,
  })

  beforeAll(async () => {
    stdout = captureStdout()
    process.env.GITHUB_API_URL = gh.url
    delete process.env.GITHUB_SERVER_URL
    const { DefaultArtifactClient } = await import('@actions/artifact')
    client = new DefaultArtifactClient()
  })

  afterAll(() => stdout.restore())

  beforeEach(() => gh.clearRequests())

  it('a short blob body is saved and flagged as a digest mismatch with skipDecompress', async () => {
    const artifact = gh.artifacts.find((a) => a.name === 'agent')!
    const rule = gh.inject({ path: '/_blob/**', truncate: 100, truncateMode: 'short-body' })
    const path = join(work, 'short')
    const result = await client.downloadArtifact(artifact.id, {
      path,
      skipDecompress: true,
      expectedHash: artifact.digest!,
      findBy: findBy(),
    })
    expect(rule.hits).toBe(1)
    expect(result.digestMismatch).toBe(true)
    expect((await readFile(join(path, 'agent.zip'))).length).toBe(100)
    expect(gh.apiRequestCount()).toBe(1)
  })

  it('a stored truncated zip downloads whole (digest of the stored bytes) with skipDecompress', async () => {
    const run = gh.runs[0]
    const full = gh.artifacts.find((a) => a.runId === run.id)!
    const fullBytes = 'bytes' in full.blob ? full.blob.bytes : Buffer.alloc(0)
    const broken = await gh.addArtifact(run.id, 'broken', { zip: fullBytes }, { truncate: 30 })
    expect(broken.sizeInBytes).toBe(30)
    const path = join(work, 'broken')
    const result = await client.downloadArtifact(broken.id, {
      path,
      skipDecompress: true,
      expectedHash: broken.digest!,
      findBy: findBy(),
    })
    expect(result.digestMismatch).toBe(false)
    expect(await readdir(path)).toEqual(['broken.zip'])
    expect((await readFile(join(path, 'broken.zip'))).equals(fullBytes.subarray(0, 30))).toBe(true)
  })
})

describe('artifacts served from a zip file on disk', () => {
  it('streams the file and reports its size and digest', async () => {
    const zip = await zipFromFiles({ 'agent/token_usage.jsonl': 'x'.repeat(100_000) })
    const file = join(work, 'on-disk.zip')
    await writeFile(file, zip)
    const artifact = await gh.addArtifact(gh.runs[0].id, 'on-disk', { zipFile: file })
    expect(artifact.sizeInBytes).toBe(zip.length)
    expect(artifact.digest).toBe(sha256Digest(zip))
    const redirect = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/actions/artifacts/${artifact.id}/zip`, {
      redirect: 'manual',
      headers: { authorization: 'token child-token' },
    })
    const blob = await fetch(redirect.headers.get('location')!)
    expect(blob.headers.get('content-length')).toBe(String(zip.length))
    expect(Buffer.from(await blob.arrayBuffer()).equals(zip)).toBe(true)
  })
})

describe('cli.ts', () => {
  it('seeds from a tree, prints GITHUB_API_URL first and serves until stopped', async () => {
    const child = spawn(
      join(process.cwd(), 'node_modules/.bin/tsx'),
      ['__tests__/support/fake-github/cli.ts', '--seed', root, '--quiet', '--owner', 'demo', '--repo', 'agents'],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    try {
      const lines = createInterface({ input: child.stdout! })
      const printed: string[] = []
      for await (const line of lines) {
        printed.push(line)
        if (line.startsWith('# ')) break
      }
      expect(printed[0]).toMatch(/^GITHUB_API_URL=http:\/\/127\.0\.0\.1:\d+$/)
      expect(printed).toContain('GITHUB_REPOSITORY=demo/agents')
      expect(printed.at(-1)).toBe('# demo/agents: 3 runs, 4 artifacts')
      const url = printed[0].slice('GITHUB_API_URL='.length)
      const runs = (await (await fetch(`${url}/repos/demo/agents/actions/runs`)).json()) as { total_count: number }
      expect(runs.total_count).toBe(3)
    } finally {
      child.kill('SIGTERM')
    }
    const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal)))
    expect(code).toBe(0)
  })
})
