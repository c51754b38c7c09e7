/**
 * Report issues on GitHub, spoken in the domain of the report's life: find earlier reports, make sure the label
 * exists, publish today's report (update it when it already exists), close older ones.
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
  /** Login of the issue's author. */
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

export interface PublishReportRequest {
  title: string
  body: string
  labels: string[]
  /**
   * YYYY-MM-DD: an open report of this date (see {@link reportsOfDate}) is updated instead of duplicated.
   */
  date: string
  marker: string
}

export interface PublishedReport {
  number: number
  url: string
  created: boolean
  /**
   * The report this run created and closed again because another run had created the day's report at the same
   * moment: `number` is then that other, older report.
   */
  closedDuplicate?: number
}

export interface CloseOlderRequest {
  label: string
  marker: string
  /** The new report: never closed. */
  except: number
  /** Default 10. */
  max?: number
  /** Comment posted on each closed report (links the new one). */
  comment: string
  /**
   * YYYY-MM-DD of the new report: only reports whose title ends in an earlier date are closed. A report of the same
   * date may be another run's of the same moment (publishReport keeps the oldest of those), and a report for a past
   * day (a backfill) must not close newer ones.
   */
  date?: string
}

export interface LabelSpec {
  color: string
  description: string
}

/** Report issues of one repository; tests pass a fake object, main.ts the Octokit implementation. */
export interface ReportIssues {
  /** Issues with the label, newest first (pull requests excluded). */
  findReports(query: FindReportsQuery): Promise<ReportIssue[]>
  /** Creates the label when it is missing; returns true when it was created. */
  ensureLabel(name: string, spec: LabelSpec): Promise<boolean>
  publishReport(request: PublishReportRequest): Promise<PublishedReport>
  /** Closes older open reports (newest first, at most `max`), each with a comment; returns their numbers. */
  closeOlder(request: CloseOlderRequest): Promise<number[]>
}

export interface ReportIssuesOptions {
  /** Minimum time between two writes (default: defaultWriteSpacingMs(), 1000 ms). */
  writeSpacingMs?: number
  /** Backoff unit between attempts to create a report after a server error: waits are unit·n² (default 1000). */
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

/** The date (a rollup: the period, `2026-W19` or `2026-05`) a report's title ends in. */
const titleDateOf = (title: string): string | undefined => /(\d{4}-(?:\d{2}-\d{2}|W\d{2}|\d{2}))\s*$/.exec(title)?.[1]

/**
 * The open reports of one date, oldest first: issues whose title ends in the date and whose body carries the
 * marker, or whose title is the report's title (a report whose marker someone removed is still the day's report).
 */
export function reportsOfDate(
  issues: readonly ReportIssue[],
  report: Pick<PublishReportRequest, 'date' | 'marker' | 'title'>,
): ReportIssue[] {
  return issues
    .filter((issue) => issue.state === 'open' && titleDateOf(issue.title) === report.date)
    .filter((issue) => issue.body.includes(report.marker) || issue.title.trim() === report.title.trim())
    .sort((a, b) => a.number - b.number)
}

/** A 5xx or no answer at all: the request may have taken effect on GitHub's side. */
const mayHaveTakenEffect = (error: unknown): boolean => {
  const status = (error as { status?: number }).status
  return status === undefined || status >= 500
}

/** The Octokit implementation of ReportIssues for owner/repo. */
export function createReportIssues(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  options: ReportIssuesOptions = {},
): ReportIssues {
  const spacing = options.writeSpacingMs ?? defaultWriteSpacingMs()
  const createRetryMs = options.createRetryMs ?? 1000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const clock = options.clock ?? (() => Date.now())
  const { owner, repo } = repository
  let lastWriteAt = -Infinity
  let writes: Promise<unknown> = Promise.resolve()

  /** Runs writes one after another, each at least `spacing` ms after the previous one started. */
  function write<T>(what: string, permission: string, call: () => Promise<T>): Promise<T> {
    const next = writes.then(async () => {
      const wait = lastWriteAt + spacing - clock()
      if (wait > 0) await sleep(wait)
      lastWriteAt = clock()
      try {
        return await call()
      } catch (error) {
        throw explainPermissionError(error, permission, what)
      }
    })
    writes = next.catch(() => undefined)
    return next
  }

  async function findReports(query: FindReportsQuery): Promise<ReportIssue[]> {
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

  async function ensureLabel(name: string, spec: LabelSpec): Promise<boolean> {
    try {
      await octokit.rest.issues.getLabel({ owner, repo, name })
      return false
    } catch (error) {
      if ((error as { status?: number }).status !== 404) {
        throw explainPermissionError(error, ISSUES_WRITE, `reading label '${name}'`)
      }
    }
    return write(`creating label '${name}'`, ISSUES_WRITE, async () => {
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

  /** Today's open reports, oldest first (one listing of the label's open issues). */
  async function reportsOfToday(request: PublishReportRequest): Promise<ReportIssue[]> {
    return reportsOfDate(await findReports({ label: request.labels[0], state: 'open', limit: 100 }), request)
  }

  async function updateReport(existing: ReportIssue, request: PublishReportRequest): Promise<PublishedReport> {
    const updated = await write(`updating report #${existing.number}`, ISSUES_WRITE, () =>
      octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        title: request.title,
        body: request.body,
        // Labels are left alone: it carries the report label already, and labels people added stay.
      }),
    )
    return { number: updated.data.number, url: updated.data.html_url, created: false }
  }

  /**
   * Creates the report without Octokit's blind retries: a create answered with a 5xx (or no answer) may have created
   * the issue, so the day's report is looked for before each new attempt.
   */
  async function createReport(request: PublishReportRequest): Promise<PublishedReport> {
    for (let attempt = 1; ; attempt++) {
      try {
        const created = await write('creating the report issue', ISSUES_WRITE, () =>
          octokit.rest.issues.create({
            owner,
            repo,
            title: request.title,
            body: request.body,
            labels: request.labels,
            request: { retries: 0 },
          }),
        )
        return { number: created.data.number, url: created.data.html_url, created: true }
      } catch (error) {
        if (!mayHaveTakenEffect(error) || attempt >= 3) throw error
        await sleep(attempt * attempt * createRetryMs)
        const found = (await reportsOfToday(request))[0]
        if (found) return { number: found.number, url: found.url, created: true }
      }
    }
  }

  async function publishReport(request: PublishReportRequest): Promise<PublishedReport> {
    const existing = (await reportsOfToday(request))[0]
    if (existing) return updateReport(existing, request)
    const created = await createReport(request)
    // Another run of the same moment (a schedule and a manual dispatch) may have created the day's report too: the
    // oldest one stays, and the run whose report is newer closes its own as a duplicate, so one report stays open.
    let oldest: ReportIssue | undefined
    try {
      oldest = (await reportsOfToday(request))[0]
    } catch {
      return created // the report exists; a failed second look leaves it as it is
    }
    if (!oldest || oldest.number >= created.number) return created
    await write(`commenting on report #${created.number}`, ISSUES_WRITE, () =>
      octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: created.number,
        body:
          `Duplicate of #${oldest.number}: another run of token-usage-analyzer created the report of ` +
          `${request.date} at the same time. Closed by token-usage-analyzer.`,
      }),
    )
    await write(`closing report #${created.number}`, ISSUES_WRITE, () =>
      octokit.rest.issues.update({
        owner,
        repo,
        issue_number: created.number,
        state: 'closed',
        state_reason: 'not_planned',
      }),
    )
    return { number: oldest.number, url: oldest.url, created: false, closedDuplicate: created.number }
  }

  async function closeOlder(request: CloseOlderRequest): Promise<number[]> {
    const max = request.max ?? 10
    const open = await findReports({ label: request.label, marker: request.marker, state: 'open', limit: 100 })
    const older = open
      .filter((issue) => issue.number !== request.except)
      .filter((issue) => !request.date || (titleDateOf(issue.title) ?? '') < request.date)
      .slice(0, max)
    const closed: number[] = []
    for (const issue of older) {
      await write(`commenting on report #${issue.number}`, ISSUES_WRITE, () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: request.comment }),
      )
      await write(`closing report #${issue.number}`, ISSUES_WRITE, () =>
        octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'not_planned',
        }),
      )
      closed.push(issue.number)
    }
    return closed
  }

  return { findReports, ensureLabel, publishReport, closeOlder }
}
