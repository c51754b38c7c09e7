/**
 * The domain-named GitHub client the collector talks to: workflow runs, artifacts, downloads.
 * It returns small local types, not Octokit responses, so the collector can be tested with a plain fake.
 */
import { readdir, rename, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { defaults as actionsGitHubDefaults } from '@actions/github/lib/utils'
import { ApiBudget, type ApiBudgetSnapshot } from './api-budget.js'
import { ArtifactDownloadError } from './artifact-download-error.js'
import { withinDownloadBounds, type DownloadBounds } from './download-bounds.js'
import { downloadFailureOf } from './download-failure.js'
import { withArtifactLibraryQuiet } from './library-stdout.js'
import { MalformedAnswerError } from './malformed-answer.js'
import { createOctokit, type Octokit, type OctokitClientOptions } from './octokit-client.js'
import { ACTION_TOKEN, explainApiFailure, type CredentialSource } from './api-failure.js'
import { OutOfTimeError } from './request-bounds.js'

export { ArtifactDownloadError, type DownloadFailureReason } from './artifact-download-error.js'

/** A completed or running workflow run, as much as the collector needs of it. */
export interface WorkflowRun {
  id: number
  attempt: number
  /** The workflow's name (GitHub's run `name`). */
  workflowName: string
  /** `.github/workflows/<file>` */
  workflowPath: string
  branch?: string
  createdAt: string
  status: string | null
  conclusion: string | null
  url: string
  /** The run's head commit. */
  headSha?: string
  /** What started it (`pull_request`, `schedule`, …). */
  event?: string
  /** This repository's pull requests the run lists (`pull_requests`; always empty for a fork's pull request). */
  pullRequests?: number[]
}

/** One artifact of one run, from the repository-level listing. */
export interface RunArtifact {
  id: number
  name: string
  runId: number
  expired: boolean
  sizeInBytes: number
  /** `sha256:<hex>` of the zip, when GitHub has one (artifacts uploaded before digests existed have none). */
  digest?: string
  createdAt?: string
}

/** A window of run creation times, both ends inclusive. */
export interface RunWindow {
  since: Date
  until: Date
}

export interface DownloadedArtifact {
  /** The artifact's zip file, as downloaded (not extracted). */
  zipPath: string
}

export interface GitHubClient {
  /** Every run created in the window, however many (windows over GitHub's 1,000-result cap are split). */
  listRuns(window: RunWindow): Promise<WorkflowRun[]>
  /**
   * Every artifact of the repository with this name, or every artifact at all when `name` is undefined (GitHub's
   * name filter is exact, so `workflow_call` runs' prefixed names are found only that way). With `createdAfter`, the
   * listing (newest first) stops at the first page that holds only older artifacts: an artifact is never older
   * than its run.
   */
  listArtifacts(name: string | undefined, options?: { createdAfter?: Date }): Promise<RunArtifact[]>
  /** Downloads the artifact's zip into `destDir` (which should be empty), checking its digest. */
  downloadArtifact(artifact: RunArtifact, destDir: string): Promise<DownloadedArtifact>
  /** The API budget as last seen. */
  apiBudget(): ApiBudgetSnapshot
}

export interface GitHubClientOptions extends OctokitClientOptions {
  token: string
  owner: string
  repo: string
  /** Attempts per download after transient failures (5xx, 429, network). */
  downloadRetries?: number
  /** Where the token came from, for the advice of an API error (default: the action's `github-token` input). */
  credentials?: CredentialSource
  /**
   * Longest wait for one download attempt, in ms; a download still going then is abandoned and tried again. Default
   * 3 minutes: longer than @actions/artifact takes to give up on a silent blob host (30 s × 5 tries, 5 s apart).
   */
  downloadTimeoutMs?: number
}

/** Default of {@link GitHubClientOptions.downloadTimeoutMs}. */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 180_000

// Runs and artifacts are read with the `actions: read` permission; a 403 without it names it.
const ACTIONS_READ = 'actions: read'

/** GitHub returns at most this many runs for a listing with a `created` filter. */
const RUN_LISTING_CAP = 1000
const PER_PAGE = 100
/** Pages of one runs listing fetched at once. */
const RUN_PAGES_AT_ONCE = 4

/** `2026-04-01T17:20:00Z`: GitHub's search syntax wants whole seconds. */
function isoSeconds(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

interface RawRun {
  id: number
  run_attempt?: number
  name?: string | null
  path?: string
  head_branch?: string | null
  created_at: string
  status: string | null
  conclusion: string | null
  html_url: string
  head_sha?: string
  event?: string
  pull_requests?: { number?: number; base?: { repo?: { url?: string } } }[] | null
}

interface RawArtifact {
  id: number
  name: string
  expired: boolean
  size_in_bytes: number
  digest?: string | null
  created_at?: string | null
  workflow_run?: { id?: number } | null
}

/** This repository's pull requests among a run's `pull_requests` (it can list another repository's). */
function pullRequestsOf(raw: RawRun, repository: string): number[] {
  return (raw.pull_requests ?? [])
    .filter((pull) => pull.base?.repo?.url?.toLowerCase().endsWith(`/repos/${repository}`.toLowerCase()) ?? false)
    .map((pull) => pull.number)
    .filter((n): n is number => typeof n === 'number')
}

function runOf(raw: RawRun, repository: string): WorkflowRun {
  const pullRequests = pullRequestsOf(raw, repository)
  return {
    id: raw.id,
    attempt: raw.run_attempt ?? 1,
    workflowName: raw.name ?? raw.path ?? String(raw.id),
    workflowPath: raw.path ?? '',
    branch: raw.head_branch ?? undefined,
    createdAt: raw.created_at,
    status: raw.status,
    conclusion: raw.conclusion,
    url: raw.html_url,
    ...(raw.head_sha ? { headSha: raw.head_sha } : {}),
    ...(raw.event ? { event: raw.event } : {}),
    ...(pullRequests.length > 0 ? { pullRequests } : {}),
  }
}

function artifactOf(raw: RawArtifact): RunArtifact | undefined {
  const runId = raw.workflow_run?.id
  if (runId === undefined) return undefined
  return {
    id: raw.id,
    name: raw.name,
    runId,
    expired: raw.expired,
    sizeInBytes: raw.size_in_bytes,
    digest: raw.digest ?? undefined,
    createdAt: raw.created_at ?? undefined,
  }
}

interface HttpFailure {
  status?: number
  message: string
  response?: { headers?: Record<string, string | undefined> }
}

/** True for GitHub's answer when the primary rate limit is used up (403 or 429 with nothing remaining). */
export function isRateLimitError(error: unknown): boolean {
  const failure = error as HttpFailure | undefined
  return (
    (failure?.status === 403 || failure?.status === 429) && failure.response?.headers?.['x-ratelimit-remaining'] === '0'
  )
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class OctokitGitHubClient implements GitHubClient {
  private readonly octokit: Octokit
  private readonly budget: ApiBudget
  private readonly artifactClient = new DefaultArtifactClient()

  /** `octokit` shares an Octokit (and the budget it counts into) with the report issues: see github-surface.ts. */
  constructor(
    private readonly options: GitHubClientOptions,
    shared?: { octokit: Octokit; budget: ApiBudget },
  ) {
    this.budget = shared?.budget ?? options.budget ?? new ApiBudget()
    this.octokit = shared?.octokit ?? createOctokit(options.token, { ...options, budget: this.budget })
  }

  apiBudget(): ApiBudgetSnapshot {
    return this.budget.snapshot()
  }

  private explain(error: unknown, doing: string): unknown {
    const { owner, repo, credentials = ACTION_TOKEN } = this.options
    return explainApiFailure(error, { doing, repository: `${owner}/${repo}`, permission: ACTIONS_READ, credentials })
  }

  async listRuns(window: RunWindow): Promise<WorkflowRun[]> {
    const byId = new Map<number, WorkflowRun>()
    try {
      await this.collectRuns(window.since.getTime(), window.until.getTime(), byId)
    } catch (error) {
      throw this.explain(error, 'Listing workflow runs')
    }
    return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)
  }

  // Windows are split in halves until each holds at most 1,000 runs; ranges are inclusive, so runs at a split
  // second may be listed twice and are deduplicated by id. The first page's total_count says how many pages
  // follow, so those are fetched a few at a time instead of one after another (the window's end is in the past,
  // so no new run can shift the pages while they are read).
  private async collectRuns(from: number, to: number, byId: Map<number, WorkflowRun>): Promise<void> {
    const { owner, repo } = this.options
    const created = `${isoSeconds(from)}..${isoSeconds(to)}`
    const page = async (number: number) => {
      const response = await this.octokit.rest.actions.listWorkflowRunsForRepo({
        owner,
        repo,
        created,
        // Each run keeps its pull request list: the daily report's "Pull requests" section counts runs by it.
        per_page: PER_PAGE,
        page: number,
      })
      const data = response.data as unknown as { total_count?: number; workflow_runs: RawRun[] }
      if (!Array.isArray(data?.workflow_runs)) {
        throw new MalformedAnswerError(`a \`workflow_runs\` list for ${created}, page ${number}`, response.data)
      }
      for (const raw of data.workflow_runs) byId.set(raw.id, runOf(raw, `${owner}/${repo}`))
      return { total: data.total_count ?? 0, count: data.workflow_runs.length }
    }
    const middle = from + Math.floor((to - from) / 2)
    const first = await page(1)
    if (first.total > RUN_LISTING_CAP) {
      if (to - from >= 2000) {
        await Promise.all([this.collectRuns(from, middle, byId), this.collectRuns(middle + 1000, to, byId)])
        return
      }
      this.options.log?.warning(
        `${first.total} runs were created in ${created}; GitHub lists only ${RUN_LISTING_CAP} of them.`,
      )
    }
    if (first.total === 0 && first.count === PER_PAGE) {
      // No total_count (a server that leaves it out): read on until a page comes back short.
      for (let number = 2; (await page(number)).count === PER_PAGE; number++);
      return
    }
    const pages = Math.ceil(Math.min(first.total, RUN_LISTING_CAP) / PER_PAGE)
    let next = 2
    const worker = async () => {
      while (next <= pages) await page(next++)
    }
    await Promise.all(Array.from({ length: RUN_PAGES_AT_ONCE }, worker))
  }

  async listArtifacts(name: string | undefined, options: { createdAfter?: Date } = {}): Promise<RunArtifact[]> {
    try {
      return await this.listArtifactsNamed(name, options)
    } catch (error) {
      throw this.explain(error, name === undefined ? 'Listing artifacts' : `Listing artifacts named '${name}'`)
    }
  }

  private async listArtifactsNamed(name: string | undefined, options: { createdAfter?: Date }): Promise<RunArtifact[]> {
    const { owner, repo } = this.options
    const iterator = this.octokit.paginate.iterator(this.octokit.rest.actions.listArtifactsForRepo, {
      owner,
      repo,
      ...(name === undefined ? {} : { name }),
      per_page: PER_PAGE,
    })
    const artifacts: RunArtifact[] = []
    const after = options.createdAfter?.getTime()
    // GitHub lists newest first, but does not document it: the listing only stops early once the pages have shown
    // that order, since stopping on an oldest-first listing would lose every artifact of the window.
    let newestFirst: boolean | undefined
    for await (const response of iterator) {
      const page = response.data as unknown as RawArtifact[]
      if (!Array.isArray(page)) throw new MalformedAnswerError('an `artifacts` list', response.data)
      for (const raw of page) {
        // The name filter is exact on GitHub; checking again keeps a server that ignores it from mixing names.
        const artifact = name === undefined || raw.name === name ? artifactOf(raw) : undefined
        if (artifact) artifacts.push(artifact)
      }
      const times = page.map((raw) => (raw.created_at ? Date.parse(raw.created_at) : Number.NaN))
      const first = times[0]
      const last = times[times.length - 1]
      if (first > last && newestFirst === undefined) newestFirst = true
      if (first < last) newestFirst = false
      const allOlder = after !== undefined && times.length > 0 && times.every((time) => time < after)
      if (allOlder && newestFirst) break
    }
    return artifacts
  }

  async downloadArtifact(artifact: RunArtifact, destDir: string): Promise<DownloadedArtifact> {
    this.refuseOtherDownloadServer()
    const attempts = 1 + (this.options.downloadRetries ?? 2)
    const maxWait = this.options.maxRateLimitWaitSeconds ?? 60
    const baseMs = this.options.retryBaseMs ?? 1000
    // Named after the artifact (made safe as a file name), which is how archive errors name it.
    const zipPath = path.join(destDir, `${artifact.name.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'artifact'}.zip`)
    for (let attempt = 1; ; attempt++) {
      try {
        const budget = this.options.timeBudget
        if (budget?.collection.aborted) throw new OutOfTimeError(`${budget.describe()} ran short`)
        // @actions/artifact makes one API request (the redirect) through its own Octokit; we never see its headers.
        // Counted synchronously, before the first await: the download pool checks the budget just before calling.
        this.budget.spend(1)
        // A folder per attempt: an abandoned attempt that goes on writing cannot touch the next one's zip.
        const attemptDir = path.join(destDir, `attempt-${attempt}`)
        await this.downloadInto(artifact, attemptDir)
        const files = await readdir(attemptDir)
        if (files.length !== 1) {
          throw new ArtifactDownloadError(
            `Artifact '${artifact.name}' (id ${artifact.id}): expected one zip file, found ${files.length}`,
            'failed',
          )
        }
        await rename(path.join(attemptDir, files[0]), zipPath)
        await rm(attemptDir, { recursive: true, force: true })
        return { zipPath }
      } catch (error) {
        // The redirect's rate-limit headers, when @actions/artifact's Octokit failed with them.
        this.budget.observe((error as HttpFailure | undefined)?.response?.headers)
        const failure = downloadFailureOf(error, artifact, this.lacksActionsRead())
        if (failure.final || attempt >= attempts) throw failure.error
        const retryAfter = failure.retryAfter
        if (retryAfter !== undefined && retryAfter > maxWait) throw failure.error
        await sleep(retryAfter !== undefined && retryAfter > 0 ? retryAfter * baseMs : attempt * attempt * baseMs)
      }
    }
  }

  /**
   * One attempt through @actions/artifact, which checks the zip's digest; we wait for it within the download's
   * bounds only (see download-bounds.ts).
   */
  private async downloadInto(artifact: RunArtifact, dir: string): Promise<void> {
    const download = withArtifactLibraryQuiet(() =>
      this.artifactClient.downloadArtifact(artifact.id, {
        path: dir,
        findBy: {
          token: this.options.token,
          workflowRunId: artifact.runId,
          repositoryOwner: this.options.owner,
          repositoryName: this.options.repo,
        },
        expectedHash: artifact.digest,
        // The zip is kept as one file and read by the usage layer, which enforces size and entry limits.
        skipDecompress: true,
      }),
    )
    const { digestMismatch } = await withinDownloadBounds(download, this.downloadBounds())
    if (digestMismatch) {
      throw new ArtifactDownloadError(
        `Artifact '${artifact.name}' (id ${artifact.id}) does not match its digest ${artifact.digest}`,
        'integrity',
      )
    }
  }

  /**
   * @actions/artifact asks for the download redirect through @actions/github's default Octokit, whose URL was fixed
   * from GITHUB_API_URL when that module loaded: listing from one server and downloading from another would fail in
   * confusing ways, so a download through a client with a different baseUrl is refused. Only downloads: a listing
   * that cannot reach its server says so first.
   */
  private refuseOtherDownloadServer(): void {
    const { baseUrl } = this.options
    const downloadsFrom = (actionsGitHubDefaults.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '')
    if (baseUrl && baseUrl.replace(/\/+$/, '') !== downloadsFrom) {
      throw new ArtifactDownloadError(
        `GitHub API URL '${baseUrl}' differs from '${downloadsFrom}', which artifact downloads use ` +
          '(GITHUB_API_URL as it was when @actions/github loaded). Set GITHUB_API_URL before starting.',
        'failed',
      )
    }
  }

  /** The advice for a download refused for want of `actions: read`. */
  private lacksActionsRead(): string {
    const credentials = this.options.credentials ?? ACTION_TOKEN
    return `The token lacks \`${ACTIONS_READ}\`. ${credentials.grant(ACTIONS_READ)}`
  }

  /** A download is waited for up to its own bound, and until the collection's time is up. */
  private downloadBounds(): DownloadBounds {
    const budget = this.options.timeBudget
    return {
      timeoutMs: this.options.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
      ...(budget ? { end: budget.collection, endText: budget.describe() } : {}),
    }
  }
}

/** The client for one repository. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  return new OctokitGitHubClient(options)
}
