/** Building blocks the generated validators use (see zod-source.ts). */
import { z } from "zod";
import { SLUG_PATTERN } from "./fields.ts";
import { LICENCE_INFO, type Licence } from "./licences.ts";

export const SLUG = new RegExp(SLUG_PATTERN);
export const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;

export const vec3 = z.tuple([z.number(), z.number(), z.number()]);

/** A file from Strapi's media library (upload plugin). In a snapshot, `url` is `media/<file>`. */
export const mediaSchema = z.looseObject({
  id: z.number(),
  documentId: z.string().optional(),
  name: z.string(),
  alternativeText: z.string().nullish(),
  caption: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  hash: z.string().optional(),
  ext: z.string().nullish(),
  mime: z.string(),
  /** Kilobytes, as Strapi stores it. */
  size: z.number(),
  url: z.string().min(1),
});
export type Media = z.output<typeof mediaSchema>;

export function mediaWithExtension(extensions: readonly string[]) {
  return mediaSchema.refine(
    (media) => {
      const ext = (media.ext ?? media.url.slice(media.url.lastIndexOf("."))).toLowerCase();
      return extensions.includes(ext);
    },
    { message: `expected a file of type ${extensions.join(", ")}` },
  );
}

/** A related entry; populated relations carry the related entry's own fields too. */
export const relation = z.looseObject({ id: z.number(), documentId: z.string() });
export type Relation = z.output<typeof relation>;

export const entryBase = z.object({
  id: z.number(),
  documentId: z.string().min(1),
  /** null for types that are not localized. */
  locale: z.string().nullish(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Always set: only published entries may leave the CMS. */
  publishedAt: z.iso.datetime({ offset: true }),
});

export const componentBase = z.object({ id: z.number().optional() });

type Check = (value: Record<string, unknown>, context: z.RefinementCtx) => void;

export function rules(checks: Check[]): Check {
  return (value, context) => {
    for (const check of checks) check(value, context);
  };
}

function comparable(value: unknown): number | string | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value !== "") return value.length <= 12 ? value : Date.parse(value);
  return undefined;
}

/** `end` after `start`; equal years are fine (a single-year dating), equal times are not. */
export function orderRule(start: string, end: string, message: string): Check {
  return (value, context) => {
    const from = comparable(value[start]);
    const to = comparable(value[end]);
    if (from === undefined || to === undefined) return;
    const wrong =
      typeof from === "number" && typeof to === "number" && Number.isInteger(from) && from < 3000
        ? to < from
        : to <= from;
    if (wrong) context.addIssue({ code: "custom", path: [end], message });
  };
}

export function attributionRule(licenceField: string, attributionField: string, message: string): Check {
  return (value, context) => {
    const licence = value[licenceField] as Licence | undefined;
    if (!licence || !LICENCE_INFO[licence]?.needsAttribution) return;
    const attribution = value[attributionField];
    if (typeof attribution !== "string" || attribution.trim() === "") {
      context.addIssue({ code: "custom", path: [attributionField], message });
    }
  };
}

export function requiredWithRule(field: string, when: string, message: string): Check {
  return (value, context) => {
    const present = (v: unknown) => v !== null && v !== undefined && v !== "";
    if (present(value[when]) && !present(value[field])) {
      context.addIssue({ code: "custom", path: [field], message });
    }
  };
}
