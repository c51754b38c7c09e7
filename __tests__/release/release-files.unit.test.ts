// What a release depends on: the package manifest, the changelog, the action's Marketplace branding and the
// workflows that pin third-party actions.
import { readFileSync } from 'node:fs'
import semver from 'semver'
import { parse } from 'yaml'
import { releaseNotes } from '../../scripts/release-notes.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

interface Manifest {
  version: string
  license: string
  engines: { node: string }
  bin: Record<string, string>
  files: string[]
  dependencies?: Record<string, string>
}
const manifest = JSON.parse(read('package.json')) as Manifest

test('the package has no runtime dependencies: the bundles in dist/ carry every library (npm install -D)', () => {
  expect(manifest.dependencies ?? {}).toEqual({})
})

test('the package holds the bundles, action.yml, the README, the changelog and the licence', () => {
  expect(manifest.bin).toEqual({ 'token-usage-analyzer': 'dist/cli/index.js' })
  expect(manifest.files).toEqual(
    expect.arrayContaining(['dist/', 'action.yml', 'README.md', 'CHANGELOG.md', 'LICENSE']),
  )
  expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} token-usage-analyzer contributors\n/)
  expect(manifest.license).toBe('MIT')
})

test('CHANGELOG.md has an Unreleased section and a non-empty section for the version in package.json', () => {
  expect(semver.valid(manifest.version)).toBe(manifest.version)
  const changelog = read('CHANGELOG.md')
  expect(changelog).toMatch(/^## \[Unreleased\]$/m)
  expect(releaseNotes(changelog, manifest.version)).toMatch(/^- /m)
  expect(changelog).toContain(`[${manifest.version}]: https://github.com/`)
})

test('release notes are the lines of one version, without the link references', () => {
  const changelog =
    '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-12-02\n\n- b\n\n## [1.0.0]\n\n- a\n\n[1.0.0]: https://x\n'
  expect(releaseNotes(changelog, '1.1.0')).toBe('- b')
  expect(releaseNotes(changelog, '1.0.0')).toBe('- a')
  expect(() => releaseNotes(changelog, '2.0.0')).toThrow("CHANGELOG.md has no section '## [2.0.0]'")
  expect(() => releaseNotes(changelog, 'Unreleased')).toThrow("section '## [Unreleased]' is empty")
})

// `npm ci` warns EBADENGINE when a locked package refuses a Node the package says it supports.
test('every locked package accepts the oldest Node of engines (20, for the CLI) and 24 (the action)', () => {
  const oldest = semver.minVersion(manifest.engines.node)?.version ?? ''
  expect(semver.major(oldest)).toBe(20)
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>
  }
  const refusing: string[] = []
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
    if (path === '' || range === undefined) continue
    for (const node of [oldest, '24.0.0']) {
      if (!semver.satisfies(node, range)) refusing.push(`${path}@${entry.version} needs node ${range} (not ${node})`)
    }
  }
  expect(refusing).toEqual([])
})

// The Marketplace accepts these colours and a Feather icon name.
test('action.yml has Marketplace branding', () => {
  const action = parse(read('action.yml')) as { branding?: { icon?: string; color?: string } }
  expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
    action.branding?.color,
  )
  expect(action.branding?.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
})

type Step = { uses?: string }
const workflowSteps = (file: string): { line: string; step: Step }[] => {
  const text = read(file)
  const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> }
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps.map((step) => ({ step, line: text.split('\n').find((l) => step.uses && l.includes(step.uses)) ?? '' })),
  )
}

test.each([
  '.github/workflows/ci.yml',
  '.github/workflows/release.yml',
  '.github/workflows/daily-token-report.yml',
  '.github/workflows/pull-request-agent-cost.yml',
])('%s pins third-party actions by commit SHA with a # vX.Y.Z comment', (file) => {
  const unpinned = workflowSteps(file)
    .filter(({ step }) => step.uses !== undefined && !step.uses.startsWith('./'))
    // This action itself, as adopters use it (the README's "Pinning a version").
    .filter(({ step }) => step.uses !== 'token-usage-analyzer/token-usage-analyzer@v1')
    .filter(({ step, line }) => !/@[0-9a-f]{40}$/.test(step.uses ?? '') || !/ # v\d+\.\d+\.\d+$/.test(line))
    .map(({ line }) => line.trim())
  expect(unpinned).toEqual([])
})

test('the release workflow runs on vX.Y.Z tags, runs CI and moves the major tag', () => {
  const text = read('.github/workflows/release.yml')
  const workflow = parse(text) as { on: { push: { tags: string[] } } }
  expect(workflow.on.push.tags).toEqual(['v*.*.*'])
  expect(text).toContain('bash .ci/run')
  expect(text).toContain('gh release create')
  expect(text).toMatch(/git push --force origin "refs\/tags\/\$major"/)
})

test('the README carries the ready-to-copy workflow, which uses the released action and one report at a time', () => {
  const file = read('.github/workflows/daily-token-report.yml')
  expect(read('README.md')).toContain('```yaml\n' + file + '```\n')
  const workflow = parse(file) as {
    concurrency?: { group?: string; 'cancel-in-progress'?: boolean }
    jobs: Record<string, { steps: Step[] }>
  }
  expect(workflow.concurrency).toEqual({ group: expect.any(String), 'cancel-in-progress': false })
  const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses))
  expect(uses).toContain('token-usage-analyzer/token-usage-analyzer@v1')
  expect(uses.filter((name) => name?.startsWith('./'))).toEqual([])
})

test('the README carries the pull request companion workflow: workflow_run completed, one event per pull request', () => {
  const file = read('.github/workflows/pull-request-agent-cost.yml')
  expect(read('README.md')).toContain('```yaml\n' + file + '```\n')
  const workflow = parse(file) as {
    on: { workflow_run: { workflows: string[]; types: string[] } }
    permissions: Record<string, string>
    concurrency: { group: string; 'cancel-in-progress': boolean }
    jobs: Record<string, { steps: (Step & { with?: Record<string, string> })[] }>
  }
  expect(workflow.on.workflow_run.types).toEqual(['completed'])
  expect(workflow.permissions).toMatchObject({ actions: 'read', 'pull-requests': 'write' })
  expect(workflow.concurrency.group).toContain('github.event.workflow_run.pull_requests[0].number')
  expect(workflow.concurrency['cancel-in-progress']).toBe(false)
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.uses === 'token-usage-analyzer/token-usage-analyzer@v1')
  expect(step?.with?.mode).toBe('pull-request')
})
