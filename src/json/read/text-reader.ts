/**
 * fromJsonString without the intermediate JSON value: the reader follows the message type
 * through the text token by token (parse/parse-json.ts's scanner), so plain messages, scalars
 * and lists of them never become a generic object first. Everything else (well-known types,
 * Value and NullValue, maps, extensions, unknown keys) is parsed as a generic value at that
 * point and handed to the value readers of message-reader.ts, so the mapping's rules live in
 * one place; test/json checks both entries agree.
 */
import { compileMessage } from "../../codec/index.js";
import { propertyName, realOneof } from "../../codec/layout.js";
import { indexSegment } from "../../codec/values.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { JsonError, locate, within } from "../errors.js";
import { lazily } from "../lazy.js";
import { lineColumn } from "../parse/json-location.js";
import {
  beginTokens,
  endTokens,
  expectToken,
  keyToken,
  nextOrClose,
  peekToken,
  primitiveToken,
  tokenPos,
  valueToken,
} from "../parse/parse-json.js";
import { SPECIAL_JSON } from "../wkt-names.js";
import type { ReadContext } from "./context.js";
import { checkDepth, SKIP, setOneof } from "./context.js";
import { memberReader, messageReader, nullIsValue, readOther } from "./message-reader.js";
import { scalarReader } from "./scalar-readers.js";

type Obj = Record<string, unknown>;

/** Reads one message from the text at the cursor; `depth` counts messages, `jd` JSON levels. */
type TextReader = (c: ReadContext, depth: number, jd: number) => Obj;

/** Reads the value of one member at the cursor into `msg`. */
type MemberText = (msg: Obj, c: ReadContext, depth: number, jd: number) => void;

interface Member {
  readonly index: number;
  readonly prop: string;
  readonly read: MemberText;
}

const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const QUOTE = 34;
const NULL = 110;

let text = "";
/** JSON nesting allowed in the document under way (a message level may take two). */
let maxJsonDepth = 0;

/** Reads message type `info` from the whole of `json`. */
export function readJsonText(info: MessageInfo, json: string, c: ReadContext): Obj {
  text = json;
  maxJsonDepth = 2 * c.recursionLimit + 2;
  beginTokens(json);
  try {
    const msg = textReader(info)(c, 0, 1);
    if (!Number.isNaN(peekToken())) {
      throw positioned(new JsonError("JSON_SYNTAX", "expected end of input after the JSON value"));
    }
    return msg;
  } finally {
    endTokens();
    text = "";
  }
}

function positioned(e: unknown, at = tokenPos()): unknown {
  const [line, column] = lineColumn(text, at);
  return locate(e, line, column);
}

/** A generic value at the cursor, nested at most as deep as the document still allows. */
function genericValue(jd: number): unknown {
  return valueToken(Math.max(0, maxJsonDepth - jd + 1));
}

const compiled = new WeakMap<MessageInfo, TextReader>();

function textReader(info: MessageInfo): TextReader {
  let r = compiled.get(info);
  if (r !== undefined) return r;
  if (SPECIAL_JSON.has(info.fullName)) {
    const read = messageReader(info);
    r = (c, depth, jd) => read(genericValue(jd), c, depth) as Obj;
  } else {
    const members = lazily(() => membersOf(info));
    const codec = compileMessage<Obj>(info);
    r = (c, depth, jd) => readPlain(info, codec.create(), members(), c, depth, jd);
  }
  compiled.set(info, r);
  return r;
}

function readPlain(
  info: MessageInfo,
  msg: Obj,
  members: Map<string, Member>,
  c: ReadContext,
  depth: number,
  jd: number,
): Obj {
  checkDepth(c, depth);
  if (jd > maxJsonDepth) {
    throw positioned(
      new JsonError("RECURSION_LIMIT", `nesting deeper than ${maxJsonDepth} levels`),
    );
  }
  if (peekToken() !== OPEN_OBJECT) {
    // Not an object: JSON of the wrong shape (INVALID_VALUE, as fromJson says it), or no JSON.
    return messageReader(info)(genericValue(jd), c, depth) as Obj;
  }
  expectToken(OPEN_OBJECT, "'{'");
  if (peekToken() === CLOSE_OBJECT) {
    expectToken(CLOSE_OBJECT, "'}'");
    return msg;
  }
  let seen = 0; // members 0..30 as bits; the rest (and unknown keys) in `more`
  let more: Set<unknown> | undefined;
  do {
    if (peekToken() !== QUOTE)
      throw positioned(new JsonError("JSON_SYNTAX", "expected a string key"));
    const keyAt = tokenPos();
    const key = keyToken();
    const m = members.get(key);
    const id: unknown = m === undefined ? key : m.index;
    const bit = m !== undefined && m.index < 31 ? 1 << m.index : 0;
    if (bit !== 0 ? (seen & bit) !== 0 : (more?.has(id) ?? false)) {
      const detail =
        m === undefined
          ? `duplicate key ${JSON.stringify(key)}`
          : `${JSON.stringify(key)} names a field already set`;
      throw within(positioned(new JsonError("DUPLICATE_KEY", detail), keyAt), m?.prop ?? "");
    }
    if (bit !== 0) seen |= bit;
    else {
      if (more === undefined) more = new Set();
      more.add(id);
    }
    const valueAt = skipToValue();
    try {
      if (m !== undefined) m.read(msg, c, depth, jd);
      else readOther(info, msg, key, genericValue(jd), c, depth);
    } catch (e) {
      throw within(positioned(e, valueAt), m?.prop ?? key);
    }
  } while (nextOrClose(CLOSE_OBJECT, "',' or '}' after an object member"));
  return msg;
}

function skipToValue(): number {
  peekToken();
  return tokenPos();
}

function membersOf(info: MessageInfo): Map<string, Member> {
  const out = new Map<string, Member>();
  info.fields.forEach((f, index) => {
    const member = { index, prop: propertyName(f.localName), read: memberText(f) };
    out.set(f.jsonName, member);
    out.set(f.name, member);
  });
  return out;
}

/** Whether field `f` is read through a generic value (its form is not plain JSON of its own). */
function viaGeneric(f: FieldInfo): boolean {
  return f.map !== undefined || nullIsValue(f) || SPECIAL_JSON.has(f.message?.fullName ?? "");
}

/** Reads one element of `f` at the cursor: a message, or a primitive through its reader. */
function elementText(f: FieldInfo): (c: ReadContext, depth: number, jd: number) => unknown {
  if (f.message !== undefined) {
    const sub = lazily(() => textReader(f.message!));
    return (c, depth, jd) => sub()(c, depth + 1, jd + 1);
  }
  const read = scalarReader(fieldKind(f.type)!, f);
  return (c) => {
    const at = peekToken();
    if (at === OPEN_OBJECT || at === OPEN_ARRAY) return read(genericValue(0), c);
    return read(primitiveToken(at), c);
  };
}

function memberText(f: FieldInfo): MemberText {
  if (viaGeneric(f)) {
    const read = memberReader(f);
    return (msg, c, depth, jd) => read(msg, genericValue(jd), c, depth);
  }
  const prop = propertyName(f.localName);
  const element = elementText(f);
  const generic = memberReader(f);
  if (f.repeated) {
    return (msg, c, depth, jd) => {
      if (peekToken() === NULL) {
        primitiveToken(NULL);
        return;
      }
      if (peekToken() !== OPEN_ARRAY) {
        generic(msg, genericValue(jd), c, depth); // wrong shape: the value reader says why
        return;
      }
      expectToken(OPEN_ARRAY, "'['");
      const out: unknown[] = [];
      if (peekToken() === CLOSE_ARRAY) expectToken(CLOSE_ARRAY, "']'");
      else {
        let i = 0;
        do {
          const at = skipToValue();
          try {
            if (peekToken() === NULL)
              throw new JsonError("INVALID_VALUE", "null is not allowed in a list");
            const x = element(c, depth, jd + 1);
            if (x !== SKIP) out.push(x);
          } catch (e) {
            throw within(positioned(e, at), indexSegment(i));
          }
          i++;
        } while (nextOrClose(CLOSE_ARRAY, "',' or ']' after an array element"));
      }
      msg[prop] = out;
    };
  }
  const oneof = realOneof(f);
  if (oneof !== undefined) {
    const oneofProp = propertyName(oneof.localName);
    const memberCase = f.localName;
    return (msg, c, depth, jd) => {
      if (peekToken() === NULL) {
        primitiveToken(NULL);
        return;
      }
      const x = element(c, depth, jd);
      if (x === SKIP) return;
      setOneof(msg, oneofProp, oneof.name, memberCase, x);
    };
  }
  return (msg, c, depth, jd) => {
    if (peekToken() === NULL) {
      primitiveToken(NULL);
      return;
    }
    const x = element(c, depth, jd);
    if (x !== SKIP) msg[prop] = x;
  };
}
