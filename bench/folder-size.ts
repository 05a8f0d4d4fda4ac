import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files under a folder (a missing folder has none) and their bytes. */
export function folderSize(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(path, file)))
    .filter((stat) => stat.isFile());
  return { bytes: files.reduce((sum, stat) => sum + stat.size, 0), files: files.length };
}
