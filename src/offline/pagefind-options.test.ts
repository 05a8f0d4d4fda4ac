import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagefindMetaCacheTag } from './pagefind-options.ts';

const STARLIGHT_MODULE = 'export const pagefindUserConfig = {"ranking":{"pageLength":0.1}}';

/** Runs the plugin's transform on a module and evaluates the resulting `pagefindUserConfig`. */
async function transformed(id: string): Promise<unknown> {
  const transform = pagefindMetaCacheTag('tag-1').transform as (code: string, id: string) => string | undefined;
  const code = transform(STARLIGHT_MODULE, id);
  if (code === undefined) return undefined;
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { pagefindUserConfig: unknown };
  return module.pagefindUserConfig;
}

test("Starlight's Pagefind options get the build's metaCacheTag and keep their own", async () => {
  assert.deepEqual(await transformed('\0virtual:starlight/pagefind-config'), { ranking: { pageLength: 0.1 }, metaCacheTag: 'tag-1' });
});

test('other modules are left alone', async () => {
  assert.equal(await transformed('/src/components/Search.astro'), undefined);
});
