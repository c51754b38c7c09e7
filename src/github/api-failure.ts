/**
 * A failed GitHub API call in words a user can act on: what was being done, in which repository, what GitHub
 * answered and what to check. "Listing workflow runs of acme/agents failed: 401 Bad credentials. Check the
 * `github-token` input." says all of that where Octokit's own error says only "Bad credentials".
 */
import { MalformedAnswerError } from './malformed-answer.js'
import { isMissingPermission } from './permission-error.js'
import { RequestBoundError } from './request-bounds.js'

/** Where the token came from, as the user set it: the action's input or the CLI's environment variable. */
export interface CredentialSource {
  /** "the `github-token` input", "`GITHUB_TOKEN`". */
  name: string
  /** How to give the token a permission it lacks. */
  grant(permission: string): string
}

/** The action: a token from the `github-token` input, its permissions set by the job. */
export const ACTION_TOKEN: CredentialSource = {
  name: 'the `github-token` input',
  grant: (permission) => `Add \`permissions: ${permission}\` to the job (or give the token that scope).`,
}

/** The CLI: a token from the environment, its permissions set where it was made. */
export function environmentToken(variable: string): CredentialSource {
  return {
    name: `\`${variable}\``,
    grant: (permission) =>
      `Use a token in \`${variable}\` that has \`${permission}\` on the repository (a fine-grained token's ` +
      'repository permissions, or the repo scope of a classic one).',
  }
}

/** What one domain call was doing, for the message. */
export interface ApiOperation {
  /** Leads the sentence: "Listing workflow runs", "Publishing the report issue". */
  doing: string
  /** owner/name */
  repository: string
  /** The permission the call needs (`actions: read`, `issues: write`). */
  permission: string
  credentials: CredentialSource
}

interface HttpFailure {
  status?: number
  message?: string
  response?: { data?: { message?: string }; headers?: Record<string, string | undefined> }
  cause?: unknown
}

/**
 * A failed API call, worded. It keeps the original's `status` and `response`, so code that decides by them (is this
 * a rate limit?) decides the same on the worded error.
 */
export class GitHubApiError extends Error {
  readonly status?: number
  readonly response?: HttpFailure['response']

  constructor(message: string, original: HttpFailure) {
    super(message, { cause: original })
    this.name = 'GitHubApiError'
    if (original.status !== undefined) this.status = original.status
    if (original.response !== undefined) this.response = original.response
  }
}

/** The HTTP failure behind an error: the error itself, or the one an explanation wraps (its `cause`). */
function httpFailureOf(error: unknown): HttpFailure | undefined {
  const failure = error as HttpFailure | null | undefined
  if (!failure || typeof failure !== 'object') return undefined
  if (typeof failure.status === 'number') return failure
  const cause = failure.cause as HttpFailure | undefined
  return cause && typeof cause === 'object' && typeof cause.status === 'number' ? cause : undefined
}

/** GitHub's own message ("Bad credentials"), without Octokit's " - https://docs.github.com/…" tail. */
function answerOf(failure: HttpFailure): string {
  const said = failure.response?.data?.message ?? failure.message ?? ''
  return said
    .replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '')
    .trim()
    .replace(/\.$/, '')
}

function isRateLimit(failure: HttpFailure): boolean {
  return (
    (failure.status === 403 || failure.status === 429) &&
    (failure.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(answerOf(failure)))
  )
}

/** When the primary rate limit lifts, from `x-ratelimit-reset` (epoch seconds). */
function resetOf(failure: HttpFailure): string | undefined {
  const reset = Number(failure.response?.headers?.['x-ratelimit-reset'])
  if (!Number.isFinite(reset) || reset <= 0) return undefined
  return new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** What to check, by what GitHub answered. */
function adviceFor(failure: HttpFailure, operation: ApiOperation): string {
  const { status } = failure
  const { credentials, repository, permission } = operation
  if (status === 401) return `Check ${credentials.name}: the token is missing, mistyped, expired or revoked.`
  if (isRateLimit(failure)) {
    const reset = resetOf(failure)
    return `The token's API rate limit is used up${reset ? ` until ${reset}` : ''}: run again later.`
  }
  if (status === 403 && isMissingPermission(failure)) {
    return `The token lacks \`${permission}\`. ${credentials.grant(permission)}`
  }
  if (status === 403) return `Check that ${credentials.name} may use ${repository} with \`${permission}\`.`
  if (status === 404) {
    return (
      `Check the repository name '${repository}' and that the token can see it ` +
      '(GitHub answers 404 for a private repository the token cannot read).'
    )
  }
  if (status !== undefined && status >= 500) {
    return 'GitHub had a server error: check https://www.githubstatus.com and try again.'
  }
  return ''
}

/**
 * The error to throw for a failed call: an HTTP failure (or an explanation wrapping one) becomes a GitHubApiError
 * naming the operation, the repository, the status and what to check; any other error is returned unchanged.
 */
export function explainApiFailure(error: unknown, operation: ApiOperation): unknown {
  if (error instanceof GitHubApiError) return error
  // No HTTP failure, but one that says what happened: GitHub's answer was not the documented one, a bound of ours
  // ended the request, or the network is down. No status to quote, and no advice that would blame GitHub.
  if (error instanceof MalformedAnswerError || error instanceof RequestBoundError) {
    return new Error(`${operation.doing} of ${operation.repository} failed: ${error.message.replace(/\.$/, '')}.`, {
      cause: error,
    })
  }
  const failure = httpFailureOf(error)
  if (!failure) return error
  // Octokit reports a request our timeout ended as a 500: it was not GitHub's.
  const cause = (failure as { cause?: unknown }).cause
  if (cause instanceof RequestBoundError) return explainApiFailure(cause, operation)
  const answer = answerOf(failure)
  const advice = adviceFor(failure, operation)
  const message =
    `${operation.doing} of ${operation.repository} failed: ${failure.status}${answer ? ` ${answer}` : ''}.` +
    (advice ? ` ${advice}` : '')
  return new GitHubApiError(message, failure)
}
