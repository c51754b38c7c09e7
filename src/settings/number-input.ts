/**
 * A non-negative decimal written plainly (`8`, `0.2`, `.5`), or undefined for anything else. `Number()` alone would
 * read '' and ' ' as 0, '0x10' as 16 and '1e3' as 1000, none of which a user setting a limit means.
 */
export function plainNumber(text: string): number | undefined {
  const trimmed = text.trim()
  return /^(\d+(\.\d+)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : undefined
}
