import type { StrapiApp } from "@strapi/strapi/admin";
import { ChoiceLabelCell } from "./ChoiceLabelCell";

/** The content manager's hook for the list view's columns (Strapi 5: `HOOKS.INJECT_COLUMN_IN_TABLE`). */
const LIST_VIEW_COLUMNS_HOOK = "Admin/CM/pages/ListView/inject-column-in-table";

interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => unknown;
  [key: string]: unknown;
}

/**
 * The edit view's dropdowns and the list filters already translate a choice by its code (see
 * choice-labels.ts); the list view prints the raw value, so its choice columns get a cell that
 * translates it too. Sorting and filtering still work on the codes the API stores.
 */
export function registerChoiceLabels(app: StrapiApp): void {
  app.registerHook(
    LIST_VIEW_COLUMNS_HOOK,
    ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
      displayedHeaders: displayedHeaders.map((header) =>
        header.attribute?.type === "enumeration" && !header.cellFormatter
          ? {
              ...header,
              cellFormatter: (row: Record<string, unknown>) => <ChoiceLabelCell code={row[header.name]} />,
            }
          : header,
      ),
      layout,
    }),
  );
}
