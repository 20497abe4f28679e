import { mkdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Uploaded files (clue photos, evidence) in a folder, outside the database rows that name them. */
export class FileStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Ids are server-made UUIDs, so a path never leaves the folder. */
  pathOf(id: string): string {
    return path.join(this.dir, id);
  }

  save(id: string, bytes: Buffer): Promise<void> {
    return writeFile(this.pathOf(id), bytes);
  }

  async remove(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => rm(this.pathOf(id), { force: true })));
  }
}
