import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { describeReading } from "../../src/check";
import type { SheetReading } from "../../src/reading";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** What the check read from the sheet: header, grade column and why, people, ignored rows. */
export function ReadingSummary({ reading }: { reading: SheetReading }) {
  const { t, lang } = useApp();
  const styles = useStyles();
  return (
    <section aria-label={t.whatWasRead}>
      <Caption1 as="h3">{t.whatWasRead}</Caption1>
      <ul className={styles.list}>
        {describeReading(reading, lang).map((line) => (
          <li key={line}>
            <Caption1>{line}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
