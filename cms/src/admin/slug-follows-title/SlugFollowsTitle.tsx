import { useForm } from "@strapi/admin/strapi-admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useEffect, useRef } from "react";
import { followsTitle } from "../../slugs/slug-rules";
import { slugify } from "../../slugs/slugify";
import { slugFieldOf } from "./slug-fields";

/**
 * Lets the slug field of the edit view follow the title as the editor types, by the same rules the
 * server applies on save (src/slugs/): while the slug is empty, the type's placeholder or still the
 * one made from the previous title, and never once this locale was published. A slug the editor
 * typed stays. Registered as an edit-view side panel only to run inside the form: it shows nothing.
 */
export const SlugFollowsTitle: PanelComponent = ({ model, document }) => {
  const slugField = slugFieldOf(model);
  const values = useForm("SlugFollowsTitle", (form) => form.values) as Record<string, unknown>;
  const onChange = useForm("SlugFollowsTitle", (form) => form.onChange);
  const title = slugField ? values[slugField.targetField] : undefined;
  const slug = slugField ? values[slugField.field] : undefined;
  const previousTitle = useRef(title);
  const published = document?.status === "published" || document?.status === "modified";

  useEffect(() => {
    const before = previousTitle.current;
    previousTitle.current = title;
    if (!slugField || title === before || typeof title !== "string") return;
    const state = {
      slug,
      title,
      previousTitle: typeof before === "string" ? before : "",
      otherLocaleSlugs: [],
      placeholder: slugField.placeholder,
      published,
    };
    if (!followsTitle(state)) return;
    const next = slugify(title);
    if (next && next !== slug) onChange(slugField.field, next);
  }, [title, slug, slugField, published, onChange]);

  return null;
};
