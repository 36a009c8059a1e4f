/**
 * An Excel table's totals row is known from the table, whatever it says: a label no footer word
 * names is still not a person (DOMAIN §6, footers and totals rows).
 */
import { readSheet } from "../../src/reading";

const rows = [
  ["姓名", "部门", "考核等级"],
  ["王芳", "物流部", "A"],
  ["李强", "物流部", "B"],
  ["物流部", "", 2],
];

test("a totals row the source names is ignored as one, its label notwithstanding", () => {
  const reading = readSheet({ name: "物流部", rows, totalsRows: [3] });
  expect(reading.kind).toBe("table");
  if (reading.kind !== "table") return;
  expect(reading.people.map((person) => person.name)).toEqual(["王芳", "李强"]);
  expect(reading.ignored).toEqual([{ row: 3, reason: "totals-row", text: expect.stringContaining("物流部") }]);
});

test("without the source's word, the same row reads as a person with an invalid grade", () => {
  const reading = readSheet({ name: "物流部", rows });
  if (reading.kind !== "table") throw new Error(`read as ${reading.kind}`);
  expect(reading.people.map((person) => person.name)).toEqual(["王芳", "李强", "物流部"]);
});
