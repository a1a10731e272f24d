// Years ("Datierung von (Jahr)") are integer fields, and Strapi formats integers with the
// language's grouping, so German staff read "1.840". Year fields (integer fields whose label in
// the content model names a year) get plain digits in the list view's cells and the edit view's
// input; other integers (triangles, bytes) keep Strapi's grouped number input. The API keeps the
// integer.
import { Field, NumberInput, TextInput, Typography } from "@strapi/design-system";
import { type StrapiApp, useField } from "@strapi/strapi/admin";
import { type ChangeEvent, type ReactNode, useEffect, useState } from "react";

import model from "../../generated/content-model.json";

const LIST_VIEW_COLUMNS_HOOK = "Admin/CM/pages/ListView/inject-column-in-table";
const INTEGER_TYPES = new Set(["integer", "biginteger"]);

interface ModelField {
  kind: string;
  label: { de: string; en: string };
}

/** Names of the model's year fields (a name is enough: the edit view passes field paths). */
export function yearFieldNames(
  parts: readonly { fields: Record<string, ModelField> }[] = [
    ...(model as unknown as { contentTypes: { fields: Record<string, ModelField> }[] }).contentTypes,
    ...(model as unknown as { components: { fields: Record<string, ModelField> }[] }).components,
  ],
): Set<string> {
  const names = new Set<string>();
  for (const part of parts)
    for (const [name, field] of Object.entries(part.fields))
      if (INTEGER_TYPES.has(field.kind) && /\byear\b/i.test(field.label.en)) names.add(name);
  return names;
}

const YEAR_FIELDS = yearFieldNames();
const isYearField = (path: string) => YEAR_FIELDS.has(path.split(".").at(-1) ?? "");

interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => unknown;
  [key: string]: unknown;
}

/** "1840", "-500", "" → the number to store (null when empty); text that is no whole number stays text. */
export function parseWholeNumber(text: string): number | string | null {
  const trimmed = text.trim().replace(/^[\u2212\u2013]/, "-");
  if (trimmed === "") return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
}

interface WholeNumberInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: ReactNode;
  placeholder?: string;
}

/**
 * Edit-view input for year fields: digits as typed, no grouping. Text that is no whole number
 * is kept in the form so Strapi's validation names the field instead of dropping the input.
 */
function YearInput({
  name,
  label,
  hint,
  required,
  disabled,
  labelAction,
  placeholder,
}: WholeNumberInputProps) {
  const field = useField<number | string | null>(name);
  const [text, setText] = useState(
    field.value === null || field.value === undefined ? "" : String(field.value),
  );
  useEffect(() => {
    const stored = field.value === null || field.value === undefined ? "" : String(field.value);
    setText((current) => (parseWholeNumber(current) === (field.value ?? null) ? current : stored));
  }, [field.value]);
  return (
    <Field.Root error={field.error} name={name} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <TextInput
        inputMode="numeric"
        autoComplete="off"
        disabled={disabled}
        placeholder={placeholder}
        value={text}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          setText(event.target.value);
          field.onChange(name, parseWholeNumber(event.target.value));
        }}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

/** Strapi's own integer input (components/FormInputs/Number), for integers that are no years. */
function GroupedNumberInput({
  name,
  label,
  hint,
  required,
  disabled,
  labelAction,
  placeholder,
}: WholeNumberInputProps) {
  const field = useField<number | null>(name);
  return (
    <Field.Root error={field.error} name={name} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <NumberInput
        disabled={disabled}
        placeholder={placeholder}
        step={1}
        value={field.value ?? undefined}
        onValueChange={(value?: number) => field.onChange(name, value ?? null)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

function WholeNumberInput(props: WholeNumberInputProps) {
  return isYearField(props.name) ? <YearInput {...props} /> : <GroupedNumberInput {...props} />;
}

function WholeNumberCell({ value }: { value: unknown }) {
  const shown = typeof value === "number" || typeof value === "string" ? String(value) : "-";
  return <Typography textColor="neutral800">{shown === "" ? "-" : shown}</Typography>;
}

/** Year fields without thousands separators in the list and edit views. */
export function registerWholeNumbers(app: StrapiApp): void {
  for (const type of INTEGER_TYPES) app.addFields({ type, Component: WholeNumberInput as never });
  app.registerHook(
    LIST_VIEW_COLUMNS_HOOK,
    ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
      displayedHeaders: displayedHeaders.map((header) =>
        INTEGER_TYPES.has(header.attribute?.type ?? "") && !header.cellFormatter && isYearField(header.name)
          ? {
              ...header,
              cellFormatter: (row: Record<string, unknown>) => <WholeNumberCell value={row[header.name]} />,
            }
          : header,
      ),
      layout,
    }),
  );
}
