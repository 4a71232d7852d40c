/**
 * missing(m, path, out, d, lim) of the closure codecs: emit/missing.ts's walk (its header says
 * what is pushed and how paths read), one function per field that can hold required fields.
 */

import { missingInExtension } from "../extension-required.js";
import type { FieldInfo, MessageInfo } from "../info.js";
import type { FieldSlot } from "../layout.js";
import { layoutOf } from "../layout.js";
import { inMessageSet } from "../message-set.js";
import type { MessageFunctions } from "../runtime.js";
import { tooDeep } from "../runtime.js";
import { isMessageType } from "../scalar.js";
import { keySegment } from "../values.js";
import type { Link, Rec } from "./link.js";
import { propReader } from "./link.js";

type Check = (m: Rec, path: string, out: string[], d: number, lim: number) => void;

export function closureMissing(
  info: MessageInfo,
  link: Link,
  hasRequired: (info: MessageInfo) => boolean,
): MessageFunctions["missing"] {
  const checks: Check[] = [];
  for (const slot of layoutOf(info).byNumber) {
    const check = slotCheck(slot, link, hasRequired);
    if (check !== undefined) checks.push(check);
  }
  for (const ext of info.extensions?.() ?? []) {
    const check = extensionCheck(ext, link, hasRequired);
    if (check !== undefined) checks.push(check);
  }
  return (m, path, out, d, lim) => {
    if (d > lim) throw tooDeep(lim);
    for (let i = 0; i < checks.length; i++) checks[i]!(m as Rec, path, out, d, lim);
  };
}

/** An extension whose message type can hold required fields (rt.missingExt). */
function extensionCheck(
  ext: FieldInfo,
  link: Link,
  hasRequired: (info: MessageInfo) => boolean,
): Check | undefined {
  const message = ext.message;
  if (message === undefined || !hasRequired(message)) return undefined;
  const name = `[${ext.fullName ?? ext.name}]`;
  const L = link(message);
  const messageSet = inMessageSet(ext);
  return (m, path, out, d, lim) => {
    if (m.$unknown !== undefined) {
      missingInExtension(m, ext.number, messageSet, ext.repeated, L, path + name, out, d, lim);
    }
  };
}

function slotCheck(
  slot: FieldSlot,
  link: Link,
  hasRequired: (info: MessageInfo) => boolean,
): Check | undefined {
  const f = slot.field;
  const name = f.localName;
  const get = propReader(slot.prop);
  const own = f.presence === "required";
  let nested:
    | ((v: unknown, path: string, out: string[], d: number, lim: number) => void)
    | undefined;
  if (f.map !== undefined) {
    const value = f.map.value;
    if (isMessageType(value.type) && hasRequired(value.message!)) {
      const L = link(value.message!);
      nested = (v, path, out, d, lim) => {
        for (const [k, x] of v as Map<unknown, object>) {
          L.missing(x, `${path}${name}${keySegment(k)}.`, out, d + 1, lim);
        }
      };
    }
  } else if (isMessageType(f.type) && hasRequired(f.message!)) {
    const L = link(f.message!);
    const oneofCase = slot.oneofCase;
    if (oneofCase !== undefined) {
      nested = (v, path, out, d, lim) => {
        const c = v as { case: unknown; value: object };
        if (c.case === oneofCase) L.missing(c.value, `${path}${name}.`, out, d + 1, lim);
      };
    } else if (f.repeated) {
      nested = (v, path, out, d, lim) => {
        const list = v as object[];
        for (let i = 0; i < list.length; i++) {
          L.missing(list[i]!, `${path}${name}[${i}].`, out, d + 1, lim);
        }
      };
    } else
      nested = (v, path, out, d, lim) => L.missing(v as object, `${path}${name}.`, out, d + 1, lim);
  }
  if (!own && nested === undefined) return undefined;
  return (m, path, out, d, lim) => {
    const v = get(m);
    if (own && v == null) out.push(path + name);
    if (nested !== undefined && v != null) nested(v, path, out, d, lim);
  };
}
