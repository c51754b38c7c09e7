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
  /** YYYY-MM-DD: an open report carrying `marker` whose title ends with this date is updated instead of duplicated. */
  date: string
  marker: string
}

export interface PublishedReport {
  number: number
  url: string
  created: boolean
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
   * YYYY-MM-DD of the new report: reports whose title ends in a later date stay open (a report for a past day,
   * e.g. a backfill, must not close newer ones).
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
    author: raw.user?.login ?? null,
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Octokit implementation of ReportIssues for owner/repo. */
export function createReportIssues(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  options: ReportIssuesOptions = {},
): ReportIssues {
  const spacing = options.writeSpacingMs ?? defaultWriteSpacingMs()
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

  async function publishReport(request: PublishReportRequest): Promise<PublishedReport> {
    const sameDate = new RegExp(`(^|\\s)${escapeRegExp(request.date)}$`)
    const open = await findReports({ label: request.labels[0], marker: request.marker, state: 'open', limit: 100 })
    const existing = open.find((issue) => sameDate.test(issue.title.trim()))
    if (existing) {
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
    const created = await write('creating the report issue', ISSUES_WRITE, () =>
      octokit.rest.issues.create({ owner, repo, title: request.title, body: request.body, labels: request.labels }),
    )
    return { number: created.data.number, url: created.data.html_url, created: true }
  }

  async function closeOlder(request: CloseOlderRequest): Promise<number[]> {
    const max = request.max ?? 10
    const open = await findReports({ label: request.label, marker: request.marker, state: 'open', limit: 100 })
    const dateOf = (title: string): string | undefined => /(\d{4}-\d{2}-\d{2})\s*$/.exec(title)?.[1]
    const older = open
      .filter((issue) => issue.number !== request.except)
      .filter((issue) => !request.date || (dateOf(issue.title) ?? '') <= request.date)
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
