import { licenceNeedsAttribution, type ModelRule } from "./content-model";
import type { FieldProblem } from "./field-error";

const present = (value: unknown) =>
  value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);

function comparable(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") {
    const asNumber = Number(value);
    if (Number.isFinite(asNumber)) return asNumber;
    const asDate = Date.parse(value);
    if (Number.isFinite(asDate)) return asDate;
  }
  return undefined;
}

export interface RuleCheckOptions {
  /** Completeness rules (attribution, requiredWith) apply when publishing, like Strapi's own required fields. */
  publishing: boolean;
}

/**
 * The cross-field rules of the content model. `order`: years may be equal (an object from one
 * year), points in time may not (an event needs a duration).
 */
export function checkRules(
  rules: readonly ModelRule[] | undefined,
  entry: Record<string, unknown>,
  options: RuleCheckOptions,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const rule of rules ?? []) {
    if (rule.kind === "order") {
      const start = comparable(entry[rule.start]);
      const end = comparable(entry[rule.end]);
      if (start === undefined || end === undefined) continue;
      const years = typeof entry[rule.start] === "number" || /^-?\d+$/.test(String(entry[rule.start]));
      if (years ? end < start : end <= start) problems.push({ path: [rule.end], message: rule.message.en });
    } else if (rule.kind === "attribution") {
      if (
        options.publishing &&
        licenceNeedsAttribution(entry[rule.licence]) &&
        !present(String(entry[rule.attribution] ?? "").trim())
      ) {
        problems.push({
          path: [rule.attribution],
          message: `${rule.message.en} (licence "${entry[rule.licence]}")`,
        });
      }
    } else if (rule.kind === "requiredWith") {
      if (options.publishing && present(entry[rule.when]) && !present(entry[rule.field])) {
        problems.push({ path: [rule.field], message: rule.message.en });
      }
    }
  }
  return problems;
}
