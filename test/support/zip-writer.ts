/**
 * Minimal zip archives for hand-made .xlsx fixtures the writer cannot make: stored or deflated
 * entries, and entries whose directory record lies (sizes, CRC) for the hostile-file tests.
 */
import { constants, crc32, deflateRawSync } from "zlib";

/** One entry as the archive holds it: its bytes in the file and what the directory declares. */
export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated; a test may name another. */
  method: number;
  /** The bytes after the local header: the content itself (stored) or its raw deflate stream. */
  data: Buffer;
  size: number;
  crc: number;
}

const bytesOf = (content: string | Buffer) => (Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"));

export const storedEntry = (name: string, content: string | Buffer): RawEntry => {
  const data = bytesOf(content);
  return { name, method: 0, data, size: data.length, crc: crc32(data) };
};

export const deflatedEntry = (name: string, content: string | Buffer): RawEntry => {
  const data = bytesOf(content);
  return { name, method: 8, data: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/**
 * A raw deflate stream of `head`, `unit` × `times`, `tail`, built without inflating it: each piece
 * is compressed on its own and ends on a byte boundary, so the unit's compressed form repeats.
 * 1 MiB of repetitive XML compresses to about 1 KB: 400 units are the 400 KB → 400 MB of issue 8.
 */
export function deflateBomb(head: string, unit: string, times: number, tail: string): Omit<RawEntry, "name"> {
  const piece = (text: string, flush: number) =>
    deflateRawSync(Buffer.from(text, "utf8"), { finishFlush: flush, level: 9, memLevel: 9 });
  const unitBytes = Buffer.from(unit, "utf8");
  const repeated = piece(unit, constants.Z_SYNC_FLUSH);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(unitBytes, crc);
  crc = crc32(tail, crc);
  return {
    method: 8,
    data: Buffer.concat([
      piece(head, constants.Z_SYNC_FLUSH),
      ...Array(times).fill(repeated),
      piece(tail, constants.Z_FINISH),
    ]),
    size: Buffer.byteLength(head) + unitBytes.length * times + Buffer.byteLength(tail),
    crc,
  };
}

/** The archive of `entries`, in order, each declared as its record says. */
export function zipEntries(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, method, data, size, crc } of entries) {
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A zip of the files (stored, or deflated when asked). */
export function zip(files: Record<string, string | Buffer>, { deflate = false } = {}): Buffer {
  return zipEntries(
    Object.entries(files).map(([name, content]) => (deflate ? deflatedEntry : storedEntry)(name, content)),
  );
}

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface PackageOptions {
  sheets: { name: string; xml: string }[];
  sharedStrings?: string[];
  definedNames?: string;
}

/** An .xlsx package around hand-written sheet XML: sheets by name, shared strings, defined names. */
export const xlsx = (options: PackageOptions): Buffer => zip(xlsxParts(options));

/** The parts of that package by path, for a test to change one before zipping. */
export function xlsxParts(options: PackageOptions): Record<string, string> {
  const { sheets, sharedStrings, definedNames = "" } = options;
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIPS}"><sheets>${sheets
      .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}</workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rIdS" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet.xml}</sheetData></worksheet>`;
  });
  if (sharedStrings) {
    files["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings
        .map((text) => `<si><t>${text}</t></si>`)
        .join("")}</sst>`;
  }
  return files;
}
