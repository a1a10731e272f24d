/**
 * Derives the source of the zod validators for published entries, as Strapi 5's REST API returns
 * them (with the populate of `populate.ts`). Generated as code, not built at run time, so the types
 * are readable in editors and reviews.
 */
import type { ComponentDefinition, ContentTypeDefinition, FieldDefinition, Rule } from "./define.ts";

export function pascalCase(name: string): string {
  return name
    .split(/[-_.]/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal[0]?.toLowerCase() + pascal.slice(1);
}

export function componentSchemaName(component: string): string {
  return `${camelCase(component)}ComponentSchema`;
}

export function typeSchemaName(typeName: string): string {
  return `${camelCase(typeName)}Schema`;
}

function optional(expression: string, field: FieldDefinition): string {
  return field.required ? expression : `${expression}.nullish()`;
}

function fieldExpression(field: FieldDefinition): string {
  switch (field.kind) {
    case "string": {
      let expression = "z.string()";
      if (field.required) expression += `.min(${Math.max(1, field.minLength ?? 1)})`;
      else if (field.minLength !== undefined) expression += `.min(${field.minLength})`;
      if (field.maxLength !== undefined) expression += `.max(${field.maxLength})`;
      if (field.regex) expression += `.regex(new RegExp(${JSON.stringify(field.regex)}))`;
      return optional(expression, field);
    }
    case "text":
    case "richtext": {
      let expression = field.required ? "z.string().trim().min(1)" : "z.string()";
      if (field.kind === "text" && field.maxLength !== undefined) expression += `.max(${field.maxLength})`;
      return optional(expression, field);
    }
    case "uid":
      return optional("z.string().regex(SLUG)", field);
    case "email":
      return optional("z.email()", field);
    case "integer":
    case "decimal": {
      let expression = field.kind === "integer" ? "z.number().int()" : "z.number()";
      if (field.min !== undefined) expression += `.min(${field.min})`;
      if (field.max !== undefined) expression += `.max(${field.max})`;
      return optional(expression, field);
    }
    case "boolean":
      return field.default !== undefined
        ? `z.boolean().nullish().transform((value) => value ?? ${field.default})`
        : optional("z.boolean()", field);
    case "date":
      return optional("z.iso.date()", field);
    case "datetime":
      return optional("z.iso.datetime({ offset: true })", field);
    case "time":
      return optional("z.string().regex(TIME)", field);
    case "enumeration":
      return optional(`z.enum(${JSON.stringify(field.values)})`, field);
    case "json":
      return optional("vec3", field);
    case "media": {
      const one = `mediaWithExtension(${JSON.stringify(field.extensions)})`;
      return field.multiple ? `z.array(${one}).default([])` : optional(one, field);
    }
    case "relation":
      return field.relation === "oneToMany" || field.relation === "manyToMany"
        ? "z.array(relation).optional()"
        : "relation.nullish()";
    case "component": {
      const schema = componentSchemaName(field.component);
      if (!field.repeatable) return optional(schema, field);
      let expression = `z.array(${schema})`;
      if (field.min !== undefined) expression += `.min(${field.min})`;
      if (field.max !== undefined) expression += `.max(${field.max})`;
      return `${expression}.default([])`;
    }
  }
}

function ruleSource(rule: Rule): string {
  const message = JSON.stringify(rule.message.en);
  switch (rule.kind) {
    case "order":
      return `orderRule(${JSON.stringify(rule.start)}, ${JSON.stringify(rule.end)}, ${message})`;
    case "attribution":
      return `attributionRule(${JSON.stringify(rule.licence)}, ${JSON.stringify(rule.attribution)}, ${message})`;
    case "requiredWith":
      return `requiredWithRule(${JSON.stringify(rule.field)}, ${JSON.stringify(rule.when)}, ${message})`;
  }
}

function objectSource(fields: Record<string, FieldDefinition>, base: string): string {
  const lines = Object.entries(fields).map(([name, field]) => `  ${name}: ${fieldExpression(field)},`);
  return `${base}.extend({\n${lines.join("\n")}\n})`;
}

function withRules(source: string, rules: readonly Rule[] | undefined): string {
  if (!rules?.length) return source;
  return `${source}.superRefine(rules([${rules.map(ruleSource).join(", ")}]))`;
}

export function componentZodSource(component: ComponentDefinition): string {
  const name = componentSchemaName(`${component.category}.${component.name}`);
  const source = withRules(objectSource(component.fields, "componentBase"), component.rules);
  return `/** ${component.displayName.en} (${component.displayName.de}) */\nexport const ${name} = ${source};\nexport type ${pascalCase(`${component.category}.${component.name}`)}Component = z.output<typeof ${name}>;\n`;
}

export function contentTypeZodSource(type: ContentTypeDefinition): string {
  const name = typeSchemaName(type.name);
  const source = withRules(objectSource(type.fields, "entryBase"), type.rules);
  return `/** ${type.displayName.en} (${type.displayName.de}): a published entry as the REST API returns it. */\nexport const ${name} = ${source};\nexport type ${pascalCase(type.name)} = z.output<typeof ${name}>;\n`;
}
