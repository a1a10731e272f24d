import { defineComponent } from "../define.ts";
import { imageFileField, MB } from "../fields.ts";

export const image = defineComponent({
  category: "shared",
  name: "image",
  displayName: { de: "Bild", en: "Image" },
  description: { de: "Ein Bild mit Alt-Text und Bildnachweis.", en: "An image with alt text and credit." },
  fields: {
    file: imageFileField({ de: "Bilddatei", en: "Image file" }),
    alt: {
      kind: "string",
      label: { de: "Alt-Text", en: "Alt text" },
      required: true,
      minLength: 3,
      maxLength: 300,
      help: {
        de: "Alt-Text: beschreibt das Bild für Menschen, die es nicht sehen können. Was ist zu sehen, was ist wichtig?",
        en: "Alt text: describes the image for people who cannot see it. What is shown, what matters?",
      },
    },
    caption: { kind: "string", label: { de: "Bildunterschrift", en: "Caption" }, maxLength: 300 },
    credit: {
      kind: "string",
      label: { de: "Bildnachweis", en: "Credit" },
      maxLength: 200,
      help: { de: "Fotograf oder Quelle.", en: "Photographer or source." },
    },
  },
});

export const geoPoint = defineComponent({
  category: "shared",
  name: "geo-point",
  displayName: { de: "Geo-Position", en: "Geo point" },
  description: { de: "Ein Punkt in WGS 84.", en: "A point in WGS 84." },
  fields: {
    latitude: {
      kind: "decimal",
      label: { de: "Breitengrad", en: "Latitude" },
      required: true,
      min: -90,
      max: 90,
      help: { de: "Zwischen -90 und 90, z. B. 54.2942.", en: "Between -90 and 90, e.g. 54.2942." },
    },
    longitude: {
      kind: "decimal",
      label: { de: "Längengrad", en: "Longitude" },
      required: true,
      min: -180,
      max: 180,
      help: { de: "Zwischen -180 und 180, z. B. 10.8850.", en: "Between -180 and 180, e.g. 10.8850." },
    },
  },
});

export const address = defineComponent({
  category: "shared",
  name: "address",
  displayName: { de: "Adresse", en: "Address" },
  description: { de: "Postanschrift.", en: "Postal address." },
  fields: {
    street: {
      kind: "string",
      label: { de: "Straße und Hausnummer", en: "Street and number" },
      maxLength: 160,
    },
    postalCode: {
      kind: "string",
      label: { de: "Postleitzahl", en: "Postal code" },
      maxLength: 10,
      regex: "^[0-9A-Za-z -]{3,10}$",
    },
    locality: { kind: "string", label: { de: "Ort", en: "Town" }, required: true, maxLength: 120 },
  },
});

export const openingHours = defineComponent({
  category: "place",
  name: "opening-hours",
  displayName: { de: "Öffnungszeit", en: "Opening hours" },
  description: {
    de: "Eine Zeile der Öffnungszeiten, z. B. April bis Oktober, Di–So, 10–17 Uhr.",
    en: "One line of opening hours, e.g. April to October, Tue–Sun, 10:00–17:00.",
  },
  fields: {
    days: {
      kind: "string",
      label: { de: "Tage", en: "Days" },
      required: true,
      maxLength: 80,
      help: { de: "Z. B. „Dienstag bis Sonntag“.", en: "E.g. “Tuesday to Sunday”." },
    },
    opens: { kind: "time", label: { de: "Öffnet", en: "Opens" } },
    closes: { kind: "time", label: { de: "Schließt", en: "Closes" } },
    season: {
      kind: "string",
      label: { de: "Zeitraum", en: "Season" },
      maxLength: 80,
      help: {
        de: "Z. B. „April bis Oktober“; leer lassen, wenn ganzjährig.",
        en: "E.g. “April to October”; empty when all year.",
      },
    },
  },
  rules: [
    {
      kind: "order",
      start: "opens",
      end: "closes",
      message: { de: "„Schließt“ muss nach „Öffnet“ liegen.", en: "“Closes” must be after “Opens”." },
    },
  ],
});

export const annotation = defineComponent({
  category: "scan",
  name: "annotation",
  displayName: { de: "Anmerkung", en: "Annotation" },
  description: {
    de: "Ein Hinweis an einem Punkt des 3D-Modells.",
    en: "A note anchored to a point of the 3D model.",
  },
  fields: {
    title: { kind: "string", label: { de: "Titel", en: "Title" }, required: true, maxLength: 120 },
    text: { kind: "text", label: { de: "Text", en: "Text" }, required: true, maxLength: 2000 },
    position: {
      kind: "json",
      shape: "vec3",
      label: { de: "Punkt [x, y, z]", en: "Point [x, y, z]" },
      required: true,
      help: {
        de: "Koordinaten im Modell, z. B. [0, 1.2, 0.5]. Im Viewer mit „Messen“ ablesbar.",
        en: "Model coordinates, e.g. [0, 1.2, 0.5]. Read them off with the viewer's measure tool.",
      },
    },
    normal: {
      kind: "json",
      shape: "vec3",
      label: { de: "Flächennormale [x, y, z]", en: "Surface normal [x, y, z]" },
    },
    cameraPosition: {
      kind: "json",
      shape: "vec3",
      label: { de: "Kameraposition [x, y, z]", en: "Camera position [x, y, z]" },
      help: {
        de: "Optional: Blickpunkt für die geführte Ansicht.",
        en: "Optional: viewpoint for the guided view.",
      },
    },
    cameraTarget: {
      kind: "json",
      shape: "vec3",
      label: { de: "Kameraziel [x, y, z]", en: "Camera target [x, y, z]" },
    },
  },
});

export const paradata = defineComponent({
  category: "scan",
  name: "paradata",
  displayName: { de: "Paradaten der Aufnahme", en: "Capture paradata" },
  description: {
    de: "Wie, womit und von wem der Scan entstand.",
    en: "How, with what and by whom the scan was made.",
  },
  fields: {
    method: {
      kind: "enumeration",
      values: ["photogrammetry", "structured_light", "laser_scan", "lidar", "procedural", "other"],
      valueLabels: {
        photogrammetry: { de: "Photogrammetrie", en: "Photogrammetry" },
        structured_light: { de: "Streifenlicht", en: "Structured light" },
        laser_scan: { de: "Laserscan", en: "Laser scan" },
        lidar: { de: "LiDAR", en: "LiDAR" },
        procedural: { de: "Rekonstruktion (berechnet)", en: "Reconstruction (computed)" },
        other: { de: "Anderes", en: "Other" },
      },
      label: { de: "Verfahren", en: "Method" },
      required: true,
    },
    device: { kind: "string", label: { de: "Gerät", en: "Device" }, maxLength: 160 },
    capturedOn: { kind: "date", label: { de: "Aufnahmedatum", en: "Capture date" } },
    operator: { kind: "string", label: { de: "Durchgeführt von", en: "Operator" }, maxLength: 160 },
    processing: {
      kind: "text",
      label: { de: "Bearbeitung", en: "Processing" },
      maxLength: 2000,
      help: { de: "Software und Schritte der Nachbearbeitung.", en: "Software and post-processing steps." },
    },
  },
});

export const cameraView = defineComponent({
  category: "scan",
  name: "camera-view",
  displayName: { de: "Kameraansicht", en: "Camera view" },
  description: { de: "Startansicht des 3D-Modells.", en: "Initial view of the 3D model." },
  fields: {
    position: {
      kind: "json",
      shape: "vec3",
      label: { de: "Position [x, y, z]", en: "Position [x, y, z]" },
      required: true,
    },
    target: {
      kind: "json",
      shape: "vec3",
      label: { de: "Ziel [x, y, z]", en: "Target [x, y, z]" },
      required: true,
    },
    fov: {
      kind: "decimal",
      label: { de: "Blickwinkel (Grad)", en: "Field of view (degrees)" },
      min: 10,
      max: 100,
    },
  },
});

export const captionTrack = defineComponent({
  category: "stream",
  name: "caption-track",
  displayName: { de: "Untertitel", en: "Captions" },
  description: {
    de: "Untertitel als WebVTT-Datei für eine Sprache.",
    en: "Captions as a WebVTT file for one language.",
  },
  fields: {
    language: {
      kind: "enumeration",
      values: ["de", "en", "da", "nds"],
      valueLabels: {
        de: { de: "Deutsch", en: "German" },
        en: { de: "Englisch", en: "English" },
        da: { de: "Dänisch", en: "Danish" },
        nds: { de: "Plattdeutsch", en: "Low German" },
      },
      label: { de: "Sprache", en: "Language" },
      required: true,
    },
    label: { kind: "string", label: { de: "Bezeichnung", en: "Label" }, maxLength: 60 },
    file: {
      kind: "media",
      multiple: false,
      allowedTypes: ["files"],
      extensions: [".vtt"],
      maxBytes: 5 * MB,
      label: { de: "WebVTT-Datei", en: "WebVTT file" },
      required: true,
    },
  },
});

export const chapter = defineComponent({
  category: "stream",
  name: "chapter",
  displayName: { de: "Kapitel", en: "Chapter" },
  description: {
    de: "Ein Kapitel der Aufzeichnung, z. B. ein Tagesordnungspunkt.",
    en: "A chapter of the recording, e.g. an agenda item.",
  },
  fields: {
    offsetSeconds: {
      kind: "integer",
      label: { de: "Beginn (Sekunden ab Start)", en: "Start (seconds from the beginning)" },
      required: true,
      min: 0,
    },
    title: { kind: "string", label: { de: "Titel", en: "Title" }, required: true, maxLength: 160 },
    agendaItem: {
      kind: "string",
      label: { de: "Tagesordnungspunkt", en: "Agenda item" },
      maxLength: 20,
      help: { de: "Z. B. „TOP 3“.", en: "E.g. “Item 3”." },
    },
  },
});

/** What a panorama hotspot leads to. */
export const HOTSPOT_KINDS = ["stop", "object", "info"] as const;

export const panoramaHotspot = defineComponent({
  category: "tour",
  name: "panorama-hotspot",
  displayName: { de: "Hotspot im Panorama", en: "Panorama hotspot" },
  description: {
    de: "Ein Punkt im 360°-Panorama: Weg zu einer anderen Station, zu einem Objekt oder ein Infopunkt.",
    en: "A point in the 360° panorama: the way to another stop, to an object, or an information point.",
  },
  fields: {
    kind: {
      kind: "enumeration",
      values: HOTSPOT_KINDS,
      valueLabels: {
        stop: { de: "Weg zu einer Station", en: "Way to a stop" },
        object: { de: "Objekt", en: "Object" },
        info: { de: "Infopunkt", en: "Information point" },
      },
      label: { de: "Art", en: "Kind" },
      required: true,
    },
    label: {
      kind: "string",
      label: { de: "Beschriftung", en: "Label" },
      required: true,
      minLength: 2,
      maxLength: 80,
      help: {
        de: "Der Name des Knopfes im Panorama, z. B. „Weiter zum Burgtor“.",
        en: "The name of the button in the panorama, e.g. “On to the castle gate”.",
      },
    },
    stop: {
      kind: "relation",
      relation: "oneToOne",
      target: "tour-stop",
      label: { de: "Ziel-Station", en: "Target stop" },
      help: { de: "Nur bei der Art „Weg zu einer Station“.", en: "Only for the kind “Way to a stop”." },
    },
    item: {
      kind: "relation",
      relation: "oneToOne",
      target: "heritage-item",
      label: { de: "Ziel-Objekt", en: "Target object" },
      help: { de: "Nur bei der Art „Objekt“.", en: "Only for the kind “Object”." },
    },
    yaw: {
      kind: "decimal",
      label: { de: "Richtung (Grad, 0 = Bildmitte)", en: "Direction (degrees, 0 = image centre)" },
      required: true,
      min: -180,
      max: 360,
      help: {
        de: "Waagerechte Richtung im Panorama: 0 ist die Bildmitte, 90 rechts davon, -90 links.",
        en: "Horizontal direction in the panorama: 0 is the image centre, 90 to its right, -90 to its left.",
      },
    },
    pitch: {
      kind: "decimal",
      label: { de: "Höhe (Grad, 0 = Horizont)", en: "Height (degrees, 0 = horizon)" },
      required: true,
      min: -90,
      max: 90,
    },
    text: {
      kind: "text",
      label: { de: "Text des Infopunkts", en: "Text of the information point" },
      maxLength: 2000,
    },
    image: {
      ...imageFileField({ de: "Bild des Infopunkts", en: "Image of the information point" }, false),
      help: {
        de: "Nur bei der Art „Infopunkt“; wird unter dem Text gezeigt.",
        en: "Only for the kind “Information point”; shown below the text.",
      },
    },
    imageAlt: {
      kind: "string",
      label: { de: "Alt-Text des Bildes", en: "Alt text of the image" },
      maxLength: 300,
      help: {
        de: "Beschreibt das Bild für Menschen, die es nicht sehen. Ohne Alt-Text gilt der Alt-Text aus der Medienbibliothek.",
        en: "Describes the image for people who cannot see it. Without it, the media library's alt text is used.",
      },
    },
    audio: {
      kind: "media",
      multiple: false,
      allowedTypes: ["audios"],
      extensions: [".mp3", ".m4a", ".ogg", ".opus"],
      maxBytes: 20 * MB,
      label: { de: "Ton des Infopunkts", en: "Audio of the information point" },
      help: {
        de: "Nur bei der Art „Infopunkt“; der Text des Infopunkts gibt wieder, was gesprochen wird.",
        en: "Only for the kind “Information point”; the point's text says what is spoken.",
      },
    },
  },
});

export const ALL_COMPONENTS = [
  image,
  geoPoint,
  address,
  openingHours,
  annotation,
  paradata,
  cameraView,
  captionTrack,
  chapter,
  panoramaHotspot,
];
