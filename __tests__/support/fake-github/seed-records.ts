// Adding records to the repository state: what the seeding half of the FakeGitHub handle does.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AddArtifactOptions, AddIssueSpec, AddRunSpec, AddWorkflowOptions } from './fake-github-types.js'
import { ensureLabel } from './issue-routes.js'
import type {
  BlobSource,
  FakeArtifact,
  FakeComment,
  FakeIssue,
  FakeRun,
  FakeUser,
  FakeWorkflow,
  RepositoryState,
} from './repository-state.js'
import { sha256Digest } from './zip-archive.js'

export function isoSeconds(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid time '${String(value)}'`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workflow'
  )
}

const digestOfBuffer = new WeakMap<Buffer, string>()
const digestOfFile = new Map<string, string>()

function digestOf(blob: BlobSource): string {
  if ('bytes' in blob) {
    const known = digestOfBuffer.get(blob.bytes)
    if (known) return known
    const digest = sha256Digest(blob.bytes)
    digestOfBuffer.set(blob.bytes, digest)
    return digest
  }
  const key = `${blob.file}:${blob.size}`
  const known = digestOfFile.get(key)
  if (known) return known
  const digest = `sha256:${createHash('sha256').update(readFileSync(blob.file)).digest('hex')}`
  digestOfFile.set(key, digest)
  return digest
}

export function addWorkflow(
  state: RepositoryState,
  name: string,
  path?: string,
  options: AddWorkflowOptions = {},
): FakeWorkflow {
  const workflow: FakeWorkflow = {
    id: options.id ?? state.nextId.workflow++,
    name,
    path: path ?? `.github/workflows/${slug(name)}.lock.yml`,
    state: options.state ?? 'active',
    createdAt: '2025-06-01T00:00:00Z',
  }
  state.workflows.push(workflow)
  return workflow
}

function workflowFor(state: RepositoryState, nameOrPath: string): FakeWorkflow {
  const found = state.workflows.find(
    (w) => w.name === nameOrPath || w.path === nameOrPath || w.path.split('/').pop() === nameOrPath,
  )
  return found ?? addWorkflow(state, nameOrPath)
}

export function addRun(state: RepositoryState, spec: AddRunSpec): FakeRun {
  const workflow = workflowFor(state, spec.workflow)
  const createdAt = isoSeconds(spec.createdAt)
  const conclusion = spec.conclusion === undefined ? 'success' : spec.conclusion
  const id = spec.id ?? state.nextId.run++
  if (state.runs.some((r) => r.id === id)) throw new Error(`addRun: run id ${id} already exists`)
  const runNumber = spec.runNumber ?? state.runs.filter((r) => r.workflowId === workflow.id).length + 1
  const run: FakeRun = {
    id,
    workflowId: workflow.id,
    name: workflow.name,
    path: workflow.path,
    displayTitle: spec.displayTitle ?? workflow.name,
    runNumber,
    runAttempt: spec.runAttempt ?? 1,
    event: spec.event ?? 'schedule',
    status: spec.status ?? (conclusion === null ? 'in_progress' : 'completed'),
    conclusion,
    headBranch: spec.headBranch === undefined ? 'main' : spec.headBranch,
    headSha: spec.headSha ?? createHash('sha1').update(String(id)).digest('hex'),
    actor: spec.actor ?? 'octocat',
    createdAt,
    updatedAt: isoSeconds(spec.updatedAt ?? new Date(Date.parse(createdAt) + 5 * 60_000)),
  }
  state.runs.push(run)
  return run
}

export function addArtifact(
  state: RepositoryState,
  runId: number,
  name: string,
  source: BlobSource,
  options: AddArtifactOptions,
): FakeArtifact {
  const run = state.runs.find((r) => r.id === runId)
  if (!run) throw new Error(`addArtifact: no run ${runId} in the fake repository`)
  let blob = source
  if (options.truncate !== undefined && options.truncate !== false) {
    const bytes = 'bytes' in blob ? blob.bytes : readFileSync(blob.file)
    const keep = options.truncate === true ? Math.floor(bytes.length / 2) : Math.min(options.truncate, bytes.length)
    blob = { bytes: Buffer.from(bytes.subarray(0, keep)) }
  }
  const createdAt = isoSeconds(options.createdAt ?? run.updatedAt)
  const id = options.id ?? state.nextId.artifact++
  if (state.artifacts.some((a) => a.id === id)) throw new Error(`addArtifact: artifact id ${id} already exists`)
  const artifact: FakeArtifact = {
    id,
    runId,
    name,
    sizeInBytes: 'bytes' in blob ? blob.bytes.length : blob.size,
    digest: options.digestOverride === undefined ? digestOf(blob) : options.digestOverride,
    expired: options.expired ?? false,
    createdAt,
    expiresAt: isoSeconds(options.expiresAt ?? new Date(Date.parse(createdAt) + 90 * 86_400_000)),
    blob,
  }
  state.artifacts.push(artifact)
  return artifact
}

export function addComment(
  state: RepositoryState,
  issueNumber: number,
  body: string,
  at: Date,
  user?: FakeUser,
): FakeComment {
  const issue = state.issues.find((i) => i.number === issueNumber)
  if (!issue) throw new Error(`addComment: no issue #${issueNumber} in the fake repository`)
  const time = isoSeconds(at)
  const comment: FakeComment = {
    id: state.nextId.comment++,
    issueNumber,
    body,
    user: user ?? state.actor,
    createdAt: time,
    updatedAt: time,
  }
  issue.comments.push(comment)
  return comment
}

export function addIssue(state: RepositoryState, spec: AddIssueSpec, now: Date): FakeIssue {
  const createdAt = isoSeconds(spec.createdAt ?? now)
  const closed = spec.state === 'closed'
  const issue: FakeIssue = {
    id: 1_000_000_000 + state.nextId.issue,
    number: state.nextId.issue++,
    title: spec.title,
    body: spec.body ?? null,
    state: closed ? 'closed' : 'open',
    stateReason: spec.stateReason ?? (closed ? 'completed' : null),
    labels: (spec.labels ?? []).map((label) => ensureLabel(state, label).name),
    user: spec.user ?? state.actor,
    comments: [],
    createdAt,
    updatedAt: createdAt,
    closedAt: closed ? isoSeconds(spec.closedAt ?? createdAt) : null,
    closedBy: closed ? (spec.user ?? state.actor) : null,
  }
  state.issues.push(issue)
  for (const body of spec.comments ?? []) addComment(state, issue.number, body, now)
  return issue
}
