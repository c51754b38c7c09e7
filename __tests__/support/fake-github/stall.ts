// The stall knob: a server that takes a request and then goes silent, as a hung API call or a blob host that stops
// sending does. Nothing times out on this side: the client must give up (or the server close) to end it.
import type { ServerResponse } from 'node:http'

/**
 * `stall` of a fault rule: `true` never answers at all (no status, no headers); `'mid-body'` sends the status, the
 * headers with the full Content-Length and half the body, then nothing more.
 */
export type StallMode = true | 'mid-body'

/** Answers with a stall: `send` is used only for the part `'mid-body'` sends. */
export function stallAnswer(
  response: ServerResponse,
  mode: StallMode,
  answer?: { status: number; headers: Record<string, string>; body: Buffer },
): void {
  if (mode === true || !answer) return
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) })
  response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)))
}
