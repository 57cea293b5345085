import fc from "fast-check";

/**
 * fast-check values from the JSON Schemas of the generated OpenAPI document, for the hostile-input
 * fuzz test: `valid` follows the schema (as far as a JSON Schema can say: zod refinements are not
 * in it), `hostile` is anything an attacker could send instead, and `mutated` is a valid value
 * with one part replaced by something hostile, so the deep fields are reached too.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

/** Strings that broke, or could break, a statement: NUL, half surrogate pairs, hidden characters, huge numbers, odd dates. */
export const HOSTILE_STRINGS = [
  "\u0000",
  "nul\u0000inside",
  "\uD800",
  "lone \uDFFF low",
  "evil\u202Etxt.exe",
  "ad\u200Bmin",
  "\uFEFFbom",
  "\u2066isolate\u2069",
  "9223372036854775807",
  "9223372036854775808",
  "99999999999999999999999999999999",
  "-1",
  "1e309",
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00+01:00",
  "9999-12-31T23:59:59.999Z",
  "+275760-09-13T00:00:00.000Z",
  "2024-02-30T25:61:61Z",
  "",
  "   ",
  "'; DROP TABLE audit_entry; --",
  "%00",
  "../../etc/passwd",
  "😀".repeat(60),
  "x".repeat(5000),
  "\uFFFE\uFFFF",
  "null",
  "[object Object]",
  "__proto__",
  "Zoë Müller",
];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

/** JSON values of every type and shape, including deep nesting and numbers beyond any column. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1.5, 2 ** 63, -(2 ** 63), Number.MAX_SAFE_INTEGER + 2, 1e308, [], {}, [[[[[[[[[[[]]]]]]]]]]]) },
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}') as unknown),
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 2, max: 200 }).map((depth) => nest(depth)),
);

function nest(depth: number): unknown {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

export class SchemaArbitraries {
  constructor(private readonly components: Record<string, JsonSchema>) {}

  private resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 10; hops += 1) {
      current = this.components[current.$ref.replace("#/components/schemas/", "")] ?? {};
    }
    return current;
  }

  /** A value the schema describes. */
  valid(input: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    if (depth > 6) return fc.constant(schema.default ?? null);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices?.length) return fc.oneof(...choices.map((choice) => this.valid(choice, depth + 1)));
    if (schema.allOf?.length) return this.valid(schema.allOf[0]!, depth + 1);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
    switch (type ?? (schema.properties ? "object" : undefined)) {
      case "string":
        return this.string(schema);
      case "integer":
        return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1000, 1e9) });
      case "number":
        return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array": {
        const minLength = schema.minItems ?? 0;
        return fc.array(schema.items ? this.valid(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 2 }), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
      }
      case "object": {
        const properties = schema.properties ?? {};
        const required = new Set(schema.required ?? []);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, child] of Object.entries(properties)) record[key] = this.valid(child, depth + 1);
        return fc.record(record, { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private string(schema: JsonSchema): fc.Arbitrary<string> {
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.min(schema.maxLength ?? 30, 60);
    switch (schema.format) {
      case "uuid":
        return fc.uuid();
      case "email":
        return fc.emailAddress();
      case "date-time":
        return fc.date({ min: new Date("2000-01-02T00:00:00Z"), max: new Date(), noInvalidDate: true }).map((date) => date.toISOString());
      default:
    }
    if (schema.pattern) {
      try {
        return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length >= minLength && text.length <= Math.max(maxLength, minLength));
      } catch {
        // A pattern JavaScript cannot compile: fall through to plain text.
      }
    }
    return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
  }

  /** Valid, hostile, or valid with one part broken (a field dropped, retyped, hostile or nested). */
  request(schema: JsonSchema): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 2, arbitrary: this.valid(schema) },
      { weight: 1, arbitrary: hostileValue },
      { weight: 4, arbitrary: fc
          .tuple(this.valid(schema), fc.nat(), hostileValue, hostileString, fc.constantFrom("replace", "replace", "drop", "extra", "wrap"))
          .map(([value, seed, bad, badText, how]) => mutate(value, seed, bad, badText, how)) },
    );
  }
}

/** Replaces (a string by a hostile string), drops, adds beside or wraps the `seed`-th node of a value. */
function mutate(value: unknown, seed: number, bad: unknown, badText: string, how: "replace" | "drop" | "extra" | "wrap"): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number; depth: number }[] = [];
  const walk = (node: unknown, depth: number) => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, child] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
      nodes.push({ parent: node as Record<string, unknown>, key, depth });
      walk(child, depth + 1);
    }
  };
  const root = structuredClone(value);
  walk(root, 1);
  if (nodes.length === 0) return how === "wrap" ? [root] : bad;
  // Half the time a shallow node: a large nested setting would otherwise hide the names beside it.
  const shallow = nodes.filter((node) => node.depth <= 2);
  const pool = seed % 2 === 0 && shallow.length > 0 ? shallow : nodes;
  const { parent, key } = pool[Math.floor(seed / 2) % pool.length]!;
  const target = parent as Record<string | number, unknown>;
  if (how === "replace") target[key] = typeof target[key] === "string" ? badText : bad;
  else if (how === "drop") {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete target[key];
  } else if (how === "extra") {
    if (Array.isArray(parent)) parent.push(bad);
    else target[`unexpected_${String(key)}`] = bad;
  } else target[key] = { nested: [target[key]] };
  return root;
}
