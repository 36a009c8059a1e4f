/**
 * The Google Sheets sidebar: the task pane's App, unchanged, behind the google.script.run gateway.
 * Sheets opens sidebars 300 px wide; the App lays out at that width in both languages.
 */
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/components/App";
import { type Language, languageOf } from "../../src/messages";
import { createScriptRunGateway, sheetLanguage } from "./script-run-gateway";

/**
 * The spreadsheet's language; the browser's when the server cannot say (the sidebar then shows the
 * failure of its first read in that language, as every later call fails the same way).
 */
async function language(): Promise<Language> {
  try {
    return await sheetLanguage();
  } catch {
    return languageOf(navigator.language);
  }
}

// The App pads itself; the page margin would only push its 100vh past the sidebar's height.
document.body.style.margin = "0";
void language().then((lang) => {
  createRoot(document.getElementById("root")!).render(
    <App gateway={createScriptRunGateway()} language={lang} host="sheets" />,
  );
});
