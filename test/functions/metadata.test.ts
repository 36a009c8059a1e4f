/**
 * functions.json comes from the JSDoc through the real generator; its Chinese twin from one table.
 * The generator's command line exits 0 even on errors, so it is run programmatically here.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import { readMetadata } from "../support/bundle";
const { localizeMetadata } = require("../../scripts/localize-metadata");

const SOURCE = join(__dirname, "..", "..", "functions", "functions.ts");

const EXPECTED: Record<string, { parameters: [string, string, boolean][]; result: string }> = {
  SCORE: {
    parameters: [
      ["scores", "matrix", false],
      ["weights", "matrix", true],
      ["scale", "matrix", true],
    ],
    result: "number",
  },
  GRADE: {
    parameters: [
      ["scores", "matrix", false],
      ["weights", "matrix", true],
      ["scale", "matrix", true],
    ],
    result: "string",
  },
  BAND: {
    parameters: [
      ["score", "scalar", false],
      ["scale", "matrix", true],
    ],
    result: "string",
  },
  GRADES: {
    parameters: [
      ["scores", "matrix", false],
      ["weights", "matrix", true],
      ["scale", "matrix", true],
    ],
    result: "matrix",
  },
  KPISCORE: {
    parameters: [
      ["actual", "scalar", false],
      ["target", "scalar", false],
      ["direction", "scalar", true],
      ["floor", "scalar", true],
      ["cap", "scalar", true],
    ],
    result: "number",
  },
  KPISTEP: {
    parameters: [
      ["value", "scalar", false],
      ["steps", "matrix", false],
      ["direction", "scalar", true],
    ],
    result: "number",
  },
  NORMALIZE: {
    parameters: [
      ["scores", "matrix", false],
      ["raters", "matrix", false],
      ["min_ratings", "scalar", true],
      ["scale", "matrix", true],
    ],
    result: "matrix",
  },
  DISTRIBUTION: {
    parameters: [
      ["grades", "matrix", false],
      ["policy", "matrix", true],
      ["scale", "matrix", true],
    ],
    result: "matrix",
  },
};

describe("functions metadata", () => {
  let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  beforeAll(async () => {
    generated = await generateCustomFunctionsMetadata(SOURCE, false);
  });

  test("the generator reports no errors", () => {
    expect(generated.errors).toEqual([]);
  });

  test("ids, parameters (order, dimensionality, optional) and result shapes are the contract's", () => {
    const functions = JSON.parse(generated.metadataJson).functions;
    expect(functions.map((f: { id: string }) => f.id)).toEqual(Object.keys(EXPECTED));
    for (const f of functions) {
      const expected = EXPECTED[f.id];
      expect([f.id, f.name]).toEqual([f.id, f.id]);
      expect(
        f.parameters.map((p: { name: string; dimensionality?: string; optional?: boolean }) => [
          p.name,
          p.dimensionality ?? "scalar",
          !!p.optional,
        ]),
      ).toEqual(expected.parameters);
      expect(f.result.dimensionality === "matrix" ? "matrix" : f.result.type).toBe(expected.result);
    }
  });

  test("every function and parameter has a description", () => {
    for (const f of JSON.parse(generated.metadataJson).functions) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect([f.id, p.name, p.description.length > 5]).toEqual([f.id, p.name, true]);
    }
  });

  test("the build wrote exactly what the generator makes, and associates every id", () => {
    expect(readMetadata()).toEqual(JSON.parse(generated.metadataJson));
    expect(generated.associate.map((a: { id: string }) => a.id)).toEqual(Object.keys(EXPECTED));
  });

  test("functions.zh-cn.json: same ids, names and types, Chinese descriptions", () => {
    const english = readMetadata().functions;
    const chinese = readMetadata("functions.zh-cn.json").functions;
    const shape = (fs: typeof english) =>
      fs.map((f) => ({ ...f, description: "", parameters: f.parameters.map((p) => ({ ...p, description: "" })) }));
    expect(shape(chinese)).toEqual(shape(english));
    const hasChinese = /[\u4e00-\u9fff]/;
    for (const f of chinese) {
      expect(f.description).toMatch(hasChinese);
      for (const p of f.parameters) expect(p.description).toMatch(hasChinese);
    }
  });
});

describe("localizing the metadata from the translation table", () => {
  const metadata = {
    functions: [
      { id: "GRADE", name: "GRADE", description: "Grade", parameters: [{ name: "scores", description: "Scores" }] },
    ],
  };

  test("replaces descriptions only", () => {
    const out = localizeMetadata(metadata, { GRADE: { description: "等级", parameters: { scores: "得分" } } }, "zh-cn");
    expect(out.functions[0]).toEqual({
      id: "GRADE",
      name: "GRADE",
      description: "等级",
      parameters: [{ name: "scores", description: "得分" }],
    });
  });

  test.each([
    [{}, "zh-cn: no description for GRADE"],
    [{ GRADE: { description: "等级", parameters: {} } }, "zh-cn: no description for GRADE(scores)"],
    [
      { GRADE: { description: "等级", parameters: { scores: "得分", weights: "权重" } } },
      "zh-cn: GRADE has no parameter weights",
    ],
    [
      { GRADE: { description: "等级", parameters: { scores: "得分" } }, SCORE: { description: "x" } },
      "zh-cn: translation for unknown function SCORE",
    ],
  ])("a gap or a stray translation fails the build: %j", (translations, message) => {
    expect(() => localizeMetadata(metadata, translations, "zh-cn")).toThrow(message);
  });
});
