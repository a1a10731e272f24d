import { errors } from "@strapi/utils";

export interface FieldProblem {
  /** Field path as the admin form knows it, e.g. ["images", "0", "file"]. */
  path: string[];
  /** For people: what is wrong and what to do. */
  message: string;
}

/**
 * A Strapi ValidationError (HTTP 400) whose message starts with the field, e.g.
 * "end: The end must be after the start.", and whose details put each problem on its field in the
 * admin form.
 */
export function validationError(problems: FieldProblem[]): errors.ValidationError {
  const message = problems.map((problem) => `${problem.path.join(".")}: ${problem.message}`).join(" ");
  return new errors.ValidationError(message, {
    errors: problems.map((problem) => ({
      path: problem.path,
      message: problem.message,
      name: "ValidationError",
    })),
  });
}
