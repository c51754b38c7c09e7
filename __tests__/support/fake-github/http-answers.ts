// Low-level answering: reading a request body, waiting, and sending a body whole or deliberately cut.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultSpec } from './faults.js'

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Sends `body`, or with `truncate` only its start: either announcing the full length and then dropping the socket,
 * or (`short-body`) as a complete chunked answer that is simply too short.
 */
export function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  fault?: Pick<FaultSpec, 'truncate' | 'truncateMode'>,
) {
  const truncate = fault?.truncate
  if (truncate === undefined || truncate === false) {
    response.writeHead(status, { ...headers, 'content-length': String(body.length) })
    response.end(body)
    return
  }
  const keep = truncate === true ? Math.floor(body.length / 2) : Math.min(truncate, Math.max(0, body.length - 1))
  if (fault?.truncateMode === 'short-body') {
    response.writeHead(status, headers)
    response.end(body.subarray(0, keep))
    return
  }
  response.writeHead(status, { ...headers, 'content-length': String(body.length) })
  response.write(body.subarray(0, keep), () => response.socket?.destroy())
}
