/**
 * Demo tours. Durations and distances are estimates for the demo (the facts give none): the wall tour
 * walks from the museum to the rampart (about 400 m), around it (about 520 m for a 220 × 100 m oval)
 * and back.
 */
import type { DemoTour } from "./types.ts";

export const DEMO_TOURS: readonly DemoTour[] = [
  {
    slug: { de: "rundgang-starigard", en: "starigard-walk" },
    title: { de: "Rundgang Starigard", en: "Starigard walk" },
    summary: {
      de: "Vom Wallmuseum zum slawischen Ringwall: fünf Stationen zur Geschichte der Wagrier und des Bischofssitzes.",
      en: "From the rampart museum to the Slavic ring fort: five stops on the history of the Wagrians and the bishop's seat.",
    },
    introduction: {
      de: "Der Rundgang beginnt in der Dannauer Scheune des Wallmuseums, führt durch die nachgebauten Häuser und dann zum Oldenburger Wall. An jeder Station steht ein Schild mit QR-Code.",
      en: "The walk starts in the Dannauer Scheune barn of the rampart museum, passes the reconstructed houses and then leads to the Oldenburg rampart. Each stop has a sign with a QR code.",
    },
    durationMinutes: 90,
    distanceMeters: 1400,
    cover: {
      picture: "rampart",
      alt: {
        de: "Demo-Grafik: ovaler Ringwall von oben",
        en: "Demo graphic: oval ring rampart seen from above",
      },
    },
  },
  {
    slug: { de: "st-johannis-entdecken", en: "discover-st-johns" },
    title: { de: "St. Johannis entdecken", en: "Discover St John's" },
    summary: {
      de: "Vier Stationen in und an einer der ältesten Backsteinkirchen Norddeutschlands.",
      en: "Four stops in and around one of the oldest brick churches in northern Germany.",
    },
    introduction: {
      de: "Der kurze Rundgang führt um und durch die St.-Johannis-Kirche: vom Bau unter Bischof Gerold über den Chor von 1329 bis zum Taufengel und zur Turmhaube.",
      en: "This short walk leads around and through St John's Church: from the building under Bishop Gerold and the choir of 1329 to the baptismal angel and the tower cap.",
    },
    durationMinutes: 30,
    distanceMeters: 200,
    cover: {
      picture: "church",
      alt: {
        de: "Demo-Grafik: rote Backsteinkirche mit Turm",
        en: "Demo graphic: red brick church with a tower",
      },
    },
  },
  {
    draft: true,
    slug: { de: "entwurf-malente-zwischen-den-seen", en: "draft-malente-between-the-lakes" },
    title: { de: "ENTWURF: Malente zwischen den Seen", en: "ENTWURF (draft): Malente between the lakes" },
    summary: {
      de: "Entwurf: Stationen, Strecke und Dauer fehlen noch.",
      en: "Draft: stops, route and duration still missing.",
    },
    introduction: {
      de: "Entwurf eines Rundgangs zwischen Dieksee und Kellersee.",
      en: "Draft of a walk between the Dieksee and Kellersee lakes.",
    },
    durationMinutes: 60,
    distanceMeters: 0,
  },
];
