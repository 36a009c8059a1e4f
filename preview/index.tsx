/**
 * The development preview (`npm start` where Excel cannot run): the real task pane beside a small
 * grid of an in-memory workbook whose formulas HyperFormula computes with the HR functions of the
 * real dist/functions.js. HyperFormula is GPL and a development tool: this page is never shipped.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { languageOf } from "../src/messages";
import { App } from "../taskpane/components/App";
import { createExcelGateway } from "../taskpane/workbook/excel-gateway";
import type { CustomFunction, FunctionShape } from "./custom-functions";
import { fillDemoWorkbook } from "./demo-workbook";
import { FakeExcel } from "./fake-excel";
import { Grid } from "./Grid";
import { registerHrFunctions } from "./hyperformula-hr";
import { HyperFormulaEngine } from "./hyperformula-engine";

declare global {
  interface Window {
    /** Filled by preview-shim.ts before functions.js associates its functions. */
    hrFunctions: Map<string, CustomFunction>;
    /** The preview's workbook, for the end-to-end tests to look at. */
    previewWorkbook: FakeExcel;
  }
}

async function start() {
  const metadata: { functions: FunctionShape[] } = await (await fetch("functions.json")).json();
  const params = new URLSearchParams(location.search);
  // Every message shows here (Excel shows them for #VALUE! and #N/A only); ?blanks=zero passes
  // blank cells as older Excel desktop builds do.
  registerHrFunctions(window.hrFunctions, metadata.functions, {
    messages: "all",
    blanks: params.get("blanks") === "zero" ? "zero" : "null",
  });
  const excel = new FakeExcel(new HyperFormulaEngine());
  fillDemoWorkbook(excel);
  window.previewWorkbook = excel;
  const language = languageOf(params.get("lang") ?? navigator.language);
  const paneWidth = Number(params.get("pane"));
  if (paneWidth) document.body.style.setProperty("--pane-width", `${paneWidth}px`);
  // the stand-in models ExcelApi 1.13's merged areas; there is no Office.context to ask here
  const gateway = createExcelGateway(excel as unknown as typeof Excel, { supportsMerges: () => true });
  createRoot(document.getElementById("grid")!).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <Grid excel={excel} />
    </FluentProvider>,
  );
  createRoot(document.getElementById("pane")!).render(<App gateway={gateway} language={language} />);
}

Office.onReady(() => void start());
