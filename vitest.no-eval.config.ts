/**
 * `npm run test:no-eval`: the codec, JSON, text, API, security and command suites again with
 * evaluation forbidden (NODE_OPTIONS=--disallow-code-generation-from-strings, set by the
 * script, and inherited by the `protowire` processes the command tests start), so every
 * message type goes through the closure codecs and the composed JSON and text writers. Left
 * out: the files whose subject is the emitted source itself or when the compiler evaluates it
 * (they evaluate it on purpose).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/codec/**/*.test.ts",
      "test/json/**/*.test.ts",
      "test/text/**/*.test.ts",
      "test/api/**/*.test.ts",
      "test/security/**/*.test.ts",
      "test/cli/**/*.test.ts",
    ],
    exclude: [
      "test/codec/emitted-snapshots.test.ts",
      "test/codec/js-forms.test.ts",
      "test/codec/lazy-compile.test.ts",
      "test/codec/source-url.test.ts",
    ],
    testTimeout: 30_000,
  },
});
