// `npm install` on the system's Node 20 must print only what a newcomer has to act on (README,
// Node 版本): no EBADENGINE wall (14 packages want Node 22), and one line, once, that says why
// Node 22 is used.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const NODE_20 = 'v20.20.2';

/**
 * `npm install` with the project's .npmrc in a package that, like this project's dependencies on
 * Node 20, wants a newer Node than the one npm runs on (any machine: it asks for Node 99).
 */
async function installLog(...extra: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'install-log-'));
  copyFileSync(join(root, '.npmrc'), join(dir, '.npmrc'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'engines-probe', version: '1.0.0', private: true, engines: { node: '>=99' } }));
  const { stdout, stderr } = await run('npm', ['install', '--offline', ...extra], {
    cwd: dir,
    // Run as a newcomer's shell would: not with the npm_config_* that `npm run test:unit` passes down.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name))),
  });
  return `${stdout}\n${stderr}`;
}

test('npm install prints no engine warning', async () => {
  const [quiet, control] = await Promise.all([installLog(), installLog('--loglevel=warn')]);
  // The control proves the check can fail: npm does warn about engines when asked to.
  assert.match(control, /EBADENGINE/);
  const warnings = quiet.split('\n').filter((line) => /^npm (warn|WARN|ERR)|EBADENGINE/.test(line));
  assert.deepEqual(warnings, [], 'the project .npmrc must keep npm to errors (loglevel=error)');
  assert.doesNotMatch(quiet, /looking for funding|vulnerabilit/);
});

test('the postinstall says once, in one line, why Node 22 runs the scripts', async () => {
  // npm reports the Node it runs on in npm_node_execpath; fake an old one.
  const fakeNode = join(mkdtempSync(join(tmpdir(), 'old-node-')), 'node');
  writeFileSync(fakeNode, `#!/bin/sh\necho ${NODE_20}\n`);
  chmodSync(fakeNode, 0o755);
  const script = join(root, 'scripts', 'check-node.mjs');
  const onOld = await run(process.execPath, [script, '--postinstall'], { env: { ...process.env, npm_node_execpath: fakeNode } });
  const lines = onOld.stdout.trim().split('\n');
  assert.equal(lines.length, 1, onOld.stdout);
  assert.match(lines[0] ?? '', new RegExp(`Node ${process.version}.*Node >= 22\\.12.*${NODE_20}`));
  assert.equal(onOld.stderr, '');

  // On a system whose npm already runs on Node 22 there is nothing to explain.
  const onNew = await run(process.execPath, [script, '--postinstall'], { env: { ...process.env, npm_node_execpath: process.execPath } });
  assert.equal(onNew.stdout, '');
});
