import fc from 'fast-check'
import { escapeHtml, escapeMarkdown, escapeTableCell, safeLinkUrl } from '../../src/report/markdown-escape.js'

const ZWJ = '\u200D'

describe('escapeMarkdown', () => {
  test.each([
    ['plain names stay readable', 'claude-sonnet-4.6', 'claude-sonnet-4.6'],
    ['pipes cannot split a table cell', 'a|b||c', 'a\\|b\\|\\|c'],
    ['newlines fold to spaces', 'line1\nline2\r\nline3\rline4\u2028x', 'line1 line2 line3 line4 x'],
    ['HTML becomes text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['HTML comments cannot hide the rest', '<!-- hide', '&lt;\\!-- hide'],
    ['entities are shown, not decoded', 'a &amp; b &#64;x', `a &amp;amp; b &amp;\\#${ZWJ}64;x`],
    ['links cannot be injected', '[click](https://evil.example)', `\\[click\\]\\(https${ZWJ}://evil.example\\)`],
    ['images cannot be injected', '![x](y)', '\\!\\[x\\]\\(y\\)'],
    ['emphasis and code are literal', '*b* _i_ `c` ~~s~~', '\\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~'],
    ['backslashes are literal', 'C:\\path\\', 'C:\\\\path\\\\'],
    ['a leading list marker', '- item', '\\- item'],
    ['a leading ordered-list marker', '12. item', '12\\. item'],
    ['a leading plus', '+ item', '\\+ item'],
    ['a leading setext underline', '===', '\\==='],
    ['a heading', '# title', '\\# title'],
    ['a quote', '> quoted', '&gt; quoted'],
    ['trailing spaces (hard line break) go', 'name   ', 'name'],
    ['nullish gives empty', undefined, ''],
  ])('%s', (_what, input, expected) => {
    expect(escapeMarkdown(input as string | undefined)).toBe(expected)
  })

  test('@mentions and team mentions do not ping', () => {
    expect(escapeMarkdown('@octocat and @github/security please')).toBe(
      `@${ZWJ}octocat and @${ZWJ}github/security please`,
    )
    // An address keeps its @ readable but broken as well.
    expect(escapeMarkdown('me@example.com')).toBe(`me@${ZWJ}example.com`)
  })

  test('issue references and GH- references do not link', () => {
    expect(escapeMarkdown('fixes #123 and GH-45')).toBe(`fixes \\#${ZWJ}123 and GH${ZWJ}-45`)
  })

  test('bare URLs and www. do not autolink; emoji shortcodes stay text', () => {
    expect(escapeMarkdown('see https://x.example or www.x.example')).toBe(
      `see https${ZWJ}://x.example or www${ZWJ}.x.example`,
    )
    expect(escapeMarkdown(':rocket:')).toBe(`:${ZWJ}rocket:`)
  })

  test('control, bidi and zero-width characters are removed', () => {
    expect(escapeMarkdown('a\u0000b\u0007c\u202Ed\u2066e\u200Bf\uFEFFg')).toBe('abcdefg')
  })

  test('long text is cut with an ellipsis before escaping, never inside an escape', () => {
    expect(escapeMarkdown('abcdef', { maxLength: 4 })).toBe('abc…')
    expect(escapeMarkdown('ab|||||', { maxLength: 4 })).toBe('ab\\|…')
    expect(escapeMarkdown('x'.repeat(1000))).toHaveLength(300)
    // Surrogate pairs are not split.
    expect(escapeMarkdown('😀😀😀', { maxLength: 2 })).toBe('😀…')
  })

  // Properties over arbitrary text, including the characters that matter.
  const nasty = fc.string({
    unit: fc.constantFrom(
      ...'ab1 @#|\\`*_[]()<>&!~\n\r\t-+=.:/'.split(''),
      '\u202E',
      '\u2028',
      'www.',
      'https://',
      'GH-',
    ),
    maxLength: 60,
  })
  const anyText = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 60 }))

  test('never contains a line break, a raw < or >, or an unescaped |', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = escapeMarkdown(text)
        expect(out).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
        expect(out).not.toMatch(/[<>]/)
        // Every | is preceded by an odd number of backslashes.
        for (const m of out.matchAll(/(\\*)\|/g)) expect(m[1].length % 2).toBe(1)
      }),
      { numRuns: 500 },
    )
  })

  test('never leaves an @mention, an #123 reference or a URL scheme that GitHub would link', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = escapeMarkdown(text)
        expect(out).not.toMatch(/@[A-Za-z0-9_-]/)
        expect(out).not.toMatch(/#\d/)
        expect(out).not.toMatch(/\w:\/\//)
        expect(out).not.toMatch(/\bwww\./i)
      }),
      { numRuns: 500 },
    )
  })

  test('no unescaped markdown punctuation: every special character is backslash-escaped', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = escapeMarkdown(text)
        // Strip escape pairs; what remains must hold none of the active characters.
        const rest = out.replace(/\\[\\`*_{}[\]()#|~!+=.-]/g, '')
        expect(rest).not.toMatch(/[\\`*_{}[\]()#|~!]/)
      }),
      { numRuns: 500 },
    )
  })

  test('is stable: escaping cannot produce a trailing lone backslash', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const trailing = escapeMarkdown(text).match(/\\*$/)![0].length
        expect(trailing % 2).toBe(0)
      }),
      { numRuns: 300 },
    )
  })
})

describe('escapeTableCell', () => {
  test('empty values read as an em dash', () => {
    expect(escapeTableCell('')).toBe('—')
    expect(escapeTableCell(undefined)).toBe('—')
    expect(escapeTableCell('\n\u200B')).toBe('—')
    expect(escapeTableCell('x|y')).toBe('x\\|y')
  })
})

describe('escapeHtml (raw HTML context such as <summary>)', () => {
  test('entities, no backslashes, same ping breaking', () => {
    expect(escapeHtml('<b>smoke_claude</b> "x"')).toBe('&lt;b&gt;smoke_claude&lt;/b&gt; &quot;x&quot;')
    expect(escapeHtml('@team #12 line\nbreak')).toBe(`@${ZWJ}team #${ZWJ}12 line break`)
  })

  test('never contains a tag opener, a line break or a mention', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const out = escapeHtml(text)
        expect(out).not.toMatch(/[<>\n\r]/)
        expect(out).not.toMatch(/@[A-Za-z0-9_-]/)
        expect(out).not.toMatch(/(?<!&)#\d/)
      }),
      { numRuns: 500 },
    )
  })
})

describe('safeLinkUrl', () => {
  test('only http(s) URLs, with link-breaking characters encoded', () => {
    expect(safeLinkUrl('https://github.com/o/r/actions/runs/1')).toBe('https://github.com/o/r/actions/runs/1')
    expect(safeLinkUrl('https://x.example/a(b)c d|e')).toBe('https://x.example/a%28b%29c%20d%7Ce')
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull()
    expect(safeLinkUrl('data:text/html,x')).toBeNull()
    expect(safeLinkUrl('not a url')).toBeNull()
    expect(safeLinkUrl(undefined)).toBeNull()
  })
})

describe('no invisible character inside times', () => {
  const ZWJ_ = '\u200D'
  test.each(['2026-04-21T00:00:00Z', '08:00:00', '12:34:56.789', 'window 00:00 to 23:59:59'])('%s', (time) => {
    expect(escapeMarkdown(time)).not.toContain(ZWJ_)
    expect(escapeHtml(time)).not.toContain(ZWJ_)
  })

  test('emoji shortcodes, :100: and :+1: among them, are still broken', () => {
    for (const code of [':rocket:', ':100:', ':+1:', ':-1:', ':1234:', ':8ball:']) {
      expect(escapeMarkdown(code)).toBe(`:${ZWJ_}${code.slice(1)}`)
    }
  })
})
