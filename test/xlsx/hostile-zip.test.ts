/**
 * Hostile and damaged archives (issue 8, item 7): zip bombs, directories that lie, entries that
 * overlap, are misnamed or corrupted. Each is answered as a ZipError with a one-line reason after
 * inflating no more than its bound, so a check goes on with the other files.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxReader } from "../../cli/xlsx/read-workbook";
import { ZipError } from "../../cli/xlsx/zip";
import { type RawEntry, deflateBomb, deflatedEntry, storedEntry, xlsxParts, zipEntries } from "../support/zip-writer";

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), "hr-hostile-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SHARED = "xl/sharedStrings.xml";
const parts = xlsxParts({
  sheets: [{ name: "考核", xml: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>90</v></c></row>` }],
  sharedStrings: ["王伟"],
});

/** The workbook's parts deflated, some replaced by the entries given. */
function archive(replaced: Record<string, Omit<RawEntry, "name">> = {}, make = deflatedEntry): Buffer {
  return zipEntries(
    Object.entries(parts).map(([name, content]) =>
      replaced[name] ? { name, ...replaced[name] } : make(name, content),
    ),
  );
}

const write = (name: string, content: Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

/** Opens the workbook and reads every sheet to the end, as the check does. */
async function readAll(path: string, maxBytes?: number) {
  const reader = await XlsxReader.open(path, { maxBytes });
  try {
    let rows = 0;
    for (const sheet of reader.sheets) for await (const batch of reader.rows(sheet)) rows += batch.length;
    return rows;
  } finally {
    await reader.close();
  }
}

/** The ZipError the reading ends with, and how long it took to come. */
async function refusal(path: string, maxBytes?: number): Promise<{ message: string; ms: number }> {
  const started = performance.now();
  const error = await readAll(path, maxBytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const ms = performance.now() - started;
  expect(error).toBeInstanceOf(ZipError);
  const { message } = error as ZipError;
  expect(message).not.toMatch(/\n/);
  return { message, ms };
}

/** Rewrites one 32-bit field of the `index`th central directory record (offsets as in the zip spec). */
function patchDirectory(zip: Buffer, index: number, field: number, value: number): Buffer {
  const patched = Buffer.from(zip);
  let at = patched.readUInt32LE(patched.length - 22 + 16);
  for (let n = 0; n < index; n++) {
    at += 46 + patched.readUInt16LE(at + 28) + patched.readUInt16LE(at + 30) + patched.readUInt16LE(at + 32);
  }
  patched.writeUInt32LE(value, at + field);
  return patched;
}
const COMPRESSED_SIZE = 20;
const SIZE = 24;
const LOCAL_HEADER_OFFSET = 42;

test("the workbook these tests damage reads, stored or deflated", async () => {
  await expect(readAll(write("plain.xlsx", archive()))).resolves.toBe(1);
  await expect(readAll(write("stored.xlsx", archive({}, storedEntry)))).resolves.toBe(1);
});

describe("zip bombs", () => {
  // issue 8: a 400 KB workbook whose shared strings inflate to 400 MB (strings of 32,000 characters)
  const unit = `<si><t>${"哈".repeat(32_000)}</t></si>`;
  const bomb = deflateBomb(
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
    unit,
    4400,
    "</sst>",
  );

  test("400 KB of shared strings that inflate to 400 MB are refused before they are inflated", async () => {
    const path = write("bomb.xlsx", archive({ [SHARED]: bomb }));
    expect(statSync(path).size).toBeLessThan(600_000);
    expect(bomb.size).toBeGreaterThan(400 * 2 ** 20);
    const { message, ms } = await refusal(path);
    expect(message).toMatch(
      /^xl\/sharedStrings\.xml would inflate \d+× \(0\.\d MB to 4\d\d\.\d MB\), beyond the 100× allowed/,
    );
    expect(ms).toBeLessThan(1000); // a bound against inflating it, not a speed claim: it takes milliseconds
    // a caller that accepts files of 1 GB is refused by the ratio alike
    expect((await refusal(path, 2 ** 30)).message).toMatch(/beyond the 100× allowed/);
  });

  test("the same bomb behind a directory that declares 900 KB stops at 900 KB", async () => {
    const path = write("lying-bomb.xlsx", archive({ [SHARED]: { ...bomb, size: 900_000 } }));
    const { message, ms } = await refusal(path);
    expect(message).toBe("xl/sharedStrings.xml inflates to more than the 900000 bytes the zip directory declares");
    expect(ms).toBeLessThan(1000);
  });

  test("a part larger than 10 × the file size limit is refused, whatever its ratio", async () => {
    const text = `<sst>${Array.from({ length: 30_000 }, (_, i) => `<si><t>员工${i}</t></si>`).join("")}</sst>`;
    const path = write("large-part.xlsx", archive({ [SHARED]: deflatedEntry(SHARED, text) }));
    expect((await refusal(path, 50_000)).message).toMatch(
      /^xl\/sharedStrings\.xml would inflate to \d\.\d MB, above the 0\.5 MB allowed$/,
    );
    await expect(readAll(path, 100_000)).resolves.toBe(1);
  });
});

describe("a directory that lies, and damaged entries", () => {
  test("an entry that inflates to less than its declared size", async () => {
    const honest = deflatedEntry(SHARED, parts[SHARED]);
    const path = write("short.xlsx", archive({ [SHARED]: { ...honest, size: honest.size + 1 } }));
    expect((await refusal(path)).message).toBe(
      `xl/sharedStrings.xml inflates to ${honest.size} bytes, not the ${honest.size + 1} the zip directory declares`,
    );
  });

  test("a flipped byte: the CRC-32 of a stored part, zlib or the CRC-32 of a deflated one", async () => {
    const sheet = "xl/worksheets/sheet1.xml";
    const stored = storedEntry(sheet, parts[sheet].replace("<v>90</v>", "<v>98</v>"));
    const original = storedEntry(sheet, parts[sheet]);
    const path = write("flipped-stored.xlsx", archive({ [sheet]: { ...stored, crc: original.crc } }));
    expect((await refusal(path)).message).toBe(`${sheet} is corrupted (its CRC-32 does not match)`);
    const deflated = deflatedEntry(sheet, parts[sheet]);
    for (let at = 0; at < deflated.data.length - 1; at += 7) {
      const data = Buffer.from(deflated.data);
      data[at] ^= 0x10;
      const message = (await refusal(write("flipped.xlsx", archive({ [sheet]: { ...deflated, data } })))).message;
      expect(message).toMatch(new RegExp(`^${sheet}`));
    }
  });

  test("entries that overlap, are misnamed, listed twice, outside the file, or more than the directory counts", async () => {
    const zip = archive();
    // the first entry's data would run into the second's local header
    const overlapping = patchDirectory(zip, 0, COMPRESSED_SIZE, zip.readUInt32LE(18) + 40);
    expect((await refusal(write("overlap.xlsx", overlapping))).message).toMatch(/overlaps the next entry/);
    // the second record points at the first entry's local header
    const misnamed = patchDirectory(zip, 1, LOCAL_HEADER_OFFSET, 0);
    expect((await refusal(write("misnamed.xlsx", misnamed))).message).toMatch(/its local header names another entry$/);
    const outside = patchDirectory(zip, 1, LOCAL_HEADER_OFFSET, zip.length);
    expect((await refusal(write("outside.xlsx", outside))).message).toMatch(/lies outside the archive$/);
    // a name from the file is quoted on one line, whatever it holds
    const twice = zipEntries([deflatedEntry("a\nb.xml", "<a/>"), deflatedEntry("a\nb.xml", "<b/>")]);
    expect((await refusal(write("twice.xlsx", twice))).message).toBe("the zip directory lists a\\u000ab.xml twice");
    const uncounted = Buffer.from(zip);
    uncounted.writeUInt16LE(uncounted.readUInt16LE(zip.length - 12) - 1, zip.length - 12);
    uncounted.writeUInt16LE(uncounted.readUInt16LE(zip.length - 14) - 1, zip.length - 14);
    expect((await refusal(write("uncounted.xlsx", uncounted))).message).toMatch(
      /holds more than the \d+ entries it counts/,
    );
    const hugeSize = patchDirectory(zip, 0, SIZE, 0xffffffff);
    expect((await refusal(write("zip64.xlsx", hugeSize))).message).toBe("ZIP64 archives are not supported");
  });

  test("stored entries whose sizes differ, unknown methods and encryption", async () => {
    const stored = storedEntry(SHARED, parts[SHARED]);
    const resized = write("resized.xlsx", archive({ [SHARED]: { ...stored, size: stored.size * 50 } }));
    expect((await refusal(resized)).message).toMatch(/is stored uncompressed, yet its sizes differ/);
    const bzip2 = write("bzip2.xlsx", archive({ [SHARED]: { ...stored, method: 12 } }));
    expect((await refusal(bzip2)).message).toBe("xl/sharedStrings.xml uses compression method 12");
  });
});
