/**
 * GitHub answered 200 but not with what the endpoint documents (a body cut mid-transfer arrives from Octokit as an
 * empty string, a proxy may answer HTML): the message says what was expected and quotes the start of what came.
 */
export class MalformedAnswerError extends Error {
  constructor(expected: string, received: unknown) {
    super(`GitHub answered without ${expected} (got ${describeAnswer(received)})`)
    this.name = 'MalformedAnswerError'
  }
}

/** `an empty body`, `text '<html>…'`, `an object with keys total_count, runs`. */
function describeAnswer(data: unknown): string {
  if (data === undefined || data === null || data === '') return 'an empty body'
  if (typeof data === 'string') {
    const start = data.slice(0, 60).replace(/\s+/g, ' ')
    return `text that is not JSON: '${start}${data.length > 60 ? '…' : ''}'`
  }
  if (Array.isArray(data)) return `a list of ${data.length}`
  if (typeof data === 'object') {
    const keys = Object.keys(data).slice(0, 5)
    return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`
  }
  return `${typeof data} ${String(data).slice(0, 40)}`
}
