/**
 * GitHub's workflow run conclusions (the REST API's `conclusion` of a completed run). The `conclusions` input and
 * the CLI's --conclusions accept these only: a typo such as `sucess` would otherwise select no run at all.
 */
export const RUN_CONCLUSIONS = [
  'success',
  'failure',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'neutral',
  'stale',
  'startup_failure',
] as const
