// Rewrites README.md's inputs and outputs tables from action.yml (`npm run docs`); a test fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { readmeWithActionDocs } from '../src/docs/action-docs.js'

const readme = readFileSync('README.md', 'utf8')
const updated = readmeWithActionDocs(readme, readFileSync('action.yml', 'utf8'))
if (updated !== readme) writeFileSync('README.md', updated)
console.log(updated === readme ? 'README.md is up to date' : 'README.md updated from action.yml')
