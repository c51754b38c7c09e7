/**
 * A zod issue in plain words, for messages users read (a skipped line's reason, a price catalogue that does not
 * load): "input_tokens must be 0 or more" instead of zod's "Too small: expected number to be >=0".
 */
import type { z } from 'zod'

type Issue = z.core.$ZodIssue

const KIND_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
}

/** What zod says it received ("… received string"): it keeps no input unless asked to. */
function receivedOf(issue: Issue): string | undefined {
  return /received (\w+)/.exec(issue.message)?.[1]
}

function bound(issue: { minimum?: unknown; maximum?: unknown }, key: 'minimum' | 'maximum'): string {
  const value = issue[key]
  return value === Number.MAX_SAFE_INTEGER ? '2^53−1' : String(value)
}

/** `where` names the field (`input_tokens`, `model_fallback.reason`) or the whole value. */
export function describeSchemaIssue(issue: Issue, whole = 'the record'): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : whole
  switch (issue.code) {
    case 'invalid_type': {
      const received = receivedOf(issue)
      if (received === 'undefined') return `${where} is missing`
      const expected = KIND_WORDS[issue.expected] ?? issue.expected
      if (!received) return `${where} must be ${expected}`
      // A number where a whole one is wanted: zod says "expected int, received number".
      const got = issue.expected === 'int' && received === 'number' ? 'a fraction' : (KIND_WORDS[received] ?? received)
      return `${where} must be ${expected}, not ${got}`
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1
          ? `${where} is empty`
          : `${where} is shorter than ${issue.minimum} characters`
      }
      if (issue.origin === 'array') return `${where} has fewer than ${issue.minimum} items`
      return `${where} must be ${issue.inclusive ? `${bound(issue, 'minimum')} or more` : `above ${bound(issue, 'minimum')}`}`
    }
    case 'too_big': {
      if (issue.origin === 'string') return `${where} is longer than ${issue.maximum} characters`
      if (issue.origin === 'array') return `${where} has more than ${issue.maximum} items`
      return `${where} must be ${issue.inclusive ? `${bound(issue, 'maximum')} or less` : `below ${bound(issue, 'maximum')}`}`
    }
    case 'unrecognized_keys':
      return `${where} has unknown fields ${issue.keys.map((key) => `'${key}'`).join(', ')}`
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    default:
      return `${where} is not valid`
  }
}
