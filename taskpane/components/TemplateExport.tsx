import { Button, Caption1, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { type Template, exportTemplate } from "../../src/templates";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalS,
  },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The template as a file to save. A download does nothing in Office on Mac, whose web view cannot
 * save files (office-js #2700, #4681), so the text is shown to copy as well.
 */
export function TemplateExport({ template, onClose }: { template: Template; onClose(): void }) {
  const { t } = useApp();
  const styles = useStyles();
  const json = exportTemplate(template);
  const file = `${template.id}.json`;
  const text = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(json);
      setCopied(true);
    } catch {
      // Some Office web views refuse the clipboard API: select the text for the user's own copy.
      text.current?.select();
      setCopied(false);
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: file });
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className={styles.panel} aria-label={t.exportTitle(file)}>
      <Caption1>{t.exportHint(file)}</Caption1>
      <Textarea
        className={styles.text}
        textarea={{ ref: text, "aria-label": file }}
        readOnly
        resize="vertical"
        rows={8}
        value={json}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void copy()}>
          {t.copyTemplate}
        </Button>
        <Button onClick={download}>{t.downloadTemplate}</Button>
        <Button appearance="subtle" onClick={onClose}>
          {t.closeExport}
        </Button>
      </div>
      {copied !== null && <Caption1 role="status">{copied ? t.templateCopied : t.templateSelected}</Caption1>}
    </section>
  );
}
