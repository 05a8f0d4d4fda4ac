import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { GlossaryTerms } from './build-dictionaries.ts';
import { cachedSearchDictionaries } from './dictionary-cache.ts';
import type { DictionaryFiles, SearchDictionaries } from './dictionary.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'dictionary-cache-'));
after(() => rmSync(cacheDir, { recursive: true, force: true }));

const glossary: GlossaryTerms[] = [{ zh: '柯伊伯计划', en: 'Project Kuiper' }];

/** A stand-in for the real build (seconds of CC-CEDICT): its result names its input, and it counts its calls. */
function counting() {
  const calls: string[][] = [];
  const build = async (texts: readonly string[], terms: readonly GlossaryTerms[]): Promise<SearchDictionaries> => {
    calls.push([...texts]);
    return { english: { [texts.join('|')]: [[terms[0]?.zh ?? '', 1]] }, traditional: { phrases: {}, chars: { 訂: '订' } }, pinyin: {}, related: {} };
  };
  return { calls, build };
}

/** A layer of the cached files, its shards merged back into one dictionary. */
const layer = (files: DictionaryFiles, name: keyof DictionaryFiles): Record<string, unknown> =>
  Object.assign({}, ...Object.values(files[name]).map((json) => JSON.parse(json) as Record<string, unknown>));

test('the same input a second time is read from the cache; a changed input is built again', async () => {
  const { calls, build } = counting();
  const first = await cachedSearchDictionaries(['亚马逊营收'], glossary, { cacheDir, build });
  assert.equal(first.cached, false);
  const second = await cachedSearchDictionaries(['亚马逊营收'], glossary, { cacheDir, build });
  assert.equal(second.cached, true);
  assert.deepEqual(second.files, first.files);
  assert.equal(calls.length, 1, 'built once');

  const otherText = await cachedSearchDictionaries(['亚马逊营收增长'], glossary, { cacheDir, build });
  assert.equal(otherText.cached, false);
  assert.deepEqual(Object.keys(layer(otherText.files, 'english')), ['亚马逊营收增长']);
  const otherGlossary = await cachedSearchDictionaries(['亚马逊营收'], [{ ...glossary[0]!, aliases: ['Kuiper'] }], { cacheDir, build });
  assert.equal(otherGlossary.cached, false);
  // Two texts are not their concatenation.
  assert.equal((await cachedSearchDictionaries(['亚马逊', '营收'], glossary, { cacheDir, build })).cached, false);
  assert.equal(calls.length, 4);
});

test('a corrupt or foreign cache entry is rebuilt, not an error', async () => {
  const dir = mkdtempSync(join(cacheDir, 'corrupt-'));
  const { calls, build } = counting();
  await cachedSearchDictionaries(['芯片'], glossary, { cacheDir: dir, build });
  const [entry] = readdirSync(dir);
  assert.ok(entry);
  // Cut short, missing layers, not an object, and an entry of the dictionaries themselves (not their files).
  const dictionaries = '{"english":{"a":[["亚马逊",1]]},"pinyin":{},"related":{},"traditional":{"phrases":{},"chars":{}}}';
  for (const content of ['{"english":', '{"english":{},"pinyin":{}}', '[]', dictionaries]) {
    writeFileSync(join(dir, entry), content);
    const result = await cachedSearchDictionaries(['芯片'], glossary, { cacheDir: dir, build });
    assert.equal(result.cached, false, content);
    assert.deepEqual(layer(result.files, 'traditional')['chars'], { 訂: '订' });
  }
  assert.equal(calls.length, 5);
  assert.equal((await cachedSearchDictionaries(['芯片'], glossary, { cacheDir: dir, build })).cached, true, 'the rebuilt entry is cached again');
});

test('a cache folder that cannot be written only costs the cache', async () => {
  const file = join(cacheDir, 'not-a-folder');
  writeFileSync(file, '');
  const { calls, build } = counting();
  for (let i = 0; i < 2; i += 1) assert.equal((await cachedSearchDictionaries(['芯片'], glossary, { cacheDir: join(file, 'cache'), build })).cached, false);
  assert.equal(calls.length, 2);
});
