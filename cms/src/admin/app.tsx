import type { StrapiApp } from "@strapi/strapi/admin";
import { choiceTranslations } from "./choice-labels/choice-labels";
import { registerChoiceLabels } from "./choice-labels/register-choice-labels";
import { registerHotspotEditor } from "./hotspot-editor/register-hotspot-editor";
import { registerLivePanel } from "./live/register-live-panel";
import { registerMapPicker } from "./map-picker/register-map-picker";
import { registerPreviewPane } from "./preview-pane/register-preview-pane";
import { registerSlugFollowsTitle } from "./slug-follows-title/register-slug-follows-title";
import { registerStaffHome } from "./staff-home/register-staff-home";
import { registerStaffTools } from "./staff-tools/register-staff-tools";
import { registerWholeNumbers, withAdminStrings } from "./translations";
import { translateKeylessStrings } from "./translations/keyless-german";

// Strapi's admin key for the interface language; it falls back to English when unset.
const LANGUAGE_KEY = "strapi-admin-language";

export default {
  config: {
    // Museum staff work in German; Strapi always keeps English selectable in the profile.
    locales: ["de"],
    tutorials: false,
    notifications: { releases: false },
    // Choice codes ("cc_by_4", "concert") shown as words; other tables: merge per language here.
    // German for the strings Strapi ships in English only (translations/de-strapi-gaps.ts).
    translations: withAdminStrings(choiceTranslations()),
  },
  register(app: StrapiApp) {
    registerStaffHome(app);
    registerStaffTools(app);
    // German first: set before the admin renders, unless the person already chose a language.
    // Users created at bootstrap also carry preferedLanguage "de", applied at login.
    if (typeof window !== "undefined" && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, "de");
    }
  },
  bootstrap(app: StrapiApp) {
    registerChoiceLabels(app);
    registerSlugFollowsTitle(app);
    registerLivePanel(app);
    registerMapPicker(app);
    registerHotspotEditor(app);
    registerWholeNumbers(app);
    registerPreviewPane(app);
    translateKeylessStrings();
  },
};
