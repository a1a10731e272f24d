import model from "../../generated/content-model.json";

interface ModelType {
  name: string;
  fields: Record<string, { kind: string; component?: string }>;
}

const types = (model as unknown as { contentTypes: ModelType[] }).contentTypes;

/** The component that holds a point (latitude, longitude) in the content model. */
export const GEO_POINT_COMPONENT = "shared.geo-point";

/** The point field of a content type (`api::place.place` → "geo"), if it has one. */
export function geoFieldOf(uid: string): string | undefined {
  const name = /^api::([a-z0-9-]+)\.\1$/.exec(uid)?.[1];
  const type = types.find((candidate) => candidate.name === name);
  if (!type) return undefined;
  for (const [field, definition] of Object.entries(type.fields))
    if (definition.kind === "component" && definition.component === GEO_POINT_COMPONENT) return field;
  return undefined;
}
