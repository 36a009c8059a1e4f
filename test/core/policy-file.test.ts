import { DEFAULT_POLICY, makeScale } from "../../src";
import { parsePolicyJson } from "../../src/check";

const parse = (value: unknown) => parsePolicyJson(JSON.stringify(value));

test("percentages in, the policy in fractions out; mode and tolerance default to exact and 5", () => {
  expect(parse({ shares: { A: 45, B: 30, C: 20, D: 5 } })).toEqual({
    ok: true,
    policy: { ...DEFAULT_POLICY, groups: [] },
  });
  const guideline = parse({
    mode: "guideline",
    tolerance: 10,
    shares: { 超过目标: 40, B: 40, C: 20 },
    groups: [{ grades: ["B", "C"], min: 50 }],
  });
  expect(guideline).toEqual({
    ok: true,
    policy: {
      mode: "guideline",
      tolerance: 10,
      shares: [
        { grade: "A", share: 0.4 },
        { grade: "B", share: 0.4 },
        { grade: "C", share: 0.2 },
      ],
      groups: [{ grades: ["B", "C"], min: 0.5, max: undefined }],
    },
  });
});

test("each mistake is pointed at, in English and Chinese", () => {
  const result = parse({ shares: { A: 0.45, B: 0.3, C: 0.2, D: 0.05 }, tolerance: -1, extra: 1 });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map((p) => p.en)).toEqual(["tolerance must be ≥ 0", "has unknown fields 'extra'"]);
  const sum = parse({ shares: { A: 0.45, B: 0.3, C: 0.2, D: 0.05 } });
  expect(sum.ok || sum.problems.map((p) => [p.en, p.zh])).toEqual([
    [
      "shares add up to 1%, not 100% (write percentages: 45 for 45%)",
      "各等级的目标占比合计为 1%，不是 100%（请写百分数：45 表示 45%）（位置：shares）",
    ],
  ]);
  const grades = parse({ shares: { A: 50, a: 30, F: 20 }, groups: [{ grades: ["B", "X"] }] });
  expect(grades.ok || grades.problems.map((p) => p.en)).toEqual([
    "shares.a names grade A again (as 'A')",
    "shares.F 'F' is not a grade of the scale (A, B, C, D)",
    "groups[0].grades[1] 'X' is not a grade of the scale (A, B, C, D)",
    "groups[0] needs min or max (percent)",
  ]);
  expect(grades.ok || grades.problems.map((p) => p.zh)).toEqual([
    "目标占比：“a”与“A”重复，都是等级 A（位置：shares.a）",
    "目标占比：“F”不是等级标准中的等级（A、B、C、D）（位置：shares.F）",
    "第 1 个等级组合：“X”不是等级标准中的等级（A、B、C、D）（位置：groups[0].grades[1]）",
    "第 1 个等级组合：需要最低占比（min）或最高占比（max），单位为百分数（位置：groups[0]）",
  ]);
  expect(result.problems.map((p) => p.zh)).toEqual([
    "允许偏差不能小于 0（位置：tolerance）",
    "有无法识别的字段：extra",
  ]);
  const broken = parsePolicyJson("{ shares: }");
  expect(broken.ok || broken.problems[0].en).toMatch(/^The file is not valid JSON: /);
});

test("grades are read against the scale in use", () => {
  const scale = makeScale([
    { label: "优秀", lower: 90 },
    { label: "合格", lower: 60 },
    { label: "不合格", lower: 0 },
  ]);
  expect(parsePolicyJson(JSON.stringify({ shares: { 优秀: 20, 合格: 70, 不合格: 10 } }), scale).ok).toBe(true);
});

test('a policy saved by Notepad (byte-order mark) and shares written as "45%" read as HR means them', () => {
  const text = `\uFEFF${JSON.stringify({ shares: { A: "45%", B: "30 %", C: 20, D: "5%" } })}`;
  expect(parsePolicyJson(text)).toEqual({ ok: true, policy: { ...DEFAULT_POLICY, groups: [] } });
  const wrong = parsePolicyJson(JSON.stringify({ shares: { A: "45 percent", B: 55 } }));
  expect(wrong.ok).toBe(false);
});
