import { FluentProvider, Title3, Body1, webLightTheme } from "@fluentui/react-components";

/** Placeholder shell until the task pane views land: the page already hosts the HR functions. */
export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3>HR Appraisal</Title3>
      <Body1>The HR functions (=HR.GRADE, =HR.SCORE, …) are ready in this workbook.</Body1>
    </FluentProvider>
  );
}
