/**
 * manifest.xml checked offline (the office-addin-manifest validator calls an online service):
 * well-formed XML, every resid resolves, one shared runtime, namespace HR, https URLs that the
 * build actually produces, and the Chinese overrides.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { DIST } from "./support/bundle";

const ROOT = join(__dirname, "..");
const TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const DEV_ORIGIN = "https://localhost:3000";

const errors: string[] = [];
const doc = new DOMParser({
  onError: (level: string, message: string) => {
    if (level !== "warning") errors.push(message);
  },
}).parseFromString(TEXT, "text/xml");

const all = (name: string, root: { getElementsByTagName(n: string): unknown } = doc) =>
  Array.from(root.getElementsByTagName(name) as unknown as ArrayLike<Element>);
const one = (name: string) => {
  const found = all(name);
  expect(found).toHaveLength(1);
  return found[0];
};
const resources = (kind: string) =>
  new Map(all(`bt:${kind}`).flatMap((el) => (el.getAttribute("id") ? [[el.getAttribute("id")!, el] as const] : [])));
const urls = resources("Url");
const urlOf = (resid: string | null) => urls.get(resid ?? "")?.getAttribute("DefaultValue");

describe("manifest.xml", () => {
  test("is well-formed XML of an add-in only task pane manifest", () => {
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all("Host")[0].getAttribute("Name")).toBe("Workbook");
  });

  test("office-addin-manifest reads it (its offline `info` command)", () => {
    const cli = require.resolve("office-addin-manifest/cli.js");
    const info = execFileSync(process.execPath, [cli, "info", "manifest.xml"], { cwd: ROOT, encoding: "utf8" });
    expect(info).toContain("Name: HR Appraisal");
    expect(info).toContain("Hosts: Workbook");
    expect(info).toContain("Type: TaskPaneApp");
  });

  test("every resid resolves to a resource of the right kind, and ids are at most 32 characters", () => {
    const kinds: Record<string, string> = {
      Runtime: "Url",
      SourceLocation: "Url",
      FunctionFile: "Url",
      LearnMoreUrl: "Url",
      Namespace: "String",
      Title: "String",
      Label: "String",
      Description: "String",
      "bt:Image": "Image",
    };
    const withResid = Array.from(doc.getElementsByTagName("*") as unknown as ArrayLike<Element>).filter((el) =>
      el.hasAttribute("resid"),
    );
    expect(withResid.length).toBeGreaterThan(10);
    for (const el of withResid) {
      const resid = el.getAttribute("resid")!;
      const kind = kinds[el.tagName];
      expect([el.tagName, kind]).toEqual([el.tagName, expect.any(String)]);
      const pool = kind === "String" ? new Map([...resources("String")]) : resources(kind);
      expect([el.tagName, resid, pool.has(resid)]).toEqual([el.tagName, resid, true]);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  test("one shared runtime: Runtime, the custom functions Page, FunctionFile and the task pane use the same page", () => {
    expect(one("Runtime").getAttribute("lifetime")).toBe("long");
    const runtime = one("Runtime").getAttribute("resid");
    const page = all("SourceLocation", all("Page")[0]);
    expect(page[0].getAttribute("resid")).toBe(runtime);
    expect(one("FunctionFile").getAttribute("resid")).toBe(runtime);
    const action = all("Action").find((a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane")!;
    expect(all("SourceLocation", action)[0].getAttribute("resid")).toBe(runtime);
    expect(urlOf(runtime)).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(one("DefaultSettings").getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
  });

  test("requires SharedRuntime 1.1", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
  });

  test("the CustomFunctions extension point: namespace HR, script, metadata with a zh-CN override", () => {
    const point = all("ExtensionPoint").find((e) => e.getAttributeNS(XSI, "type") === "CustomFunctions")!;
    expect(point).toBeDefined();
    const namespace = resources("String").get(all("Namespace", point)[0].getAttribute("resid")!)!;
    expect(namespace.getAttribute("DefaultValue")).toBe("HR");
    expect(all("bt:Override", namespace)).toHaveLength(0);
    const source = (tag: string) => all("SourceLocation", all(tag, point)[0])[0].getAttribute("resid");
    expect(urlOf(source("Script"))).toBe(`${DEV_ORIGIN}/functions.js`);
    const metadata = urls.get(source("Metadata")!)!;
    expect(metadata.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/functions.json`);
    const override = all("bt:Override", metadata)[0];
    expect([override.getAttribute("Locale"), override.getAttribute("Value")]).toEqual([
      "zh-CN",
      `${DEV_ORIGIN}/functions.zh-cn.json`,
    ]);
  });

  test("a ribbon button on the Home tab opens the task pane", () => {
    const button = all("Control").find((c) => c.getAttributeNS(XSI, "type") === "Button")!;
    expect(all("Action", button)[0].getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
    expect(all("OfficeTab")[0].getAttribute("id")).toBe("TabHome");
  });

  test("every URL is https on one origin, and the build produces each file it names", () => {
    const values = Array.from(doc.getElementsByTagName("*") as unknown as ArrayLike<Element>).flatMap((el) =>
      ["DefaultValue", "Value"].map((a) => el.getAttribute(a)).filter((v): v is string => !!v && /^\w+:\/\//.test(v)),
    );
    values.push(...all("AppDomain").map((el) => el.textContent!));
    expect(values.length).toBeGreaterThan(8);
    for (const url of values) {
      expect(url.startsWith(`${DEV_ORIGIN}`)).toBe(true);
      const path = url.slice(DEV_ORIGIN.length + 1);
      if (path) expect([url, existsSync(join(DIST, path))]).toEqual([url, true]);
    }
  });

  test("display name, description and ribbon strings have Chinese overrides within Office's length limits", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const element = Array.from(doc.documentElement!.childNodes as unknown as ArrayLike<Element>).find(
        (n) => n.nodeName === tag,
      )!;
      const override = all("Override", element)[0];
      expect(override.getAttribute("Locale")).toBe("zh-CN");
      expect(override.getAttribute("Value")).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [kind, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const string of all("bt:String", doc.getElementsByTagNameNS(BT, kind)[0])) {
        expect(string.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(limit);
        for (const o of all("bt:Override", string)) expect(o.getAttribute("Value")!.length).toBeLessThanOrEqual(limit);
      }
    }
    for (const id of ["Group.Label", "OpenPane.Label", "OpenPane.Tooltip", "GetStarted.Title"]) {
      expect([id, all("bt:Override", resources("String").get(id)!).length]).toEqual([id, 1]);
    }
  });
});
