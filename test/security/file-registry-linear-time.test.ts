/**
 * createFileRegistry (protowire/runtime) on large hostile sets: no lookup scans a whole message
 * or enum once per element. Each case is timed against a control of the same size that
 * declares as many things but looks each up in a table of one (test/helpers/timing.ts: the
 * ratio does not depend on the machine's speed or load). The scans these cases guard against,
 * each measured with the scan put back: each oneof counting its fields among all of the
 * message's (x4.9 at 30,000), each closed-enum field collecting the enum's numbers (x160 at
 * 12,000), each extension checked against every extension range (x7.5 at 30,000); without the
 * scans the cases measure x0.8-1.9 on a busy 2-core machine. (Enum defaults look their values up in a map too;
 * a scan there measured under the limit at this size, so no case claims to guard it.)
 */
import { describe, expect, it } from "vitest";
import { FileDescriptorSetTable } from "../../src/codec/file-registry/descriptor-tables.js";
import { createFileRegistry, toBinary } from "../../src/runtime.js";
import { describeRelative, relativeCost } from "../helpers/timing.js";

const N = 12_000;
/** The oneof and extension scans are a smaller share of their loads: larger cases. */
const BIG = 30_000;
const LIMIT = 3;
const TIMEOUT = 120_000;

type Obj = Record<string, unknown>;

/** A file of package p (proto2, or edition 2023 with `editions`) as a set. */
function setOf(
  messages: Obj[],
  enums: Obj[] = [],
  extension: Obj[] = [],
  editions = false,
): Uint8Array {
  const file = {
    name: "a.proto",
    package: "p",
    messageType: messages,
    enumType: enums,
    extension,
    ...(editions ? { syntax: "editions", edition: 1000 } : {}),
  };
  return toBinary(FileDescriptorSetTable, { file: [file] } as never);
}

const field = (i: number, more: Obj = {}): Obj => ({
  name: `f${i}`,
  number: i + 1,
  label: 1,
  type: 5,
  ...more,
});

/** createFileRegistry and every type's table, against the same for the control. */
function expectLinear(subject: Uint8Array, control: Uint8Array): void {
  const load = (set: Uint8Array) => () => {
    const registry = createFileRegistry(set);
    for (const name of registry.messageNames) registry.getMessage(name);
    return registry.getMessage("p.M");
  };
  const cost = relativeCost(load(subject), load(control), 3, LIMIT);
  expect(cost.result).toBeDefined();
  expect(cost.ratio, `against the control: ${describeRelative(cost)}`).toBeLessThan(LIMIT);
}

describe("createFileRegistry on large sets", () => {
  it(
    `${BIG} fields, each in its own oneof (control: ${BIG} messages of one such field)`,
    () => {
      const inOneof = (i: number) => field(i, { oneofIndex: i });
      expectLinear(
        setOf([
          {
            name: "M",
            field: Array.from({ length: BIG }, (_, i) => inOneof(i)),
            oneofDecl: Array.from({ length: BIG }, (_, i) => ({ name: `o${i}` })),
          },
        ]),
        setOf([
          { name: "M" },
          ...Array.from({ length: BIG }, (_, i) => ({
            name: `M${i}`,
            field: [{ ...inOneof(0), name: `f${i}` }],
            oneofDecl: [{ name: `o${i}` }],
          })),
        ]),
      );
    },
    TIMEOUT,
  );

  const values = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `V${i}`, number: i }));
  /** M's N fields of enum type: all of E (N values), or each of its own one-value enum. */
  const enumFields = (shared: boolean, more: (i: number) => Obj, editions = false) =>
    setOf(
      [
        {
          name: "M",
          field: Array.from({ length: N }, (_, i) =>
            field(i, { type: 14, typeName: shared ? ".p.E" : `.p.E${i}`, ...more(i) }),
          ),
        },
      ],
      shared
        ? [{ name: "E", value: values(N) }]
        : Array.from({ length: N }, (_, i) => ({ name: `E${i}`, value: values(1) })),
      [],
      editions,
    );

  it(
    `${N} fields of one closed enum of ${N} values (control: an enum each)`,
    () =>
      expectLinear(
        enumFields(true, () => ({})),
        enumFields(false, () => ({})),
      ),
    TIMEOUT,
  );

  it(
    `${BIG} extensions of a message with ${BIG} extension ranges (control: one range)`,
    () => {
      const ranges = (many: boolean) =>
        many
          ? Array.from({ length: BIG }, (_, i) => ({ start: 1000 + 2 * i, end: 1001 + 2 * i }))
          : [{ start: 1000, end: 1000 + 2 * BIG }];
      const extensions = Array.from({ length: BIG }, (_, i) => ({
        ...field(i, { extendee: ".p.M" }),
        number: 1000 + 2 * i,
      }));
      expectLinear(
        setOf([{ name: "M", extensionRange: ranges(true) }], [], extensions),
        setOf([{ name: "M", extensionRange: ranges(false) }], [], extensions),
      );
    },
    TIMEOUT,
  );
});
