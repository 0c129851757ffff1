// Reads one file of a data directory with the guards every reader needs: no links, no special files
// (a FIFO must not block the read), nothing over a size limit, UTF-8 without BOM.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

export interface LoadProblem {
  message: string;
  /** Where in the text, as a UTF-16 offset, when the problem is in the content. */
  offset?: number;
  hint?: string;
  /** A file-system problem (not a file, too large...), or malformed content. */
  kind: "file" | "encoding" | "syntax";
}

/** What the directory listing says a file is; links and folders are refused unread. */
export type EntryKind = "file" | "symlink" | "other";

/** Reads a file the listing says is regular, refusing links, special and oversized files unread. */
export function readRegularFile(path: string, kind: EntryKind, maxBytes: number): { bytes: Buffer } | { problem: LoadProblem } {
  if (kind === "symlink") return { problem: { kind: "file", message: "is a symbolic link", hint: "records and seeds must be regular files inside the data directory" } };
  if (kind !== "file") return { problem: { kind: "file", message: "is not a regular file", hint: "remove it from the data directory" } };
  let fd: number;
  try {
    // O_NONBLOCK: a file replaced by a FIFO since the listing must not block the open; fstat then refuses it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: unreadable(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: { kind: "file", message: "is not a regular file (it changed since the directory was listed)", hint: "remove it from the data directory" } };
    if (stat.size > maxBytes) {
      return { problem: { kind: "file", message: `is ${(stat.size / 1024 / 1024).toFixed(1)} MiB, over the ${maxBytes / 1024 / 1024} MiB limit`, hint: "a record is a few kilobytes: split it, or check that the right file was added" } };
    }
    // The size from fstat ends the read: a file that grows meanwhile is read as it was.
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    for (let n = -1; n !== 0 && length < stat.size; length += n) n = readSync(fd, bytes, length, stat.size - length, null);
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    return { problem: unreadable(error) };
  } finally {
    closeSync(fd);
  }
}

/** A file-system error as a problem of the file: permissions and the like are data problems, not bugs. */
function unreadable(error: unknown): LoadProblem {
  const code = (error as NodeJS.ErrnoException).code ?? "an error";
  return { kind: "file", message: `could not be read (${code})`, hint: code === "EACCES" || code === "EPERM" ? "make the file readable by whoever runs the check" : "check that the file is intact and readable" };
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The bytes as UTF-8 text; otherwise a problem, and the text decoded leniently to place it. A record may
 * not start with a BOM; a seed keeps one, byte for byte, as published (`allowBom`).
 */
export function decodeUtf8(bytes: Uint8Array, allowBom = false): { text: string; problem?: LoadProblem } {
  if (!allowBom && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: "", problem: { kind: "encoding", offset: 0, message: "file starts with a byte-order mark (BOM)", hint: "save the file as UTF-8 without BOM" } };
  }
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    // Point at the first bad byte, not at the first U+FFFD: the file may hold a legitimate one earlier.
    const text = new TextDecoder("utf-8").decode(bytes);
    return { text, problem: { kind: "encoding", offset: firstInvalidUtf8Offset(bytes), message: "file is not valid UTF-8", hint: "save the file as UTF-8" } };
  }
}

/**
 * The text offset (UTF-16 units) where the first invalid UTF-8 sequence begins: the longest prefix that
 * decodes strictly (an incomplete final sequence allowed, as in streaming) is found by bisection.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const validPrefix = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, lo), { stream: true }).length;
}
