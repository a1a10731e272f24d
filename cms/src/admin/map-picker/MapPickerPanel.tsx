import { useFetchClient, useForm } from "@strapi/admin/strapi-admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { VisuallyHidden } from "@strapi/design-system";
import { type KeyboardEvent, type MouseEvent, useEffect, useId, useMemo, useState } from "react";
import { useIntl } from "react-intl";
import { BASEMAP_ROUTE } from "../../map-picker/basemap-route";
import { type Basemap, BasemapLayer } from "./BasemapLayer";
import { geoFieldOf } from "./geo-fields";
import { mapPickerLabels } from "./map-picker-labels";
import {
  boundsOf,
  centerOn,
  fromPixel,
  isInView,
  type LonLat,
  type MapView,
  readPoint,
  roundPoint,
  step,
  toPixel,
  viewOfBounds,
  zoomAround,
} from "./map-view";

/** Size of the picture in SVG units (it is scaled to the panel's width). */
const SIZE = 300;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
const format = (value: number) => value.toFixed(5);

/**
 * A map beside the form of places and tour stops: shows the entry's point on the basemap (served by
 * the CMS itself, src/map-picker/: no tiles, no request to another origin) and sets latitude and
 * longitude in the form by click, tap or keyboard. The numbers stay ordinary form values: the
 * editor saves them as before, and the API keeps numbers.
 */
export const MapPickerPanel: PanelComponent = ({ model }) => {
  const labels = mapPickerLabels(useIntl().locale);
  const field = geoFieldOf(model);
  if (!field) return null;
  return { title: labels.title, content: <MapPicker field={field} /> };
};

function MapPicker({ field }: { field: string }) {
  const labels = mapPickerLabels(useIntl().locale);
  const { get } = useFetchClient();
  const value = useForm("MapPicker", (form) => (form.values as Record<string, unknown>)[field]);
  const onChange = useForm("MapPicker", (form) => form.onChange);
  const disabled = useForm("MapPicker", (form) => form.disabled);
  const point = readPoint(value);
  const [basemap, setBasemap] = useState<Basemap | null | undefined>(undefined);
  const [view, setView] = useState<MapView | undefined>(undefined);
  const [pending, setPending] = useState<LonLat | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const helpId = useId();

  useEffect(() => {
    let active = true;
    get(BASEMAP_ROUTE)
      .then(({ data }) => active && setBasemap(data as Basemap))
      .catch(() => active && setBasemap(null));
    return () => {
      active = false;
    };
  }, [get]);

  const fullView = useMemo(
    () => viewOfBounds(basemap ? boundsOf(basemap) : [10.3, 53.95, 11.35, 54.55]),
    [basemap],
  );
  const shown = view ?? (point ? centerOn(fullView, point) : fullView);

  const setPoint = (next: LonLat) => {
    const rounded = roundPoint(next);
    const current = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
    onChange(field, { ...current, latitude: rounded.latitude, longitude: rounded.longitude });
    setPending(undefined);
    setAnnouncement(labels.set(format(rounded.latitude), format(rounded.longitude)));
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (disabled) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * SIZE;
    const y = ((event.clientY - box.top) / box.height) * SIZE;
    setView(shown);
    setPoint(fromPixel(shown, SIZE, SIZE, x, y));
  };

  const zoom = (factor: number) => setView(zoomAround(shown, factor, pending ?? point));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const from = pending ?? point ?? fromPixel(shown, SIZE, SIZE, SIZE / 2, SIZE / 2);
      const next = step(shown, from, arrow[0], arrow[1]);
      setPending(next);
      if (!isInView(shown, SIZE, SIZE, next)) setView(centerOn(shown, next));
      setAnnouncement(labels.pending(format(next.latitude), format(next.longitude)));
    } else if (event.key === "Enter" && pending && !disabled) {
      event.preventDefault();
      setPoint(pending);
    } else if (event.key === "+" || event.key === "=") {
      event.preventDefault();
      zoom(2);
    } else if (event.key === "-") {
      event.preventDefault();
      zoom(0.5);
    } else if (event.key === "Escape" && pending) {
      setPending(undefined);
    }
  };

  const pin = point && toPixel(shown, SIZE, SIZE, point);
  const cursor = pending && toPixel(shown, SIZE, SIZE, pending);
  return (
    <div style={{ width: "100%" }}>
      <p id={helpId} style={{ fontSize: "1.2rem", marginBottom: 8 }}>
        {labels.help}
      </p>
      <div
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" takes the arrow keys, so it must be focusable
        tabIndex={0}
        aria-label={labels.map}
        aria-describedby={helpId}
        data-testid="map-picker"
        onKeyDown={onKeyDown}
        style={{ outlineOffset: 2, border: "1px solid #c0c0cf", borderRadius: 4, overflow: "hidden" }}
      >
        <svg
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          width="100%"
          style={{ display: "block", background: "#f2efe9", cursor: disabled ? "default" : "crosshair" }}
          onClick={onClick}
          aria-hidden="true"
        >
          {basemap && <BasemapLayer basemap={basemap} view={shown} size={SIZE} />}
          {cursor && (
            <circle cx={cursor.x} cy={cursor.y} r={7} fill="none" stroke="#4945ff" strokeWidth={3} />
          )}
          {pin && (
            <g data-testid="map-picker-pin">
              <circle cx={pin.x} cy={pin.y} r={6} fill="#d02b20" stroke="#ffffff" strokeWidth={2} />
            </g>
          )}
        </svg>
      </div>
      <div style={{ display: "flex", gap: 8, marginTop: 8 }}>
        <button type="button" onClick={() => zoom(2)} aria-label={labels.zoomIn} style={buttonStyle}>
          +
        </button>
        <button type="button" onClick={() => zoom(0.5)} aria-label={labels.zoomOut} style={buttonStyle}>
          −
        </button>
      </div>
      <p style={{ fontSize: "1.2rem", marginTop: 8 }} data-testid="map-picker-value">
        {point ? labels.current(format(point.latitude), format(point.longitude)) : labels.none}
      </p>
      {basemap === null && <p style={{ fontSize: "1.2rem" }}>{labels.noBasemap}</p>}
      {basemap?.showroomBasemap?.demo && (
        <p style={{ fontSize: "1.1rem", color: "#666687" }}>{labels.demo}</p>
      )}
      <VisuallyHidden tag="p" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </div>
  );
}

const buttonStyle = {
  minWidth: 32,
  minHeight: 32,
  border: "1px solid #c0c0cf",
  borderRadius: 4,
  background: "#ffffff",
  fontSize: "1.6rem",
  cursor: "pointer",
} as const;
