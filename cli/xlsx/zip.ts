/**
 * Reading a zip archive (an .xlsx is one) through its central directory: list the entries, then
 * stream one entry at a time through zlib. The file is opened read-only and never written.
 */
import { type FileHandle, open } from "fs/promises";
import { type Readable, pipeline } from "stream";
import { createInflateRaw } from "zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/** The archive's structure is not a zip's: the message says what is wrong. */
export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export class ZipArchive {
  private constructor(
    private readonly file: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<ZipArchive> {
    const file = await open(path, "r");
    try {
      return new ZipArchive(file, await readDirectory(file));
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** The entry's uncompressed bytes as a stream. */
  async stream(entry: ZipEntry): Promise<Readable> {
    if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new ZipError(`${entry.name} uses compression method ${entry.method}`);
    }
    const header = await readAt(this.file, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`${entry.name}: local header not found`);
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = this.file.createReadStream({ start, end: start + entry.compressedSize - 1, autoClose: false });
    // pipeline: when the reader stops early, destroying the inflater also ends the file stream
    return entry.method === STORED ? raw : pipeline(raw, createInflateRaw(), () => undefined);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipError("the archive is truncated");
  return buffer;
}

async function readDirectory(file: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await file.stat();
  if (size < END_RECORD_SIZE) throw new ZipError("too short for a zip archive");
  const tailLength = Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
  const tail = await readAt(file, size - tailLength, tailLength);
  let end = -1;
  for (let i = tailLength - END_RECORD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("no zip directory found (damaged or truncated)");
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError("ZIP64 archives are not supported");
  if (directoryOffset + directorySize > size) throw new ZipError("the zip directory lies outside the file");
  const directory = await readAt(file, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipError("the zip directory is damaged");
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      encrypted: (directory.readUInt16LE(at + 8) & 1) === 1,
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}
