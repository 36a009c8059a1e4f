import { createContext, useContext } from "react";
import type { Language } from "../../src/messages";
import type { Host } from "../../src/templates";
import type { Strings } from "../i18n";
import type { WorkbookGateway } from "../workbook/gateway";

/** What every view needs: the one gateway to the workbook, its host, and the UI language. */
export interface AppServices {
  gateway: WorkbookGateway;
  host: Host;
  lang: Language;
  t: Strings;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error("useApp outside <App>");
  return services;
}
