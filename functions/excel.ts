/**
 * The boundary between Excel and the core: core errors become CustomFunctions.Error values
 * with a message in the workbook's language.
 */
import { HrError, type HrErrorKind, type Language, languageOf } from "../src";

/** The UI language Excel runs in, where the runtime exposes it; English otherwise. */
export function workbookLanguage(): Language {
  try {
    return languageOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

const ERROR_CODES: Record<HrErrorKind, string> = {
  value: "#VALUE!",
  na: "#N/A",
  div0: "#DIV/0!",
};

/** The Excel error for a core error; anything else is a bug and is rethrown. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (!(error instanceof HrError)) throw error;
  return new CustomFunctions.Error(
    ERROR_CODES[error.kind] as CustomFunctions.ErrorCode,
    error.text(workbookLanguage()),
  );
}

/** Runs a computation for a custom function; a core error is thrown as Excel's error value. */
export function excelResult<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
