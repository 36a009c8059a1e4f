import { Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../src/numeric";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  // A task pane opens about 320 px wide: the fieldset fills it, and the shares wrap into as many
  // columns as fit, each input as narrow as its column (an <input>'s own width is about 150 px).
  fieldset: { minWidth: 0, margin: 0, boxSizing: "border-box" },
  shares: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(72px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  share: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

export interface PolicyDraft {
  /** Percent per grade label, as typed. */
  shares: { grade: string; percent: string }[];
  mode: "exact" | "guideline";
  tolerance: string;
}

/** Target shares per grade, exact counts or a guideline with a tolerance. */
export function PolicyEditor({ draft, onChange }: { draft: PolicyDraft; onChange(draft: PolicyDraft): void }) {
  const { t } = useApp();
  const styles = useStyles();
  const total = draft.shares.reduce((sum, share) => sum + (Number(share.percent) || 0), 0);
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t.policy}</legend>
      <div className={styles.shares}>
        {draft.shares.map((share, index) => (
          <Field key={share.grade} label={share.grade} className={styles.share}>
            <Input
              className={styles.input}
              input={{ className: styles.input }}
              type="number"
              min={0}
              max={100}
              value={share.percent}
              contentAfter="%"
              onChange={(_, data) =>
                onChange({
                  ...draft,
                  shares: draft.shares.map((s, i) => (i === index ? { ...s, percent: data.value } : s)),
                })
              }
            />
          </Field>
        ))}
      </div>
      <Text size={200} role="status">
        {t.sharesTotal(formatNumber(total))}
      </Text>
      <Field label={t.mode}>
        <RadioGroup
          layout="horizontal"
          value={draft.mode}
          onChange={(_, data) => onChange({ ...draft, mode: data.value as PolicyDraft["mode"] })}
        >
          <Radio value="exact" label={t.exact} />
          <Radio value="guideline" label={t.guideline} />
        </RadioGroup>
      </Field>
      {draft.mode === "guideline" && (
        <Field label={t.tolerance}>
          <Input
            type="number"
            min={0}
            max={100}
            value={draft.tolerance}
            onChange={(_, data) => onChange({ ...draft, tolerance: data.value })}
          />
        </Field>
      )}
    </fieldset>
  );
}
