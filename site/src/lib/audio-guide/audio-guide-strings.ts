/** The audio guide's texts: the stop page's player and its island (which bundles only this table). */
import { stringTable } from "../i18n/string-table.ts";

export const audioGuideStrings = stringTable("audio guide texts", {
  de: {
    play: "Abspielen",
    pause: "Pause",
    duration: "Dauer",
    position: "Position im Audioguide",
    back: "10 s zurück",
    autoAdvance: "Danach automatisch zur nächsten Station",
    continueTo: (n: number) => `Weiter zu Station ${n}`,
    ended: "Zu Ende gehört.",
    advancing: (n: number) => `Weiter zu Station ${n} …`,
    tourEnd: "Das war die letzte Station der Tour.",
    unavailable: "Der Audioguide lässt sich gerade nicht abspielen. Das Transkript steht darunter.",
    stopLabel: (n: number, total: number, tour: string) => `Station ${n} von ${total} · ${tour}`,
  },
  en: {
    play: "Play",
    pause: "Pause",
    duration: "Length",
    position: "Position in the audio guide",
    back: "Back 10 s",
    autoAdvance: "Then go on to the next stop automatically",
    continueTo: (n: number) => `Continue to stop ${n}`,
    ended: "Finished.",
    advancing: (n: number) => `On to stop ${n} …`,
    tourEnd: "That was the last stop of the tour.",
    unavailable: "The audio guide cannot be played right now. The transcript is below.",
    stopLabel: (n: number, total: number, tour: string) => `Stop ${n} of ${total} · ${tour}`,
  },
});

export type AudioGuideStrings = ReturnType<typeof audioGuideStrings>;
