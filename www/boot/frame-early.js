// The iframe page's first script, inlined at the top of its <head> by tools/postbuild.mjs: goes
// to the page in the language the query asks for (frame.html?lang=fr → frame.fr.html) before
// anything is painted (www/boot/language.js).
import { chooseLanguage } from "./language.js";

chooseLanguage();
