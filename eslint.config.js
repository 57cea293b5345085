import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The validated env module is the one place that reads process.env in application code.
    // Tests and their helpers set and read the test run's own variables (TEST_DATABASE_URL);
    // scripts/, bench/ and the Prisma config are entry points that set up the environment.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/env.ts", "**/*.test.{ts,tsx}", "lib/**/testing/**"],
    rules: { "no-restricted-properties": ["error", { object: "process", property: "env", message: "Use env() from lib/env.ts." }] },
  },
  {
    // UI never talks to the database: data goes through lib/ operations and the API.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db/*", "@/generated/*"], message: "Components must not access the database." }] }],
    },
  },
  {
    // Layers read one way: areas sit below the route wrapper (lib/http) and never reach up into app/ routes.
    // Integration tests may drive a route; helpers under lib/<area>/testing are imported by other code, so they may not.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/http/**", "lib/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...layerPatterns()] }],
    },
  },
  {
    // The error type is the bottom layer every area uses: it imports no other part of lib/.
    files: ["lib/errors/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...layerPatterns(), { group: ["@/lib/**", "!@/lib/errors/**", "../*"], message: "lib/errors sits below every area: import nothing else from lib/." }] },
      ],
    },
  },
);

/** Shared by the lib/ blocks: a later block's no-restricted-imports replaces an earlier one's, so each repeats these. */
function layerPatterns() {
  return [
    { group: ["@/lib/http", "@/lib/http/*"], message: "Areas sit below the route wrapper: lib/http imports areas, never the reverse." },
    { group: ["@/app", "@/app/*"], message: "lib/ code and its testing helpers must not import app/ routes (an integration test may)." },
  ];
}
