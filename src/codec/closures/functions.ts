/**
 * The closure codecs: a message type's MessageFunctions composed from small functions, without
 * `new Function`, for environments that forbid evaluating strings (a Content-Security-Policy
 * without 'unsafe-eval', Cloudflare Workers, `node --disallow-code-generation-from-strings`).
 * They do what the emitted source does (emit/), field by field and error by error; compiler.ts
 * picks them when evaluation is unavailable, and the codec tests and the conformance suite
 * run against them too.
 */
import type { MessageInfo } from "../info.js";
import type { MessageFunctions } from "../runtime.js";
import { closureCreate } from "./create.js";
import { closureDecode } from "./decode.js";
import { closureEncode } from "./encode.js";
import type { Link } from "./link.js";
import { closureMissing } from "./missing.js";
import { closureShape } from "./shape.js";

export function closureFunctions(
  info: MessageInfo,
  link: Link,
  hasRequired: (info: MessageInfo) => boolean,
): MessageFunctions {
  const shape = closureShape(info);
  return {
    ...closureCreate(info, link, shape),
    decode: closureDecode(info, link),
    encode: closureEncode(info, link, shape),
    missing: closureMissing(info, link, hasRequired),
  };
}
