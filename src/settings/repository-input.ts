/** `owner/name` as its two parts, or undefined when the text is not one (GitHub names use letters, digits, - _ .). */
export function parseRepository(text: string): { owner: string; repo: string } | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(text.trim())
  return match ? { owner: match[1]!, repo: match[2]! } : undefined
}
