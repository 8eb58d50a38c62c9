/**
 * Writing an output file safely: into a temporary file beside it, flushed, then moved into place in one
 * step. A full disk or any other write error leaves whatever was there before untouched (and no partial
 * file); an existing file is replaced only when the user said --force.
 */
import { constants, promises as fsp } from "node:fs";
import * as path from "node:path";
import { CliError, describe, cliText } from "./errors";

/** Refuses early (before any work) when `file` exists and may not be replaced, or is a folder. */
export async function checkOutput(file: string, force: boolean): Promise<void> {
  let st;
  try {
    st = await fsp.stat(file);
  } catch {
    return; // nothing there: the usual case
  }
  if (st.isDirectory()) throw new CliError(cliText("outputIsDirectory", { file }));
  if (!force) throw new CliError(cliText("outputExists", { file }));
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? describe(e);

/** Writes `chunks` to `file` atomically; CliError (exit 2) on any failure, with the file left as it was. */
export async function writeFileAtomic(file: string, chunks: readonly Uint8Array[], force: boolean): Promise<void> {
  await checkOutput(file, force);
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  let created = false;
  try {
    const fh = await fsp.open(tmp, "wx");
    created = true;
    try {
      for (const c of chunks) await fh.write(c);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (force) await fsp.rename(tmp, file);
    else {
      // link fails if the file appeared meanwhile: never replaced without --force
      try {
        await fsp.link(tmp, file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw new CliError(cliText("outputExists", { file }));
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV" && code !== "ENOSYS")
          throw e;
        await fsp.copyFile(tmp, file, constants.COPYFILE_EXCL); // a file system without hard links
      }
      await fsp.unlink(tmp);
    }
    created = false;
  } catch (e) {
    if (created) await fsp.unlink(tmp).catch(() => undefined);
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new CliError(cliText("outputExists", { file }));
    throw new CliError(cliText("cannotWrite", { file, detail: errno(e) }));
  }
}
