import { explainPermissionError, isMissingPermission } from '../../src/github/permission-error.js'

/** The shape of an Octokit RequestError for a 403. */
function forbidden(message: string) {
  return Object.assign(new Error(message), { status: 403, response: { data: { message } } })
}

describe('explainPermissionError', () => {
  test('a 403 "Resource not accessible by integration" names the permission and what was being done', () => {
    const error = explainPermissionError(
      forbidden('Resource not accessible by integration'),
      'issues: write',
      'creating the report issue',
    ) as Error
    expect(error.message).toContain("Missing permission 'issues: write' while creating the report issue")
    expect(error.message).toContain("'Resource not accessible by integration'")
    expect((error as Error & { cause?: unknown }).cause).toBeInstanceOf(Error)
    // Callers that decide by the status (retry or not) decide the same on the explained error.
    expect((error as Error & { status?: number }).status).toBe(403)
  })

  test('the same for a personal access token, and for run listing', () => {
    const error = explainPermissionError(
      forbidden('Resource not accessible by personal access token'),
      'actions: read',
    ) as Error
    expect(error.message).toMatch(/^Missing permission 'actions: read'/)
  })

  test('a rate-limit 403 and other errors pass through unchanged', () => {
    const limit = forbidden('You have exceeded a secondary rate limit')
    expect(isMissingPermission(limit)).toBe(false)
    expect(explainPermissionError(limit, 'issues: write')).toBe(limit)
    const notFound = Object.assign(new Error('Not Found'), { status: 404 })
    expect(explainPermissionError(notFound, 'issues: write')).toBe(notFound)
    expect(explainPermissionError(undefined, 'issues: write')).toBeUndefined()
  })
})
