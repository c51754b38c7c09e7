// Writes __tests__/data/github-openapi/response-shapes.json: the response descriptions of the operations the fake
// GitHub server implements, cut out of GitHub's OpenAPI description with every component they reference, so the
// shape test needs neither the 385 MB @octokit/openapi package nor network.
//
// Run it again when the fake server gains an operation (add it to OPERATIONS) or to move to a newer description:
//   npm pack @octokit/openapi@<version> && tar xzf octokit-openapi-<version>.tgz
//   npx tsx __tests__/support/openapi/extract-response-shapes.ts package/generated/api.github.com.json <version>
// The output keeps the description's own layout (paths → method → responses, components) and its `$ref`s; it drops
// the `example`/`examples` values (half the size, and the shape test never reads them).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Operation → the response statuses the fake server answers it with in the shape test. */
export const OPERATIONS: Record<string, string[]> = {
  'GET /repos/{owner}/{repo}': ['200'],
  'GET /rate_limit': ['200'],
  'GET /search/issues': ['200'],
  'GET /repos/{owner}/{repo}/actions/workflows': ['200'],
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': ['200'],
  'GET /repos/{owner}/{repo}/actions/runs': ['200'],
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': ['200'],
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': ['200'],
  'GET /repos/{owner}/{repo}/actions/artifacts': ['200'],
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}': ['200'],
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': ['302', '410'],
  'GET /repos/{owner}/{repo}/issues': ['200'],
  'POST /repos/{owner}/{repo}/issues': ['201'],
  'GET /repos/{owner}/{repo}/issues/{issue_number}': ['200'],
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': ['200'],
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': ['200'],
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': ['201'],
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': ['200'],
  'GET /repos/{owner}/{repo}/labels/{name}': ['200', '404'],
  'POST /repos/{owner}/{repo}/labels': ['201'],
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const DROPPED_KEYS = new Set(['example', 'examples'])

function withoutExamples(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutExamples)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !DROPPED_KEYS.has(key))
      .map(([key, value]) => [key, withoutExamples(value)]),
  )
}

function lookup(root: Json, pointer: string): Json {
  return pointer
    .slice(2)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<Json>((node, key) => {
      const next = (node as Record<string, Json>)[key]
      if (next === undefined) throw new Error(`Unresolvable $ref ${pointer}`)
      return next
    }, root)
}

function setAt(root: Record<string, Json>, keys: string[], value: Json): void {
  let node = root
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, Json>
  node[keys[keys.length - 1]] = value
}

/** Every `#/components/...` pointer reachable from `start`, followed transitively. */
function referencedComponents(spec: Json, start: Json): Set<string> {
  const found = new Set<string>()
  const pending: Json[] = [start]
  while (pending.length > 0) {
    const node = pending.pop()
    if (Array.isArray(node)) pending.push(...node)
    else if (node && typeof node === 'object') {
      const ref = node.$ref
      if (typeof ref === 'string' && !found.has(ref)) {
        found.add(ref)
        pending.push(lookup(spec, ref))
      }
      pending.push(...Object.values(node))
    }
  }
  return found
}

export function extractResponseShapes(spec: Json, version: string): Record<string, Json> {
  const paths: Record<string, Json> = {}
  for (const [operation, statuses] of Object.entries(OPERATIONS)) {
    const [method, path] = operation.split(' ')
    for (const status of statuses) {
      const response = lookup(spec, `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}`) as Record<
        string,
        { responses: Record<string, Json> }
      >
      const answer = response[method.toLowerCase()]?.responses[status]
      if (answer === undefined) throw new Error(`The description has no ${status} response for ${operation}`)
      setAt(paths, [path, method.toLowerCase(), 'responses', status], withoutExamples(answer))
    }
  }
  const components: Record<string, Json> = {}
  for (const pointer of [...referencedComponents(spec, paths)].sort()) {
    if (!pointer.startsWith('#/components/')) throw new Error(`Unexpected $ref ${pointer}`)
    setAt(components, pointer.slice('#/components/'.length).split('/'), withoutExamples(lookup(spec, pointer)))
  }
  return {
    source: `@octokit/openapi@${version} (MIT License), generated/api.github.com.json: GitHub's REST API description`,
    extractedBy: '__tests__/support/openapi/extract-response-shapes.ts',
    paths,
    components,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [specFile, version] = process.argv.slice(2)
  if (!specFile || !version)
    throw new Error('Usage: extract-response-shapes.ts <api.github.com.json> <package version>')
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Json
  const output = new URL('../../data/github-openapi/response-shapes.json', import.meta.url)
  writeFileSync(output, JSON.stringify(extractResponseShapes(spec, version), null, 1) + '\n')
  console.log(`Wrote ${fileURLToPath(output)}`)
}
