import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { type CheckReport, checkGrades } from "../../src/check";
import { HrError } from "../../src/errors";
import { DEFAULT_POLICY, type Policy, checkPolicy } from "../../src/policy";
import { DEFAULT_SCALE } from "../../src/scale";
import type { Cycle } from "../../src/templates";
import type { SheetLayout } from "../workbook/gateway";
import { useApp } from "./AppContext";
import { DistributionReport } from "./DistributionReport";
import { type PolicyDraft, PolicyEditor } from "./PolicyEditor";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1 },
});

const INITIAL_POLICY: PolicyDraft = {
  shares: DEFAULT_POLICY.shares.map(({ grade, share }) => ({ grade, percent: String(Math.round(share * 1000) / 10) })),
  mode: "exact",
  tolerance: "5",
};

/** The policy the draft describes, or the reason it is not one. */
function policyOf(draft: PolicyDraft): Policy {
  return checkPolicy(
    {
      shares: draft.shares.map(({ grade, percent }) => ({ grade, share: Number(percent) / 100 })),
      mode: draft.mode,
      tolerance: Number(draft.tolerance),
    },
    DEFAULT_SCALE,
  );
}

/** Pick a sheet and its columns, set the policy, and check the distribution before submitting. */
export function DistributionView() {
  const { t, lang, gateway } = useApp();
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [layout, setLayout] = useState<SheetLayout | null>(null);
  const [gradeColumn, setGradeColumn] = useState(-1);
  const [groupColumn, setGroupColumn] = useState(-1);
  const [draft, setDraft] = useState(INITIAL_POLICY);
  const [cycle, setCycle] = useState<Cycle>("monthly");
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const failureText = failure instanceof HrError ? failure.text(lang) : failure ? (failure as Error).message : "";

  /** Reads a sheet's layout and the columns found in it. */
  const inspect = useCallback(
    async (name: string) => {
      setSheet(name);
      setLayout(null);
      setReport(null);
      setFailure(null);
      if (!name) return;
      try {
        const found = await gateway.inspectSheet(name);
        setLayout(found);
        setGradeColumn(found.grade);
        setGroupColumn(-1);
      } catch (error) {
        setFailure(error);
      }
    },
    [gateway],
  );

  /** Lists the sheets again, keeping the chosen one when it still exists. */
  const refresh = useCallback(
    async (current: string) => {
      try {
        const names = await gateway.listSheets();
        setSheets(names);
        await inspect(names.includes(current) ? current : (names[0] ?? ""));
      } catch (error) {
        setFailure(error);
      }
    },
    [gateway, inspect],
  );

  useEffect(() => {
    gateway.listSheets().then((names) => {
      setSheets(names);
      void inspect(names[0] ?? "");
    }, setFailure);
  }, [gateway, inspect]);

  async function runCheck() {
    if (!layout) return;
    setBusy(true);
    setFailure(null);
    setReport(null);
    try {
      const policy = policyOf(draft);
      const data = await gateway.readForCheck(layout, { grade: gradeColumn, group: groupColumn });
      setReport(
        checkGrades(data.entries, {
          policy,
          advisory: cycle === "annual",
          scoreErrors: data.scoreErrors,
          weightTotals: data.weightTotals,
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const headers = layout?.headers ?? [];
  const columnLabel = (index: number) => `${headers[index] || "—"}`;
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Field label={t.sheet} className={styles.grow}>
          <Select value={sheet} onChange={(_, data) => void inspect(data.value)}>
            {sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void refresh(sheet)}>{t.refresh}</Button>
      </div>
      <Field label={t.gradeColumn} validationMessage={layout && gradeColumn < 0 ? t.noGradeColumn : undefined}>
        <Select value={String(gradeColumn)} onChange={(_, data) => setGradeColumn(Number(data.value))}>
          <option value="-1">—</option>
          {headers.map((_, index) => (
            <option key={index} value={index}>
              {columnLabel(index)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.groupColumn}>
        <Select value={String(groupColumn)} onChange={(_, data) => setGroupColumn(Number(data.value))}>
          <option value="-1">{t.noGroup}</option>
          {(layout?.groups ?? []).map((group) => (
            <option key={group.index} value={group.index}>
              {columnLabel(group.index)}
            </option>
          ))}
          {headers.map((_, index) =>
            layout?.groups.some((group) => group.index === index) ? null : (
              <option key={`all-${index}`} value={index}>
                {columnLabel(index)}
              </option>
            ),
          )}
        </Select>
      </Field>
      <PolicyEditor draft={draft} onChange={setDraft} />
      <Field label={t.reviewCycle} hint={cycle === "annual" ? t.advisoryNote : undefined}>
        <Select value={cycle} onChange={(_, data) => setCycle(data.value as Cycle)}>
          {(["monthly", "quarterly", "annual"] as const).map((option) => (
            <option key={option} value={option}>
              {t.cycleNames[option]}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy || !layout || gradeColumn < 0} onClick={() => void runCheck()}>
        {busy ? <Spinner size="tiny" label={t.checking} /> : t.check}
      </Button>
      {failureText && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.readFailed} {failureText}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && <DistributionReport report={report} sheet={sheet} />}
    </div>
  );
}
