/**
 * Checks of IIIF Presentation 3 and Image API 3 documents taken from the specifications, for what
 * the @allmaps/iiif-parser schemas (lenient: they drop what they do not know) do not check:
 * https://iiif.io/api/presentation/3.0/ and https://iiif.io/api/image/3.0/.
 * Each returns a list of problems ("<where>: <what>"), empty when the document is fine.
 */
import { Collection, Manifest } from "@allmaps/iiif-parser";

const PRESENTATION_3 = "http://iiif.io/api/presentation/3/context.json";
/** §3.3.1 rights: Creative Commons or RightsStatements.org URIs. */
const RIGHTS =
  /^https?:\/\/(creativecommons\.org\/(licenses|publicdomain)\/|rightsstatements\.org\/vocab\/)[\w./-]+\/$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function languageMapProblems(value: unknown, where: string): string[] {
  if (!isObject(value) || Object.keys(value).length === 0) return [`${where}: not a language map`];
  return Object.entries(value).flatMap(([language, texts]) =>
    Array.isArray(texts) && texts.length > 0 && texts.every((text) => typeof text === "string" && text !== "")
      ? []
      : [`${where}.${language}: must be a non-empty array of strings`],
  );
}

/** Every `id` below `base` (no third-party resource) and an absolute http(s) URL. */
export function foreignIds(document: unknown, base: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "id" && typeof inner === "string" && !inner.startsWith(`${base}/`)) found.push(inner);
        else visit(inner);
      }
    }
  };
  visit(document);
  return found;
}

function describedProblems(resource: Json, where: string): string[] {
  const problems: string[] = [];
  if (resource.label !== undefined) problems.push(...languageMapProblems(resource.label, `${where}.label`));
  if (resource.summary !== undefined)
    problems.push(...languageMapProblems(resource.summary, `${where}.summary`));
  for (const [index, row] of ((resource.metadata as unknown[]) ?? []).entries()) {
    problems.push(...languageMapProblems((row as Json).label, `${where}.metadata[${index}].label`));
    problems.push(...languageMapProblems((row as Json).value, `${where}.metadata[${index}].value`));
  }
  if (resource.requiredStatement !== undefined) {
    const statement = resource.requiredStatement as Json;
    problems.push(...languageMapProblems(statement.label, `${where}.requiredStatement.label`));
    problems.push(...languageMapProblems(statement.value, `${where}.requiredStatement.value`));
  }
  if (resource.rights !== undefined && !RIGHTS.test(String(resource.rights))) {
    problems.push(`${where}.rights: ${resource.rights} is no Creative Commons or RightsStatements.org URI`);
  }
  // §3.3.1: homepage and rendering need id, type, label and format; seeAlso id and type.
  for (const property of ["homepage", "rendering", "seeAlso"]) {
    const links = resource[property];
    if (links === undefined) continue;
    if (!Array.isArray(links)) {
      problems.push(`${where}.${property}: must be an array`);
      continue;
    }
    for (const [index, link] of links.entries()) {
      const at = `${where}.${property}[${index}]`;
      if (!isObject(link) || typeof link.id !== "string" || typeof link.type !== "string") {
        problems.push(`${at}: needs id and type`);
        continue;
      }
      if (property !== "seeAlso") problems.push(...languageMapProblems(link.label, `${at}.label`));
      if (typeof link.format !== "string") problems.push(`${at}: needs a format (media type)`);
    }
  }
  for (const [index, agent] of ((resource.provider as unknown[]) ?? []).entries()) {
    const at = `${where}.provider[${index}]`;
    if (!isObject(agent) || agent.type !== "Agent" || typeof agent.id !== "string")
      problems.push(`${at}: must be an Agent with id`);
    else problems.push(...languageMapProblems(agent.label, `${at}.label`));
  }
  return problems;
}

/** A manifest: the allmaps parser plus the spec's rules for canvases and painting annotations. */
export function manifestProblems(manifest: Json, base: string): string[] {
  const where = String(manifest.id);
  const problems: string[] = [];
  try {
    Manifest.parse(manifest, { majorVersion: 3 });
  } catch (error) {
    problems.push(`${where}: @allmaps/iiif-parser: ${(error as Error).message.slice(0, 600)}`);
  }
  if (manifest["@context"] !== PRESENTATION_3) problems.push(`${where}: @context must be ${PRESENTATION_3}`);
  if (manifest.type !== "Manifest") problems.push(`${where}: type must be Manifest`);
  if (manifest.label === undefined) problems.push(`${where}: a Manifest must have a label`);
  problems.push(...describedProblems(manifest, where));
  problems.push(...foreignIds(manifest, base).map((id) => `${where}: id ${id} is not below ${base}/`));
  const canvases = manifest.items as Json[] | undefined;
  if (!Array.isArray(canvases) || canvases.length === 0)
    problems.push(`${where}: items must hold at least one Canvas`);
  const canvasIds = new Set<string>();
  for (const [index, canvas] of (canvases ?? []).entries()) {
    const at = `${where}.items[${index}]`;
    if (canvas.type !== "Canvas") problems.push(`${at}: type must be Canvas`);
    if (canvasIds.has(String(canvas.id))) problems.push(`${at}: id ${canvas.id} is used twice`);
    canvasIds.add(String(canvas.id));
    for (const side of ["width", "height"]) {
      if (!Number.isInteger(canvas[side]) || (canvas[side] as number) <= 0)
        problems.push(`${at}: ${side} must be a positive integer`);
    }
    problems.push(...describedProblems(canvas, at));
    for (const page of (canvas.items as Json[]) ?? []) {
      if (page.type !== "AnnotationPage") problems.push(`${at}: items must be AnnotationPages`);
      for (const annotation of (page.items as Json[]) ?? []) {
        if (annotation.type !== "Annotation") problems.push(`${at}: an AnnotationPage holds Annotations`);
        if (annotation.motivation !== "painting")
          problems.push(`${at}: content of a canvas is painted (motivation "painting")`);
        if (annotation.target !== canvas.id)
          problems.push(
            `${at}: painting annotation ${annotation.id} targets ${annotation.target}, not its canvas`,
          );
        const body = annotation.body as Json;
        if (body.type === "Image") {
          if (typeof body.format !== "string" || !body.format.startsWith("image/"))
            problems.push(`${at}: image body needs an image/* format`);
          for (const service of (body.service as Json[]) ?? []) {
            if (service.type !== "ImageService3" || service.profile !== "level0") {
              problems.push(
                `${at}: image service must be ImageService3 level0, is ${service.type} ${service.profile}`,
              );
            }
          }
        }
      }
    }
  }
  return problems;
}

/** A collection: the allmaps parser plus id, type and label of every entry. */
export function collectionProblems(collection: Json, base: string): string[] {
  const where = String(collection.id);
  const problems: string[] = [];
  try {
    Collection.parse(collection, { majorVersion: 3 });
  } catch (error) {
    problems.push(`${where}: @allmaps/iiif-parser: ${(error as Error).message.slice(0, 600)}`);
  }
  if (collection["@context"] !== PRESENTATION_3)
    problems.push(`${where}: @context must be ${PRESENTATION_3}`);
  if (collection.type !== "Collection") problems.push(`${where}: type must be Collection`);
  problems.push(...describedProblems(collection, where));
  problems.push(...foreignIds(collection, base).map((id) => `${where}: id ${id} is not below ${base}/`));
  for (const [index, entry] of ((collection.items as Json[]) ?? []).entries()) {
    const at = `${where}.items[${index}]`;
    if (entry.type !== "Manifest" && entry.type !== "Collection")
      problems.push(`${at}: must be a Manifest or Collection`);
    problems.push(...languageMapProblems(entry.label, `${at}.label`));
  }
  return problems;
}
