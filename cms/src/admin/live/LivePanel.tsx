import { useFetchClient } from "@strapi/admin/strapi-admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { Button, Field, Flex, TextInput, Typography } from "@strapi/design-system";
import { type KeyboardEvent, useEffect, useState } from "react";
import { LIVE_TEXTS, liveLanguage } from "./live-texts";

const EVENT_STREAM_UID = "api::event-stream.event-stream";

interface LiveInfo {
  streamKey: string;
  ingestUrl: string;
}

/** A read-only value with a button that copies it (server address, stream key). */
function CopyField({
  label,
  value,
  copyLabel,
  copied,
}: {
  label: string;
  value: string;
  copyLabel: string;
  copied: string;
}) {
  const [done, setDone] = useState(false);
  return (
    <Field.Root width="100%">
      <Field.Label>{label}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <TextInput
          readOnly
          value={value}
          aria-label={label}
          onFocus={(event: { target: HTMLInputElement }) => event.target.select()}
        />
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setDone(true));
          }}
        >
          {done ? copied : copyLabel}
        </Button>
      </Flex>
    </Field.Root>
  );
}

/**
 * "Live senden" beside the event form: the RTMP server and the event's stream key to copy into OBS
 * or a phone app, and a caption box whose lines go into the running stream (cms/src/live/).
 */
export const LivePanel: PanelComponent = ({ model, documentId }) => {
  const { get, post } = useFetchClient();
  const t = LIVE_TEXTS[liveLanguage()];
  const [info, setInfo] = useState<LiveInfo | undefined>();
  const [problem, setProblem] = useState("");
  const [caption, setCaption] = useState("");
  const [sent, setSent] = useState("");
  const isEvent = model === EVENT_STREAM_UID && Boolean(documentId);

  useEffect(() => {
    if (!isEvent) return;
    get<LiveInfo>(`/live/events/${documentId}`)
      .then((response) => setInfo(response.data))
      .catch(() => setProblem(t.noKey));
  }, [isEvent, documentId, get, t.noKey]);

  if (model !== EVENT_STREAM_UID) return null;
  if (!documentId) return { title: t.title, content: <Typography>{t.saveFirst}</Typography> };

  // No <form>: the panel sits inside the edit view's form, and Enter there would save the entry.
  const send = async () => {
    const text = caption.trim();
    if (!text) return;
    try {
      await post(`/live/events/${documentId}/captions`, { text });
      setSent(text);
      setCaption("");
      setProblem("");
    } catch (error) {
      const failure = error as { status?: number; response?: { status?: number } };
      const status = failure.status ?? failure.response?.status;
      setProblem(status === 409 ? t.notLive : t.captionFailed);
    }
  };

  return {
    title: t.title,
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%">
        {info && (
          <>
            <CopyField label={t.server} value={info.ingestUrl} copyLabel={t.copy} copied={t.copied} />
            <CopyField label={t.key} value={info.streamKey} copyLabel={t.copy} copied={t.copied} />
            <Typography variant="pi" textColor="neutral600">
              {t.howTo}
            </Typography>
          </>
        )}
        <Field.Root width="100%" hint={t.captionHint}>
          <Field.Label>{t.caption}</Field.Label>
          <TextInput
            value={caption}
            onChange={(event: { target: HTMLInputElement }) => setCaption(event.target.value)}
            onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
              if (event.key !== "Enter") return;
              event.preventDefault();
              void send();
            }}
          />
          <Field.Hint />
        </Field.Root>
        <Button onClick={() => void send()}>{t.send}</Button>
        <div role="status" aria-live="polite">
          <Typography variant="pi">{problem || (sent ? `${t.sent}: „${sent}“` : "")}</Typography>
        </div>
      </Flex>
    ),
  };
};
