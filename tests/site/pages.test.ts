import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pages } from '../../e2e/support/site.ts';
import { builtFixtureSite } from '../support/fixture-site.ts';

test('every page of the fixture content is built under its route', () => {
  const dist = builtFixtureSite();
  assert.ok(pages.length >= 10, `the fixture has ${pages.length} pages`);
  for (const { route, file } of pages) assert.ok(existsSync(join(dist, route, 'index.html')), `${file} → ${route}`);
});
