import { useForm } from "@strapi/admin/strapi-admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { VisuallyHidden } from "@strapi/design-system";
import { type KeyboardEvent, type MouseEvent, useId, useState } from "react";
import { useIntl } from "react-intl";
import { type HotspotEditorLabels, hotspotEditorLabels } from "./hotspot-editor-labels";
import { type Direction, directionAt, pointOf, readDirection, stepDirection } from "./panorama-point";

const TOUR_STOP = "api::tour-stop.tour-stop";
const FIELD = "hotspots";
/** The model's limit on hotspots per stop (content-types/src/model/tour-stop.ts). */
const MAX_HOTSPOTS = 30;
const NEW = -1;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};
const format = (value: number) => value.toFixed(1);

interface MediaValue {
  url?: string;
  formats?: Record<string, { url?: string } | undefined>;
}

/**
 * Beside the form of a tour stop: its panorama drawn flat with the hotspots as markers. A click, a
 * tap or Enter after the arrow keys writes yaw and pitch of the chosen hotspot into the form (or adds
 * a hotspot), so staff never type degrees. Everything else of a hotspot (kind, label, target) stays
 * in Strapi's own component fields, and saving works as before.
 */
export const HotspotEditorPanel: PanelComponent = ({ model }) => {
  const labels = hotspotEditorLabels(useIntl().locale);
  if (model !== TOUR_STOP) return null;
  return { title: labels.title, content: <HotspotEditor labels={labels} /> };
};

function HotspotEditor({ labels }: { labels: HotspotEditorLabels }) {
  const values = useForm("HotspotEditor", (form) => form.values as Record<string, unknown>);
  const onChange = useForm("HotspotEditor", (form) => form.onChange);
  const addFieldRow = useForm("HotspotEditor", (form) => form.addFieldRow);
  const disabled = useForm("HotspotEditor", (form) => form.disabled);
  const hotspots = Array.isArray(values[FIELD]) ? (values[FIELD] as Record<string, unknown>[]) : [];
  const image = imageUrl(values.panorama);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const selected = chosen !== undefined && chosen < hotspots.length ? chosen : hotspots.length > 0 ? 0 : NEW;
  const [cursor, setCursor] = useState<Direction | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const helpId = useId();
  const selectId = useId();

  const nameOf = (index: number) => {
    const label = hotspots[index]?.label;
    return labels.hotspot(index + 1, typeof label === "string" && label.trim() ? label : labels.unnamed);
  };

  const place = (direction: Direction) => {
    if (disabled) return;
    setCursor(undefined);
    if (selected === NEW) {
      if (hotspots.length >= MAX_HOTSPOTS) return setAnnouncement(labels.full);
      addFieldRow(FIELD, {
        kind: null,
        label: "",
        yaw: direction.yaw,
        pitch: direction.pitch,
        text: "",
        stop: { connect: [], disconnect: [] },
        item: { connect: [], disconnect: [] },
      });
      setChosen(hotspots.length);
      setAnnouncement(labels.added(hotspots.length + 1));
      return;
    }
    onChange(`${FIELD}.${selected}.yaw`, direction.yaw);
    onChange(`${FIELD}.${selected}.pitch`, direction.pitch);
    setAnnouncement(labels.set(nameOf(selected), format(direction.yaw), format(direction.pitch)));
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    place(directionAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const from = cursor ?? readDirection(hotspots[selected]) ?? { yaw: 0, pitch: 0 };
      const next = stepDirection(from, arrow[0], arrow[1]);
      setCursor(next);
      setAnnouncement(labels.cursor(format(next.yaw), format(next.pitch)));
    } else if (event.key === "Enter" && cursor) {
      event.preventDefault();
      place(cursor);
    } else if (event.key === "Escape" && cursor) {
      setCursor(undefined);
    }
  };

  const cursorPoint = cursor && pointOf(cursor);
  return (
    <div style={{ width: "100%" }}>
      <p id={helpId} style={{ fontSize: "1.2rem", marginBottom: 8 }}>
        {labels.help}
      </p>
      <label htmlFor={selectId} style={{ fontSize: "1.2rem", fontWeight: 600, display: "block" }}>
        {labels.which}
      </label>
      <select
        id={selectId}
        value={selected}
        onChange={(event) => {
          setChosen(Number(event.target.value));
          setCursor(undefined);
        }}
        data-testid="hotspot-editor-choice"
        style={{ width: "100%", minHeight: 32, marginBottom: 8, fontSize: "1.3rem" }}
      >
        {hotspots.map((hotspot, index) => (
          <option key={String(hotspot.__temp_key__ ?? index)} value={index}>
            {nameOf(index)}
          </option>
        ))}
        <option value={NEW}>{labels.newHotspot}</option>
      </select>
      <div
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" takes the arrow keys, so it must be focusable
        tabIndex={0}
        aria-label={labels.panorama}
        aria-describedby={helpId}
        data-testid="hotspot-editor"
        onKeyDown={onKeyDown}
        onClick={onClick}
        style={{
          position: "relative",
          aspectRatio: "2 / 1",
          outlineOffset: 2,
          border: "1px solid #c0c0cf",
          borderRadius: 4,
          overflow: "hidden",
          cursor: disabled ? "default" : "crosshair",
          background: "linear-gradient(#c9d8e8 50%, #b9c4a4 50%)",
        }}
      >
        {image && (
          <img
            src={image}
            alt=""
            draggable={false}
            style={{ position: "absolute", inset: 0, width: "100%", height: "100%", objectFit: "fill" }}
          />
        )}
        <div
          aria-hidden="true"
          style={{ position: "absolute", left: 0, right: 0, top: "50%", borderTop: "1px dashed #ffffffaa" }}
        />
        {hotspots.map((hotspot, index) => {
          const direction = readDirection(hotspot);
          if (!direction) return null;
          const point = pointOf(direction);
          return (
            <span
              key={String(hotspot.__temp_key__ ?? index)}
              aria-hidden="true"
              data-testid="hotspot-editor-marker"
              style={{
                ...marker(point),
                background: index === selected ? "#d02b20" : "#4945ff",
                color: "#ffffff",
              }}
            >
              {index + 1}
            </span>
          );
        })}
        {cursorPoint && (
          <span
            aria-hidden="true"
            data-testid="hotspot-editor-cursor"
            style={{ ...marker(cursorPoint), background: "transparent", border: "3px solid #ffd400" }}
          />
        )}
      </div>
      <ul
        style={{ fontSize: "1.2rem", marginTop: 8, paddingLeft: 0, listStyle: "none" }}
        data-testid="hotspot-editor-list"
      >
        {hotspots.map((hotspot, index) => {
          const direction = readDirection(hotspot);
          return (
            <li key={String(hotspot.__temp_key__ ?? index)}>
              {nameOf(index)}:{" "}
              {direction ? labels.at(format(direction.yaw), format(direction.pitch)) : labels.notPlaced}
            </li>
          );
        })}
      </ul>
      {!image && <p style={{ fontSize: "1.2rem" }}>{labels.noPanorama}</p>}
      <VisuallyHidden tag="p" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </div>
  );
}

/** A smaller rendition when the media library made one: the editor needs no 16k pixels. */
function imageUrl(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const media = value as MediaValue;
  return media.formats?.large?.url ?? media.formats?.medium?.url ?? media.url;
}

function marker(point: { x: number; y: number }) {
  return {
    position: "absolute",
    left: `${point.x * 100}%`,
    top: `${point.y * 100}%`,
    transform: "translate(-50%, -50%)",
    width: 20,
    height: 20,
    borderRadius: "50%",
    border: "2px solid #ffffff",
    fontSize: "1.1rem",
    lineHeight: "16px",
    textAlign: "center",
    pointerEvents: "none",
  } as const;
}
