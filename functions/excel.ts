/**
 * Excel's door to the shared custom functions (adapters.ts): values arrive as the core reads them
 * (ranges as 2-D arrays, omitted arguments as null), core errors leave as CustomFunctions.Error
 * values with a message in the workbook's language.
 */
import { type Block, type HrError, type Language, languageOf } from "../src";
import { ERROR_CODES, type FunctionDoor, customFunctions } from "./adapters";

/** The UI language Excel runs in, where the runtime exposes it; English otherwise. */
export function workbookLanguage(): Language {
  try {
    return languageOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/** The Excel error value for a core error. */
function toExcelError(error: HrError, language: Language): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_CODES[error.kind] as CustomFunctions.ErrorCode, error.text(language));
}

const EXCEL_DOOR: FunctionDoor<CustomFunctions.Error> = {
  // The metadata declares these parameters matrix: Excel passes a 2-D array, or null when omitted.
  range: (argument) => (argument as Block | null | undefined) ?? null,
  value: (argument) => argument,
  language: workbookLanguage,
  fail(error, language) {
    throw toExcelError(error, language);
  },
  errorCell: toExcelError,
};

export const excelFunctions = customFunctions(EXCEL_DOOR);
