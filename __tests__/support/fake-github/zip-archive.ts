import { createHash } from 'node:crypto'
import yazl from 'yazl'

/** Files of an artifact by their path inside it (forward slashes). */
export type ArtifactFiles = Record<string, Buffer | string>

/** A real zip file (deflated entries, as upload-artifact makes them) holding `files`. */
export async function zipFromFiles(files: ArtifactFiles, mtime = new Date('2026-01-01T00:00:00Z')): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [path, content] of Object.entries(files)) {
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content) : content, path.replace(/^\/+/, ''), { mtime })
  }
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
  zip.end()
  return done
}

/** GitHub's artifact digest form: `sha256:<hex>` of the zip bytes. */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
