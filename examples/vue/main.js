// <peer-roadmap> in a Vue 3 app. Vue is told the tag is a custom element; it binds lang as a
// property (the element has one) and theme as an attribute, and @peer-roadmap-change listens
// to the event.
import { createApp } from "vue";
import "peer-roadmap";

const app = createApp({
  data: () => ({ lang: "en", theme: "light", selected: null }),
  template: `
    <main>
      <h1>Peer Roadmap from npm: Vue</h1>
      <p>
        <button type="button" @click="lang = lang === 'en' ? 'fr' : 'en'">{{ lang === "en" ? "Français" : "English" }}</button>
        <button type="button" @click="theme = theme === 'dark' ? 'light' : 'dark'">{{ theme === "dark" ? "Light theme" : "Dark theme" }}</button>
        <button type="button" @click="$refs.roadmap.reset()">Start over</button>
        Selected: <output id="selected">{{ selected ?? "none" }}</output>
      </p>
      <peer-roadmap ref="roadmap" :lang="lang" :theme="theme" @peer-roadmap-change="selected = $event.detail.selected"></peer-roadmap>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === "peer-roadmap";
await customElements.whenDefined("peer-roadmap");
app.mount("#app");
