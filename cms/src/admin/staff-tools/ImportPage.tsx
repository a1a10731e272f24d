// "Tabelle importieren": heritage items from an inventory spreadsheet, without a terminal. Staff
// choose the file, see a dry run (every row, every error with row and column), and import only a
// file whose dry run found no error. The work is done by the CMS (src/staff-import/), with the
// same code as `npm run import`.
import {
  Box,
  Button,
  Checkbox,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from "@strapi/design-system";
import { Layouts, Page, useFetchClient } from "@strapi/strapi/admin";
import { type ChangeEvent, useState } from "react";
import { useIntl } from "react-intl";
import { Link } from "react-router-dom";

type Action = "create" | "translate" | "update" | "unchanged";

interface ImportReport {
  file: string;
  locale: string;
  encoding?: string;
  notes: string[];
  rows: {
    row: number;
    inventoryNumber: string;
    action: Action;
    changes: { column: string; from: unknown; to: unknown }[];
  }[];
  errors: { row: number; column: string; message: string }[];
  counts: Record<Action, number>;
  saved?: { created: number; updated: number; unchanged: number; published: boolean };
}

const ROUTE = "/staff-import/heritage-items";
const ITEMS_LIST = "/content-manager/collection-types/api::heritage-item.heritage-item";

const shown = (value: unknown) =>
  value === null || value === undefined || value === "" ? "–" : `„${String(value).slice(0, 80)}“`;

function ImportPage() {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `staff-tools.import.${id}` }, values);
  const { post } = useFetchClient();
  const [file, setFile] = useState<File>();
  const [locale, setLocale] = useState<"de" | "en">("de");
  const [publish, setPublish] = useState(false);
  const [busy, setBusy] = useState<"dry-run" | "import">();
  const [report, setReport] = useState<ImportReport>();
  const [problem, setProblem] = useState<string>();

  // Any change of file or options asks for a new dry run before the import.
  const reset = () => {
    setReport(undefined);
    setProblem(undefined);
  };
  const checked = report && !report.saved && report.errors.length === 0;

  async function send(mode: "dry-run" | "import") {
    if (!file) return;
    setBusy(mode);
    setProblem(undefined);
    const form = new FormData();
    form.append("file", file, file.name);
    form.append("locale", locale);
    form.append("mode", mode);
    form.append("publish", String(publish));
    try {
      const response = await post<ImportReport>(ROUTE, form);
      setReport(response.data);
    } catch (error) {
      const failure = error as {
        status?: number;
        response?: { status?: number; data?: { error?: unknown } };
        message?: string;
      };
      const message = failure.response?.data?.error;
      setReport(undefined);
      setProblem(
        t("failed", {
          status: failure.status ?? failure.response?.status ?? "–",
          message: typeof message === "string" ? message : (failure.message ?? ""),
        }),
      );
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Layouts.Root>
      <Page.Title>{t("title")}</Page.Title>
      <div data-testid="staff-import">
        <Layouts.Header title={t("title")} subtitle={t("subtitle")} />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={5}>
            <Flex gap={6} alignItems="flex-end" wrap="wrap">
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Typography tag="label" htmlFor="import-file" variant="pi" fontWeight="bold">
                  {t("file")}
                </Typography>
                <input
                  id="import-file"
                  type="file"
                  accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  aria-describedby="import-file-hint"
                  onChange={(event: ChangeEvent<HTMLInputElement>) => {
                    setFile(event.target.files?.[0]);
                    reset();
                  }}
                />
                <Typography id="import-file-hint" variant="pi" textColor="neutral600">
                  {t("file.hint")}
                </Typography>
              </Flex>
              <Box minWidth="240px">
                <Typography tag="label" htmlFor="import-locale" variant="pi" fontWeight="bold">
                  {t("locale")}
                </Typography>
                <SingleSelect
                  id="import-locale"
                  aria-label={t("locale")}
                  value={locale}
                  onChange={(value: string | number) => {
                    setLocale(value === "en" ? "en" : "de");
                    reset();
                  }}
                >
                  <SingleSelectOption value="de">{t("locale.de")}</SingleSelectOption>
                  <SingleSelectOption value="en">{t("locale.en")}</SingleSelectOption>
                </SingleSelect>
              </Box>
              <Checkbox
                checked={publish}
                onCheckedChange={(value: boolean | "indeterminate") => {
                  setPublish(value === true);
                  reset();
                }}
              >
                {t("publish")}
              </Checkbox>
            </Flex>
            <Flex gap={2}>
              <Button
                variant="secondary"
                disabled={!file || busy !== undefined}
                loading={busy === "dry-run"}
                onClick={() => void send("dry-run")}
              >
                {t("dry-run")}
              </Button>
              <Button
                disabled={!checked || busy !== undefined}
                loading={busy === "import"}
                onClick={() => void send("import")}
              >
                {t("import")}
              </Button>
            </Flex>
            <div id="import-status" role="status" aria-live="polite">
              {report?.saved ? (
                <Box padding={3} background="success100">
                  <Typography textColor="success700">
                    {t(report.saved.published ? "saved.published" : "saved.draft", {
                      created: report.saved.created,
                      updated: report.saved.updated,
                      unchanged: report.saved.unchanged,
                    })}{" "}
                  </Typography>
                  <Link to={ITEMS_LIST}>{t("saved.link")}</Link>
                </Box>
              ) : checked ? (
                <Typography>{t("checked")}</Typography>
              ) : null}
            </div>
            {problem ? (
              <Box role="alert" padding={3} background="danger100">
                <Typography textColor="danger700">{problem}</Typography>
              </Box>
            ) : null}
            {report ? <ReportView report={report} t={t} /> : null}
          </Flex>
        </Layouts.Content>
      </div>
    </Layouts.Root>
  );
}

/** A table's header row: one column heading per label. */
function HeaderRow({ labels }: { labels: string[] }) {
  return (
    <Thead>
      <Tr>
        {labels.map((label) => (
          <Th key={label}>
            <Typography variant="sigma">{label}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}

function ReportView({
  report,
  t,
}: {
  report: ImportReport;
  t: (id: string, values?: Record<string, string | number>) => string;
}) {
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography tag="h2" variant="delta">
        {t(report.saved ? "report.saved-title" : "report.title", { file: report.file })}
      </Typography>
      {report.encoding ? (
        <Typography>{t("report.encoding", { encoding: report.encoding })}</Typography>
      ) : null}
      {report.notes.map((note) => (
        <Typography key={note}>{t("report.note", { note })}</Typography>
      ))}
      <Typography>{t("report.counts", report.counts)}</Typography>
      {report.errors.length > 0 ? (
        <Box role="alert" padding={3} background="danger100">
          <Typography tag="h3" variant="omega" fontWeight="bold" textColor="danger700">
            {t("errors.title", { count: report.errors.length })}
          </Typography>
          <Table colCount={3} rowCount={report.errors.length + 1}>
            <HeaderRow labels={[t("column.row"), t("column.column"), t("column.problem")]} />
            <Tbody>
              {report.errors.map((error) => (
                <Tr key={`${error.row}:${error.column}:${error.message}`}>
                  <Td>
                    <Typography>{error.row}</Typography>
                  </Td>
                  <Td>
                    <Typography>{error.column}</Typography>
                  </Td>
                  <Td>
                    <Typography style={{ whiteSpace: "normal" }}>{error.message}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      ) : null}
      {report.rows.length > 0 ? (
        <Table colCount={4} rowCount={report.rows.length + 1}>
          <HeaderRow
            labels={[t("column.row"), t("column.inventory"), t("column.action"), t("column.changes")]}
          />
          <Tbody>
            {report.rows.map((row) => (
              <Tr key={row.row}>
                <Td>
                  <Typography>{row.row}</Typography>
                </Td>
                <Td>
                  <Typography>{row.inventoryNumber}</Typography>
                </Td>
                <Td>
                  <Typography>{t(`action.${row.action}`)}</Typography>
                </Td>
                <Td>
                  <Typography style={{ whiteSpace: "normal" }}>
                    {row.changes
                      .map((change) => `${change.column}: ${shown(change.from)} → ${shown(change.to)}`)
                      .join("; ")}
                  </Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
    </Flex>
  );
}

export default ImportPage;
