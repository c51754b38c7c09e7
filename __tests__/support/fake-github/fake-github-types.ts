// The fake server's public types: its options, the seeding specs, the request log and the FakeGitHub handle.
import type { FaultRule, FaultSpec } from './faults.js'
import type { PrimaryLimitOptions, RateLimitBucket, SecondaryLimitOptions } from './rate-limits.js'
import type {
  FakeArtifact,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeRun,
  FakeUser,
  FakeWorkflow,
  IssueStateReason,
  RepositoryState,
  RunConclusion,
  RunStatus,
} from './repository-state.js'
import type { ArtifactFiles } from './zip-archive.js'
import type { AddRepositoryOptions, FakeRepository, TokenSpec } from './organisation.js'

export interface FakeGitHubOptions {
  /** Default `octo-org`. */
  owner?: string
  /** Default `agent-repo`. */
  repo?: string
  /** Port on 127.0.0.1; default 0 (a free one). */
  port?: number
  /** Delay before answering each API request, ms (default 0). */
  latencyMs?: number
  /** Delay before serving each artifact blob, ms (default 0). */
  blobLatencyMs?: number
  /**
   * How long an idle kept-alive connection stays open (Node's default is 5 s; blob storage keeps them for minutes):
   * a client that leaves a socket open is kept alive this long.
   */
  keepAliveTimeoutMs?: number
  /** The `core` REST budget (default limit 5000, all remaining, reset in an hour; refilled when reset passes). */
  rateLimit?: PrimaryLimitOptions
  /** Secondary limits to enforce (all off by default). */
  secondaryLimits?: SecondaryLimitOptions
  /** When set, API requests must send `Authorization: token <token>` (or Bearer); blob downloads never need it. */
  token?: string
  /**
   * The server's clock: created_at/updated_at/closed_at of things created through the API, and the time the
   * secondary write limits measure (tests move it instead of waiting).
   */
  now?: () => Date
  /** Who the token acts as (creator of issues and comments); default github-actions[bot]. */
  actor?: FakeUser
  /**
   * Other tokens and who each acts as: a request with one of them writes issues and comments as that identity, and
   * GraphQL `viewer` answers it. Any other token acts as `actor`.
   */
  identities?: Record<string, FakeUser>
  /** Issues created through the API show in the issue listing only this many ms (real time) later (default 0). */
  issueListingLagMs?: number
  /** Base of html_url values and GITHUB_SERVER_URL; default `http://github.localhost` (accepted by @actions/artifact). */
  webUrl?: string
}

/** One request as the server saw it. */
export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, string>
  status: number
  /** False for blob downloads from the storage URL (not REST API requests, not rate limited). */
  isApi: boolean
  /** The route pattern that answered, e.g. `/repos/:owner/:repo/actions/runs`. */
  route: string | undefined
  /** True when an injected fault changed the answer (status, delay or truncation). */
  faulted: boolean
  startedAt: number
  durationMs: number
}

export interface FakeGitHubStats {
  apiRequests: number
  blobRequests: number
  peakApiConcurrency: number
  peakBlobConcurrency: number
}

export interface AddWorkflowOptions {
  id?: number
  state?: FakeWorkflow['state']
}

export interface AddRunSpec {
  id?: number
  /** Workflow name or file path; an unknown one is added (path `.github/workflows/<slug>.lock.yml`). */
  workflow: string
  createdAt: string | Date
  /** Default `success`; `null` means the run has not finished (status `in_progress`). */
  conclusion?: RunConclusion | null
  status?: RunStatus
  headBranch?: string | null
  /** Default `schedule`. */
  event?: string
  headSha?: string
  displayTitle?: string
  actor?: string
  runNumber?: number
  runAttempt?: number
  updatedAt?: string | Date
}

/** An artifact's content: files to zip, a ready zip (may be shared between artifacts), or a zip file on disk. */
export type ArtifactContent = { files: ArtifactFiles } | { zip: Buffer } | { zipFile: string }

export interface AddArtifactOptions {
  id?: number
  /** Listed with `expired: true`; its /zip answers 410 "Artifact has expired". */
  expired?: boolean
  /** The `digest` the API reports instead of the served bytes' sha256 (a string) or no digest at all (null). */
  digestOverride?: string | null
  /**
   * Store only the first part of the zip (`true`: half, a number: that many bytes), a corrupt archive. The digest
   * is that of the stored (truncated) bytes, so the download fails in unzipping, not on the digest check.
   */
  truncate?: boolean | number
  createdAt?: string | Date
  expiresAt?: string | Date
}

export interface AddIssueSpec {
  title: string
  body?: string | null
  labels?: string[]
  state?: 'open' | 'closed'
  stateReason?: IssueStateReason
  /** Default: the server's actor (github-actions[bot]). */
  user?: FakeUser
  createdAt?: string | Date
  closedAt?: string | Date
  comments?: string[]
}

export interface ActionEnvOptions {
  /** Sets GITHUB_TOKEN when given. */
  token?: string
  /** GITHUB_RUN_ID of the action's own run (default 1). */
  runId?: number
  /** GITHUB_WORKFLOW (default `Token usage report`). */
  workflow?: string
  /** GITHUB_EVENT_NAME (default `schedule`). */
  eventName?: string
}

export interface FakeGitHub {
  /** API base URL (`http://127.0.0.1:<port>`), for GITHUB_API_URL and Octokit's `baseUrl`. */
  readonly url: string
  readonly owner: string
  readonly repo: string
  /** The whole mutable state (runs, artifacts, issues, labels, ...). */
  readonly state: RepositoryState
  readonly workflows: FakeWorkflow[]
  readonly runs: FakeRun[]
  readonly artifacts: FakeArtifact[]
  readonly issues: FakeIssue[]
  readonly labels: FakeLabel[]
  /** Every request so far, in arrival order (entries complete when answered). */
  readonly requests: RequestLogEntry[]
  /** Requests to the REST API (blob downloads excluded). */
  apiRequestCount(): number
  /** Counts and the highest number of requests in flight at once, since start or the last clearRequests(). */
  stats(): FakeGitHubStats
  clearRequests(): void
  /** The live `core` bucket. */
  readonly rateLimit: RateLimitBucket
  setRateLimit(change: PrimaryLimitOptions): void
  setLatency(change: { apiMs?: number; blobMs?: number }): void
  setNow(now: () => Date): void
  /** Another repository on the same server (`owner/name`); its runs and artifacts get ids unique server-wide. */
  addRepository(fullName: string, options?: AddRepositoryOptions): FakeRepository
  /** What a token sees (repositories, an installation's listing) and its own rate-limit bucket. */
  setToken(token: string, spec: TokenSpec): void
  addWorkflow(name: string, path?: string, options?: AddWorkflowOptions): FakeWorkflow
  addRun(spec: AddRunSpec): FakeRun
  addArtifact(
    runId: number,
    name: string,
    content: ArtifactContent,
    options?: AddArtifactOptions,
  ): Promise<FakeArtifact>
  /** Synchronous variant for ready zips (bench seeding): the digest of a shared Buffer is computed once. */
  addArtifactZip(
    runId: number,
    name: string,
    zip: Buffer | { zipFile: string },
    options?: AddArtifactOptions,
  ): FakeArtifact
  addLabel(name: string, color?: string, description?: string | null): FakeLabel
  addIssue(spec: AddIssueSpec): FakeIssue
  addComment(issueNumber: number, body: string, user?: FakeUser): FakeComment
  /** From now on, requests with `token` act as `user` (see the `identities` option). */
  addIdentity(token: string, user: FakeUser): void
  /** Injects a fault; the returned rule's `hits` counts the requests it applied to. */
  inject(spec: FaultSpec): FaultRule
  clearFaults(): void
  /** Environment for a child process running the action against this server. */
  actionEnv(options?: ActionEnvOptions): Record<string, string>
  close(): Promise<void>
}
