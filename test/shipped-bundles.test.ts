/**
 * What ships stays clean: no HyperFormula (GPL, a test tool only), no eval or new Function, no
 * network calls or telemetry in our bundles, and the page loads office.js from the add-in itself.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { DIST } from "./support/bundle";

const bundles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
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

test("taskpane.html loads only local scripts", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(/<script[^>]*\bsrc=(["']?)([^"'\s>]+)\1/g)].map((m) => m[2]);
  expect(sources).toEqual(["office-js/office.js", "functions.js", "taskpane.js"]);
});
