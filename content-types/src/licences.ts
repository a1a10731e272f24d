import type { Bilingual } from "./define.ts";

/** Licences an entry may carry. The values are code names; labels and URLs are for display. */
export const LICENCES = ["cc0", "cc_by_4", "cc_by_sa_4", "pdm", "all_rights_reserved"] as const;
export type Licence = (typeof LICENCES)[number];

export interface LicenceInfo {
  label: Bilingual;
  /** SPDX identifier where one exists, for machine-readable output. */
  spdx?: string;
  url?: string;
  /** Whether the licence obliges users to name the author or rights holder. */
  needsAttribution: boolean;
}

export const LICENCE_INFO: Record<Licence, LicenceInfo> = {
  cc0: {
    label: { de: "CC0 1.0 (gemeinfrei gewidmet)", en: "CC0 1.0 (public domain dedication)" },
    spdx: "CC0-1.0",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
    needsAttribution: false,
  },
  cc_by_4: {
    label: { de: "CC BY 4.0 (Namensnennung)", en: "CC BY 4.0 (Attribution)" },
    spdx: "CC-BY-4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
    needsAttribution: true,
  },
  cc_by_sa_4: {
    label: {
      de: "CC BY-SA 4.0 (Namensnennung, Weitergabe unter gleichen Bedingungen)",
      en: "CC BY-SA 4.0 (Attribution-ShareAlike)",
    },
    spdx: "CC-BY-SA-4.0",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    needsAttribution: true,
  },
  pdm: {
    label: { de: "Public Domain Mark 1.0 (gemeinfrei)", en: "Public Domain Mark 1.0" },
    url: "https://creativecommons.org/publicdomain/mark/1.0/",
    needsAttribution: false,
  },
  all_rights_reserved: {
    label: { de: "Alle Rechte vorbehalten", en: "All rights reserved" },
    needsAttribution: true,
  },
};

export const LICENCE_VALUE_LABELS = Object.fromEntries(
  LICENCES.map((licence) => [licence, LICENCE_INFO[licence].label]),
) as Record<Licence, Bilingual>;
