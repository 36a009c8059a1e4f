import { createRoot } from "react-dom/client";
import { languageOf } from "../src/messages";
import { App } from "./components/App";
import { createExcelGateway } from "./workbook/excel-gateway";

/** Dark when Office's body background is dark. */
function isDarkTheme(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background) return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(
    <App gateway={createExcelGateway()} language={languageOf(Office.context.displayLanguage)} dark={isDarkTheme()} />,
  );
});
