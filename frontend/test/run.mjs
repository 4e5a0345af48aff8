// Runs every frontend/test/*.test.ts with Node's own test runner (node:test); exits non-zero when one
// fails, which fails the Maven build (exec-maven-plugin, phase test). Run it alone with
//   .tools/node24/bin/node frontend/test/run.mjs [name.test.ts ...]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const asked = process.argv.slice(2);
const files = (asked.length ? asked : readdirSync(folder).filter((name) => name.endsWith('.test.ts')).sort())
  .map((name) => join(folder, name));
if (files.length === 0) {
  console.error(`no *.test.ts in ${folder}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', join(folder, 'resolve-ts.mjs'), '--test', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
