import type { AppServices } from '../../services.js';

/** Photos uploaded but never sent with a clue are removed after an hour. */
export class PhotoSweeper {
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly services: Pick<AppServices, 'em' | 'files' | 'logger'>,
    everyMs = 15 * 60_000,
  ) {
    this.timer = setInterval(() => void this.sweep().catch((error) => services.logger.warn({ err: error }, 'photo sweep failed')), everyMs);
    this.timer.unref();
  }

  /** Deletes the rows first: the DELETE … RETURNING hands each row to one instance only, which then removes its file. */
  async sweep(olderThanMs = 3_600_000): Promise<number> {
    const rows = await this.services.em
      .fork()
      .execute<{ id: string }[]>('delete from clue_photo where clue_id is null and created_at < ? returning id', [
        new Date(Date.now() - olderThanMs),
      ]);
    await this.services.files.remove(rows.map((r) => r.id));
    return rows.length;
  }

  close(): void {
    clearInterval(this.timer);
  }
}
