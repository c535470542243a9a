import { inflateRawSync } from 'node:zlib'

/**
 * How many bytes a ZIP file (a .docx is one) unpacks to, found by inflating each entry with a
 * ceiling, so nothing larger than `max` is ever held: a few kilobytes of a Word file can unpack to
 * gigabytes (a "zip bomb"), whatever sizes it declares, and the converter unpacks in memory.
 * Undefined when the bytes are no readable ZIP; `max + 1` as soon as the ceiling is passed.
 */
export function unzippedBytes(zip: Buffer, max: number): number | undefined {
  // The end-of-central-directory record (0x06054b50) sits in the last 64 KiB + 22 bytes.
  let end = -1
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 0xffff - 22); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) return undefined
  let entry = zip.readUInt32LE(end + 16)
  let total = 0
  try {
    for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
      if (zip.readUInt32LE(entry) !== 0x02014b50) return undefined
      const method = zip.readUInt16LE(entry + 10)
      const compressed = zip.readUInt32LE(entry + 20)
      const local = zip.readUInt32LE(entry + 42)
      if (zip.readUInt32LE(local) !== 0x04034b50) return undefined
      const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const data = zip.subarray(dataStart, dataStart + compressed)
      if (method === 0) total += data.length
      else if (method === 8) total += inflateRawSync(data, { maxOutputLength: max - total + 1 }).length
      else return undefined
      if (total > max) return max + 1
      entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32)
    }
  } catch (error) {
    // zlib refuses output past maxOutputLength (a RangeError; by code, which holds across realms).
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return max + 1
    return undefined
  }
  return total
}
