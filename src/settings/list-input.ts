/**
 * Splits a list on commas and newlines, trimming blanks away. Action inputs come either way (`a,b` or a YAML block
 * with one item a line), and the CLI reads its lists with the same rule so a list copied from a workflow works there.
 */
export function listInput(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}
