import { HrError } from "../../src";

/** Runs `action` and returns the HrError it throws; fails when it returns or throws something else. */
export function errorOf(action: () => unknown): HrError {
  try {
    action();
  } catch (error) {
    if (error instanceof HrError) return error;
    throw error;
  }
  throw new Error("expected an HrError, got a result");
}
