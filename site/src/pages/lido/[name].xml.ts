/**
 * LIDO 1.1 for museum portals (Deutsche Digitale Bibliothek, Europeana, museum-digital): one record
 * per heritage item at `/lido/<german slug>.xml` and all of them in `/lido/alle.xml`, built by the
 * shared builder in content-types (the export CLI and the CMS's OAI-PMH endpoint write the same
 * records). One route for both, so an item whose slug is "alle" cannot shadow the wrap: it is
 * left out of the single files with a build warning and stays in the wrap.
 */
import {
  type LidoContext,
  type LidoRecordInput,
  type LidoSourceLocale,
  lidoDocument,
  lidoRecord,
  lidoRecordInputs,
  lidoSlugOf,
  lidoWrap,
} from "@showroom/content-types/lido";
import { LIDO_WRAP_NAME } from "@showroom/content-types/url-scheme";
import type { APIRoute } from "astro";
import { getSiteContent, type SiteContent } from "../../lib/content/site-content.ts";

type Props = { input: LidoRecordInput } | { wrap: true };

function inputsOf(content: SiteContent): LidoRecordInput[] {
  const locale = (language: "de" | "en"): LidoSourceLocale => {
    const c = content.byLocale[language];
    return { items: c.items, places: c.places, scans: c.scans, stops: c.stops };
  };
  return lidoRecordInputs({ de: locale("de"), en: locale("en") });
}

function contextOf(content: SiteContent, site: URL | undefined): LidoContext {
  const settings = content.byLocale.de.settings ?? content.byLocale.en.settings;
  const siteUrl = site?.href ?? "http://localhost:4321/";
  return {
    siteUrl,
    recordSource: {
      name: settings?.operator?.trim() || settings?.siteName || new URL(siteUrl).host,
      url: siteUrl,
    },
  };
}

let inputs: Promise<LidoRecordInput[]> | undefined;
function allInputs(): Promise<LidoRecordInput[]> {
  inputs ??= getSiteContent().then(inputsOf);
  return inputs;
}

export async function getStaticPaths() {
  const all = await allInputs();
  const paths: { params: { name: string }; props: Props }[] = [];
  for (const input of all) {
    const slug = lidoSlugOf(input);
    if (slug === LIDO_WRAP_NAME) {
      console.warn(
        `LIDO: the heritage item with the slug "${slug}" is only in /lido/${LIDO_WRAP_NAME}.xml (that file name is taken by the wrap); give it another slug.`,
      );
      continue;
    }
    paths.push({ params: { name: slug }, props: { input } });
  }
  // The schema needs one record at least: without items there is no wrap.
  if (all.length > 0) paths.push({ params: { name: LIDO_WRAP_NAME }, props: { wrap: true } });
  return paths;
}

export const GET: APIRoute = async ({ props, site }) => {
  const context = contextOf(await getSiteContent(), site);
  const body =
    "wrap" in (props as Props)
      ? lidoWrap((await allInputs()).map((input) => lidoRecord(input, context, { schemaLocation: false })))
      : lidoDocument((props as { input: LidoRecordInput }).input, context);
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
};
