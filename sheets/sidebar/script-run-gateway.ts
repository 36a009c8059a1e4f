/**
 * The task pane's WorkbookGateway over google.script.run: each call runs one of the server
 * functions SidebarServer names (sheets/server/sidebar-server.ts), the only code that touches
 * SpreadsheetApp. google.script.run is callback-based and returns nothing
 * (developers.google.com/apps-script/guides/html/reference/run): a call resolves in its success
 * handler and rejects in its failure handler, which Apps Script calls with an Error when the server
 * function throws or the call itself fails (authorisation, time limit, an illegal argument).
 */
import type { Reply, SidebarServer } from "../contract";
import type { WorkbookGateway } from "../../taskpane/workbook/gateway";
import { InsertFailed } from "../../taskpane/workbook/insert-error";

type ServerCalls = { [Name in keyof SidebarServer]: (...args: Parameters<SidebarServer[Name]>) => void };

/** The part of the client-side google.script.run this sidebar uses (the client types are not installed). */
export type ScriptRun = ServerCalls & {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
};

declare const google: { script: { run: ScriptRun } };

type Value<Name extends keyof SidebarServer> = ReturnType<SidebarServer[Name]> extends Reply<infer T> ? T : never;

/** One server call as a promise of its reply. */
function call<Name extends keyof SidebarServer>(
  run: ScriptRun,
  name: Name,
  ...args: Parameters<SidebarServer[Name]>
): Promise<Reply<Value<Name>>> {
  return new Promise((resolve, reject) => {
    const runner = run
      .withSuccessHandler((reply) => {
        // Apps Script hands over null when a return value holds what it cannot pass (a Date, say).
        if (!isReply(reply))
          reject(new Error(`The server function ${name} returned ${JSON.stringify(reply)}, not a reply.`));
        else resolve(reply as Reply<Value<Name>>);
      })
      .withFailureHandler(reject);
    (runner[name] as (...args: Parameters<SidebarServer[Name]>) => void)(...args);
  });
}

const isReply = (value: unknown): value is Reply<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";

/** A reply's value, or its error as an Error. */
function valueOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

/** The spreadsheet's language (its locale), asked before the sidebar's first render. */
export async function sheetLanguage(run: ScriptRun = google.script.run) {
  return valueOf(await call(run, "hrSidebarLanguage"));
}

export function createScriptRunGateway(run: ScriptRun = google.script.run): WorkbookGateway {
  return {
    listSheets: async () => valueOf(await call(run, "hrListSheets")),
    async insertTemplate(template, options) {
      const reply = await call(run, "hrInsertTemplate", template, options);
      // The server removes a half-written sheet itself and says whether it could: shown as in Excel.
      if (!reply.ok) throw new InsertFailed(new Error(reply.error.message), reply.error.sheet);
      return reply.value;
    },
    readSheet: async (name) => valueOf(await call(run, "hrReadSheet", name)),
    select: async (name, address) => {
      valueOf(await call(run, "hrSelect", name, address));
    },
  };
}
