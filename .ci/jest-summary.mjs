// Prints `N passed, N failed` from Jest's --json output and exits non-zero when the run had
// no tests at all (a broken test match must not pass CI). Usage: node jest-summary.mjs <file>
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'jest-results.json';
if (!existsSync(file)) {
  console.log('0 passed, 0 failed');
  console.error(`${file} was not written: Jest did not finish`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
console.log(`${results.numPassedTests ?? 0} passed, ${results.numFailedTests ?? 0} failed`);
process.exit(results.numTotalTests > 0 ? 0 : 1);
