/**
 * The zip container of an .xlsx, read and written without loading what is not needed: the central directory
 * gives every part's sizes before anything is inflated (so limits are checked first), a part is inflated
 * whole (small parts) or as a stream of chunks (worksheets), and a package is written back by copying the
 * untouched parts' compressed bytes as they are and deflating only the parts that changed.
 */
import * as zlib from "node:zlib";

export type ZipProblem = "corrupt" | "encrypted";

/** A zip that cannot be read; `problem` picks the user's message. */
export class ZipError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem, detail: string) {
    super(detail);
    this.name = "ZipError";
    this.problem = problem;
  }
}

export interface ZipEntry {
  /** The name as stored, e.g. `xl/worksheets/sheet1.xml`. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as the directory declares it (checked again while inflating). */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  /** MS-DOS time and date. */
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Entries in a package; more is not a workbook. */
export const MAX_ENTRIES = 100_000;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError("corrupt", "64-bit size out of range");
  return Number(v);
}

/** Reads the central directory. Throws ZipError. */
export function readZip(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError("corrupt", "too short for a zip");
  let eocd = -1;
  for (let i = buf.length - 22, stop = Math.max(0, buf.length - 22 - 0xffff); i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("corrupt", "no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR) throw new ZipError("corrupt", "zip64 locator missing");
    const at = u64(buf, loc + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64)
      throw new ZipError("corrupt", "zip64 end record missing");
    count = u64(buf, at + 32);
    cdSize = u64(buf, at + 40);
    cdOffset = u64(buf, at + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipError("corrupt", "too many entries");
  if (cdOffset + cdSize > buf.length) throw new ZipError("corrupt", "central directory out of range");
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
      throw new ZipError("corrupt", "bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > buf.length) throw new ZipError("corrupt", "entry out of range");
    const name = buf.toString("utf8", p + 46, nameEnd);
    // zip64 extra field: the 64-bit values of the fields that are 0xFFFFFFFF above, in this order
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      let q = nameEnd;
      const end = nameEnd + extraLen;
      while (q + 4 <= end) {
        const id = buf.readUInt16LE(q);
        const len = buf.readUInt16LE(q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          if (size === 0xffffffff) {
            size = u64(buf, r);
            r += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(buf, r);
            r += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(buf, r);
          break;
        }
        q += 4 + len;
      }
    }
    if (flags & 1) throw new ZipError("encrypted", `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError("corrupt", `${name}: compression method ${method}`);
    if (method === 0 && size !== compressedSize) throw new ZipError("corrupt", `${name}: stored sizes differ`);
    const key = name.toLowerCase();
    if (names.has(key)) throw new ZipError("corrupt", `${name} appears twice`);
    names.add(key);
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset, time, date });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/** The compressed bytes of an entry (a view into `buf`). */
export function rawData(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw new ZipError("corrupt", `${e.name}: bad local header`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError("corrupt", `${e.name}: data out of range`);
  return buf.subarray(start, end);
}

/** A whole part, inflated; its size must be the declared one. */
export function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const raw = rawData(buf, e);
  if (e.method === 0) return raw;
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size + 1) });
  } catch {
    throw new ZipError("corrupt", `${e.name}: bad compressed data`);
  }
  if (out.length !== e.size) throw new ZipError("corrupt", `${e.name}: size differs from the directory`);
  return out;
}

/** Bytes handed to `onChunk` at a time, at most. */
const STREAM_CHUNK = 256 * 1024;

/**
 * Inflates a part chunk by chunk, pulling the next chunk only when `onChunk` (which may be async) is done, so
 * memory stays at one chunk whatever the part's size. An error from `onChunk` stops the inflation and is passed
 * on. Never produces more than the declared size: a part that inflates to more is corrupt. `limit` stops
 * quietly after that many bytes (to peek at the head of a part).
 */
export async function streamEntry(
  buf: Buffer,
  e: ZipEntry,
  onChunk: (chunk: Buffer) => void | Promise<void>,
  limit = Infinity,
): Promise<void> {
  const raw = rawData(buf, e);
  if (e.method === 0) {
    const end = Math.min(raw.length, limit);
    for (let at = 0; at < end; at += STREAM_CHUNK) await onChunk(raw.subarray(at, Math.min(end, at + STREAM_CHUNK)));
    return;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(raw);
  let total = 0;
  let callerError: { error: unknown } | null = null;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > e.size) throw new ZipError("corrupt", `${e.name}: inflates to more than the directory says`);
      try {
        const r = onChunk(chunk);
        if (r) await r;
      } catch (err) {
        callerError = { error: err };
        break;
      }
      if (total >= limit) return;
    }
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError(
      "corrupt",
      `${e.name}: bad compressed data (${err instanceof Error ? err.message : String(err)})`,
    );
  } finally {
    inflater.destroy();
  }
  if (callerError) throw callerError.error;
  if (total !== e.size) throw new ZipError("corrupt", `${e.name}: size differs from the directory`);
}

// ---------------------------------------------------------------------------------------------------------------
// CRC-32 (zlib.crc32 where Node has it, 20.15+; a table otherwise)

let table: Int32Array | null = null;
function crcTable(): Int32Array {
  if (table) return table;
  table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/** CRC-32 of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Buffer, crc = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32;
  if (typeof native === "function") return native(data, crc) >>> 0;
  const t = crcTable();
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** A part of the package to write: either copied compressed bytes, or new content to deflate. */
export type ZipPart =
  | { name: string; copy: ZipEntry; raw: Buffer }
  | { name: string; deflated: Buffer[]; crc: number; size: number; time?: number; date?: number };

/** Deflates new content for `ZipPart`. */
export function deflatePart(name: string, content: Buffer, time?: number, date?: number): ZipPart {
  return {
    name,
    deflated: [zlib.deflateRawSync(content, { level: 6 })],
    crc: crc32(content),
    size: content.length,
    time,
    date,
  };
}

/** Today as an MS-DOS time and date. */
export function dosNow(d = new Date()): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The package as a list of buffers (local headers, data, central directory), parts in the given order. */
export function writeZip(parts: readonly ZipPart[]): Buffer[] {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const now = dosNow();
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    let method: number, crc: number, csize: number, size: number, time: number, date: number, data: Buffer[];
    if ("copy" in p) {
      ({ method, crc, compressedSize: csize, size, time, date } = p.copy);
      data = [p.raw];
    } else {
      method = 8;
      crc = p.crc;
      size = p.size;
      data = p.deflated;
      csize = data.reduce((n, b) => n + b.length, 0);
      time = p.time ?? now.time;
      date = p.date ?? now.date;
    }
    if (csize > 0xfffffffe || size > 0xfffffffe || offset > 0xfffffffe)
      throw new ZipError("corrupt", "the package would need zip64");
    const flags = 0x0800; // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(csize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(CENTRAL, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(time, 12);
    cd.writeUInt16LE(date, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(csize, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    out.push(local, name, ...data);
    offset += 30 + name.length + csize;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  if (parts.length > 0xfffe) throw new ZipError("corrupt", "the package would need zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...out, ...central, end];
}
