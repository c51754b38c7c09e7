import { Command } from 'commander'
import { UsageError } from '../../src/cli/cli-errors.js'
import { readReportSettings } from '../../src/cli/report-settings.js'
import { runProgram } from '../../src/cli/run-program.js'
import { DEFAULT_FLAG_THRESHOLDS } from '../../src/analysis/flags/flags.js'

const now = new Date('2026-04-10T12:00:00Z')

test('defaults: markdown to stdout, default thresholds, no filters', () => {
  expect(readReportSettings(['a'], {}, now)).toEqual({
    paths: ['a'],
    format: 'markdown',
    thresholds: DEFAULT_FLAG_THRESHOLDS,
  })
})

test('every option is read into typed settings', () => {
  const s = readReportSettings(
    ['a', 'b'],
    {
      format: 'CSV',
      providers: ' Anthropic, copilot ,',
      pricing: 'p.yml',
      since: '7d',
      until: '2026-04-09',
      out: 'r.csv',
      tokenSemantics: ['copilot=additive', 'openai=inclusive'],
      threshold: ['cost-per-run=2'],
    },
    now,
  )
  expect(s).toMatchObject({
    paths: ['a', 'b'],
    format: 'csv',
    providers: ['anthropic', 'copilot'],
    pricingFile: 'p.yml',
    outFile: 'r.csv',
    thresholds: { ...DEFAULT_FLAG_THRESHOLDS, costPerRunUsd: 2 },
  })
  expect(s.since?.toISOString()).toBe('2026-04-03T12:00:00.000Z')
  expect(s.until?.toISOString()).toBe('2026-04-09T00:00:00.000Z')
  expect(s.tokenSemantics).toMatchObject({ copilot: 'additive', openai: 'inclusive', anthropic: 'additive' })
})

test('--normalise, the earlier name of --token-semantics, still works; errors name the option', () => {
  expect(readReportSettings(['a'], { normalise: ['copilot=additive'] }, now).tokenSemantics).toMatchObject({
    copilot: 'additive',
  })
  expect(() => readReportSettings(['a'], { tokenSemantics: ['copilot=both'] }, now)).toThrow(
    "Invalid --token-semantics 'copilot=both'",
  )
})

test.each([
  [[], {}, /No input PATH given/],
  [['a'], { format: 'xml' }, /Invalid --format 'xml'/],
  [['a'], { providers: ' , ' }, /Invalid --providers ' , '/],
  [['a'], { since: 'soon' }, /Invalid --since 'soon'/],
  [['a'], { out: '' }, /Invalid --out ''/],
  [['a'], { threshold: ['nope=1'] }, /^Invalid --threshold 'nope=1': Unknown threshold 'nope'/],
  [
    ['a'],
    { providers: 'anthropic,antropic' },
    /^Invalid --providers 'antropic'\. Expected some of anthropic, .*'anthropic'\?$/,
  ],
  [['a'], { since: '2026-02-30' }, /^Invalid --since '2026-02-30'\. 2026-02-30 is not a day of the calendar/],
  [
    ['a'],
    { until: '2026-04-11' },
    /^Invalid --until '2026-04-11'\. It is in the future \(now is 2026-04-10T12:00:00\.000Z\)/,
  ],
  [['a'], { since: '2099-01-01T00:00:00Z' }, /^Invalid --since '2099-01-01T00:00:00Z'\. It is in the future/],
])('bad values are UsageErrors quoting them: %j %j', (paths, raw, message) => {
  expect(() => readReportSettings(paths, raw, now)).toThrow(UsageError)
  expect(() => readReportSettings(paths, raw, now)).toThrow(message)
})

describe('runProgram', () => {
  const io = () => {
    const out: string[] = []
    const err: string[] = []
    return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } }
  }
  const program = (action: () => void) =>
    new Command('tool').addCommand(new Command('go').option('--n <n>').action(async () => action()))

  test('success is 0, a UsageError 2, any other error 1 with its message', async () => {
    const a = io()
    expect(
      await runProgram(
        program(() => {}),
        ['go'],
        a.io,
      ),
    ).toBe(0)
    const b = io()
    expect(
      await runProgram(
        program(() => {
          throw new UsageError('bad --n')
        }),
        ['go'],
        b.io,
      ),
    ).toBe(2)
    expect(b.err.join('')).toBe('error: bad --n\n')
    const c = io()
    expect(
      await runProgram(
        program(() => {
          throw new Error("Input path 'x' does not exist")
        }),
        ['go'],
        c.io,
      ),
    ).toBe(1)
    expect(c.err.join('')).toBe("error: Input path 'x' does not exist\n")
  })

  test("commander's parse errors are usage errors (2) on subcommands too; help is 0", async () => {
    const a = io()
    expect(
      await runProgram(
        program(() => {}),
        ['go', '--what'],
        a.io,
      ),
    ).toBe(2)
    expect(a.err.join('')).toContain("unknown option '--what'")
    const b = io()
    expect(
      await runProgram(
        program(() => {}),
        ['go', '--help'],
        b.io,
      ),
    ).toBe(0)
    expect(b.out.join('')).toContain('Usage: tool go')
  })
})
