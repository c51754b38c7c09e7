// What the fake server knows about its one repository. Tests read these records directly for assertions
// (e.g. `gh.issues[0].stateReason`), so they use plain camelCase fields, not GitHub's JSON.

/** A workflow file of the repository. */
export interface FakeWorkflow {
  id: number
  name: string
  /** `.github/workflows/<file>` */
  path: string
  state: 'active' | 'disabled_manually'
  createdAt: string
}

export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'neutral'
  | 'stale'
  | 'startup_failure'
export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'

/** A workflow run. */
export interface FakeRun {
  id: number
  workflowId: number
  /** The workflow's name (what GitHub shows as the run's `name`). */
  name: string
  path: string
  displayTitle: string
  runNumber: number
  runAttempt: number
  event: string
  status: RunStatus
  conclusion: RunConclusion | null
  headBranch: string | null
  headSha: string
  actor: string
  createdAt: string
  updatedAt: string
}

/** Where an artifact's zip bytes are: in memory (may be shared between artifacts) or in a file on disk. */
export type BlobSource = { bytes: Buffer } | { file: string; size: number }

/** An artifact of a run. */
export interface FakeArtifact {
  id: number
  runId: number
  name: string
  sizeInBytes: number
  /** `sha256:<hex>` as the API reports it; may deliberately differ from the served bytes (digestOverride). */
  digest: string | null
  expired: boolean
  createdAt: string
  expiresAt: string
  blob: BlobSource
}

export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface FakeLabel {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: FakeUser
  createdAt: string
  updatedAt: string
}

export type IssueStateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null

/** An issue with everything the report lifecycle changes on it. */
export interface FakeIssue {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: IssueStateReason
  /** Label names, in the order they were set. */
  labels: string[]
  user: FakeUser
  comments: FakeComment[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: FakeUser | null
}

/** The repository's whole state; the route handlers read and change it. */
export interface RepositoryState {
  owner: string
  repo: string
  repositoryId: number
  /** Identity of the default token (who creates issues and comments when the request's token is not known). */
  actor: FakeUser
  /** Identities of other tokens, by token (identities.ts). */
  identities: Map<string, FakeUser>
  /** How far the issue listing lags behind creates (listing-lag.ts). */
  listingLag: { ms: number; createdAt: Map<number, number> }
  workflows: FakeWorkflow[]
  runs: FakeRun[]
  artifacts: FakeArtifact[]
  issues: FakeIssue[]
  labels: FakeLabel[]
  nextId: { run: number; workflow: number; artifact: number; issue: number; comment: number; label: number }
}

export function newRepositoryState(owner: string, repo: string, actor: FakeUser): RepositoryState {
  return {
    owner,
    repo,
    repositoryId: 700000001,
    actor,
    identities: new Map(),
    listingLag: { ms: 0, createdAt: new Map() },
    workflows: [],
    runs: [],
    artifacts: [],
    issues: [],
    labels: [],
    nextId: {
      run: 20000000001,
      workflow: 160000001,
      artifact: 4000000001,
      issue: 1,
      comment: 3000000001,
      label: 9000000001,
    },
  }
}

/** The user GITHUB_TOKEN acts as. */
export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
