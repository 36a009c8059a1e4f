/**
 * What crosses google.script.run between the sidebar and its server functions. Apps Script passes
 * only plain JSON across (no Date, no undefined, no class instances; developers.google.com/apps-script/
 * guides/html/reference/run), and a thrown error reaches the client as its message alone, so every
 * server function returns a `Reply` that carries an insert's clean-up too.
 */
import type { Language } from "../src/messages";
import type { Template } from "../src/templates";
import type { InsertOptions, InsertResult, SheetData, SheetListing } from "../taskpane/workbook/gateway";

export interface ReplyError {
  message: string;
  /** An insert that failed after adding its sheet: whether that sheet was removed again. */
  sheet: { name: string; removed: boolean } | null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

/** The sidebar's server functions, by the names the server file declares at top level. */
export interface SidebarServer {
  /** The spreadsheet's language (its locale, zh* → Chinese), for the sidebar's first render. */
  hrSidebarLanguage(): Reply<Language>;
  hrListSheets(): Reply<SheetListing[]>;
  hrInsertTemplate(template: Template, options: InsertOptions): Reply<InsertResult>;
  hrReadSheet(name: string): Reply<SheetData>;
  hrSelect(name: string, address: string): Reply<null>;
}
