/**
 * Properties of the table reader (DOMAIN §6): what a careful reader counts does not move when a
 * sheet gains footers, title rows, blank columns, a legend or notes sheet, when sheets are
 * shuffled, or when a header is written with spaces, line breaks or full-width letters.
 */
import fc from "fast-check";
import { type SheetReading, type SheetSource, type SheetValue, peopleOf, readSheet } from "../../src/reading";

const GRADES = ["A", "B", "C", "D"];
const HEADERS = ["序号", "姓名", "部门", "综合得分", "考核等级"];

/** People as rows of a plain table: index, name, department, score, grade (blank = missing). */
const arbitraryPeople = fc.array(
  fc.record({
    name: fc.constantFrom("王芳", "李强", "张伟", "赵敏", "Anna Smith", "刘洋"),
    department: fc.constantFrom("运营部", "客服部", null),
    score: fc.integer({ min: 0, max: 100 }),
    grade: fc.constantFrom(...GRADES, null),
  }),
  { minLength: 1, maxLength: 25 },
);
type People = { name: string; department: string | null; score: number; grade: string | null }[];

function table(people: People, headers = HEADERS): SheetValue[][] {
  return [headers, ...people.map((p, i) => [i + 1, p.name, p.department, p.score, p.grade])];
}

/** What the counts of a reading are: people, their grades, the grade and name columns' headers. */
function counted(reading: SheetReading) {
  const people = peopleOf(reading);
  return {
    kind: reading.kind,
    people: people.length,
    grades: people.map((person) => person.label ?? null),
    grade: reading.kind === "table" ? reading.grade.index : undefined,
    name: reading.kind === "table" ? reading.name?.index : undefined,
  };
}

const read = (rows: SheetValue[][], extra: Partial<SheetSource> = {}) =>
  counted(readSheet({ name: "考核表", rows, merges: [], ...extra }));

const FOOTERS = [
  "合计",
  "平均分",
  "备注：请于月底前提交",
  "部门负责人签字：",
  "审核：",
  "日期：2026年12月1日",
  "填表人：",
  "Total",
];

test("footer rows below the table never change who is counted", () => {
  fc.assert(
    fc.property(
      arbitraryPeople,
      fc.array(fc.constantFrom(...FOOTERS), { minLength: 1, maxLength: 4 }),
      (people, footers) => {
        const plain = read(table(people));
        const withFooters = read([...table(people), ...footers.map((text) => [text, null, null, null, null])]);
        expect(withFooters).toEqual(plain);
      },
    ),
  );
});

test("title rows above the header never change who is counted", () => {
  fc.assert(
    fc.property(arbitraryPeople, fc.integer({ min: 1, max: 4 }), (people, titles) => {
      const rows = table(people);
      const above = Array.from({ length: titles }, (_, i): SheetValue[] => [i === 0 ? "2026年11月 绩效考核表" : null]);
      const shifted = read([...above, ...rows], {
        merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      });
      expect(shifted).toEqual(read(rows));
    }),
  );
});

test("blank columns inserted into the table shift columns but never change who is counted", () => {
  fc.assert(
    fc.property(arbitraryPeople, fc.integer({ min: 0, max: 4 }), (people, at) => {
      const rows = table(people).map((row) => [...row.slice(0, at + 1), null, ...row.slice(at + 1)]);
      const plain = read(table(people));
      const widened = read(rows);
      expect({ ...widened, grade: undefined, name: undefined }).toEqual({
        ...plain,
        grade: undefined,
        name: undefined,
      });
    }),
  );
});

test("a legend, notes or hidden sheet beside the table, and any order of sheets, count nobody more", () => {
  const legend: SheetSource = {
    name: "等级标准",
    rows: [
      ["等级", "分数下限", "说明"],
      ["A", 90, "超过目标"],
      ["B", 80, "达到目标"],
      ["C", 60, "接近目标"],
      ["D", 0, "远低于目标"],
    ],
    merges: [],
  };
  const notes: SheetSource = {
    name: "填表说明",
    rows: [["填表说明"], ["1. 等级填写 A、B、C、D。"], ["2. 请于月底前提交。"]],
  };
  fc.assert(
    fc.property(arbitraryPeople, fc.boolean(), fc.integer({ min: 0, max: 5 }), (people, hidden, turn) => {
      const sheets: SheetSource[] = [{ name: "考核表", rows: table(people), merges: [] }, { ...legend, hidden }, notes];
      const order = [...sheets.slice(turn % 3), ...sheets.slice(0, turn % 3)];
      const total = order.map((sheet) => peopleOf(readSheet(sheet)).length).reduce((a, b) => a + b, 0);
      expect(total).toBe(people.length);
    }),
  );
});

/** A header written as HR types it: spaces (ideographic, no-break) or a line break inside, full-width letters. */
const variant = (header: string, how: number) => {
  const chars = [...header];
  const middle = Math.max(1, Math.floor(chars.length / 2));
  const gap = ["\u3000", "\u00a0", " ", "\n", "\r\n"][how % 5];
  const spaced = [...chars.slice(0, middle), gap, ...chars.slice(middle)].join("");
  return how % 2 ? spaced : ` ${spaced.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))} `;
};

test("a header written with spaces, line breaks or full-width letters reads as the same header", () => {
  const english = ["No.", "Name", "Department", "Final Score", "Final Rating"];
  fc.assert(
    fc.property(
      arbitraryPeople,
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 5 }),
      fc.boolean(),
      (people, hows, chinese) => {
        const headers = chinese ? HEADERS : english;
        const plain = read(table(people, headers));
        const varied = read(
          table(
            people,
            headers.map((header, i) => variant(header, hows[i])),
          ),
        );
        expect(varied).toEqual(plain);
        expect(plain.kind).toBe("table");
        expect(plain.people).toBe(people.length);
      },
    ),
  );
});
