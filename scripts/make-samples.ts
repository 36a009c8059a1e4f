/**
 * `npm run samples`: writes the example department workbooks into samples/ (README quick start:
 * `npx hr-appraisal check samples/`).
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { departmentWorkbook, repositorySamples } from "./sample-workbooks";

const SAMPLES = join(__dirname, "..", "samples");

async function main() {
  mkdirSync(SAMPLES, { recursive: true });
  for (const sample of repositorySamples()) {
    const { workbook, plan } = departmentWorkbook(sample);
    await workbook.xlsx.writeFile(join(SAMPLES, sample.file));
    console.log(`samples/${sample.file}: ${plan.sheetName}, ${sample.grades.length} people`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
