import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineScripts, starlightInlineScripts } from './starlight-inline-scripts.ts';

test('the text of every is:inline script is taken verbatim, other scripts are not', () => {
  const source = '---\n---\n<script is:inline>\n\tone();\n</script>\n<script>bundled();</script>\n<script is:inline aria-hidden="true">two()</script>';
  assert.deepEqual(inlineScripts(source), ['\n\tone();\n', 'two()']);
});

test("Starlight's theme script is among its inline scripts", () => {
  assert.ok(starlightInlineScripts().some((script) => script.includes('window.StarlightThemeProvider')));
});
