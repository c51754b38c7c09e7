import { ACTION_TOKEN, environmentToken, explainApiFailure, GitHubApiError } from '../../src/github/api-failure.js'

/** The shape of an Octokit RequestError. */
function httpError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
    status,
    response: { data: { message }, headers },
  })
}

const listing = {
  doing: 'Listing workflow runs',
  repository: 'acme/agents',
  permission: 'actions: read',
  credentials: ACTION_TOKEN,
}

describe('explainApiFailure', () => {
  test('401 names the operation, repository, status, answer and the github-token input', () => {
    const error = explainApiFailure(httpError(401, 'Bad credentials'), listing) as GitHubApiError
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toBe(
      'Listing workflow runs of acme/agents failed: 401 Bad credentials. Check the `github-token` input: ' +
        'the token is missing, mistyped, expired or revoked.',
    )
    expect(error.status).toBe(401)
  })

  test('the CLI names its environment variable instead of the input', () => {
    const error = explainApiFailure(httpError(401, 'Bad credentials'), {
      ...listing,
      credentials: environmentToken('GITHUB_TOKEN'),
    }) as Error
    expect(error.message).toContain('Check `GITHUB_TOKEN`')
    expect(error.message).not.toContain('github-token')
  })

  test('a missing permission names it and how to grant it', () => {
    const error = explainApiFailure(httpError(403, 'Resource not accessible by integration'), {
      ...listing,
      doing: 'Publishing the report issue',
      permission: 'issues: write',
    }) as Error
    expect(error.message).toBe(
      'Publishing the report issue of acme/agents failed: 403 Resource not accessible by integration. ' +
        'The token lacks `issues: write`. Add `permissions: issues: write` to the job (or give the token that scope).',
    )
  })

  test('an error an inner layer already explained is worded from its cause', () => {
    const inner = new Error("Missing permission 'actions: read'", {
      cause: httpError(403, 'Resource not accessible by integration'),
    })
    expect((explainApiFailure(inner, listing) as Error).message).toMatch(
      /^Listing workflow runs of acme\/agents failed: 403 .*lacks `actions: read`/,
    )
  })

  test('404 points at the repository name and visibility; 5xx at GitHub status', () => {
    expect((explainApiFailure(httpError(404, 'Not Found'), listing) as Error).message).toBe(
      "Listing workflow runs of acme/agents failed: 404 Not Found. Check the repository name 'acme/agents' and " +
        'that the token can see it (GitHub answers 404 for a private repository the token cannot read).',
    )
    expect((explainApiFailure(httpError(502, 'Bad Gateway'), listing) as Error).message).toBe(
      'Listing workflow runs of acme/agents failed: 502 Bad Gateway. GitHub had a server error: check ' +
        'https://www.githubstatus.com and try again.',
    )
  })

  test('a used-up rate limit says when it lifts and keeps the status and headers callers decide by', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.UTC(2026, 3, 2, 9) / 1000) }
    const error = explainApiFailure(httpError(403, 'API rate limit exceeded'), listing) as GitHubApiError
    expect(error.message).toContain('403 API rate limit exceeded')
    expect(explainApiFailure(httpError(403, 'API rate limit exceeded', headers), listing)).toMatchObject({
      status: 403,
      response: { headers },
      message: expect.stringContaining('rate limit is used up until 2026-04-02T09:00:00Z'),
    })
  })

  test('errors without an HTTP status pass through unchanged', () => {
    const plain = new Error('disk full')
    expect(explainApiFailure(plain, listing)).toBe(plain)
    expect(explainApiFailure(undefined, listing)).toBeUndefined()
  })
})
