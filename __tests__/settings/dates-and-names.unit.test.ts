// Dates the calendar does not have, times in the future and names outside a closed set are refused, naming the
// input and quoting the value.
import { readActionSettings } from '../../src/settings/action-settings.js'
import { unknownName } from '../../src/settings/known-names.js'
import { parseIsoTime, parseTimeOrDuration } from '../../src/settings/time-input.js'

const NOW = new Date('2026-04-02T08:00:00Z')

/** The inputs read here, the rest empty: readActionSettings reads empty text as the action's defaults… */
function inputs(overrides: Record<string, string>) {
  const values: Record<string, string> = {
    'github-token': 'ghs_x',
    repository: 'octo/repo',
    labels: 'token-usage-report',
    'trend-threshold': '0.2',
    history: '14',
    concurrency: '8',
    'api-reserve': '100',
    'max-artifact-mb': '500',
    'max-unzipped-mb': '2048',
    'max-zip-entries': '10000',
    ...overrides,
  }
  return (name: string) => values[name] ?? ''
}

describe('parseIsoTime', () => {
  test.each(['2026-02-30', '2026-02-29', '2026-04-31T00:00:00Z', '2026-13-01', '2026-01-01T24:00:00Z'])(
    '%s is not a time',
    (text) => expect(parseIsoTime(text)).toBeUndefined(),
  )

  test.each([
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2026-04-30T23:59:59Z', '2026-04-30T23:59:59.000Z'],
  ])('%s is %s', (text, iso) => expect(parseIsoTime(text)?.toISOString()).toBe(iso))

  test('the error says the day is not in the calendar', () => {
    expect(() => parseTimeOrDuration('2026-02-30', '--since')).toThrow(
      "Invalid --since '2026-02-30'. 2026-02-30 is not a day of the calendar. Expected an ISO time",
    )
  })
})

describe('the action refuses', () => {
  test.each([
    ['until', '2026-02-30', "Invalid input 'until': '2026-02-30'. 2026-02-30 is not a day of the calendar."],
    ['lookback', '2026-02-30', "Invalid input 'lookback': '2026-02-30'. 2026-02-30 is not a day of the calendar."],
    [
      'until',
      '2099-01-01',
      "Invalid input 'until': '2099-01-01'. It is in the future (now is 2026-04-02T08:00:00.000Z)",
    ],
    ['until', '2026-04-02T08:00:01Z', "Invalid input 'until': '2026-04-02T08:00:01Z'. It is in the future"],
    ['lookback', '2026-04-03', "Invalid input 'lookback': '2026-04-03'. It is in the future"],
    [
      'conclusions',
      'success,sucess',
      "Invalid input 'conclusions': 'sucess'. Expected some of success, failure, cancelled, skipped, timed_out, " +
        "action_required, neutral, stale, startup_failure. Did you mean 'success'?",
    ],
    ['providers', 'antropic', "Invalid input 'providers': 'antropic'. Expected some of anthropic, openai"],
  ])('%s %s', async (name, value, message) => {
    await expect(readActionSettings(inputs({ [name]: value }), NOW)).rejects.toThrow(message)
  })

  test('and accepts now itself, every conclusion GitHub gives and mixed case', async () => {
    const settings = await readActionSettings(
      inputs({ until: NOW.toISOString(), conclusions: 'Success, timed_out,startup_failure', providers: 'Copilot' }),
      NOW,
    )
    expect(settings.until).toEqual(NOW)
    expect(settings.conclusions).toEqual(['success', 'timed_out', 'startup_failure'])
    expect(settings.providers).toEqual(['copilot'])
  })
})

test('unknownName suggests only a close name', () => {
  expect(unknownName(['anthropic'], ['anthropic', 'openai'])).toBeUndefined()
  expect(unknownName(['opnai'], ['anthropic', 'openai'])?.expected).toMatch(/Did you mean 'openai'\?$/)
  expect(unknownName(['mistral'], ['anthropic', 'openai'])?.expected).toBe('Expected some of anthropic, openai.')
})
