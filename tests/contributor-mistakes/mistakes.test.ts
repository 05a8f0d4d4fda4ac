import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { FIXTURE_SITES, FixtureSite } from './fixture-site.ts';
import { MISTAKES } from './mistakes.ts';

/**
 * Each contributor mistake is applied to a private copy of the project; the command a
 * contributor runs must fail and say which file (and line) and what is wrong.
 * Four at a time: a row spends much of its time starting npm and Node, not computing; on the
 * two-core machine four rows at a time took 64 s where two took 84 s (same load).
 */
describe('contributor mistakes', { concurrency: 4 }, () => {
  after(() => rmSync(FIXTURE_SITES, { recursive: true, force: true }));

  MISTAKES.forEach((mistake, index) => {
    test(`${mistake.name} → npm run ${mistake.command} fails and says where`, async () => {
      const site = new FixtureSite(`mistake-${index + 1}`);
      try {
        mistake.apply(site);
        const { code, output } = await site.run(mistake.command);
        assert.notEqual(code, 0, `npm run ${mistake.command} passed despite the mistake:\n${output}`);
        for (const pattern of mistake.says) assert.match(output, pattern, `npm run ${mistake.command} did not say ${pattern}:\n${output}`);
      } finally {
        site.remove();
      }
    });
  });
});
