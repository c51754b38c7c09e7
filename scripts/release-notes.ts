// Prints the CHANGELOG.md section of one version, the body of its GitHub release (the release workflow runs it):
// `tsx scripts/release-notes.ts 1.2.3`.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The lines under `## [version]` up to the next `## ` heading; an error when the section is missing or empty. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start === -1) throw new Error(`CHANGELOG.md has no section '## [${version}]': add one before tagging v${version}`)
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  const body = lines
    .slice(start + 1, next === -1 ? undefined : next)
    .filter((line) => !/^\[[^\]]+\]: /.test(line))
    .join('\n')
    .trim()
  if (body === '') throw new Error(`CHANGELOG.md's section '## [${version}]' is empty`)
  return body
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '')
  if (version === '') throw new Error('Usage: tsx scripts/release-notes.ts <version>')
  console.log(releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version))
}
