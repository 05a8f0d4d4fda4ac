import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, pagePolicies } from '../security/headers-file.ts';

/** Writes `_headers` beside the built pages, for hosts that send headers (README, 内容安全策略). */
export function headersFileIntegration(base: string): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = pagePolicies(dist, base);
        writeFileSync(join(dist, '_headers'), headersFile(pages, base));
        logger.info(`_headers: the policy of ${pages.length} pages, plus frame-ancestors, nosniff and Referrer-Policy.`);
      },
    },
  };
}
