// What a reader is told (and the console says) when the code cannot start: the same words on
// the standalone page and in embed.js.

/** Shown in place of the loading line, English half. */
export const FAILED_EN =
  "The roadmap could not be loaded. Reload the page; if it still does not appear, your connection or your browser's settings (WebAssembly) may be blocking it.";
/** Shown in place of the loading line, French half (marked lang="fr"). */
export const FAILED_FR =
  "La feuille de route n'a pas pu être chargée. Rechargez la page; si elle n'apparaît toujours pas, votre connexion ou les réglages de votre navigateur (WebAssembly) la bloquent peut-être.";
/** The console message, prefixed so that it is recognisable on a partner's page. */
export const LOGGED = `peer-roadmap: ${FAILED_EN}`;
