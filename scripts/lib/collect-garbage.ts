// A full garbage collection on demand, for a script whose live memory is bounded but whose garbage is not:
// V8 lets the old generation grow to about four times what is alive before it collects, so an export that
// holds one record at a time (about 40 MB alive at 100 000 records) still peaked at 300 MB. Collecting every
// few thousand records keeps the peak near what is alive, for a few tens of milliseconds each time.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A context made after --expose-gc is set has `gc` on its global object, whatever flags node started with.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Returns a function to call once per unit of work: every `every` calls, it collects garbage. */
export function collectEvery(every: number): () => void {
  let calls = 0;
  return () => {
    if (++calls % every === 0) gc();
  };
}
