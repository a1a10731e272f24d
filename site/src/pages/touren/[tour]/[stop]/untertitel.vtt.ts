// The caption track of a stop's audio guide, cut from its transcript (lib/audio-guide/captions.ts).
import type { APIRoute } from "astro";
import { captionsResponse, captionsStaticPaths } from "../../../../lib/audio-guide/captions-route.ts";

export const getStaticPaths = () => captionsStaticPaths("de");
export const GET: APIRoute = ({ props }) => captionsResponse(props);
