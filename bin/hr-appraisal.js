#!/usr/bin/env node
// The hr-appraisal command line; `npm run build` compiles it into dist/cli.js.
let cli;
try {
  cli = require("../dist/cli.js");
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND" || !String(error.message).includes("dist/cli.js")) throw error;
  console.error("hr-appraisal is not built yet: run `npm run build` first.");
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
