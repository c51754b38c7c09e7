// The repository itself and /rate_limit (which GitHub does not count against the limit).
import { fullRepositoryJson } from './github-shapes.js'
import type { RateLimitBucket } from './rate-limits.js'
import { isThisRepository, notFound, type Route } from './route-table.js'

export function repositoryRoutes(buckets: () => Record<string, RateLimitBucket>): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/repos/:owner/:repo',
      resource: 'core',
      handle: (context) =>
        isThisRepository(context)
          ? {
              status: 200,
              json: fullRepositoryJson(
                context.state,
                context.urls,
                context
                  .now()
                  .toISOString()
                  .replace(/\.\d{3}Z$/, 'Z'),
              ),
            }
          : notFound(),
    },
    {
      method: 'GET',
      pattern: '/rate_limit',
      resource: 'none',
      handle: () => {
        const all = buckets()
        const resources = Object.fromEntries(
          Object.entries(all).map(([name, bucket]) => [
            name,
            { limit: bucket.limit, used: bucket.used, remaining: bucket.remaining, reset: bucket.reset },
          ]),
        )
        return { status: 200, json: { resources, rate: resources.core } }
      },
    },
  ]
}
