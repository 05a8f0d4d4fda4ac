import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { builtFixtureSite } from '../support/fixture-site.ts';

/** The Nu HTML Checker's jar, from the vnu-jar package; it runs on the Java the machine has (Debian's). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Errors of Starlight's own markup, as on a stock Starlight site (README, 依赖说明): not the
 * project's to fix here. Each must still be present, so that an upstream fix is noticed.
 */
const STARLIGHT_ERRORS = [/The “aria-hidden” attribute must not be specified on the “script” element/];

interface Message {
  type: string;
  message: string;
  url: string;
  lastLine?: number;
}

test('the Nu HTML Checker finds no error in the markup the project writes, on every built page', () => {
  const dist = builtFixtureSite();
  // The checker exits 1 when it finds errors; its report is on stderr either way.
  let report = '';
  try {
    execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', dist], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    report = String((error as { stderr?: Buffer }).stderr ?? '');
  }
  const errors = report ? (JSON.parse(report) as { messages: Message[] }).messages.filter(({ type }) => type === 'error') : [];
  const ours = errors.filter(({ message }) => !STARLIGHT_ERRORS.some((known) => known.test(message)));
  assert.deepEqual(
    ours.map(({ url, lastLine, message }) => `${url.slice(url.indexOf('/dist/') + 6)}:${lastLine ?? 0}: ${message}`),
    [],
  );
  for (const known of STARLIGHT_ERRORS)
    assert.ok(
      errors.some(({ message }) => known.test(message)),
      `Starlight no longer writes ${known}: remove it from STARLIGHT_ERRORS`,
    );
});
