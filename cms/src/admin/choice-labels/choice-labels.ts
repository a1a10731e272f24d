// The words staff read for the codes of choice (enumeration) fields, from the content model's
// `valueLabels` (content-types/src/model, licences.ts): "cc_by_4" is "CC BY 4.0 (Namensnennung)".
import model from "../../generated/content-model.json";

export type AdminLanguage = "de" | "en";
export type ChoiceTranslations = Record<AdminLanguage, Record<string, string>>;

interface ModelField {
  kind: string;
  values?: string[];
  valueLabels?: Record<string, Record<AdminLanguage, string>>;
}

interface ModelPart {
  name: string;
  fields: Record<string, ModelField>;
}

const { contentTypes, components } = model as unknown as {
  contentTypes: ModelPart[];
  components: ModelPart[];
};

/**
 * Admin translations keyed by the code itself: Strapi's edit view and list filters show an
 * enumeration option as `formatMessage({ id: code, defaultMessage: code })`. The keys are global,
 * so one code must mean the same words in every field that has it; a model where it does not
 * fails here (and in the unit test) instead of showing the wrong words.
 */
export function choiceTranslations(
  parts: readonly ModelPart[] = [...contentTypes, ...components],
): ChoiceTranslations {
  const translations: ChoiceTranslations = { de: {}, en: {} };
  const source = new Map<string, string>();
  for (const part of parts) {
    for (const [name, field] of Object.entries(part.fields)) {
      if (field.kind !== "enumeration") continue;
      for (const code of field.values ?? []) {
        const label = field.valueLabels?.[code];
        if (!label)
          throw new Error(`content model: ${part.name}.${name} has no label for the choice "${code}"`);
        for (const language of ["de", "en"] as const) {
          const known = translations[language][code];
          if (known !== undefined && known !== label[language]) {
            throw new Error(
              `content model: the choice "${code}" reads "${known}" in ${source.get(code)} but "${label[language]}" in ${part.name}.${name}; give one of them another code`,
            );
          }
          translations[language][code] = label[language];
        }
        source.set(code, `${part.name}.${name}`);
      }
    }
  }
  return translations;
}
