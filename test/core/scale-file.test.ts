/** A scale file (the command line's --scale): zod first, then the scale's own rules, each pointed at. */
import { knownScaleResult, parseScaleJson } from "../../src/check";

const parse = (value: unknown) => parseScaleJson(JSON.stringify(value));
const FOUR = [
  { label: "优秀", lower: 90, points: 95 },
  { label: "良好", lower: 80 },
  { label: "合格", lower: 60 },
  { label: "不合格", lower: 0 },
];

test("a scale with its policy: grades best first, shares as fractions", () => {
  const result = parse({ grades: FOUR, policy: { 优秀: 20, 良好: "50%", 合格: 25, 不合格: 5 } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.scale.grades.map((g) => g.label)).toEqual(["优秀", "良好", "合格", "不合格"]);
  expect(result.policy?.shares).toEqual([
    { grade: "优秀", share: 0.2 },
    { grade: "良好", share: 0.5 },
    { grade: "合格", share: 0.25 },
    { grade: "不合格", share: 0.05 },
  ]);
});

test.each([
  ["no grades", { grades: [] }, "grades needs at least 1 entries"],
  ["a label twice", { grades: [...FOUR, { label: "优秀", lower: 95 }] }, "appears twice"],
  [
    "points outside the band",
    {
      grades: [
        { label: "A", lower: 90, points: 80 },
        { label: "B", lower: 0 },
      ],
    },
    "lie outside the band",
  ],
  [
    "a policy naming no grade",
    { grades: FOUR, policy: { 优秀: 20, 良好: 50, 合格: 25, 差: 5 } },
    "'差' is not a grade of the scale",
  ],
  ["shares not adding up", { grades: FOUR, policy: { 优秀: 20, 良好: 50, 合格: 25 } }, "add up to 95%"],
  ["an unknown field", { grades: FOUR, colours: {} }, "unknown fields 'colours'"],
])("%s: named", (_, value, wanted) => {
  const result = parse(value);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map((p) => p.en).join("\n")).toContain(wanted);
  expect(result.problems.every((p) => p.zh.length > 0)).toBe(true);
});

test("a known scale by its id, with the manual's shares by position for four levels", () => {
  const known = knownScaleResult("Excellent-Good-Pass-Fail");
  expect(known).toMatchObject({ ok: true, id: "excellent-good-pass-fail" });
  if (!known?.ok) return;
  expect(known.policy?.shares.map((s) => [s.grade, s.share])).toEqual([
    ["优秀", 0.45],
    ["良好", 0.3],
    ["合格", 0.2],
    ["不合格", 0.05],
  ]);
  expect(knownScaleResult("s-a-b-c-d")).toMatchObject({ ok: true });
  expect(knownScaleResult("s-a-b-c-d")).not.toHaveProperty("policy");
  expect(knownScaleResult("no-such-scale")).toBeUndefined();
});
