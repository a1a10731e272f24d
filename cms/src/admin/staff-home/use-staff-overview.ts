import { useFetchClient } from "@strapi/strapi/admin";
import { useEffect, useState } from "react";

export type BuildState = "live" | "waiting" | "building" | "failed" | "unknown";

export interface EntryRef {
  type: string;
  documentId: string;
  locale: string;
  title: string;
}

/** The answer of GET /staff-home/overview (cms/src/staff-home/staff-overview.ts). */
export interface StaffOverview {
  recentPublishes: (EntryRef & { publishedAt: string; publicUrl?: string; buildState: BuildState })[];
  build:
    | { known: false; reason: string }
    | {
        known: true;
        state: string;
        lastSuccessAt?: string;
        lastError?: { finishedAt: string; error: string; entries: EntryRef[] };
      };
  failedScans: (EntryRef & { message: string; updatedAt: string })[];
  upcomingEvents: (EntryRef & { start: string; published: boolean })[];
  drafts: (EntryRef & { updatedAt: string; neverPublished: boolean })[];
}

// The five widgets share one request per page view.
let shared: { at: number; request: Promise<StaffOverview> } | undefined;
const FRESH_MS = 5000;

export function useStaffOverview(): { data?: StaffOverview; error?: string } {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ data?: StaffOverview; error?: string }>({});
  useEffect(() => {
    if (!shared || Date.now() - shared.at > FRESH_MS) {
      shared = {
        at: Date.now(),
        request: get<StaffOverview>("/staff-home/overview").then((response) => response.data),
      };
    }
    let active = true;
    shared.request.then(
      (data) => active && setState({ data }),
      (error: Error) => active && setState({ error: error.message }),
    );
    return () => {
      active = false;
    };
  }, [get]);
  return state;
}

/** The content manager's edit view of an entry, in its language. */
export function editPath(entry: EntryRef): string {
  const uid = `api::${entry.type}.${entry.type}`;
  return `/content-manager/collection-types/${uid}/${entry.documentId}?plugins[i18n][locale]=${entry.locale}`;
}
