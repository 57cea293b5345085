import type { z } from "zod";

/**
 * One line per problem, each naming the offending field by path, e.g. `backgroundNetworkServices[1]: …`.
 * `subject` names the whole input when it is not an object at all.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], raw: unknown, subject = "settings"): string[] {
  return issues.flatMap((issue) => {
    const path = formatPath(issue.path);
    const value = valueAt(raw, issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`);
      case "invalid_type":
        if (issue.path.length === 0) return [`${subject} must be one JSON object, got ${describe(value)}`];
        if (value === undefined) return [`${path}: is required (${issue.expected})`];
        return [`${path}: expected ${issue.expected}, got ${describe(value)}`];
      case "invalid_value": {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
        if (value === undefined) return [`${path}: is required (one of ${allowed})`];
        return [`${path}: ${describe(value)} is not one of ${allowed}`];
      }
      default:
        return [`${path || subject}: ${issue.message}`];
    }
  });
}

/** `backgroundNetworkServices[1]`, `a.b`: the path as one would write it in JavaScript. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    return text === "" ? String(segment) : `${text}.${String(segment)}`;
  }, "");
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current = raw;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
