/**
 * Reading a zip archive (an .xlsx is one) through its central directory: list the entries, then
 * stream one entry at a time through zlib. The file is opened read-only and never written.
 *
 * A hostile or damaged archive is refused rather than obeyed: every entry lies inside the file,
 * overlaps no other and is named alike in its local header; what an entry inflates to is bounded
 * (see `inflateLimits`) and must match the size and CRC-32 the directory declares. So a zip bomb
 * or a lying directory costs at most the bound, and a flipped byte is an error, never a silently
 * different value.
 */
import { type FileHandle, open } from "fs/promises";
import { Readable, pipeline } from "stream";
import { crc32, createInflateRaw } from "zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localHeaderOffset: number;
  /** Where the entry's stored bytes start, after its local header. */
  dataOffset: number;
  encrypted: boolean;
}

/** A message on one line, whatever names from the file it quotes: control characters escaped. */
export const oneLine = (text: string) =>
  text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The archive's structure is not a zip's, or an entry is not what the directory says: the message says what is wrong. */
export class ZipError extends Error {
  constructor(message: string) {
    super(oneLine(message));
  }
}

/** How much one entry may inflate to. */
export interface InflateLimits {
  maxEntryBytes: number;
  /** Inflated ÷ compressed size, enforced on entries larger than `ratioFloor` bytes. */
  maxRatio: number;
  ratioFloor: number;
}

/** The largest file a caller accepts unless it says otherwise (the command line's `--max-size` default). */
export const DEFAULT_MAX_BYTES = 50 * 2 ** 20;

/**
 * The inflation bounds for an archive of at most `maxBytes`. The parts a workbook reader reads
 * (sheets, shared strings, relationships, tables) inflate 8–27× in real files (measured: ExcelJS
 * 9–15×, LibreOffice up to 27× on blank formatted rows), so 100× leaves room while a zip bomb
 * (deflate reaches 1032×; issue 8's 400 KB → 400 MB is 1000×) is refused before it is inflated.
 * Below 1 MiB any ratio is fine: small parts compress well and cost milliseconds. No entry may
 * exceed 10 × maxBytes, so a file at the size limit whose sheet compresses 10× still reads.
 */
export function inflateLimits(maxBytes: number): InflateLimits {
  return { maxEntryBytes: 10 * maxBytes, maxRatio: 100, ratioFloor: 2 ** 20 };
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/** Inflated chunks of 64 KiB rather than zlib's 16 KiB: a quarter of the per-chunk work downstream. */
const CHUNK_SIZE = 64 * 1024;

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export class ZipArchive {
  private constructor(
    private readonly file: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: InflateLimits,
  ) {}

  static async open(path: string, limits: InflateLimits = inflateLimits(DEFAULT_MAX_BYTES)): Promise<ZipArchive> {
    const file = await open(path, "r");
    try {
      return new ZipArchive(file, await readDirectory(file), limits);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** The entry's uncompressed bytes, chunk by chunk; a ZipError when they are not what the directory declares. */
  async *stream(entry: ZipEntry): AsyncGenerator<Buffer> {
    if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new ZipError(`${entry.name} uses compression method ${entry.method}`);
    }
    this.checkDeclaredSizes(entry);
    let size = 0;
    let crc = 0;
    const compressed = readRange(this.file, entry.dataOffset, entry.compressedSize);
    // pipeline: when the reader stops early, destroying the inflater also ends the reading
    const source =
      entry.method === STORED
        ? compressed
        : pipeline(
            Readable.from(compressed, { objectMode: false }),
            createInflateRaw({ chunkSize: CHUNK_SIZE }),
            () => undefined,
          );
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > entry.size) {
          throw new ZipError(`${entry.name} inflates to more than the ${entry.size} bytes the zip directory declares`);
        }
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      // zlib's own errors ("invalid distance too far back") say the compressed bytes are damaged
      throw error instanceof ZipError ? error : new ZipError(`${entry.name}: ${(error as Error).message}`);
    }
    if (size !== entry.size) {
      throw new ZipError(`${entry.name} inflates to ${size} bytes, not the ${entry.size} the zip directory declares`);
    }
    if (crc !== entry.crc) throw new ZipError(`${entry.name} is corrupted (its CRC-32 does not match)`);
  }

  private checkDeclaredSizes({ name, method, size, compressedSize }: ZipEntry) {
    const { maxEntryBytes, maxRatio, ratioFloor } = this.limits;
    if (method === STORED && size !== compressedSize) {
      throw new ZipError(`${name} is stored uncompressed, yet its sizes differ (${compressedSize} and ${size} bytes)`);
    }
    if (size > maxEntryBytes) {
      throw new ZipError(`${name} would inflate to ${megabytes(size)}, above the ${megabytes(maxEntryBytes)} allowed`);
    }
    if (size > ratioFloor && size > maxRatio * compressedSize) {
      const ratio = Math.round(size / Math.max(compressedSize, 1));
      throw new ZipError(
        `${name} would inflate ${ratio}× (${megabytes(compressedSize)} to ${megabytes(size)}), beyond the ${maxRatio}× allowed (a zip bomb)`,
      );
    }
  }

  close(): Promise<void> {
    return this.file.close();
  }
}

/**
 * The bytes at [start, start + length), chunk by chunk. Not FileHandle.createReadStream: in Node 20,
 * destroying one before its end (a reader that stops early) closes the handle despite autoClose: false.
 */
async function* readRange(file: FileHandle, start: number, length: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < length;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK_SIZE, length - at));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, start + at);
    if (bytesRead === 0) throw new ZipError("the archive is truncated");
    at += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipError("the archive is truncated");
  return buffer;
}

async function findEndRecord(file: FileHandle, size: number) {
  if (size < END_RECORD_SIZE) throw new ZipError("too short for a zip archive");
  const tailLength = Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
  const tail = await readAt(file, size - tailLength, tailLength);
  for (let i = tailLength - END_RECORD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_DIRECTORY) return tail.subarray(i, i + END_RECORD_SIZE);
  }
  throw new ZipError("no zip directory found (damaged or truncated)");
}

async function readDirectory(file: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await file.stat();
  const end = await findEndRecord(file, size);
  const count = end.readUInt16LE(10);
  const directorySize = end.readUInt32LE(12);
  const directoryOffset = end.readUInt32LE(16);
  if (count === 0xffff || directoryOffset === ZIP64_MARK) throw new ZipError("ZIP64 archives are not supported");
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0 || end.readUInt16LE(8) !== count) {
    throw new ZipError("split (multi-volume) zip archives are not supported");
  }
  if (directoryOffset + directorySize > size) throw new ZipError("the zip directory lies outside the file");
  const directory = await readAt(file, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  const names = new Map<ZipEntry, Buffer>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipError("the zip directory is damaged");
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    if (next > directory.length) throw new ZipError("the zip directory is damaged");
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: nameBytes.toString("utf8"),
      encrypted: (directory.readUInt16LE(at + 8) & 1) === 1,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      dataOffset: 0,
    };
    if ([entry.compressedSize, entry.size, entry.localHeaderOffset].includes(ZIP64_MARK)) {
      throw new ZipError("ZIP64 archives are not supported");
    }
    if (entries.has(entry.name)) throw new ZipError(`the zip directory lists ${entry.name} twice`);
    entries.set(entry.name, entry);
    names.set(entry, nameBytes);
    at = next;
  }
  if (at !== directory.length) throw new ZipError(`the zip directory holds more than the ${count} entries it counts`);
  await locateData([...entries.values()], names, file, directoryOffset);
  return entries;
}

/**
 * Reads each entry's local header: it must name the entry as the directory does, and the data
 * after it must end before the next entry starts (overlapping entries are a known zip bomb).
 */
async function locateData(
  entries: ZipEntry[],
  names: Map<ZipEntry, Buffer>,
  file: FileHandle,
  directoryOffset: number,
) {
  const byOffset = entries.sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const headerLength = (entry: ZipEntry) => LOCAL_HEADER_SIZE + names.get(entry)!.length;
  const outside = byOffset.find((entry) => entry.localHeaderOffset + headerLength(entry) > directoryOffset);
  if (outside) throw new ZipError(`${outside.name} lies outside the archive`);
  const headers = await Promise.all(
    byOffset.map((entry) => readAt(file, entry.localHeaderOffset, headerLength(entry))),
  );
  byOffset.forEach((entry, i) => {
    const header = headers[i];
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`${entry.name}: local header not found`);
    if (!header.subarray(LOCAL_HEADER_SIZE).equals(names.get(entry)!)) {
      throw new ZipError(`${entry.name}: its local header names another entry`);
    }
    entry.dataOffset = entry.localHeaderOffset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
  });
  byOffset.forEach((entry, i) => {
    const limit = i + 1 < byOffset.length ? byOffset[i + 1].localHeaderOffset : directoryOffset;
    if (entry.dataOffset + entry.compressedSize > limit) {
      throw new ZipError(`${entry.name} overlaps the next entry or the zip directory`);
    }
  });
}
