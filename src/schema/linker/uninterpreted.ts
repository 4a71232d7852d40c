// Whether a file descriptor still holds an uninterpreted option anywhere (field 999 of each
// options message): a descriptor set's options are interpreted already, so a load that does not
// interpret options (link-core.ts without interpretOptions) rejects a file that holds one
// instead of dropping it unnoticed.

import type {
  DescriptorProto,
  EnumDescriptorProto,
  FieldDescriptorProto,
  FileDescriptorProto,
} from "../descriptor/shapes.js";

type Holder = { options?: { uninterpretedOption?: readonly unknown[] } };

const pending = (h: Holder): boolean => (h.options?.uninterpretedOption?.length ?? 0) > 0;

/** Whether `file`, or anything in it, holds an uninterpreted option. */
export function hasUninterpretedOption(file: FileDescriptorProto): boolean {
  return (
    pending(file) ||
    file.messageType.some(inMessage) ||
    file.enumType.some(inEnum) ||
    file.extension.some(pending) ||
    file.service.some((s) => pending(s) || s.method.some(pending))
  );
}

function inMessage(m: DescriptorProto): boolean {
  return (
    pending(m) ||
    m.field.some((f: FieldDescriptorProto) => pending(f)) ||
    m.extension.some(pending) ||
    m.oneofDecl.some(pending) ||
    m.extensionRange.some(pending) ||
    m.enumType.some(inEnum) ||
    m.nestedType.some(inMessage)
  );
}

function inEnum(e: EnumDescriptorProto): boolean {
  return pending(e) || e.value.some(pending);
}
