// Builds the portal before `npm start` when its bundle is missing or older than its sources,
// so a fresh clone needs only `npm install` and `npm start`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = 'apps/web';
const bundle = join(web, 'dist/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (!existsSync(join(web, 'index.html'))) process.exit(0);
const sources = Math.max(
  newest(join(web, 'src')),
  newest('packages/phrases/src'),
  newest('packages/contracts/src'),
);
if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) process.exit(0);
console.log('Building the portal…');
execSync('npm run build -w apps/web', { stdio: 'inherit' });
