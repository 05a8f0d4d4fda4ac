/**
 * The built pages' scans (./page-scan.ts), kept between builds: a scan depends on the page's HTML
 * alone, so a page whose HTML is byte for byte one that a build scanned before is not parsed
 * again. The output check still judges every page, on every build, against the pinned source
 * and the site's CSS; only the parse is reused. Entries are keyed by the SHA-256 of the HTML,
 * in one file per version of the scanning code and of parse5
 * (`node_modules/.cache/<package>/built-page-scans-<version>.json`), which holds the scans of the
 * last build only. A file that cannot be read is a cache of nothing, never an error.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedVersion } from '../utils/build-cache.ts';
import type { PageScan } from './page-scan.ts';

const PREFIX = 'built-page-scans-';

/** The code a scan comes from: a change of any of it makes scans anew. */
const SOURCES = ['./page-scan.ts', './html-tree.ts', './page-filters.ts', './scan-cache.ts'].map((file) => new URL(file, import.meta.url));

function codeVersion(): string {
  const hash = createHash('sha256').update(`parse5@${installedVersion('parse5')}\0`);
  for (const source of SOURCES) hash.update(readFileSync(source)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export interface ScanCache {
  /** The scan of this HTML: the cached one, or `scan(html)`, kept for the next build. */
  scan(html: string, scan: (html: string) => PageScan): PageScan;
  /** Writes the scans of this build; the other builds' are dropped. */
  save(): void;
}

export function openScanCache(cacheDir: string): ScanCache {
  const file = join(cacheDir, `${PREFIX}${codeVersion()}.json`);
  const previous = readScans(file);
  const current = new Map<string, PageScan>();
  let changed = false;
  return {
    scan(html, scan) {
      const key = createHash('sha256').update(html).digest('base64url');
      let found = current.get(key) ?? previous.get(key);
      if (!found) {
        found = scan(html);
        changed = true;
      }
      current.set(key, found);
      return found;
    },
    save() {
      if (!changed && current.size === previous.size) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        const temporary = `${file}.${randomUUID()}.tmp`;
        writeFileSync(temporary, JSON.stringify(Object.fromEntries(current)));
        renameSync(temporary, file);
        for (const name of readdirSync(cacheDir)) if (name.startsWith(PREFIX) && join(cacheDir, name) !== file) rmSync(join(cacheDir, name), { force: true });
      } catch {
        // A read-only or full disk: the next build parses the pages again.
      }
    },
  };
}

function readScans(file: string): Map<string, PageScan> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return new Map();
    return new Map(Object.entries(data as Record<string, PageScan>).filter(([, scan]) => isScan(scan)));
  } catch {
    return new Map();
  }
}

/** A scan as this code writes it (its arrays are there), not a truncated or foreign entry. */
function isScan(value: unknown): value is PageScan {
  if (typeof value !== 'object' || value === null) return false;
  const scan = value as Partial<Record<keyof PageScan, unknown>>;
  return (
    (['filters', 'ids', 'contentLinks', 'layoutLinks', 'paragraphs', 'elements', 'terms'] as const).every((field) => Array.isArray(scan[field])) &&
    typeof scan.searched === 'boolean'
  );
}
