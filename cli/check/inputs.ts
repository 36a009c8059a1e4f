/**
 * The files a check reads: folders expanded to the workbooks in them, and each file sniffed before
 * it is parsed, so a file that cannot be a readable .xlsx gets a clear reason. Files are only
 * ever opened read-only.
 */
import { type Dirent } from "fs";
import { open, readdir, stat } from "fs/promises";
import { join } from "path";

export type FileProblem =
  | { kind: "missing" }
  | { kind: "no-workbooks" }
  | { kind: "empty" }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "not-zip" }
  | { kind: "encrypted" }
  | { kind: "legacy-xls" }
  | { kind: "xlsb" }
  | { kind: "not-workbook" }
  | { kind: "damaged"; detail: string }
  | { kind: "unreadable"; detail: string }
  | { kind: "no-grade-column"; sheets: string[] }
  | { kind: "no-group-column"; column: string; sheets: string[] };

export interface InputFile {
  /** As given, or joined to the folder given: how the report names the file. */
  path: string;
  problem?: FileProblem;
}

/** Workbooks a folder may hold; Excel's "~$…" lock files are not workbooks. */
const WORKBOOK = /\.(xlsx|xlsm|xls|xlsb)$/i;
const LOCK_FILE = /^~\$/;

async function workbooksIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await workbooksIn(path)));
    else if (entry.isFile() && WORKBOOK.test(entry.name) && !LOCK_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

/** The files named on the command line, folders expanded (recursively, sorted by name). */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) files.push({ path, problem: { kind: "missing" } });
    else if (!info.isDirectory()) files.push({ path });
    else {
      const inside = await workbooksIn(path);
      if (!inside.length) files.push({ path, problem: { kind: "no-workbooks" } });
      for (const file of inside) files.push({ path: file });
    }
  }
  return files;
}

const ZIP = Buffer.from([0x50, 0x4b]);
/** Compound File Binary (OLE): legacy .xls, and the wrapper Excel puts around an encrypted .xlsx. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps its package in, as its directory names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const CHUNK = 1 << 20;

async function containsBytes(path: string, wanted: Buffer): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(CHUNK + wanted.length);
    let carried = 0;
    for (let position = 0; ;) {
      const { bytesRead } = await file.read(buffer, carried, CHUNK, position);
      if (bytesRead === 0) return false;
      const filled = carried + bytesRead;
      if (buffer.subarray(0, filled).includes(wanted)) return true;
      carried = Math.min(wanted.length - 1, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
      position += bytesRead;
    }
  } finally {
    await file.close();
  }
}

/** Why the file cannot be an .xlsx to read, judged by its size and first bytes; undefined when it may be one. */
export async function sniff(path: string, limitBytes: number): Promise<FileProblem | undefined> {
  try {
    const { size } = await stat(path);
    if (size === 0) return { kind: "empty" };
    if (size > limitBytes) return { kind: "too-large", bytes: size, limit: limitBytes };
    const file = await open(path, "r");
    const head = Buffer.alloc(CFB.length);
    try {
      await file.read(head, 0, head.length, 0);
    } finally {
      await file.close();
    }
    if (head.subarray(0, ZIP.length).equals(ZIP)) return undefined;
    if (head.equals(CFB)) {
      return (await containsBytes(path, ENCRYPTED_PACKAGE)) ? { kind: "encrypted" } : { kind: "legacy-xls" };
    }
    return { kind: "not-zip" };
  } catch (error) {
    return { kind: "unreadable", detail: (error as Error).message };
  }
}
