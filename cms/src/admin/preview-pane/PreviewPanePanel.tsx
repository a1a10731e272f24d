import { useFetchClient, useForm } from "@strapi/admin/strapi-admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useEffect, useState } from "react";
import { useIntl } from "react-intl";
import { type PreviewPaneLabels, previewPaneLabels } from "./preview-pane-labels";

/** Strapi's admin endpoint that answers the preview URL of a document (config/admin.ts `preview`). */
const previewUrlPath = (model: string) => `/content-manager/preview/url/${model}`;

/**
 * The page of the entry as the site will show it, beside the form: the same signed preview link
 * Strapi's "Vorschau" button opens (src/preview/), in a frame that reloads after every save (the
 * document's `updatedAt` changes). The preview server allows framing by the admin's origin only.
 * Shown only for saved entries of types with a page, and only while the preview is configured.
 */
export const PreviewPanePanel: PanelComponent = ({ model, documentId, document }) => {
  const labels = previewPaneLabels(useIntl().locale);
  const { get } = useFetchClient();
  const locale = typeof document?.locale === "string" ? document.locale : undefined;
  const version = typeof document?.updatedAt === "string" ? document.updatedAt : undefined;
  const [url, setUrl] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!documentId || !version) return;
    let active = true;
    get(previewUrlPath(model), { params: { documentId, ...(locale ? { locale } : {}), status: "draft" } })
      .then(({ data }) => {
        const next = (data as { data?: { url?: string } } | undefined)?.data?.url;
        if (active) setUrl(next);
      })
      .catch(() => active && setUrl(undefined));
    return () => {
      active = false;
    };
  }, [get, model, documentId, locale, version]);

  if (!documentId || !url) return null;
  return { title: labels.title, content: <PreviewPane url={url} labels={labels} /> };
};

function PreviewPane({ url, labels }: { url: string; labels: PreviewPaneLabels }) {
  const modified = useForm("PreviewPane", (form) => form.modified);
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  const loading = loaded !== url;
  return (
    <div style={{ width: "100%" }}>
      {modified && <p style={{ fontSize: "1.2rem", marginBottom: 8 }}>{labels.unsaved}</p>}
      <p aria-live="polite" style={{ fontSize: "1.2rem", marginBottom: 8, minHeight: "1.6rem" }}>
        {loading ? labels.building : ""}
      </p>
      <iframe
        // A new link after each save: a new frame, so the page is built from the saved draft.
        key={url}
        src={url}
        title={labels.frame}
        data-testid="preview-pane"
        referrerPolicy="no-referrer"
        onLoad={() => setLoaded(url)}
        style={{
          width: "100%",
          height: 560,
          border: "1px solid #c0c0cf",
          borderRadius: 4,
          background: "#ffffff",
          opacity: loading ? 0.5 : 1,
        }}
      />
      <p style={{ fontSize: "1.2rem", marginTop: 8 }}>
        <a href={url} target="_blank" rel="noopener noreferrer">
          {labels.openWide}
        </a>
      </p>
    </div>
  );
}
