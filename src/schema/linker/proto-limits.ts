// Edition 2026's limits (`features.enforce_proto_limits`, PROTO_LIMITS2026 by default): how
// many fields a message, oneofs a message, fields a oneof and values an enum may have. The
// numbers and messages are protoc 36.2's (descriptor.h kLimit2026*), each element checked by
// its own resolved feature, in protoc's order: each message (its counts, its enums, its oneofs,
// its nested messages), then the file's enums.

import { EnforceProtoLimits } from "../descriptor/shapes.js";
import type { EnumNode, FileNode, MessageNode } from "./nodes.js";

const FIELDS_PER_MESSAGE = 1500;
const ONEOFS_PER_MESSAGE = 1000;
const FIELDS_PER_ONEOF = 1200;
const VALUES_PER_ENUM = 1700;

const NAME = 1;
const OPT_OUT =
  " (features.enforce_proto_limits = LEGACY_NO_EXPLICIT_LIMITS can be used to opt out of this check)";

type Report = (path: number[], message: string) => void;

function enforced(limits: number | undefined): boolean {
  return limits === EnforceProtoLimits.PROTO_LIMITS2026;
}

export function checkProtoLimits(file: FileNode, report: Report): void {
  const over = (what: string, name: string, count: number, limit: number, noun: string) =>
    count > limit
      ? `${what} name ${name} should not contain more than ${limit} ${noun}${OPT_OUT}`
      : undefined;
  const enumType = (e: EnumNode) => {
    if (!enforced(e.features.enforceProtoLimits)) return;
    const error = over("Enum", e.name, e.values.length, VALUES_PER_ENUM, "values");
    if (error !== undefined) report([...e.path, NAME], error);
  };
  const message = (m: MessageNode) => {
    if (enforced(m.features.enforceProtoLimits)) {
      const path = [...m.path, NAME];
      const fields = over("Message", m.name, m.declaredFields.length, FIELDS_PER_MESSAGE, "fields");
      if (fields !== undefined) report(path, fields);
      const realOneofs = m.oneofs.filter((o) => !o.synthetic).length;
      const oneofs = over("Message", m.name, realOneofs, ONEOFS_PER_MESSAGE, "oneofs");
      if (oneofs !== undefined) report(path, oneofs);
    }
    for (const e of m.nestedEnums) enumType(e);
    for (const o of m.oneofs) {
      if (!enforced(o.features.enforceProtoLimits)) continue;
      const error = over("Oneof", o.name, o.fields.length, FIELDS_PER_ONEOF, "fields");
      if (error !== undefined) report([...o.path, NAME], error);
    }
    for (const n of m.nestedMessages) message(n);
  };
  for (const m of file.messages) message(m);
  for (const e of file.enums) enumType(e);
}
