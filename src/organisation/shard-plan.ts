/**
 * `mode: plan`: the selected repositories split into at most N shards for the Actions matrix, pure. Disjoint and
 * covering; balanced by each repository's run count in the previous organisation report (a repository it did not
 * have weighs one run); deterministic: the heaviest repository first (by name on a tie) goes to the lightest shard
 * (the lowest number on a tie), so the same inventory and counts always give the same matrix.
 */

import { MAX_SHARDS } from '../settings/repositories-input.js'

export interface ShardEntry {
  /** From 1. */
  shard: number
  /** `owner/name,owner/name`: the `repositories` input of the shard's job. */
  repositories: string
  /** The window's end every shard and the merge share (the `until` input). */
  until: string
}

export function planShards(
  repositories: readonly string[],
  runCounts: ReadonlyMap<string, number>,
  shards: number,
  until: string,
): ShardEntry[] {
  const weightOf = (repository: string) => Math.max(1, runCounts.get(repository.toLowerCase()) ?? 0)
  const ordered = [...new Set(repositories)].sort(
    (a, b) => weightOf(b) - weightOf(a) || (a.toLowerCase() < b.toLowerCase() ? -1 : 1),
  )
  const bins = Array.from({ length: Math.max(1, Math.min(shards, MAX_SHARDS, ordered.length)) }, () => ({
    weight: 0,
    repositories: [] as string[],
  }))
  for (const repository of ordered) {
    let lightest = 0
    for (let i = 1; i < bins.length; i++) if (bins[i]!.weight < bins[lightest]!.weight) lightest = i
    bins[lightest]!.weight += weightOf(repository)
    bins[lightest]!.repositories.push(repository)
  }
  return bins
    .filter((bin) => bin.repositories.length > 0)
    .map((bin, i) => ({ shard: i + 1, repositories: [...bin.repositories].sort().join(','), until }))
}
