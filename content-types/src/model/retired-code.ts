import { defineContentType } from "../define.ts";

/**
 * QR codes are printed on signs that stay outdoors for years: a code, once used, stays reserved here
 * after its stop is deleted or renumbered, so it is never handed to another stop and its URL keeps
 * answering with a helpful page.
 */
export const retiredCode = defineContentType({
  name: "retired-code",
  pluralName: "retired-codes",
  kind: "collectionType",
  displayName: { de: "Stillgelegter QR-Code", en: "Retired QR code" },
  description: {
    de: "QR-Codes gelöschter Stationen. Sie bleiben reserviert und werden nie neu vergeben.",
    en: "QR codes of deleted stops. They stay reserved and are never reused.",
  },
  titleField: "code",
  localized: false,
  listFields: ["code", "formerTitle", "retiredAt"],
  fields: {
    code: {
      kind: "string",
      label: { de: "QR-Kurzcode", en: "QR short code" },
      required: true,
      unique: true,
      regex: "^[A-Z0-9]{2,12}$",
    },
    formerTitle: { kind: "string", label: { de: "Frühere Station", en: "Former stop" }, maxLength: 160 },
    formerTourSlug: {
      kind: "string",
      label: { de: "Frühere Tour (Kürzel)", en: "Former tour (slug)" },
      maxLength: 160,
    },
    retiredAt: { kind: "datetime", label: { de: "Stillgelegt am", en: "Retired on" } },
  },
});
