// The `prepare` script: builds dist/ whenever npm installs protowire from its sources: `npm ci`
// in a clone, `npm install github:owner/protowire` or `git+file://...` (npm installs the
// devDependencies first), and `npm install ../path/to/clone` (npm links the folder and installs
// nothing in it: then the build tools are installed here first, with `npm ci`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);

function run(command, args) {
  // The installing npm's location settings must not leak into the nested npm (they name the
  // consumer project, not this folder).
  const env = { ...process.env };
  for (const key of ["npm_config_global", "npm_config_local_prefix", "npm_config_prefix"]) {
    delete env[key];
  }
  const r = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (r.error !== undefined) throw r.error;
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(bin("tsup"))) {
  process.stderr.write("protowire: installing the build tools to build dist/ (npm ci)\n");
  run("npm", [
    "ci",
    "--include=dev",
    "--ignore-scripts",
    "--no-audit",
    "--no-fund",
    "--prefix",
    root,
  ]);
}
run(bin("tsup"), ["--silent"]);
