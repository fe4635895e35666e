// <peer-roadmap> in a React 19 app. React 19 passes props to a custom element as properties
// when the element has them (lang here) and as attributes otherwise (theme), and listens to
// `on<event name>` as written: onpeer-roadmap-change.
import { useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import "peer-roadmap";

function App() {
  const roadmap = useRef(null);
  const [lang, setLang] = useState("en");
  const [theme, setTheme] = useState("light");
  const [selected, setSelected] = useState(null);
  return (
    <main>
      <h1>Peer Roadmap from npm: React</h1>
      <p>
        <button type="button" onClick={() => setLang(lang === "en" ? "fr" : "en")}>{lang === "en" ? "Français" : "English"}</button>
        <button type="button" onClick={() => setTheme(theme === "dark" ? "light" : "dark")}>{theme === "dark" ? "Light theme" : "Dark theme"}</button>
        <button type="button" onClick={() => roadmap.current.reset()}>Start over</button>
        Selected: <output id="selected">{selected ?? "none"}</output>
      </p>
      <peer-roadmap ref={roadmap} lang={lang} theme={theme} onpeer-roadmap-change={(event) => setSelected(event.detail.selected)} />
    </main>
  );
}

// Rendered once the element is defined, so that React sees its properties.
await customElements.whenDefined("peer-roadmap");
createRoot(document.getElementById("app")).render(<App />);
