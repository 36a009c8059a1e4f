#!/usr/bin/env node
// The hr-appraisal command line; `npm run build` compiles it into dist/cli.js.
const args = process.argv.slice(2);
// answered here, so that it works before the first build too
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  console.log(require("../package.json").version);
  process.exit(0);
}
let cli;
try {
  cli = require("../dist/cli.js");
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND" || !String(error.message).includes("dist/cli.js")) throw error;
  console.error(`hr-appraisal is not built yet: run \`npm run build\` in ${require("path").resolve(__dirname, "..")}.`);
  process.exit(2);
}
cli.main(args).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
