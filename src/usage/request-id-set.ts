/**
 * A set of request ids that stores a 64-bit hash per id instead of the string, in typed arrays: a run with millions
 * of records (a 1 GB file) costs 16 bytes per slot instead of a JS string per id. Two ids collide with probability
 * about n²/2⁶⁵ (≈2·10⁻⁷ for 2.5 million records), an accepted risk for deduplicating copies of the same file.
 */
export class RequestIdSet {
  #hi: Uint32Array
  #lo: Uint32Array
  #used: Uint8Array
  #mask: number
  #size = 0

  constructor(initialCapacity = 1024) {
    let capacity = 16
    while (capacity * 0.7 < initialCapacity) capacity *= 2
    this.#hi = new Uint32Array(capacity)
    this.#lo = new Uint32Array(capacity)
    this.#used = new Uint8Array(capacity)
    this.#mask = capacity - 1
  }

  get size(): number {
    return this.#size
  }

  /** Adds the id; false when it was already there. */
  add(id: string): boolean {
    // Two independent 32-bit FNV-1a style hashes over UTF-16 code units.
    let h1 = 0x811c9dc5
    let h2 = 0x01000193 ^ id.length
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193)
      h2 = Math.imul(h2 ^ c, 0x5bd1e995)
      h2 ^= h2 >>> 15
    }
    h1 >>>= 0
    h2 >>>= 0
    return this.#insert(h1, h2)
  }

  #insert(h1: number, h2: number): boolean {
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.#mask
    for (;;) {
      if (this.#used[slot] === 0) break
      if (this.#hi[slot] === h1 && this.#lo[slot] === h2) return false
      slot = (slot + 1) & this.#mask
    }
    this.#used[slot] = 1
    this.#hi[slot] = h1
    this.#lo[slot] = h2
    this.#size++
    // Linear probing stays short up to ~70% full; growing later keeps a 1 GB run at 4M slots (38 MB), not 8M.
    if (this.#size > this.#mask * 0.7) this.#grow()
    return true
  }

  #grow(): void {
    const hi = this.#hi
    const lo = this.#lo
    const used = this.#used
    const capacity = (this.#mask + 1) * 2
    this.#hi = new Uint32Array(capacity)
    this.#lo = new Uint32Array(capacity)
    this.#used = new Uint8Array(capacity)
    this.#mask = capacity - 1
    this.#size = 0
    for (let i = 0; i < used.length; i++) if (used[i] === 1) this.#insert(hi[i]!, lo[i]!)
  }
}
