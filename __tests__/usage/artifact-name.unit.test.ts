// workflow_call artifact names: `<hash>-<name>` matches `<name>`; words before a dash do not.
import { chooseArtifact } from '../../src/collect/artifact-choice.js'
import type { RunArtifact } from '../../src/github/github-client.js'
import { artifactNameMatches, artifactPrefix, configuredArtifactName } from '../../src/usage/artifact-name.js'

function artifact(id: number, name: string, expired = false): RunArtifact {
  return { id, name, runId: 1, expired, sizeInBytes: 100 }
}

describe('artifactNameMatches', () => {
  test.each([
    ['agent', 'agent', true],
    // gh-aw's compute_artifact_prefix.sh: 8 hex digits of a SHA-256 and a dash.
    ['3f9a1c2b-agent', 'agent', true],
    ['abc123-firewall-audit-logs', 'firewall-audit-logs', true],
    ['3F9A1C2B-usage', 'usage', true],
    ['0123456789abcdef-agent', 'agent', true],
    // Words, short hex words, a longer digest than any hash, and other names are not prefixes.
    ['my-agent', 'agent', false],
    ['old-agent', 'agent', false],
    ['beef-agent', 'agent', false],
    ['0123456789abcdef0-agent', 'agent', false],
    ['3f9a1c2b-agent-artifacts', 'agent', false],
    ['3f9a1c2bagent', 'agent', false],
    ['-agent', 'agent', false],
    ['3f9a1c2b--agent', 'agent', false],
    ['agent', '3f9a1c2b-agent', false],
  ])('%s as %s: %s', (actual, name, expected) => {
    expect(artifactNameMatches(actual, name)).toBe(expected)
  })

  test('the prefix is returned without its dash; the configured name an artifact stands for', () => {
    expect(artifactPrefix('3f9a1c2b-agent', 'agent')).toBe('3f9a1c2b')
    expect(artifactPrefix('agent', 'agent')).toBeUndefined()
    expect(configuredArtifactName('3f9a1c2b-agent-artifacts', ['agent', 'agent-artifacts'])).toBe('agent-artifacts')
    expect(configuredArtifactName('my-agent', ['agent', 'usage'])).toBeUndefined()
  })
})

describe('chooseArtifact with workflow_call prefixes', () => {
  const names = ['usage', 'agent', 'firewall-audit-logs']

  test('a prefixed artifact is found by its name, in the order of the names', () => {
    expect(chooseArtifact([artifact(4, '3f9a1c2b-agent'), artifact(5, 'my-usage')], names)).toEqual({
      kind: 'download',
      artifact: artifact(4, '3f9a1c2b-agent'),
      also: [],
    })
    expect(
      chooseArtifact(
        [artifact(4, '3f9a1c2b-agent'), artifact(6, 'abc123-firewall-audit-logs')],
        ['firewall-audit-logs'],
      ),
    ).toEqual({ kind: 'download', artifact: artifact(6, 'abc123-firewall-audit-logs'), also: [] })
  })

  test('two calls of one reusable workflow: the unprefixed one first, the others also; newest upload of each', () => {
    const choice = chooseArtifact(
      [
        artifact(9, 'e5f6a7b8-usage'),
        artifact(3, 'a1b2c3d4-usage'),
        artifact(7, 'a1b2c3d4-usage'),
        artifact(2, 'usage'),
      ],
      names,
    )
    expect(choice).toEqual({
      kind: 'download',
      artifact: artifact(2, 'usage'),
      also: [artifact(7, 'a1b2c3d4-usage'), artifact(9, 'e5f6a7b8-usage')],
    })
  })

  test('an expired prefixed artifact is named as it was uploaded', () => {
    expect(chooseArtifact([artifact(4, '3f9a1c2b-agent', true)], names)).toEqual({
      kind: 'expired',
      names: ['3f9a1c2b-agent'],
    })
  })
})
