/** A data folder read the way the browser reads the server's: by its manifest, files above the size limit refused unread. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFilePaths, MAX_FILE_BYTES, tooLargeReport, type InputFile } from './intakeFile.ts';
import type { Manifest } from './manifest.ts';
import { buildManifest } from './manifestNode.ts';
import type { FileReport } from './report.ts';

export interface FolderData {
  manifest: Manifest;
  files: InputFile[];
  failed: FileReport[];
}

export function readDataFolder(dir: string): FolderData {
  const manifest = buildManifest(dir);
  const files: InputFile[] = [];
  const failed: FileReport[] = [];
  for (const f of manifest.files) {
    if (f.size > MAX_FILE_BYTES) failed.push(tooLargeReport(f.path, f.size));
    else files.push({ path: f.path, bytes: new Uint8Array(readFileSync(join(dir, f.path))), modifiedAt: f.mtime });
  }
  files.sort((a, b) => compareFilePaths(a.path, b.path));
  return { manifest, files, failed };
}
