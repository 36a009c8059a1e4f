/** Messages follow Office's display language, read from the Office global (a stand-in here). */
import { workbookLanguage } from "../../functions/excel";

const withOffice = (office: unknown, check: () => void) => {
  const global = globalThis as { Office?: unknown };
  global.Office = office;
  try {
    check();
  } finally {
    delete global.Office;
  }
};

test.each([
  ["zh-CN", "zh"],
  ["zh-TW", "zh"],
  ["en-US", "en"],
  ["fr-FR", "en"],
])("display language %s gives %s messages", (displayLanguage, expected) => {
  withOffice({ context: { displayLanguage } }, () => expect(workbookLanguage()).toBe(expected));
});

test("without Office, or before it is ready, messages are in English", () => {
  expect(workbookLanguage()).toBe("en");
  withOffice({}, () => expect(workbookLanguage()).toBe("en"));
  withOffice({ context: {} }, () => expect(workbookLanguage()).toBe("en"));
});
