import { parse } from 'yaml'

interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs?: Record<string, { description?: string }>
}

const BEGIN = (section: string) => `<!-- action-docs:${section}:begin -->`
const END = (section: string) => `<!-- action-docs:${section}:end -->`

function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

/** The README's inputs and outputs tables, generated from action.yml so the two cannot drift. */
export function actionDocTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionMetadata
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec.description ?? '')} | ${spec.default ? `\`${cell(spec.default)}\`` : ''} |`,
  )
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`,
  )
  return {
    inputs: ['| Input | Description | Default |', '| --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n'),
  }
}

/** README text with the generated tables put between their markers; throws when a marker is missing. */
export function readmeWithActionDocs(readme: string, actionYml: string): string {
  const tables = actionDocTables(actionYml)
  let text = readme
  for (const section of ['inputs', 'outputs'] as const) {
    const begin = text.indexOf(BEGIN(section))
    const end = text.indexOf(END(section))
    if (begin < 0 || end < begin) throw new Error(`README.md lacks the markers ${BEGIN(section)} … ${END(section)}`)
    text = `${text.slice(0, begin + BEGIN(section).length)}\n\n${tables[section]}\n\n${text.slice(end)}`
  }
  return text
}
