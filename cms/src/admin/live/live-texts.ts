/** The panel's words in the admin's two languages (German first, as staff work in German). */
export const LIVE_TEXTS = {
  de: {
    title: "Live senden",
    saveFirst: "Erst speichern: dann gibt es Server und Stream-Schlüssel für OBS oder die Handy-App.",
    server: "Server (RTMP)",
    key: "Stream-Schlüssel",
    copy: "Kopieren",
    copied: "Kopiert",
    howTo:
      "In OBS: Einstellungen → Stream → Dienst „Benutzerdefiniert“, Server und Schlüssel von hier einfügen, „Stream starten“. Die Aufzeichnung wird am Ende automatisch angehängt.",
    caption: "Untertitel live",
    captionHint: "Eingabetaste sendet die Zeile in den laufenden Stream.",
    send: "Senden",
    sent: "Gesendet",
    notLive: "Die Veranstaltung ist gerade nicht live: Untertitel gehen nur in einen laufenden Stream.",
    captionFailed: "Der Untertitel kam nicht an: läuft der Live-Empfang? Bitte erneut senden.",
    noKey: "Server und Stream-Schlüssel konnten nicht geladen werden. Seite neu laden.",
  },
  en: {
    title: "Go live",
    saveFirst: "Save first: then there is a server and a stream key for OBS or the phone app.",
    server: "Server (RTMP)",
    key: "Stream key",
    copy: "Copy",
    copied: "Copied",
    howTo:
      "In OBS: Settings → Stream → Service “Custom”, paste server and key from here, “Start streaming”. The recording is attached automatically at the end.",
    caption: "Live captions",
    captionHint: "Enter sends the line into the running stream.",
    send: "Send",
    sent: "Sent",
    notLive: "The event is not live right now: captions go into a running stream only.",
    captionFailed: "The caption did not arrive: is the live ingest running? Please send again.",
    noKey: "Could not load the server and stream key. Reload the page.",
  },
} as const;

/** The admin's interface language (Strapi keeps it in localStorage), German unless English is chosen. */
export function liveLanguage(): keyof typeof LIVE_TEXTS {
  const chosen = typeof window === "undefined" ? "de" : window.localStorage.getItem("strapi-admin-language");
  return chosen === "en" ? "en" : "de";
}
