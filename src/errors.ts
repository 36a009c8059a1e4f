import { type Language, type MessageKey, type MessageParams, messages } from "./messages";

/**
 * The kind of a problem, which decides the Excel error it becomes:
 * bad input → #VALUE!, nothing to compute yet → #N/A, all usable weights 0 → #DIV/0!.
 */
export type HrErrorKind = "value" | "na" | "div0";

/** A typed problem with the input. It carries its message in every UI language. */
export class HrError extends Error {
  constructor(
    readonly kind: HrErrorKind,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(messages[key].en(params));
    this.name = "HrError";
  }

  text(language: Language): string {
    return messages[this.key][language](this.params);
  }
}

export const invalid = (key: MessageKey, params?: MessageParams) => new HrError("value", key, params);
export const notAvailable = (key: MessageKey, params?: MessageParams) => new HrError("na", key, params);
