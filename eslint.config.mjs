// Lint: office-addins' rules (context.sync discipline, load-before-read) and React rules over
// TypeScript, React hooks rules, and prettier formatting. `npx office-addin-lint check` uses this file.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeRules = officeAddins.configs.recommended.at(-1);

export default [
  { ignores: ["dist/", "dist-preview/", "dist-sheets/", "coverage/", "node_modules/", "test-results/"] },
  ...officeAddins.configs.react,
  {
    // office-addins' own block lists .ts but not .tsx, and its parser does not load here
    ...officeRules,
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: { ...officeRules.languageOptions, parser: tseslint.parser, ecmaVersion: 2022 },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // the TypeScript compiler checks these, and knows type/value pairs such as zod schemas
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}", "scripts/**", "bench/**", "test/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["taskpane/**", "test/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.jest } },
  },
];
