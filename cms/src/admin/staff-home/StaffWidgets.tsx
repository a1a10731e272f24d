// The staff home page's widgets (registered in register-staff-home.ts): what happened to the last
// publishes, what went wrong, and what is waiting, each with a link to the entry.
import { Badge, Box, Flex, Link, Typography } from "@strapi/design-system";
import type { ReactNode } from "react";
import { useIntl } from "react-intl";
import { NavLink } from "react-router-dom";
import model from "../../generated/content-model.json";
import {
  type BuildState,
  type EntryRef,
  editPath,
  type StaffOverview,
  useStaffOverview,
} from "./use-staff-overview";

const typeNames = new Map(
  (
    model as unknown as { contentTypes: { name: string; displayName: { de: string; en: string } }[] }
  ).contentTypes.map((type) => [type.name, type.displayName]),
);

function useWords() {
  const intl = useIntl();
  const language = intl.locale.startsWith("de") ? "de" : "en";
  return {
    t: (id: string, values?: Record<string, string>) =>
      intl.formatMessage({ id: `staff-home.${id}` }, values),
    time: (value: string) =>
      intl.formatDate(value, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }),
    typeName: (type: string) => typeNames.get(type)?.[language] ?? type,
  };
}

function Loaded({ children }: { children: (data: StaffOverview) => ReactNode }) {
  const { data, error } = useStaffOverview();
  const { t } = useWords();
  if (error) return <Typography textColor="danger600">{t("error", { message: error })}</Typography>;
  if (!data) return <Typography textColor="neutral600">{t("loading")}</Typography>;
  return <>{children(data)}</>;
}

function EntryLink({ entry }: { entry: EntryRef }) {
  return (
    <Link tag={NavLink} to={editPath(entry)}>
      {entry.title}
    </Link>
  );
}

function Rows({ children, empty }: { children: ReactNode[]; empty: string }) {
  if (children.length === 0) return <Typography textColor="neutral600">{empty}</Typography>;
  return (
    <Box tag="ul" width="100%">
      {children}
    </Box>
  );
}

function Row({ children }: { children: ReactNode }) {
  return (
    <Box tag="li" paddingBottom={3}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        {children}
      </Flex>
    </Box>
  );
}

const STATE_COLOURS: Record<BuildState, { text: string; bg: string }> = {
  live: { text: "success700", bg: "success100" },
  waiting: { text: "neutral700", bg: "neutral150" },
  building: { text: "primary700", bg: "primary100" },
  failed: { text: "danger700", bg: "danger100" },
  unknown: { text: "neutral700", bg: "neutral150" },
};

export function RecentPublishesWidget() {
  const { t, time, typeName } = useWords();
  return (
    <Loaded>
      {(data) => (
        <Rows empty={t("publishes.empty")}>
          {data.recentPublishes.map((entry) => (
            <Row key={`${entry.type}:${entry.documentId}:${entry.locale}`}>
              <EntryLink entry={entry} />
              <Typography variant="pi" textColor="neutral600">
                {typeName(entry.type)} · {entry.locale.toUpperCase()} · {time(entry.publishedAt)}
              </Typography>
              <Flex gap={2} wrap="wrap">
                <Badge
                  textColor={STATE_COLOURS[entry.buildState].text}
                  backgroundColor={STATE_COLOURS[entry.buildState].bg}
                >
                  {t(`state.${entry.buildState}`)}
                </Badge>
                {entry.publicUrl ? (
                  <Link href={entry.publicUrl} isExternal>
                    {t("view-on-site")}
                  </Link>
                ) : null}
              </Flex>
            </Row>
          ))}
        </Rows>
      )}
    </Loaded>
  );
}

export function SiteBuildWidget() {
  const { t, time, typeName } = useWords();
  return (
    <Loaded>
      {({ build }) => {
        if (!build.known) return <Typography>{t("build.unknown", { reason: build.reason })}</Typography>;
        if (build.lastError)
          return (
            <Flex direction="column" alignItems="flex-start" gap={2}>
              <Typography textColor="danger600" fontWeight="bold">
                {t("build.failed", { time: time(build.lastError.finishedAt) })}
              </Typography>
              <Box tag="pre" padding={2} background="neutral100" style={{ whiteSpace: "pre-wrap" }}>
                <Typography variant="pi">{build.lastError.error}</Typography>
              </Box>
              {build.lastError.entries.length > 0 ? (
                <>
                  <Typography>{t("build.entries")}</Typography>
                  <Rows empty="">
                    {build.lastError.entries.map((entry) => (
                      <Row key={`${entry.type}:${entry.documentId}`}>
                        <EntryLink entry={entry} />
                        <Typography variant="pi" textColor="neutral600">
                          {typeName(entry.type)}
                        </Typography>
                      </Row>
                    ))}
                  </Rows>
                </>
              ) : null}
            </Flex>
          );
        if (build.state === "building") return <Typography>{t("build.running")}</Typography>;
        return (
          <Typography>
            {build.lastSuccessAt ? t("build.ok", { time: time(build.lastSuccessAt) }) : t("build.never")}
          </Typography>
        );
      }}
    </Loaded>
  );
}

export function FailedScansWidget() {
  const { t, time } = useWords();
  return (
    <Loaded>
      {(data) => (
        <Rows empty={t("scans.empty")}>
          {data.failedScans.map((scan) => (
            <Row key={scan.documentId}>
              <EntryLink entry={scan} />
              <Typography variant="pi" textColor="neutral600">
                {time(scan.updatedAt)}
              </Typography>
              <Typography textColor="danger600">{scan.message}</Typography>
            </Row>
          ))}
        </Rows>
      )}
    </Loaded>
  );
}

export function UpcomingEventsWidget() {
  const { t, time } = useWords();
  return (
    <Loaded>
      {(data) => (
        <Rows empty={t("events.empty")}>
          {data.upcomingEvents.map((event) => (
            <Row key={`${event.documentId}:${event.locale}`}>
              <EntryLink entry={event} />
              <Typography variant="pi" textColor="neutral600">
                {time(event.start)}
                {event.published ? "" : ` · ${t("events.not-published")}`}
              </Typography>
            </Row>
          ))}
        </Rows>
      )}
    </Loaded>
  );
}

export function DraftsWidget() {
  const { t, time, typeName } = useWords();
  return (
    <Loaded>
      {(data) => (
        <Rows empty={t("drafts.empty")}>
          {data.drafts.map((draft) => (
            <Row key={`${draft.type}:${draft.documentId}:${draft.locale}`}>
              <EntryLink entry={draft} />
              <Typography variant="pi" textColor="neutral600">
                {typeName(draft.type)} · {draft.locale.toUpperCase()} · {time(draft.updatedAt)} ·{" "}
                {t(draft.neverPublished ? "drafts.never" : "drafts.modified")}
              </Typography>
            </Row>
          ))}
        </Rows>
      )}
    </Loaded>
  );
}
