import { Caption1, SearchBox, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FAMILIES, type Template } from "../../src/templates";
import { useApp } from "./AppContext";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  group: { marginBlockStart: tokens.spacingVerticalS },
  option: {
    display: "block",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { background: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
});

export interface TemplateCatalogProps {
  templates: readonly Template[];
  custom: readonly Template[];
  selected: string;
  onSelect(id: string): void;
}

/** The catalog grouped by role family, with a search over both languages' names. */
export function TemplateCatalog({ templates, custom, selected, onSelect }: TemplateCatalogProps) {
  const { t, lang } = useApp();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const words = query.trim().toLowerCase();
  const matches = (template: Template) =>
    !words ||
    [
      template.id,
      template.role.zh,
      template.role.en,
      template.department.zh,
      template.department.en,
      t.families[template.family],
    ]
      .join(" ")
      .toLowerCase()
      .includes(words);
  const groups = [
    ...(custom.length ? [{ key: "custom", title: t.customTemplates, items: custom.filter(matches) }] : []),
    ...FAMILIES.map((family) => ({
      key: family,
      title: t.families[family],
      items: templates.filter((template) => template.family === family && matches(template)),
    })),
  ].filter((group) => group.items.length);
  return (
    <section aria-label={t.tabTemplates}>
      <SearchBox
        placeholder={t.search}
        aria-label={t.search}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {groups.length === 0 && <Caption1 role="status">{t.noMatch}</Caption1>}
      {groups.map((group) => (
        <div key={group.key} className={styles.group}>
          <Subtitle2 as="h3">{group.title}</Subtitle2>
          <ul className={styles.list}>
            {group.items.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  aria-pressed={template.id === selected}
                  className={mergeClasses(styles.option, template.id === selected && styles.selected)}
                  onClick={() => onSelect(template.id)}
                >
                  {template.role[lang]} <Caption1>· {t.source(template.seed)}</Caption1>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
