/**
 * Which message types can hold a required field, directly or through submessages, maps and
 * oneofs. Decided over the whole reachable type graph at once (a fixpoint), so recursive types
 * get the right answer; messages that cannot hold one skip the required check entirely.
 */
import type { FieldInfo, MessageInfo } from "./info.js";

const memo = new WeakMap<MessageInfo, boolean>();

export function hasRequired(root: MessageInfo): boolean {
  const known = memo.get(root);
  if (known !== undefined) return known;
  const reachable = collect(root);
  const marked = new Set<MessageInfo>();
  for (const info of reachable) {
    if (info.fields.some((f) => f.presence === "required")) marked.add(info);
  }
  // Propagate "holds required" backwards along submessage edges until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const info of reachable) {
      if (marked.has(info)) continue;
      if (children(info).some((c) => marked.has(c))) {
        marked.add(info);
        changed = true;
      }
    }
  }
  for (const info of reachable) memo.set(info, marked.has(info));
  return marked.has(root);
}

function collect(root: MessageInfo): MessageInfo[] {
  const seen = new Set<MessageInfo>([root]);
  const stack = [root];
  while (stack.length > 0) {
    const info = stack.pop()!;
    for (const child of children(info)) {
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return [...seen];
}

function children(info: MessageInfo): MessageInfo[] {
  const out: MessageInfo[] = [];
  // Extension values are checked as protoc checks them (extension-required.ts).
  for (const f of [...info.fields, ...(info.extensions?.() ?? [])]) {
    const m = messageOf(f);
    if (m !== undefined) out.push(m);
  }
  return out;
}

function messageOf(f: FieldInfo): MessageInfo | undefined {
  if (f.map !== undefined) return f.map.value.message;
  return f.message;
}
