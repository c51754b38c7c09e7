/**
 * GitHub answers a token without the needed permission with 403 "Resource not accessible by integration" (or
 * "… by personal access token"); the user can only fix that in the workflow's `permissions:` block, so the error says
 * which permission to add.
 */

interface HttpishError {
  status?: number
  message?: string
  response?: { data?: { message?: string } }
}

/** True for the 403 that means "this token lacks a permission" (not a rate limit, which is also a 403). */
export function isMissingPermission(error: unknown): boolean {
  const e = error as HttpishError | null
  if (!e || e.status !== 403) return false
  const text = `${e.response?.data?.message ?? ''} ${e.message ?? ''}`
  return /resource not accessible by/i.test(text)
}

/**
 * The error to throw for a failed call: a missing-permission 403 becomes an Error naming the permission
 * (`issues: write`, `actions: read`…) and what was being done; anything else is returned unchanged.
 */
export function explainPermissionError(error: unknown, permission: string, doing = 'calling the GitHub API'): unknown {
  if (!isMissingPermission(error)) return error
  const said = (error as HttpishError).response?.data?.message ?? (error as HttpishError).message
  const explained = new Error(
    `Missing permission '${permission}' while ${doing}: GitHub answered 403 '${said}'. ` +
      `Add 'permissions: { ${permission} }' to the job (or the token's scopes).`,
    { cause: error },
  )
  // The status stays on the error: callers decide by it (a 403 is not retried as a failure that may have worked).
  return Object.assign(explained, { status: 403, response: (error as HttpishError).response })
}
