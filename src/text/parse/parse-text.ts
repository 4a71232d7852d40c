/** PLACEHOLDER until the parser lands (owned by the parser helper). */
import type { MessageInfo } from "../../schema/index.js";
import { TextError } from "../errors.js";
import type { ParseContext } from "./context.js";

export function parseText(info: MessageInfo, _text: string, _c: ParseContext): object {
  throw new TextError("TEXT_SYNTAX", `parsing ${info.fullName}: not built yet`);
}
