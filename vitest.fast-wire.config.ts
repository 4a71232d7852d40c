/**
 * `npm run test:fast-wire`: the wire suites again, with the codecs' FastReader and FastWriter
 * (src/wire/fast-*.ts) in place of the public Reader and Writer. The public classes are small
 * (they go into `protowire/wire` bundles); the fast ones override their hot methods. Both must
 * give the same values, bytes and errors, so the same tests hold them: a test's import of
 * src/wire/reader.js, writer.js or index.js resolves to test/wire/fast/, which exports the fast
 * classes under the public names.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const shim = (name: string) => fileURLToPath(new URL(`./test/wire/fast/${name}`, import.meta.url));
const SHIMS: [RegExp, string][] = [
  [/src\/wire\/reader\.js$/, shim("reader.ts")],
  [/src\/wire\/writer\.js$/, shim("writer.ts")],
  [/src\/wire\/index\.js$/, shim("index.ts")],
];

export default defineConfig({
  plugins: [
    {
      name: "fast-wire",
      enforce: "pre",
      resolveId(source, importer) {
        if (importer === undefined || !/\/test\/wire\/[^/]+$/.test(importer)) return null;
        return SHIMS.find(([pattern]) => pattern.test(source))?.[1] ?? null;
      },
    },
  ],
  test: {
    include: ["test/wire/**/*.test.ts"],
    exclude: ["test/wire/runs.test.ts"],
    // test/wire/classes.test.ts checks that the shims took effect.
    env: { PROTOWIRE_WIRE_CLASSES: "fast" },
    testTimeout: 30_000,
  },
});
