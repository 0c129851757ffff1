// How the builds (generate, export) answer data they cannot use: the message naming the file, exit 1.
import { DatasetError } from "../../src/dataset/read.js";

/** Runs a build; a DatasetError, or an error naming a data/ file, is printed (not a stack trace) and gives exit 1. */
export function exitOnDataError(build: () => void): number {
  try {
    build();
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetError) && !/^data\//.test((error as Error).message)) throw error;
    console.error((error as Error).message);
    return 1;
  }
}
