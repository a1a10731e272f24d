import { type DateArgument, parseDateArgument } from "./datestamps";

/** The six verbs of OAI-PMH 2.0. */
export const VERBS = [
  "Identify",
  "ListMetadataFormats",
  "ListSets",
  "GetRecord",
  "ListIdentifiers",
  "ListRecords",
] as const;
export type Verb = (typeof VERBS)[number];

export type OaiErrorCode =
  | "badArgument"
  | "badResumptionToken"
  | "badVerb"
  | "cannotDisseminateFormat"
  | "idDoesNotExist"
  | "noMetadataFormats"
  | "noRecordsMatch"
  | "noSetHierarchy";

export interface OaiError {
  code: OaiErrorCode;
  message: string;
}

/** A request whose verb and arguments are well formed (values are checked by the verb). */
export interface OaiRequest {
  verb: Verb;
  /** The arguments as sent, verb excluded (echoed in the response's `request` element). */
  args: Record<string, string>;
  from?: DateArgument;
  until?: DateArgument;
}

/** Per verb: the arguments it requires and those it allows; `exclusive` may only come alone. */
const ARGUMENTS: Record<Verb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ["identifier"] },
  ListSets: { required: [], optional: [], exclusive: "resumptionToken" },
  GetRecord: { required: ["identifier", "metadataPrefix"], optional: [] },
  ListIdentifiers: {
    required: ["metadataPrefix"],
    optional: ["from", "until", "set"],
    exclusive: "resumptionToken",
  },
  ListRecords: {
    required: ["metadataPrefix"],
    optional: ["from", "until", "set"],
    exclusive: "resumptionToken",
  },
};

const isVerb = (value: string): value is Verb => (VERBS as readonly string[]).includes(value);

/**
 * Checks verb and arguments of a request (query string or form body, as name/value pairs) against
 * the protocol: exactly one known verb (else badVerb); no unknown, repeated or missing arguments,
 * an exclusive resumptionToken alone, dates in a UTC granularity with `from` and `until` alike
 * (else badArgument). Values that need the repository (identifiers, prefixes, tokens) are checked
 * by the verb.
 */
export function parseOaiRequest(pairs: Iterable<[string, string]>): OaiRequest | { errors: OaiError[] } {
  const values = new Map<string, string[]>();
  for (const [name, value] of pairs) values.set(name, [...(values.get(name) ?? []), value]);
  const verbs = values.get("verb") ?? [];
  const verb = verbs[0];
  if (verbs.length !== 1 || verb === undefined)
    return {
      errors: [
        {
          code: "badVerb",
          message: verbs.length
            ? "The argument verb may be given only once."
            : "The argument verb is missing: give one of Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers, ListRecords.",
        },
      ],
    };
  if (!isVerb(verb))
    return {
      errors: [
        {
          code: "badVerb",
          message: `"${verb}" is not an OAI-PMH verb: use one of ${VERBS.join(", ")}.`,
        },
      ],
    };
  values.delete("verb");
  const rules = ARGUMENTS[verb];
  const allowed = new Set([
    ...rules.required,
    ...rules.optional,
    ...(rules.exclusive ? [rules.exclusive] : []),
  ]);
  const errors: OaiError[] = [];
  const args: Record<string, string> = {};
  for (const [name, list] of values) {
    if (!allowed.has(name))
      errors.push({ code: "badArgument", message: `${verb} does not take the argument "${name}".` });
    else if (list.length > 1)
      errors.push({ code: "badArgument", message: `The argument ${name} may be given only once.` });
    else args[name] = list[0] ?? "";
  }
  if (errors.length) return { errors };
  if (rules.exclusive && rules.exclusive in args) {
    const others = Object.keys(args).filter((name) => name !== rules.exclusive);
    if (others.length)
      return {
        errors: [
          {
            code: "badArgument",
            message: `resumptionToken is an exclusive argument: send it without ${others.join(", ")}.`,
          },
        ],
      };
    return { verb, args };
  }
  for (const name of rules.required)
    if (!args[name]) errors.push({ code: "badArgument", message: `${verb} needs the argument ${name}.` });
  const request: OaiRequest = { verb, args };
  for (const name of ["from", "until"] as const) {
    const raw = args[name];
    if (raw === undefined) continue;
    const parsed = parseDateArgument(raw);
    if (!parsed)
      errors.push({
        code: "badArgument",
        message: `${name}="${raw}" is not a UTC date: use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`,
      });
    else request[name] = parsed;
  }
  if (request.from && request.until && request.from.granularity !== request.until.granularity)
    errors.push({
      code: "badArgument",
      message:
        "from and until must have the same granularity (both YYYY-MM-DD or both YYYY-MM-DDThh:mm:ssZ).",
    });
  return errors.length ? { errors } : request;
}
