// Sign sheets for a tour, from the admin: the tours with a preview of their PDF and a download.
// The PDF comes from the CMS's signs endpoint (GET /api/tours/:slug/signs.pdf, src/api/tour/),
// fetched with the staff member's admin session.
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
import { useEffect, useState } from "react";
import { useIntl } from "react-intl";

interface TourRow {
  documentId: string;
  title: string;
  slug: string;
  status?: string;
  publishedAt?: string | null;
}

type Paper = "a4" | "a6";

function SignSheetsPage() {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string>) =>
    formatMessage({ id: `staff-tools.signs.${id}` }, values);
  const { get } = useFetchClient();
  const [tours, setTours] = useState<TourRow[]>();
  const [problem, setProblem] = useState<string>();
  const [paper, setPaper] = useState<Paper>("a4");
  const [draft, setDraft] = useState(false);
  const [busy, setBusy] = useState<string>();

  useEffect(() => {
    get<{ results: TourRow[] }>("/content-manager/collection-types/api::tour.tour", {
      params: { page: 1, pageSize: 100, sort: "title:ASC", locale: "de" },
    }).then(
      (response) => setTours(response.data.results),
      (error: Error) =>
        setProblem(formatMessage({ id: "staff-tools.signs.tours-failed" }, { message: error.message })),
    );
  }, [get, formatMessage]);

  async function pdfOf(tour: TourRow): Promise<Blob | undefined> {
    setBusy(tour.documentId);
    setProblem(undefined);
    try {
      const query = new URLSearchParams({
        ...(paper === "a6" ? { paper } : {}),
        ...(draft ? { status: "draft" } : {}),
      });
      const suffix = query.size > 0 ? `?${query}` : "";
      const response = await get<Blob>(`/api/tours/${encodeURIComponent(tour.slug)}/signs.pdf${suffix}`, {
        responseType: "blob",
        validateStatus: () => true,
      } as never);
      if (response.status !== 200) {
        const text = await response.data.text();
        let message = text;
        try {
          message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
        } catch {}
        setProblem(t("failed", { tour: tour.title, status: String(response.status), message }));
        return undefined;
      }
      return response.data;
    } finally {
      setBusy(undefined);
    }
  }

  // The admin's content security policy allows no PDF in a frame: the preview opens the PDF in a
  // new tab, where the browser's PDF viewer shows it (and prints it).
  async function showPreview(tour: TourRow) {
    const tab = window.open("", "_blank");
    const pdf = await pdfOf(tour);
    if (!pdf) {
      tab?.close();
      return;
    }
    const url = URL.createObjectURL(new Blob([pdf], { type: "application/pdf" }));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  async function download(tour: TourRow) {
    const pdf = await pdfOf(tour);
    if (!pdf) return;
    const url = URL.createObjectURL(new Blob([pdf], { type: "application/pdf" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `schilder-${tour.slug}${paper === "a6" ? "-a6" : ""}.pdf`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <Layouts.Root>
      <Page.Title>{t("title")}</Page.Title>
      <Layouts.Header title={t("title")} subtitle={t("subtitle")} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={6} alignItems="flex-end" wrap="wrap">
            <Box minWidth="260px">
              <Typography tag="label" htmlFor="sign-paper" variant="pi" fontWeight="bold">
                {t("paper")}
              </Typography>
              <SingleSelect
                id="sign-paper"
                aria-label={t("paper")}
                value={paper}
                onChange={(value: string | number) => setPaper(value === "a6" ? "a6" : "a4")}
              >
                <SingleSelectOption value="a4">{t("paper.a4")}</SingleSelectOption>
                <SingleSelectOption value="a6">{t("paper.a6")}</SingleSelectOption>
              </SingleSelect>
            </Box>
            <Checkbox
              checked={draft}
              onCheckedChange={(checked: boolean | "indeterminate") => setDraft(checked === true)}
            >
              {t("draft")}
            </Checkbox>
          </Flex>
          {problem ? (
            <Box role="alert" padding={3} background="danger100">
              <Typography textColor="danger700">{problem}</Typography>
            </Box>
          ) : null}
          {tours && tours.length === 0 ? <Typography>{t("no-tours")}</Typography> : null}
          {tours && tours.length > 0 ? (
            <Table colCount={3} rowCount={tours.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{t("tour")}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t("state")}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t("actions")}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {tours.map((tour) => (
                  <Tr key={tour.documentId}>
                    <Td>
                      <Typography>{tour.title}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral600">
                        {tour.status === "draft" ? t("draft-only") : t("published")}
                      </Typography>
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <Button
                          variant="secondary"
                          loading={busy === tour.documentId}
                          onClick={() => void showPreview(tour)}
                          aria-label={`${t("preview")}: ${tour.title}`}
                        >
                          {t("preview")}
                        </Button>
                        <Button
                          onClick={() => void download(tour)}
                          disabled={busy === tour.documentId}
                          aria-label={`${t("download")}: ${tour.title}`}
                        >
                          {t("download")}
                        </Button>
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : null}
          {busy ? <Typography textColor="neutral600">{t("loading")}</Typography> : null}
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}

export default SignSheetsPage;
