// The bound scripts' shared start (map-bound.ts, result-bound.ts): one data set of datasets.ts
// with its protowire message type, from bench/bench.proto loaded as users load it.

import { fileURLToPath } from "node:url";
import { type MessageType, messageType } from "../src/api/message-type.js";
import { loadLinkedSchemaFromDisk } from "../src/schema/load/load-disk.js";
import { type DataSet, dataSets } from "./datasets.js";

export const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));

/** Data set `name` and its message type. */
export async function benchDataSet(name: string): Promise<{ ds: DataSet; type: MessageType }> {
  const schema = await loadLinkedSchemaFromDisk({
    files: ["bench.proto"],
    includePaths: [BENCH_DIR],
  });
  const ds = dataSets().find((d) => d.name === name);
  if (ds === undefined) throw new Error(`no data set ${name}`);
  return { ds, type: messageType(schema, `protowire.bench.${ds.shape}`) };
}
