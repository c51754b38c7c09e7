// The fake server's answers checked against GitHub's own OpenAPI description: for every operation it implements, a
// real response is validated against that operation's response schema (required fields, types, nullability, enums,
// nested objects and arrays). The schemas are the committed excerpt in __tests__/data/github-openapi (see its README).
import { readFileSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

type Schema = {
  $ref?: string
  type?: string
  nullable?: boolean
  required?: string[]
  properties?: Record<string, Schema>
  items?: Schema
  enum?: unknown[]
  allOf?: Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
}
type Spec = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, Schema & { content?: Record<string, { schema: Schema }> }> }>
  >
}

const spec = JSON.parse(
  readFileSync(new URL('../data/github-openapi/response-shapes.json', import.meta.url), 'utf8'),
) as Spec & Record<string, unknown>

function resolve(schema: Schema): Schema {
  let current = schema
  while (current.$ref) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as Schema
  }
  return current
}

/** Problems of `value` against `schema`, each with its JSON path. */
function violations(schemaRef: Schema, value: unknown, path = '$'): string[] {
  const schema = resolve(schemaRef)
  if (value === null) {
    const nullable =
      schema.nullable || [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((s) => resolve(s).nullable)
    return nullable || (!schema.type && !schema.allOf && !schema.anyOf && !schema.oneOf) ? [] : [`${path} is null`]
  }
  const problems: string[] = []
  for (const part of schema.allOf ?? []) problems.push(...violations(part, value, path))
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives && !alternatives.some((alternative) => violations(alternative, value, path).length === 0)) {
    problems.push(`${path} matches none of ${alternatives.length} alternatives`)
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path} = ${JSON.stringify(value)} not in enum`)
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [...problems, `${path} is not an object`]
      const record = value as Record<string, unknown>
      for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${path}.${name} is missing`)
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (name in record && record[name] !== undefined)
          problems.push(...violations(property, record[name], `${path}.${name}`))
      }
      break
    }
    case 'array':
      if (!Array.isArray(value)) return [...problems, `${path} is not an array`]
      value.forEach((item, index) => problems.push(...violations(schema.items ?? {}, item, `${path}[${index}]`)))
      break
    case 'integer':
      if (!Number.isInteger(value)) problems.push(`${path} = ${JSON.stringify(value)} is not an integer`)
      break
    case 'number':
      if (typeof value !== 'number') problems.push(`${path} is not a number`)
      break
    case 'string':
      if (typeof value !== 'string') problems.push(`${path} = ${JSON.stringify(value)} is not a string`)
      break
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${path} is not a boolean`)
      break
  }
  return problems
}

function responseSchema(route: string, status: number): Schema {
  const [method, path] = route.split(' ')
  const response = resolve(spec.paths[path][method.toLowerCase()].responses[String(status)]) as {
    content?: Record<string, { schema: Schema }>
  }
  const schema = response.content?.['application/json']?.schema
  if (!schema) throw new Error(`No JSON schema for ${route} ${status}`)
  return schema
}

let gh: FakeGitHub
let runId: number
let artifactId: number
let expiredId: number

beforeAll(async () => {
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'agents' })
  const run = gh.addRun({ workflow: 'Daily Triage', createdAt: '2026-04-01T06:00:00Z', conclusion: 'failure' })
  gh.addRun({ workflow: 'Issue Agent', createdAt: '2026-04-01T07:00:00Z', conclusion: null, headBranch: null })
  runId = run.id
  artifactId = (await gh.addArtifact(runId, 'usage', { files: { 'agent/token_usage.jsonl': '{}\n' } })).id
  expiredId = (await gh.addArtifact(runId, 'agent', { files: { a: 'b' } }, { expired: true, digestOverride: null })).id
  gh.addLabel('token-usage-report', '0e8a16', 'Daily reports')
  const issue = gh.addIssue({ title: 'Report', body: 'x', labels: ['token-usage-report'] })
  gh.addComment(issue.number, 'hello')
  gh.addIssue({ title: 'Closed', state: 'closed', stateReason: 'not_planned', body: null })
})

afterAll(() => gh.close())

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(gh.url + path, {
    method,
    redirect: 'manual',
    headers: { authorization: 'token t', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : undefined }
}

const r = '/repos/octo-org/agents'

describe('responses match GitHub OpenAPI schemas', () => {
  const rows: [string, string, string | (() => string), number, unknown?][] = [
    ['GET /repos/{owner}/{repo}/actions/runs', 'GET', `${r}/actions/runs?per_page=5`, 200],
    ['GET /repos/{owner}/{repo}/actions/runs', 'GET', `${r}/actions/runs?created=>=2026-04-01`, 200],
    ['GET /repos/{owner}/{repo}/actions/workflows', 'GET', `${r}/actions/workflows`, 200],
    [
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      'GET',
      () => `${r}/actions/workflows/${gh.workflows[0].id}/runs`,
      200,
    ],
    ['GET /repos/{owner}/{repo}/actions/runs/{run_id}', 'GET', () => `${r}/actions/runs/${runId}`, 200],
    [
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      'GET',
      () => `${r}/actions/runs/${runId}/artifacts`,
      200,
    ],
    ['GET /repos/{owner}/{repo}/actions/artifacts', 'GET', `${r}/actions/artifacts?name=usage`, 200],
    ['GET /repos/{owner}/{repo}/actions/artifacts', 'GET', `${r}/actions/artifacts`, 200],
    [
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
      'GET',
      () => `${r}/actions/artifacts/${artifactId}`,
      200,
    ],
    [
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      'GET',
      () => `${r}/actions/artifacts/${expiredId}/zip`,
      410,
    ],
    ['GET /repos/{owner}/{repo}/issues', 'GET', `${r}/issues?state=all`, 200],
    ['POST /repos/{owner}/{repo}/issues', 'POST', `${r}/issues`, 201, { title: 'New', body: 'b', labels: ['x'] }],
    ['GET /repos/{owner}/{repo}/issues/{issue_number}', 'GET', `${r}/issues/1`, 200],
    [
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'PATCH',
      `${r}/issues/1`,
      200,
      { state: 'closed', state_reason: 'not_planned' },
    ],
    ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'GET', `${r}/issues/1/comments`, 200],
    ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'POST', `${r}/issues/1/comments`, 201, { body: 'c' }],
    ['POST /repos/{owner}/{repo}/issues/{issue_number}/labels', 'POST', `${r}/issues/1/labels`, 200, { labels: ['y'] }],
    ['GET /repos/{owner}/{repo}/labels/{name}', 'GET', `${r}/labels/token-usage-report`, 200],
    ['GET /repos/{owner}/{repo}/labels/{name}', 'GET', `${r}/labels/missing`, 404],
    [
      'POST /repos/{owner}/{repo}/labels',
      'POST',
      `${r}/labels`,
      201,
      { name: 'new', color: 'ff0000', description: 'd' },
    ],
    ['GET /search/issues', 'GET', '/search/issues?q=repo:octo-org/agents+label:token-usage-report', 200],
    ['GET /repos/{owner}/{repo}', 'GET', r, 200],
    ['GET /rate_limit', 'GET', '/rate_limit', 200],
  ]

  // Objects, not arrays: jest.each would take a missing trailing array element for a `done` callback.
  const cases = rows.map(([route, method, path, status, body]) => ({ route, method, path, status, body }))
  it.each(cases)('$route ($status)', async ({ route, method, path: givenPath, status, body }) => {
    const path = typeof givenPath === 'string' ? givenPath : givenPath()
    const response = await call(method, path, body)
    expect(response.status).toBe(status)
    expect(violations(responseSchema(route, status), response.json)).toEqual([])
  })

  it('the /zip 302 carries the Location header the description declares', async () => {
    const response = await call('GET', `${r}/actions/artifacts/${artifactId}/zip`)
    expect(response.status).toBe(302)
    const declared = spec.paths['/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'].get.responses[
      '302'
    ] as unknown as { headers: Record<string, unknown> }
    expect(Object.keys(declared.headers)).toEqual(['Location'])
    expect(response.headers.get('location')).toMatch(new RegExp(`^${gh.url}/_blob/${artifactId}/`))
  })

  it('the checker itself rejects wrong shapes', () => {
    const schema = responseSchema('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}', 200)
    expect(violations(schema, { id: 'x', name: 1 })).toEqual(
      expect.arrayContaining(['$.node_id is missing', '$.id = "x" is not an integer', '$.name = 1 is not a string']),
    )
    const issue = responseSchema('GET /repos/{owner}/{repo}/issues/{issue_number}', 200)
    expect(violations(issue, { state_reason: 'finished' })).toContain('$.state_reason = "finished" not in enum')
  })
})
