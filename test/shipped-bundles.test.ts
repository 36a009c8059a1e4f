/**
 * What ships stays clean: no HyperFormula (GPL, a test tool only), no eval or new Function, no
 * network calls or telemetry in our bundles, the Excel add-in's and the Google Sheets add-on's; the
 * task pane loads office.js from Microsoft's CDN, as Microsoft requires, and everything else from
 * the add-in.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { DIST } from "./support/bundle";

const DIST_SHEETS = join(DIST, "..", "dist-sheets");
const bundles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
/** What ships to Google Sheets: the server file and the sidebar page (its inlined script). */
const sheetsFiles = ["Code.js", "Sidebar.html"];
const FORBIDDEN: [string, RegExp][] = [
  ["HyperFormula", /hyperformula|handsoncode/i],
  ["eval", /\beval\s*\(/],
  ["new Function", /new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/],
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /XMLHttpRequest/],
  ["WebSocket", /WebSocket/],
  ["sendBeacon", /sendBeacon/],
  ["EventSource", /EventSource/],
  ["importScripts", /importScripts/],
  ["telemetry", /applicationinsights|aria-?telemetry|google-analytics|\bgtag\(/i],
];

test("the build ships the functions and task pane bundles", () => {
  expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
});

test.each(bundles)("%s has no HyperFormula, eval, new Function, network calls or telemetry", (file) => {
  const code = readFileSync(join(DIST, file), "utf8");
  const found = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
  expect(found).toEqual([]);
});

test.each(sheetsFiles)("dist-sheets/%s has no HyperFormula, eval, new Function, network calls or telemetry", (file) => {
  const code = readFileSync(join(DIST_SHEETS, file), "utf8");
  const found = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
  expect(found).toEqual([]);
});

test("taskpane.html loads office.js from Microsoft's CDN, in <head>, and our scripts from the add-in", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=(["']?)([^"'\s>]+)\1/g)];
  expect(scripts.map((m) => m[2])).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "functions.js",
    "taskpane.js",
  ]);
  // Office.js must be referenced inside <head> to initialise before the body.
  expect(scripts[0].index).toBeLessThan(html.indexOf("</head>"));
});

test("dist/ holds no copy of Microsoft's office.js (nothing of it is re-minified or served by us)", () => {
  expect(existsSync(join(DIST, "office-js"))).toBe(false);
  expect(bundles.filter((file) => /office|excel-|ariatelemetry/i.test(file))).toEqual([]);
});
