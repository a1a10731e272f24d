import { useFetchClient } from "@strapi/strapi/admin";
import { useEffect, useState } from "react";
// The answer's shape is the server's own (type-only imports: nothing of the server is bundled).
import type { PublishBuildState as BuildState } from "../../staff-home/site-build-status";
import type { EntryRef, StaffOverview } from "../../staff-home/staff-overview";

export type { BuildState, EntryRef, StaffOverview };

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
