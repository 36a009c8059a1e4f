/**
 * The sidebar's gateway over a google.script.run stand-in that behaves as Apps Script documents it
 * (developers.google.com/apps-script/guides/html/reference/run): each with…Handler returns a runner
 * carrying the handler, the server function's name runs it later and returns nothing, a thrown
 * error or a failed call reaches the failure handler as an Error, and a return value Apps Script
 * cannot pass arrives as null.
 */
import type { Reply, SidebarServer } from "../../sheets/contract";
import { type ScriptRun, createScriptRunGateway, sheetLanguage } from "../../sheets/sidebar/script-run-gateway";
import { CATALOG } from "../../src/templates";
import { InsertFailed } from "../../taskpane/workbook/insert-error";

type Server = { [Name in keyof SidebarServer]: (...args: unknown[]) => unknown };

/** google.script.run over `server`; `calls` records each call's name and arguments as sent. */
function scriptRun(server: Partial<Server>) {
  const calls: [string, unknown[]][] = [];
  const runner = (success?: (value: unknown) => void, failure?: (error: Error) => void): ScriptRun => {
    const functions = Object.fromEntries(
      (["hrSidebarLanguage", "hrListSheets", "hrInsertTemplate", "hrReadSheet", "hrSelect"] as const).map((name) => [
        name,
        (...args: unknown[]) => {
          calls.push([name, JSON.parse(JSON.stringify(args))]);
          setTimeout(() => {
            try {
              const fn = server[name];
              if (!fn) throw new Error(`Script function not found: ${name}`);
              success?.(fn(...args));
            } catch (error) {
              failure?.(error as Error);
            }
          });
        },
      ]),
    );
    return {
      ...functions,
      withSuccessHandler: (handler) => runner(handler, failure),
      withFailureHandler: (handler) => runner(success, handler),
    } as ScriptRun;
  };
  return { run: runner(), calls };
}

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
const template = CATALOG[0];
const options = {
  employees: 20,
  cycle: template.cycles[0],
  period: "2026-11",
  language: "zh" as const,
  raters: false,
  ratingInput: "points" as const,
  formulas: "hr" as const,
};

test("each gateway call runs its server function with its arguments and resolves to the reply's value", async () => {
  const source = { name: "考核表", rows: [["姓名", "等级"]], merges: [] };
  const { run, calls } = scriptRun({
    hrListSheets: () => ok([{ name: "考核表", visible: true }]),
    hrInsertTemplate: () => ok({ sheetName: "电商部主管 2026-11", tableName: "", employees: 20, columns: 11 }),
    hrReadSheet: () => ok({ source, weightTotals: [], calculating: false }),
    hrSelect: () => ok(null),
    hrSidebarLanguage: () => ok("zh"),
  });
  const gateway = createScriptRunGateway(run);
  await expect(gateway.listSheets()).resolves.toEqual([{ name: "考核表", visible: true }]);
  await expect(gateway.insertTemplate(template, options)).resolves.toMatchObject({ employees: 20 });
  await expect(gateway.readSheet("考核表")).resolves.toEqual({ source, weightTotals: [], calculating: false });
  await expect(gateway.select("考核表", "C4")).resolves.toBeUndefined();
  await expect(sheetLanguage(run)).resolves.toBe("zh");
  expect(calls).toEqual([
    ["hrListSheets", []],
    ["hrInsertTemplate", [JSON.parse(JSON.stringify(template)), options]],
    ["hrReadSheet", ["考核表"]],
    ["hrSelect", ["考核表", "C4"]],
    ["hrSidebarLanguage", []],
  ]);
});

test("a reply with ok: false rejects with its message", async () => {
  const refused: Reply<never> = { ok: false, error: { message: "没有名为“旧表”的工作表。", sheet: null } };
  const { run } = scriptRun({ hrReadSheet: () => refused, hrSelect: () => refused });
  const gateway = createScriptRunGateway(run);
  await expect(gateway.readSheet("旧表")).rejects.toThrow(new Error("没有名为“旧表”的工作表。"));
  await expect(gateway.select("旧表", "A1")).rejects.toThrow("没有名为“旧表”的工作表。");
});

test.each([[{ name: "电商部主管 2026-11", removed: true }], [{ name: "电商部主管 2026-11", removed: false }], [null]])(
  "a failed insert rejects as InsertFailed with what became of its sheet (%j)",
  async (sheet) => {
    const { run } = scriptRun({
      hrInsertTemplate: () => ({ ok: false, error: { message: "Service Spreadsheets failed", sheet } }),
    });
    const failure = await createScriptRunGateway(run)
      .insertTemplate(template, options)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InsertFailed);
    expect((failure as InsertFailed).message).toBe("Service Spreadsheets failed");
    expect((failure as InsertFailed).sheet).toEqual(sheet);
  },
);

test("a call that fails on the server's side (a throw, authorisation, the time limit) rejects with that Error", async () => {
  const timeout = new Error("Exceeded maximum execution time");
  const { run } = scriptRun({
    hrListSheets: () => {
      throw timeout;
    },
  });
  const gateway = createScriptRunGateway(run);
  await expect(gateway.listSheets()).rejects.toBe(timeout);
  await expect(gateway.readSheet("x")).rejects.toThrow("Script function not found: hrReadSheet");
});

test("a reply Apps Script could not pass (null) is an error naming the function, not a value", async () => {
  const { run } = scriptRun({ hrListSheets: () => null, hrSidebarLanguage: () => "zh" });
  await expect(createScriptRunGateway(run).listSheets()).rejects.toThrow(
    "The server function hrListSheets returned null, not a reply.",
  );
  await expect(sheetLanguage(run)).rejects.toThrow('The server function hrSidebarLanguage returned "zh", not a reply.');
});
