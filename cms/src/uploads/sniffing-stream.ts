import { createWriteStream, unlink, type WriteStream } from "node:fs";
import { extname } from "node:path";
import { Writable } from "node:stream";
import { checkUploadHead } from "./sniff-upload";

/** How much of an upload is looked at before any of it is written to disk. */
const HEAD_BYTES = 64 * 1024;

/** Formidable's file object while it is being received (formidable 2, `fileWriteStreamHandler`). */
export interface ReceivingFile {
  filepath: string;
  originalFilename?: string | null;
  /** Set when the first bytes show the file is not what its name says; nothing of it is on disk. */
  refusedContent?: string;
}

/**
 * The stream formidable writes an uploaded file into (strapi::body's `fileWriteStreamHandler`):
 * it holds back the first 64 KB, looks at them (checkUploadHead), and only then writes the file
 * to disk. A file whose start already shows it is something else (100 MB of zeros named .glb,
 * a text file named .png) is never written: the rest of it is counted and dropped, and the upload
 * rules refuse it with the reason in `refusedContent` (src/middlewares/upload-rules.ts), after
 * their size check, so a too-big file still hears that it is too big.
 */
export function sniffingWriteStream(file: ReceivingFile): Writable {
  const name = file.originalFilename ?? "file";
  const extension = extname(name).toLowerCase();
  let head: Buffer[] = [];
  let headLength = 0;
  let decided = false;
  let out: WriteStream | undefined;
  let complete = false;

  const decide = async () => {
    decided = true;
    const bytes = Buffer.concat(head);
    head = [];
    const problem = await checkUploadHead(bytes, name, extension);
    if (problem) {
      file.refusedContent = problem;
      return;
    }
    out = createWriteStream(file.filepath);
    await new Promise<void>((done, fail) => out?.write(bytes, (error) => (error ? fail(error) : done())));
  };

  const write = (chunk: Buffer) =>
    new Promise<void>((done, fail) => {
      if (!out) return done(); // refused: count (formidable does) and drop
      out.write(chunk, (error) => (error ? fail(error) : done()));
    });

  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (decided) {
        write(chunk).then(() => callback(), callback);
        return;
      }
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < HEAD_BYTES) return callback();
      decide().then(() => callback(), callback);
    },
    final(callback) {
      const finish = () => {
        complete = true;
        if (out) out.end(() => callback());
        else callback();
      };
      if (decided) return finish();
      decide().then(finish, callback);
    },
    destroy(error, callback) {
      // Also called after a normal finish (autoDestroy): then the file stays.
      if (complete && !error) return callback(null);
      // Formidable stopped (limit exceeded, client gone): leave no partial file behind.
      out?.destroy();
      unlink(file.filepath, () => callback(error));
    },
  });
}
