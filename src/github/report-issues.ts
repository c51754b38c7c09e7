/**
 * Report issues on GitHub: list the issues of a label, make sure a label exists, create, update and close an issue,
 * and say who the token acts as. What these calls mean for a report series (which issue is today's report, which
 * are older, which can be trusted) is decided in src/series, not here.
 * Writes are serial and spaced (GitHub's secondary limits ask for ≥ 1 s between content-creating requests).
 */
import { defaultWriteSpacingMs, type Octokit } from './octokit-client.js'
import { explainPermissionError } from './permission-error.js'

export interface ReportIssue {
  number: number
  title: string
  /** html_url */
  url: string
  state: 'open' | 'closed'
  body: string
  createdAt: string
  /** Last change of the issue (an edit of the body, a comment, a label…), set by GitHub. */
  updatedAt?: string
  /** Login of the issue's author, set by GitHub (`github-actions[bot]`, `my-app[bot]`, a person's login). */
  author: string | null
}

export interface FindReportsQuery {
  label: string
  /** When given, only issues whose body contains it. */
  marker?: string
  /** Default 'all' (open and closed). */
  state?: 'open' | 'closed' | 'all'
  /** Stop after this many matching issues, newest first (default 100). */
  limit?: number
}

export interface NewIssue {
  title: string
  body: string
  labels: string[]
}

/** An issue this token wrote, as GitHub answered the write. */
export interface WrittenIssue {
  number: number
  url: string
  /** The author GitHub recorded: the identity the token acts as. */
  author: string | null
}

export interface CloseRequest {
  /** Posted on the issue once it is closed (links the issue that replaces it). */
  comment: string
}

export interface LabelSpec {
  color: string
  description: string
}

/** Report issues of one repository; tests pass a fake object, main.ts the Octokit implementation. */
export interface ReportIssues {
  /** Issues with the label, newest first (pull requests excluded). */
  findReports(query: FindReportsQuery): Promise<ReportIssue[]>
  /** The login the token acts as (GraphQL `viewer`), null when GitHub does not say. */
  viewer(): Promise<string | null>
  /** Creates the label when it is missing; returns true when it was created. */
  ensureLabel(name: string, spec: LabelSpec): Promise<boolean>
  /**
   * Creates an issue without Octokit's blind retries: a create answered with a 5xx (or no answer) may have created
   * the issue, so `alreadyCreated` is asked before each new attempt.
   */
  createIssue(issue: NewIssue, alreadyCreated: () => Promise<WrittenIssue | undefined>): Promise<WrittenIssue>
  /** Replaces title and body; labels are left alone (labels people added stay). */
  updateIssue(number: number, change: { title: string; body: string }): Promise<WrittenIssue>
  /**
   * Closes the issue (as not planned), then comments on it: an issue is never left open with a comment saying it was
   * replaced. A failed comment after the close throws an error that says the issue was closed.
   */
  closeIssue(number: number, request: CloseRequest): Promise<void>
}

export interface ReportIssuesOptions {
  /** Minimum time between two writes (default: defaultWriteSpacingMs(), 1000 ms). */
  writeSpacingMs?: number
  /** Backoff unit between attempts to create an issue after a server error: waits are unit·n² (default 1000). */
  createRetryMs?: number
  sleep?: (ms: number) => Promise<void>
  clock?: () => number
}

// Reads only need `issues: read`, but the action writes the report anyway: name the one permission that fixes both.
const ISSUES_WRITE = 'issues: write'

interface RawIssue {
  number: number
  title: string
  html_url: string
  state: string
  body?: string | null
  created_at: string
  updated_at?: string
  user?: { login: string } | null
  pull_request?: unknown
}

function reportIssueOf(raw: RawIssue): ReportIssue {
  return {
    number: raw.number,
    title: raw.title,
    url: raw.html_url,
    state: raw.state === 'closed' ? 'closed' : 'open',
    body: raw.body ?? '',
    createdAt: raw.created_at,
    updatedAt: raw.updated_at ?? raw.created_at,
    author: raw.user?.login ?? null,
  }
}

const writtenIssueOf = (raw: RawIssue): WrittenIssue => ({
  number: raw.number,
  url: raw.html_url,
  author: raw.user?.login ?? null,
})

/** A 5xx or no answer at all: the request may have taken effect on GitHub's side. */
const mayHaveTakenEffect = (error: unknown): boolean => {
  const status = (error as { status?: number }).status
  return status === undefined || status >= 500
}

type Repository = { owner: string; repo: string }
type Write = <T>(what: string, call: () => Promise<T>) => Promise<T>

/** Runs writes one after another, each at least `spacing` ms after the previous one started. */
function serialWrites(options: ReportIssuesOptions): { write: Write; sleep: (ms: number) => Promise<void> } {
  const spacing = options.writeSpacingMs ?? defaultWriteSpacingMs()
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const clock = options.clock ?? (() => Date.now())
  let lastWriteAt = -Infinity
  let writes: Promise<unknown> = Promise.resolve()
  const write: Write = (what, call) => {
    const next = writes.then(async () => {
      const wait = lastWriteAt + spacing - clock()
      if (wait > 0) await sleep(wait)
      lastWriteAt = clock()
      try {
        return await call()
      } catch (error) {
        throw explainPermissionError(error, ISSUES_WRITE, what)
      }
    })
    writes = next.catch(() => undefined)
    return next
  }
  return { write, sleep }
}

async function findReportsWith(octokit: Octokit, { owner, repo }: Repository, query: FindReportsQuery) {
  const limit = query.limit ?? 100
  const found: ReportIssue[] = []
  try {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: query.label,
      state: query.state ?? 'all',
      sort: 'created',
      direction: 'desc',
      // Report bodies run to 65 KB each: ask for no more than needed.
      per_page: Math.min(100, limit),
    })
    for await (const page of pages) {
      for (const raw of page.data as RawIssue[]) {
        if (raw.pull_request) continue
        const issue = reportIssueOf(raw)
        if (query.marker && !issue.body.includes(query.marker)) continue
        found.push(issue)
        if (found.length >= limit) return found
      }
    }
  } catch (error) {
    throw explainPermissionError(error, ISSUES_WRITE, `listing issues labelled '${query.label}'`)
  }
  return found
}

/** GraphQL's `viewer` answers for a person's token, an installation token and GITHUB_TOKEN alike (REST `/user` does not). */
async function viewerWith(octokit: Octokit): Promise<string | null> {
  const answer = await octokit.graphql<{ viewer?: { login?: unknown } | null }>('query { viewer { login } }')
  const login = answer?.viewer?.login
  return typeof login === 'string' && login !== '' ? login : null
}

async function ensureLabelWith(
  octokit: Octokit,
  { owner, repo }: Repository,
  write: Write,
  name: string,
  spec: LabelSpec,
) {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name })
    return false
  } catch (error) {
    if ((error as { status?: number }).status !== 404) {
      throw explainPermissionError(error, ISSUES_WRITE, `reading label '${name}'`)
    }
  }
  return write(`creating label '${name}'`, async () => {
    try {
      await octokit.rest.issues.createLabel({ owner, repo, name, color: spec.color, description: spec.description })
      return true
    } catch (error) {
      // Another run created it between our read and our write: that is what we wanted.
      if ((error as { status?: number }).status === 422) return false
      throw error
    }
  })
}

/** The Octokit implementation of ReportIssues for owner/repo. */
export function createReportIssues(
  octokit: Octokit,
  repository: Repository,
  options: ReportIssuesOptions = {},
): ReportIssues {
  const { owner, repo } = repository
  const { write, sleep } = serialWrites(options)
  const createRetryMs = options.createRetryMs ?? 1000

  async function createIssue(issue: NewIssue, alreadyCreated: () => Promise<WrittenIssue | undefined>) {
    for (let attempt = 1; ; attempt++) {
      try {
        const created = await write('creating the report issue', () =>
          octokit.rest.issues.create({ owner, repo, ...issue, request: { retries: 0 } }),
        )
        return writtenIssueOf(created.data as RawIssue)
      } catch (error) {
        if (!mayHaveTakenEffect(error) || attempt >= 3) throw error
        await sleep(attempt * attempt * createRetryMs)
        const found = await alreadyCreated()
        if (found) return found
      }
    }
  }

  async function closeIssue(number: number, request: CloseRequest) {
    await write(`closing report #${number}`, () =>
      octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'not_planned' }),
    )
    try {
      await write(`commenting on report #${number}`, () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: request.comment }),
      )
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw Object.assign(new Error(`Report #${number} was closed, but commenting on it failed: ${reason}`), {
        cause: error,
        status: (error as { status?: number }).status,
      })
    }
  }

  return {
    findReports: (query) => findReportsWith(octokit, repository, query),
    viewer: () => viewerWith(octokit),
    ensureLabel: (name, spec) => ensureLabelWith(octokit, repository, write, name, spec),
    createIssue,
    updateIssue: async (number, change) => {
      const updated = await write(`updating report #${number}`, () =>
        octokit.rest.issues.update({ owner, repo, issue_number: number, title: change.title, body: change.body }),
      )
      return writtenIssueOf(updated.data as RawIssue)
    },
    closeIssue,
  }
}
