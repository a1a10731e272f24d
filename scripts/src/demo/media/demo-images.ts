/**
 * Demo pictures, drawn as SVG and rendered to PNG with sharp. Flat pictograms, no text except a small
 * "DEMO" mark, so one file serves every locale and the alt text (per locale) says what is shown.
 * Deterministic: the same key always renders the same pixels.
 */
import sharp from "sharp";
import type { DemoPictureKey } from "../demo-content/types.ts";

export const DEMO_IMAGE_WIDTH = 960;
export const DEMO_IMAGE_HEIGHT = 640;

const SKY = "#e8eef2";
const GRASS = "#5d8a3a";
const BRICK = "#a5442f";
const WOOD = "#8a6239";
const ROOF = "#5b3a24";
const WATER = "#3d7fb3";
const BRASS = "#c8a046";
const INK = "#1f2a33";

function gable(x: number, y: number, w: number, h: number, wall: string, roof: string): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/>
    <polygon points="${x - 20},${y} ${x + w / 2},${y - h * 0.7} ${x + w + 20},${y}" fill="${roof}"/>`;
}

function church(x: number, scale = 1): string {
  const s = scale;
  return `<g transform="translate(${x} 0) scale(${s})">
    <rect x="0" y="300" width="300" height="200" fill="${BRICK}"/>
    <polygon points="-15,300 150,210 315,300" fill="${ROOF}"/>
    <rect x="300" y="180" width="90" height="320" fill="${BRICK}"/>
    <path d="M300 180 Q345 90 390 180 Z" fill="#2f5a4a"/>
    <rect x="340" y="70" width="10" height="60" fill="#2f5a4a"/>
    ${[40, 120, 200].map((wx) => `<path d="M${wx} 440 v-70 a25 25 0 0 1 50 0 v70 z" fill="#f0d9a0"/>`).join("")}
  </g>`;
}

const PICTURES: Record<DemoPictureKey, string> = {
  rampart: `<rect width="960" height="640" fill="${GRASS}"/>
    <ellipse cx="480" cy="320" rx="400" ry="200" fill="none" stroke="#3e6b22" stroke-width="90"/>
    <ellipse cx="480" cy="320" rx="400" ry="200" fill="none" stroke="#86b25a" stroke-width="30"/>
    <ellipse cx="480" cy="320" rx="300" ry="120" fill="#78a24c"/>`,
  museum: `<rect width="960" height="640" fill="${SKY}"/><rect y="500" width="960" height="140" fill="${GRASS}"/>
    ${gable(120, 300, 380, 200, WOOD, ROOF)}<rect x="270" y="380" width="80" height="120" fill="${INK}"/>
    ${gable(600, 400, 120, 100, WOOD, ROOF)}${gable(770, 420, 100, 80, WOOD, ROOF)}`,
  house: `<rect width="960" height="640" fill="${SKY}"/><rect y="500" width="960" height="140" fill="${GRASS}"/>
    ${gable(300, 300, 360, 200, WOOD, ROOF)}
    ${[330, 370, 410, 450].map((y) => `<line x1="300" x2="660" y1="${y}" y2="${y}" stroke="${ROOF}" stroke-width="4"/>`).join("")}
    <rect x="440" y="390" width="80" height="110" fill="${INK}"/>`,
  church: `<rect width="960" height="640" fill="${SKY}"/><rect y="500" width="960" height="140" fill="${GRASS}"/>${church(250)}`,
  angel: `<rect width="960" height="640" fill="#f3efe6"/>
    <path d="M480 260 C360 160 220 200 160 320 C260 300 360 320 470 360 Z" fill="${BRASS}"/>
    <path d="M480 260 C600 160 740 200 800 320 C700 300 600 320 490 360 Z" fill="${BRASS}"/>
    <circle cx="480" cy="210" r="45" fill="#e2c79a"/>
    <path d="M430 270 L530 270 L570 520 L390 520 Z" fill="#fafafa" stroke="#c9c2b2" stroke-width="6"/>
    <line x1="480" y1="0" x2="480" y2="165" stroke="${INK}" stroke-width="4"/>`,
  tower: `<rect width="960" height="640" fill="${SKY}"/><rect y="560" width="960" height="80" fill="${GRASS}"/>
    <rect x="400" y="260" width="160" height="300" fill="${BRICK}"/>
    <path d="M390 260 Q400 200 450 190 Q480 120 510 190 Q560 200 570 260 Z" fill="#2f5a4a"/>
    <rect x="474" y="60" width="12" height="80" fill="#2f5a4a"/>`,
  choir: `<rect width="960" height="640" fill="${BRICK}"/>
    ${[200, 420, 640].map((x) => `<path d="M${x} 560 V260 Q${x + 60} 120 ${x + 120} 260 V560 Z" fill="#f0d9a0" stroke="${ROOF}" stroke-width="8"/>`).join("")}`,
  lakes: `<rect width="960" height="640" fill="${GRASS}"/>
    <ellipse cx="220" cy="330" rx="190" ry="240" fill="${WATER}"/><ellipse cx="760" cy="300" rx="170" ry="230" fill="${WATER}"/>
    <rect x="450" y="300" width="60" height="100" fill="${BRICK}"/><polygon points="440,300 480,200 520,300" fill="${ROOF}"/>`,
  gatehouse: `<rect width="960" height="640" fill="${SKY}"/><rect y="520" width="960" height="120" fill="${GRASS}"/>
    <rect x="220" y="300" width="520" height="220" fill="#d8c7a8"/>
    <polygon points="190,300 300,190 660,190 770,300" fill="${ROOF}"/>
    <path d="M420 520 V400 a60 60 0 0 1 120 0 V520 Z" fill="${INK}"/>`,
  farm: `<rect width="960" height="640" fill="${SKY}"/><rect y="480" width="960" height="160" fill="${GRASS}"/>
    <rect x="200" y="330" width="560" height="150" fill="#efe6d2"/>
    <polygon points="160,340 480,150 800,340" fill="#b59b5a"/>
    <rect x="440" y="380" width="80" height="100" fill="${WOOD}"/>`,
  cottage: `<rect width="960" height="640" fill="${SKY}"/><rect y="480" width="960" height="160" fill="${GRASS}"/>
    ${gable(330, 340, 300, 140, "#efe6d2", "#b59b5a")}`,
  film: `<rect width="960" height="640" fill="${INK}"/>
    <rect x="180" y="160" width="600" height="320" fill="#d9d2c0"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${200 + i * 96}" y="120" width="50" height="24" fill="#d9d2c0"/><rect x="${200 + i * 96}" y="496" width="50" height="24" fill="#d9d2c0"/>`).join("")}`,
  council: `<rect width="960" height="640" fill="#f3efe6"/>
    <rect x="160" y="330" width="640" height="40" fill="${WOOD}"/>
    ${[220, 360, 500, 640].map((x) => `<rect x="${x}" y="380" width="80" height="120" fill="#46606f"/><line x1="${x + 40}" y1="330" x2="${x + 55}" y2="270" stroke="${INK}" stroke-width="5"/><circle cx="${x + 55}" cy="265" r="9" fill="${INK}"/>`).join("")}`,
  concert: `<rect width="960" height="640" fill="#2d2440"/>
    <path d="M330 560 V250 Q480 40 630 250 V560 Z" fill="#e9c46a" opacity="0.85"/>
    <g fill="#fafafa"><circle cx="420" cy="420" r="34"/><rect x="446" y="240" width="10" height="180"/>
    <circle cx="540" cy="390" r="34"/><rect x="566" y="210" width="10" height="180"/>
    <polygon points="446,240 576,210 576,234 446,264"/></g>`,
  lecture: `<rect width="960" height="640" fill="#f3efe6"/>
    <rect x="120" y="90" width="560" height="320" fill="#dfe8d8" stroke="${INK}" stroke-width="6"/>
    <ellipse cx="400" cy="250" rx="200" ry="100" fill="none" stroke="${GRASS}" stroke-width="36"/>
    <polygon points="720,560 860,560 840,380 740,380" fill="${WOOD}"/>`,
  "guided-tour": `<rect width="960" height="640" fill="${SKY}"/><rect y="500" width="960" height="140" fill="${GRASS}"/>
    ${gable(520, 320, 320, 180, WOOD, ROOF)}
    <rect x="250" y="260" width="16" height="260" fill="${ROOF}"/>
    <polygon points="266,270 420,270 450,300 420,330 266,330" fill="#f0d9a0" stroke="${ROOF}" stroke-width="4"/>`,
  bell: `<rect width="960" height="640" fill="#f3efe6"/>
    <path d="M480 120 C400 120 380 200 370 330 C362 430 330 470 290 500 L670 500 C630 470 598 430 590 330 C580 200 560 120 480 120 Z" fill="${BRASS}"/>
    <rect x="455" y="80" width="50" height="45" rx="12" fill="#9c7a2f"/><circle cx="480" cy="520" r="22" fill="#9c7a2f"/>`,
  bowl: `<rect width="960" height="640" fill="#f3efe6"/>
    <ellipse cx="480" cy="330" rx="330" ry="110" fill="#9c7a2f"/>
    <ellipse cx="480" cy="320" rx="300" ry="92" fill="${BRASS}"/>
    <ellipse cx="480" cy="330" rx="180" ry="55" fill="#dcb960"/>`,
  draft: `<rect width="960" height="640" fill="#eeeeee"/>
    <rect x="180" y="120" width="600" height="400" fill="none" stroke="#999" stroke-width="8" stroke-dasharray="30 20"/>`,
};

/** SVG source of a demo picture (exported for tests and for the poster of the README). */
export function demoPictureSvg(key: DemoPictureKey): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${DEMO_IMAGE_WIDTH}" height="${DEMO_IMAGE_HEIGHT}" viewBox="0 0 960 640">
  ${PICTURES[key]}
  <rect x="824" y="596" width="120" height="32" rx="6" fill="#ffffff" opacity="0.85"/>
  <text x="884" y="620" font-family="DejaVu Sans, sans-serif" font-size="20" font-weight="bold" text-anchor="middle" fill="${INK}">DEMO</text>
</svg>`;
}

export const DEMO_PICTURE_KEYS = Object.keys(PICTURES) as DemoPictureKey[];

/** Renders a demo picture as PNG. */
export async function renderDemoPicture(key: DemoPictureKey): Promise<Buffer> {
  return sharp(Buffer.from(demoPictureSvg(key)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}

export function demoPictureFileName(key: DemoPictureKey): string {
  return `demo-image-${key}.png`;
}
