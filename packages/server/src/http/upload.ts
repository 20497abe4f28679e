import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import type { Socket } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError } from '../graphql/errors.js';
import type { Logger } from '../logger.js';

/** Room for the multipart framing around the one file: boundaries, part headers, a long file name. */
const FRAMING_BYTES = 64 * 1024;

/** A file left here longer than this was dropped by a crashed process: nothing still writes it. */
const STALE_MS = 60 * 60_000;

/** One file received from a multipart upload, on disk until the request is answered. */
export interface ReceivedFile {
  /** The file being received; removed once `use` has finished (move it elsewhere to keep it). */
  path: string;
  /** As the client named it (multer gives the raw header bytes as latin1). */
  originalName: string;
  size: number;
}

export interface UploadLimits {
  /** The multipart form field of the file. */
  field: string;
  /** The largest file accepted; one byte more and the upload is cut off (413). */
  maxBytes: number;
}

/** How long, and for how many more bytes, a refused upload's connection is still read after the answer. */
export const LINGER_MS = 2_000;
const LINGER_BYTES = 4 * 1024 * 1024;

/**
 * An answer sent before the whole body was read (a refusal before or during the upload) closes the
 * connection after it, so the rest of the body is not read to its end: without `Connection: close`
 * Node would read and discard all of it to keep the connection for another request.
 */
export function closeUnlessRead(req: Request, res: Response): void {
  if (req.complete || res.headersSent) return;
  res.set('Connection', 'close');
  lingerOnClose(req.socket);
}

/**
 * A socket closed with unread bytes in its receive buffer makes the kernel send a reset, which can
 * reach the client before it has read the answer: a browser would show a network error instead of
 * the refusal. So the closing connection first sends its end after the answer and goes on reading
 * and dropping what the client still sends, for at most LINGER_MS or LINGER_BYTES (a web server's
 * "lingering close"), before it is closed. Node's HTTP server ends a `Connection: close` answer by
 * calling the socket's `destroySoon`, which is where this steps in.
 */
function lingerOnClose(socket: Socket): void {
  socket.destroySoon = () => {
    let dropped = 0;
    const close = () => socket.destroy();
    const timer = setTimeout(close, LINGER_MS);
    socket.on('data', (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > LINGER_BYTES) close();
    });
    socket.once('end', close);
    socket.once('close', () => clearTimeout(timer));
    socket.end();
    socket.resume();
  };
}

/**
 * Receives uploads the way every upload route must: only after the route has checked who is asking
 * and spent a point of their rate limit (so nothing is read for a refused request), and then by
 * streaming the one file to a temporary file under the upload folder, cut off at the size cap while
 * it streams. Nothing holds a whole body in memory. The temporary file is removed on every path:
 * after the route used it, after a refusal, a cut-off and a client that went away.
 */
export class UploadReceiver {
  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
  ) {
    mkdirSync(dir, { recursive: true });
    void this.removeStale();
  }

  /** Refuses, before reading anything, a body whose declared length cannot fit under the cap (413, like a cut-off). */
  checkDeclaredLength(req: Request, { field, maxBytes }: UploadLimits): void {
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes + FRAMING_BYTES) throw new multer.MulterError('LIMIT_FILE_SIZE', field);
  }

  /**
   * Streams the upload's file to a temporary file and hands it to `use` (`undefined` when the form
   * held no file). Refusals are thrown as multer errors (LIMIT_FILE_SIZE as soon as the cap is
   * passed, without waiting for the rest of the body) for the routes' error handler (http/routes.ts).
   */
  async receive<T>(req: Request, res: Response, limits: UploadLimits, use: (file: ReceivedFile | undefined) => Promise<T>): Promise<T> {
    this.checkDeclaredLength(req, limits);
    const paths: string[] = [];
    const writes: Promise<unknown>[] = [];
    let fail: (error: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
    });
    failed.catch(() => undefined);

    const storage: multer.StorageEngine = {
      _handleFile: (_req, file, callback) => {
        const target = path.join(this.dir, `${randomUUID()}.part`);
        paths.push(target);
        const output = createWriteStream(target, { flags: 'wx' });
        const written = pipeline(file.stream, output);
        writes.push(written.catch(() => undefined));
        // busboy reports the cap and then skips the rest of the part; the answer goes out at once
        // (multer itself would first wait for the client to finish sending).
        file.stream.once('limit', () => {
          const tooLarge = new multer.MulterError('LIMIT_FILE_SIZE', file.fieldname);
          fail(tooLarge);
          output.destroy(tooLarge);
        });
        written.then(
          () => callback(null, { path: target, size: output.bytesWritten }),
          (error: unknown) => {
            fail(error);
            callback(error);
          },
        );
      },
      // Every file this request wrote is removed below, once its stream has closed.
      _removeFile: (_req, _file, callback) => callback(null),
    };
    const upload = multer({ storage, limits: { fileSize: limits.maxBytes, files: 1, fields: 0, parts: 2 } }).single(limits.field);

    let received = false;
    try {
      const file = await Promise.race([
        new Promise<Express.Multer.File | undefined>((resolve, reject) => {
          upload(req, res, (error?: unknown) => (error ? reject(error) : resolve(req.file)));
        }),
        failed,
      ]).catch((error: unknown) => {
        throw unreadable(error, req, limits.field);
      });
      received = true;
      return await use(file && { path: file.path, originalName: file.originalname, size: file.size });
    } finally {
      // A refused or cut-off upload may still be closing its file: removed then, without holding up the answer.
      const removed = Promise.all(writes)
        .then(() => Promise.all(paths.map((p) => rm(p, { force: true }))))
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not remove an upload’s temporary file'));
      if (received) await removed;
    }
  }

  /** Temporary files a crashed process left behind; files of uploads in progress (here or in another process) are younger. */
  private async removeStale(): Promise<void> {
    try {
      const names = await readdir(this.dir);
      const now = Date.now();
      for (const name of names) {
        const file = path.join(this.dir, name);
        const info = await stat(file).catch(() => null);
        if (info?.isFile() && now - info.mtimeMs > STALE_MS) await rm(file, { force: true });
      }
    } catch (error) {
      this.logger.warn({ err: error, dir: this.dir }, 'could not clear old temporary upload files');
    }
  }
}

/**
 * What a failed read becomes: the size cap and multer's other refusals stay as they are; a client
 * that went away, or a body that is not a well-formed form (busboy's plain errors), is the client's
 * doing (BAD_USER_INPUT); a failure of this machine (a system error such as a full disk) is not.
 */
function unreadable(error: unknown, req: Request, field: string): unknown {
  if (error instanceof multer.MulterError || (error as NodeJS.ErrnoException | null)?.syscall) return error;
  if (req.destroyed) return new DomainError('BAD_USER_INPUT', 'The upload was interrupted; send the file again.', { field });
  if (error instanceof Error && !(error instanceof DomainError))
    return new DomainError('BAD_USER_INPUT', 'The upload could not be read as a form with one file; send it again.', { field });
  return error;
}
