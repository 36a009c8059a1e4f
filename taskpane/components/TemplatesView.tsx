import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { CATALOG, type Template, parseTemplateJson } from "../../src/templates";
import { useApp } from "./AppContext";
import { InsertForm } from "./InsertForm";
import { TemplateCatalog } from "./TemplateCatalog";
import { TemplateExport } from "./TemplateExport";
import { TemplatePreview } from "./TemplatePreview";

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type ImportStatus = { ok: true; role: string } | { ok: false; problems: string[] } | null;

/** Choose a role template, see what it holds, insert it; import and export templates as JSON. */
export function TemplatesView() {
  const { t, lang } = useApp();
  const styles = useStyles();
  const [custom, setCustom] = useState<Template[]>([]);
  const [selected, setSelected] = useState(CATALOG[0].id);
  const [imported, setImported] = useState<ImportStatus>(null);
  const [exporting, setExporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const template = [...custom, ...CATALOG].find((candidate) => candidate.id === selected) ?? CATALOG[0];

  async function importFile(file: File) {
    const result = parseTemplateJson(await file.text());
    if (!result.ok) return setImported({ ok: false, problems: result.problems.map((problem) => problem[lang]) });
    const template = result.template;
    setCustom((previous) => [template, ...previous.filter((other) => other.id !== template.id)]);
    setSelected(template.id);
    setImported({ ok: true, role: template.role[lang] });
  }

  return (
    <div>
      <div className={styles.toolbar}>
        <Button onClick={() => fileInput.current?.click()}>{t.importTemplate}</Button>
        <Button aria-expanded={exporting} onClick={() => setExporting(!exporting)}>
          {t.exportTemplate}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="template-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = "";
          }}
        />
      </div>
      {exporting && <TemplateExport template={template} onClose={() => setExporting(false)} />}
      {imported && (
        <MessageBar intent={imported.ok ? "success" : "error"} role="alert">
          <MessageBarBody>
            {imported.ok ? (
              t.imported(imported.role)
            ) : (
              <>
                {t.importFailed}
                <ul className={styles.problems}>
                  {imported.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <TemplateCatalog templates={CATALOG} custom={custom} selected={template.id} onSelect={setSelected} />
      <TemplatePreview template={template} />
      <InsertForm key={template.id} template={template} />
    </div>
  );
}
