import { useEffect, useRef } from "react";
import { mountScanViewer } from "./mount.ts";
import type { ScanViewerHandle, ScanViewerOptions } from "./types.ts";

export interface ScanViewerProps extends ScanViewerOptions {
  className?: string;
  /** Called with the viewer handle once mounted (e.g. to read the camera view). */
  onMount?: (handle: ScanViewerHandle) => void;
}

/**
 * The scan viewer as a React component, for React apps. It mounts the same R3F scene and plain-DOM
 * interface as the site (mountScanViewer) inside its own element, poster first by default
 * (`start="click"`), and frees everything when it unmounts. The Astro site does not hydrate this
 * component (react-dom would add ~60 KB); it uses poster-first.ts instead.
 */
export function ScanViewer({ className, onMount, ...options }: ScanViewerProps) {
  const stage = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const key = JSON.stringify(options);
  const onMountRef = useRef(onMount);
  onMountRef.current = onMount;

  // `key` stands for every option: the viewer remounts when one changes.
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const config = JSON.parse(key) as ScanViewerOptions;
    const handle = mountScanViewer(
      element,
      { ...config, start: config.start ?? "click" },
      { annotationList: list.current ?? undefined },
    );
    onMountRef.current?.(handle);
    return () => handle.unmount();
  }, [key]);

  return (
    <div className={className ? `scan-viewer ${className}` : "scan-viewer"}>
      <figure className="scan-viewer__figure">
        <div className="scan-viewer__stage" ref={stage} />
        {options.description ? (
          <figcaption>
            <p className="scan-viewer__description">{options.description}</p>
          </figcaption>
        ) : null}
      </figure>
      {options.annotations?.length ? (
        <ol className="scan-viewer__annotation-list" ref={list}>
          {options.annotations.map((note) => (
            <li key={`${note.title}-${note.position.join(",")}`}>
              <strong>{note.title}</strong>
              <p>{note.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
