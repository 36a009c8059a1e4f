import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Language } from "../../src/messages";
import type { Host } from "../../src/templates";
import { stringsFor } from "../i18n";
import type { WorkbookGateway } from "../workbook/gateway";
import { AppContext } from "./AppContext";
import { DistributionView } from "./DistributionView";
import { TemplatesView } from "./TemplatesView";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  tabs: { marginBlock: tokens.spacingVerticalS },
});

export interface AppProps {
  gateway: WorkbookGateway;
  language: Language;
  dark?: boolean;
  /** Where the App runs: Excel's task pane (the default) or the Google Sheets sidebar. */
  host?: Host;
}

type View = "templates" | "distribution";

/** The task pane: Templates and Distribution check, in the Office theme and the chosen language. */
export function App({ gateway, language, dark = false, host = "excel" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(language);
  const [view, setView] = useState<View>("templates");
  const services = useMemo(() => ({ gateway, host, lang, t: stringsFor(lang, host) }), [gateway, host, lang]);
  const t = services.t;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <AppContext.Provider value={services}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{t.appTitle}</Title3>
            <Button
              appearance="subtle"
              aria-label={t.languageSwitchLabel}
              onClick={() => setLang(lang === "zh" ? "en" : "zh")}
            >
              {t.languageSwitch}
            </Button>
          </header>
          <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
            <Tab value="templates">{t.tabTemplates}</Tab>
            <Tab value="distribution">{t.tabDistribution}</Tab>
          </TabList>
          {/* Both views stay mounted, so switching tabs keeps what the user chose and found. */}
          <div hidden={view !== "templates"}>
            <TemplatesView />
          </div>
          <div hidden={view !== "distribution"}>
            <DistributionView />
          </div>
        </main>
      </AppContext.Provider>
    </FluentProvider>
  );
}
