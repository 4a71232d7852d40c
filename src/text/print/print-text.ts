/** PLACEHOLDER until the printer lands (owned by the printer helper). */
import type { MessageInfo } from "../../schema/index.js";
import { TextError } from "../errors.js";
import type { PrintContext } from "./context.js";

export function printText(info: MessageInfo, _msg: unknown, _c: PrintContext): string {
  throw new TextError("INVALID_VALUE", `printing ${info.fullName}: not built yet`);
}
