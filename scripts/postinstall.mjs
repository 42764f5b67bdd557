// After `npm ci`/`npm install`: say in one line what the install did about Node.js, because the
// machine's own Node (20 on these machines) is older than the one Astro needs. Plain JavaScript,
// so it runs on any Node npm itself runs on.
import { execFileSync } from 'node:child_process';

let version = '';
try {
  version = execFileSync('node_modules/.bin/node', ['--version'], { encoding: 'utf8' }).trim();
} catch {}
console.log(
  version
    ? `Kyphoplasty Guide: installed Node.js ${version} for this project in node_modules/.bin; every "npm run …" and "npm test" uses it (your own Node is ${process.version}).`
    : `Kyphoplasty Guide: the project's own Node.js did not install (was npm run with --ignore-scripts?). Run npm ci again without it.`,
);
