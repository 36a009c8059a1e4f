/** An insert that failed: why, and what became of the sheet it had added. */
export class InsertFailed extends Error {
  constructor(
    /** The original error, never replaced by a failed clean-up. */
    readonly reason: unknown,
    /** The sheet the insert had added: removed again, or left in the workbook; null when none was added. */
    readonly sheet: { name: string; removed: boolean } | null,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "InsertFailed";
  }
}
