// Plain JavaScript on purpose: it must run, and explain itself, on any old Node.
// `node scripts/check-node.mjs` (before every npm script): stop with one line if Node is too old.
// `node scripts/check-node.mjs --postinstall` (after `npm install`): also say, in one line, why
// the scripts run on Node 22 when npm itself ran on an older system Node.
import { execFileSync } from 'node:child_process';

const REQUIRED = [22, 12];

/** True when a version string (`v20.20.2` or `20.20.2`) is older than REQUIRED. */
function tooOld(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1]);
}

if (tooOld(process.versions.node)) {
  console.error(
    `This project needs Node >= ${REQUIRED.join('.')} but found ${process.version}. Run \`npm install\` (it installs the pinned node@22 that every npm script uses), or switch with \`nvm use\`.`,
  );
  process.exit(1);
}

if (process.argv.includes('--postinstall')) {
  // npm puts node_modules/.bin (the pinned node@22) first in a script's PATH, but npm itself runs
  // on the Node in npm_node_execpath.
  const npmNode = process.env.npm_node_execpath;
  const npmNodeVersion = npmNode ? execFileSync(npmNode, ['--version'], { encoding: 'utf8' }).trim() : process.version;
  if (tooOld(npmNodeVersion)) {
    console.log(
      `Node: npm scripts here run on Node ${process.version}, the pinned \`node\` devDependency, because Astro 7 needs Node >= ${REQUIRED.join('.')} and this system has ${npmNodeVersion}. Nothing to do.`,
    );
  }
}
