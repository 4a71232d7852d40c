// Field name conversions.

/**
 * protoc's ToJsonName (descriptor.cc): drop each `_` and upper-case the character after it;
 * everything else is kept, including a leading capital ("Foo_bar" -> "FooBar"). protoc fills
 * `json_name` with this for every field in --descriptor_set_out output.
 */
export function toJsonName(name: string): string {
  // A run of text between underscores at a time (a name without one is its own JSON name):
  // a character loop was a noticeable part of linking in a process that just started.
  let i = name.indexOf("_");
  if (i < 0) return name;
  let out = name.slice(0, i);
  while (i < name.length) {
    while (i < name.length && name.charCodeAt(i) === 95) i++; // "_"
    if (i === name.length) break;
    const next = name.indexOf("_", i + 1);
    const end = next < 0 ? name.length : next;
    out += name.charAt(i).toUpperCase() + name.slice(i + 1, end);
    i = end;
  }
  return out;
}

/**
 * protobuf-es's protoCamelCase: like toJsonName, except a digit cancels a pending capital
 * ("foo_1bar" -> "foo1bar").
 */
export function protoCamelCase(name: string): string {
  let out = "";
  let upperNext = false;
  for (const c of name) {
    if (c === "_") {
      upperNext = true;
    } else if (c >= "0" && c <= "9") {
      out += c;
      upperNext = false;
    } else if (upperNext) {
      out += c.toUpperCase();
      upperNext = false;
    } else {
      out += c;
    }
  }
  return out;
}

// Property names that would shadow Object.prototype members (protobuf-es escapes the first
// four with a `$` suffix; `__proto__` cannot come out of protoCamelCase, kept for safety).
const RESERVED_PROPERTIES = new Set(["constructor", "toString", "toJSON", "valueOf", "__proto__"]);

/** protobuf-es style property name of a field: lowerCamelCase, `$`-escaped if reserved. */
export function fieldLocalName(name: string): string {
  const n = protoCamelCase(name);
  return RESERVED_PROPERTIES.has(n) ? `${n}$` : n;
}
