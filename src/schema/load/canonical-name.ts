/** `a/b.proto`: relative, `/`-separated, without empty, `.` or `..` segments (as protoc wants). */
export function isCanonicalImportName(name: string): boolean {
  if (name === "" || name.startsWith("/") || name.includes("\\")) return false;
  return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
