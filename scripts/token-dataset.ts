// The gh-aw-firewall token dataset (its runs with requests in scripts/data/token-dataset.jsonl): per-run totals that the example and
// benchmark generators split into per-request records. Script-only; the project never reads it at run time.
import { readFileSync } from 'node:fs'

/** One run of the dataset (the fields the generators use). */
export interface DatasetRun {
  run_id: number
  workflow: string
  created_at: string
  branch: string
  artifact: string
  models: string[]
  providers: string[]
  api_calls: number
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
}

/** Every run of the dataset file, in file order. */
export function readDatasetRuns(path: string): DatasetRun[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DatasetRun)
}
