import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type CheckReport, type RaterView, checkGrades, judgedEntries, raterView } from "../../src/check";
import { HrError } from "../../src/errors";
import { type Policy, checkPolicy } from "../../src/policy";
import { KNOWN_SCALES, type SheetReading, findKnownScale, peopleOf, readSheet } from "../../src/reading";
import { columnName, type Cycle } from "../../src/templates";
import type { SheetData, SheetListing } from "../workbook/gateway";
import { useApp } from "./AppContext";
import { DistributionReport } from "./DistributionReport";
import { type PolicyDraft, PolicyEditor } from "./PolicyEditor";
import { ReadingSummary } from "./ReadingSummary";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1 },
});

/** The policy editor's starting point for a scale: its default shares, or blanks to fill in. */
function draftFor(scaleId: string): PolicyDraft {
  const known = findKnownScale(scaleId)!;
  const shares = known.scale.grades.map((grade) => {
    const share = known.policy?.shares.find((s) => s.grade === grade.label)?.share;
    return { grade: grade.label, percent: share === undefined ? "" : String(Math.round(share * 1000) / 10) };
  });
  return { shares, mode: "exact", tolerance: "5" };
}

/** The policy the draft describes, or the reason it is not one. */
function policyOf(draft: PolicyDraft, scaleId: string): Policy {
  return checkPolicy(
    {
      shares: draft.shares.map(({ grade, percent }) => ({ grade, share: Number(percent) / 100 })),
      mode: draft.mode,
      tolerance: Number(draft.tolerance),
    },
    findKnownScale(scaleId)!.scale,
  );
}

interface Checked {
  report: CheckReport;
  reading: SheetReading;
  raters?: RaterView;
}

/** Pick a sheet, see what was read from it, set the policy, and check the distribution before submitting. */
export function DistributionView() {
  const { t, lang, gateway } = useApp();
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetListing[]>([]);
  const [sheet, setSheet] = useState("");
  const [data, setData] = useState<SheetData | null>(null);
  const [gradeColumn, setGradeColumn] = useState(-1);
  const [headerRow, setHeaderRow] = useState("");
  const [groupColumn, setGroupColumn] = useState(-1);
  const [scaleId, setScaleId] = useState("abcd");
  const [draft, setDraft] = useState(() => draftFor("abcd"));
  const [cycle, setCycle] = useState<Cycle>("monthly");
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const failureText = failure instanceof HrError ? failure.text(lang) : failure ? (failure as Error).message : "";

  const headerRowNumber = /^\s*\d+\s*$/.test(headerRow) && Number(headerRow) >= 1 ? Number(headerRow) : undefined;
  const options = useMemo(
    () => ({
      scale: findKnownScale(scaleId)!.scale,
      ...(gradeColumn >= 0 ? { gradeColumn } : {}),
      ...(headerRowNumber ? { headerRow: headerRowNumber } : {}),
      ...(groupColumn >= 0 ? { groupBy: groupColumn } : {}),
    }),
    [scaleId, gradeColumn, headerRowNumber, groupColumn],
  );
  const reading = useMemo(() => (data ? readSheet(data.source, options) : null), [data, options]);

  /** Reads a sheet; the choices made for the previous one no longer apply. */
  const open = useCallback(
    async (name: string) => {
      setSheet(name);
      setData(null);
      setChecked(null);
      setFailure(null);
      setGradeColumn(-1);
      setHeaderRow("");
      setGroupColumn(-1);
      if (!name) return;
      try {
        setData(await gateway.readSheet(name));
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
        const listed = await gateway.listSheets();
        setSheets(listed);
        const first = listed.find((s) => s.visible)?.name ?? "";
        await open(listed.some((s) => s.name === current) ? current : first);
      } catch (error) {
        setFailure(error);
      }
    },
    [gateway, open],
  );

  useEffect(() => {
    gateway.listSheets().then((listed) => {
      setSheets(listed);
      void open(listed.find((s) => s.visible)?.name ?? "");
    }, setFailure);
  }, [gateway, open]);

  function changeScale(id: string) {
    setScaleId(id);
    setDraft(draftFor(id));
    setChecked(null);
  }

  async function runCheck() {
    setBusy(true);
    setFailure(null);
    setChecked(null);
    try {
      const policy = policyOf(draft, scaleId);
      const fresh = await gateway.readSheet(sheet);
      setData(fresh);
      const read = readSheet(fresh.source, options);
      const judged = judgedEntries(read, sheet);
      const report = checkGrades(judged.entries, {
        policy,
        scale: options.scale,
        advisory: cycle === "annual",
        scoreErrors: read.kind === "table" ? read.scoreErrors : [],
        weightTotals: fresh.weightTotals,
        otherScales: judged.otherScale ? [judged.otherScale] : [],
      });
      const raters = raterView(peopleOf(read), options.scale);
      setChecked({ report, reading: read, ...(raters ? { raters } : {}) });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const columns = reading && "columns" in reading ? reading.columns : [];
  const detected = reading?.kind === "table" ? reading.grade.index : -1;
  const columnLabel = (index: number) => `${columnName(index)} · ${columns[index]?.header || "—"}`;
  const suggestion = reading && (reading.kind === "table" || reading.kind === "form") ? reading.suggestion : undefined;
  const suggested = suggestion && findKnownScale(suggestion.id);
  const checkable = reading?.kind === "table" || reading?.kind === "form";
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Field label={t.sheet} className={styles.grow}>
          <Select value={sheet} onChange={(_, d) => void open(d.value)}>
            {sheets.map((listed) => (
              <option key={listed.name} value={listed.name}>
                {listed.visible ? listed.name : t.hiddenSheet(listed.name)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void refresh(sheet)}>{t.refresh}</Button>
      </div>
      {reading && <ReadingSummary reading={reading} />}
      {data?.calculating && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.stillCalculating}</MessageBarBody>
        </MessageBar>
      )}
      {suggested && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.otherScale(suggested.title[lang])}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => changeScale(suggested.id)}>{t.useScale(suggested.title[lang])}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field
        label={t.gradeColumn}
        validationMessage={reading?.kind === "no-grade-column" ? t.noGradeColumn : undefined}
      >
        <Select value={String(gradeColumn)} onChange={(_, d) => setGradeColumn(Number(d.value))}>
          <option value="-1">{detected >= 0 ? t.detected(columnLabel(detected)) : "—"}</option>
          {columns.map((_, index) => (
            <option key={index} value={index}>
              {columnLabel(index)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.headerRow} hint={t.headerRowHint}>
        <Input
          inputMode="numeric"
          value={headerRow}
          placeholder={reading && "headerRows" in reading ? String(reading.headerRows.at(-1)! + 1) : ""}
          onChange={(_, d) => {
            setHeaderRow(d.value);
            setGradeColumn(-1); // a column chosen under another header may mean something else
          }}
        />
      </Field>
      <Field label={t.groupColumn}>
        <Select value={String(groupColumn)} onChange={(_, d) => setGroupColumn(Number(d.value))}>
          <option value="-1">{t.noGroup}</option>
          {columns.map((_, index) => (
            <option key={index} value={index}>
              {columnLabel(index)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.scale}>
        <Select value={scaleId} onChange={(_, d) => changeScale(d.value)}>
          {KNOWN_SCALES.map((known) => (
            <option key={known.id} value={known.id}>
              {known.title[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <PolicyEditor draft={draft} onChange={setDraft} />
      <Field label={t.reviewCycle} hint={cycle === "annual" ? t.advisoryNote : undefined}>
        <Select value={cycle} onChange={(_, d) => setCycle(d.value as Cycle)}>
          {(["monthly", "quarterly", "annual"] as const).map((option) => (
            <option key={option} value={option}>
              {t.cycleNames[option]}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy || !checkable} onClick={() => void runCheck()}>
        {busy ? <Spinner size="tiny" label={t.checking} /> : t.check}
      </Button>
      {failureText && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.readFailed} {failureText}
          </MessageBarBody>
        </MessageBar>
      )}
      {checked && (
        <DistributionReport report={checked.report} reading={checked.reading} raters={checked.raters} sheet={sheet} />
      )}
    </div>
  );
}
