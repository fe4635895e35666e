// <peer-roadmap> in React 19's JSX, type-checked through peer-roadmap/react.
import type {} from "peer-roadmap/react";
import { useRef } from "react";
import type { PeerRoadmapElement } from "peer-roadmap";

export function Roadmap({ lang }: { lang: "en" | "fr" }) {
  const ref = useRef<PeerRoadmapElement>(null);
  return (
    <>
      <peer-roadmap ref={ref} lang={lang} theme="auto" deep-link onpeer-roadmap-change={(event) => console.log(event.detail.step)} />
      <peer-roadmap content={{ lang: "fr", intro: {} }} onpeer-roadmap-ready={() => ref.current?.reset()} />
      {/* @ts-expect-error: not a theme */}
      <peer-roadmap theme="blue" />
    </>
  );
}
