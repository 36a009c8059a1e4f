import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../src/messages";
import type { Cycle, Template } from "../../src/templates";
import { InsertFailed } from "../workbook/insert-error";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBlockStart: tokens.spacingVerticalM,
  },
});

/** A period label for the cycle: 2026-11, 2026 Q4 or 2026. */
export function defaultPeriod(cycle: Cycle, now = new Date()): string {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  if (cycle === "monthly") return `${year}-${String(month).padStart(2, "0")}`;
  if (cycle === "quarterly") return `${year} Q${Math.ceil(month / 3)}`;
  return String(year);
}

type Status = { kind: "success" | "error"; text: string; details?: string[] } | null;

/** The insert options and the Insert button: a new sheet, never an existing one. Keyed by template. */
export function InsertForm({ template }: { template: Template }) {
  const { t, lang, gateway } = useApp();
  const styles = useStyles();
  const [employees, setEmployees] = useState("20");
  const [cycle, setCycle] = useState<Cycle>(template.cycles[0]);
  const [period, setPeriod] = useState(defaultPeriod(template.cycles[0]));
  const [raters, setRaters] = useState(true);
  const [ratingInput, setRatingInput] = useState<"points" | "letters">("points");
  const [language, setLanguage] = useState<Language>(lang);
  const [formulas, setFormulas] = useState<"hr" | "portable">("hr");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const count = Number(employees);
  const employeesValid = Number.isInteger(count) && count >= 1 && count <= 100_000;
  const periodValid = period.trim().length > 0 && period.trim().length <= 20;
  const canHaveRaters = template.raters.length > 1;

  async function insert() {
    setBusy(true);
    setStatus(null);
    try {
      const result = await gateway.insertTemplate(template, {
        employees: count,
        cycle,
        period: period.trim(),
        language,
        raters: canHaveRaters && raters,
        // portable formulas cannot read grade letters: the option is off there
        ratingInput: formulas === "portable" ? "points" : ratingInput,
        formulas,
      });
      setStatus({ kind: "success", text: t.inserted(result.sheetName, result.employees, result.columns) });
    } catch (error) {
      const sheet = error instanceof InsertFailed ? error.sheet : null;
      const fate = sheet ? [sheet.removed ? t.sheetRemoved : t.sheetLeft(sheet.name)] : [];
      setStatus({ kind: "error", text: t.insertFailed, details: [(error as Error).message, ...fate] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.form}
      aria-label={t.options}
      onSubmit={(event) => {
        event.preventDefault();
        void insert();
      }}
    >
      <Field label={t.employees} validationMessage={employeesValid ? undefined : t.employeesInvalid}>
        <Input type="number" min={1} max={100000} value={employees} onChange={(_, data) => setEmployees(data.value)} />
      </Field>
      <Field label={t.cycle}>
        <Select
          value={cycle}
          onChange={(_, data) => {
            setCycle(data.value as Cycle);
            setPeriod(defaultPeriod(data.value as Cycle));
          }}
        >
          {template.cycles.map((option) => (
            <option key={option} value={option}>
              {t.cycleNames[option]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.period} validationMessage={periodValid ? undefined : t.periodInvalid}>
        <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
      </Field>
      <Switch
        label={t.useRaters}
        checked={canHaveRaters && raters}
        disabled={!canHaveRaters}
        onChange={(_, data) => setRaters(data.checked)}
      />
      <Field label={t.formulas} hint={formulas === "portable" ? t.portableHint : undefined}>
        <RadioGroup value={formulas} onChange={(_, data) => setFormulas(data.value as "hr" | "portable")}>
          <Radio value="hr" label={t.hrFormulas} />
          <Radio value="portable" label={t.portableFormulas} />
        </RadioGroup>
      </Field>
      <Field label={t.ratingInput}>
        <RadioGroup
          layout="horizontal"
          value={formulas === "portable" ? "points" : ratingInput}
          onChange={(_, data) => setRatingInput(data.value as "points" | "letters")}
        >
          <Radio value="points" label={t.points} />
          <Radio value="letters" label={t.letters} disabled={formulas === "portable"} />
        </RadioGroup>
      </Field>
      <Field label={t.sheetLanguage}>
        <RadioGroup layout="horizontal" value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
          <Radio value="zh" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <Button type="submit" appearance="primary" disabled={busy || !employeesValid || !periodValid}>
        {busy ? <Spinner size="tiny" label={t.inserting} /> : t.insert}
      </Button>
      {status && (
        <MessageBar intent={status.kind} role="status">
          <MessageBarBody>
            {status.text}
            {status.details?.map((detail) => (
              <div key={detail}>{detail}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
