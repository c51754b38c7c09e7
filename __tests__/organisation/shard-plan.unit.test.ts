// mode plan's split: disjoint, covering, balanced by the previous report's run counts, deterministic, at most 256.
import { planShards } from '../../src/organisation/shard-plan.js'

const UNTIL = '2026-06-02T06:00:00.000Z'
const names = (n: number) => Array.from({ length: n }, (_, i) => `acme/repo-${String(i).padStart(3, '0')}`)

test('disjoint and covering, whatever the order the repositories come in', () => {
  const repositories = names(23)
  const counts = new Map(repositories.map((r, i) => [r, (i * 37) % 11]))
  const plan = planShards(repositories, counts, 5, UNTIL)
  const listed = plan.flatMap((s) => s.repositories.split(','))
  expect(listed.sort()).toEqual([...repositories].sort())
  expect(new Set(listed).size).toBe(listed.length)
  expect(plan.map((s) => s.shard)).toEqual([1, 2, 3, 4, 5])
  expect(planShards([...repositories].reverse(), counts, 5, UNTIL)).toEqual(plan)
  expect(plan.every((s) => s.until === UNTIL)).toBe(true)
})

test('balanced by run count: no shard holds more than the lightest plus the heaviest repository', () => {
  const repositories = names(40)
  const counts = new Map(repositories.map((r, i) => [r, 1 + ((i * 53) % 97)]))
  const plan = planShards(repositories, counts, 8, UNTIL)
  const loads = plan.map((s) => s.repositories.split(',').reduce((n, r) => n + counts.get(r)!, 0))
  const heaviest = Math.max(...counts.values())
  expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(heaviest)
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  expect(loads.reduce((a, b) => a + b, 0)).toBe(total)
})

test('never more shards than repositories or than the matrix holds', () => {
  expect(planShards(names(3), new Map(), 8, UNTIL)).toHaveLength(3)
  expect(planShards(names(300), new Map(), 1000, UNTIL)).toHaveLength(256)
})
