export * from "./locales.ts";
export * from "./routes.ts";
export * from "./ui.ts";
