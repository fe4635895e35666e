//! The editor page's own words (`editor.html`), in English and in French: the labels, hints and
//! messages a partner reads while translating the roadmap. Like every text a reader sees, they
//! live under `src/content/`; the editor (`src/editor/`) only picks a set. Each set is a Rust
//! value, so a label missing in one language does not compile.

/// The editor's words in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct EditorUi {
    /// The language of these words (a BCP 47 tag).
    pub lang: &'static str,
    /// The switch to the other language, named in that language ("Français" in English).
    pub switch: &'static str,
    /// The language the switch leads to.
    pub switch_lang: &'static str,
    pub title: &'static str,
    pub lead: &'static str,
    pub privacy: &'static str,
    pub start_heading: &'static str,
    pub source_label: &'static str,
    pub source_hint: &'static str,
    /// Names of the starting languages, by tag (a tag without a name is shown as it is).
    pub language_names: &'static [(&'static str, &'static str)],
    pub target_label: &'static str,
    pub target_hint: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub discard: &'static str,
    pub discard_confirm: &'static str,
    pub texts_heading: &'static str,
    /// "{same} of {total} texts still read as in the starting language."
    pub progress: &'static str,
    /// Before the source text beside a field: "Source ({lang})".
    pub source_text: &'static str,
    pub no_source: &'static str,
    /// Beside an optional field (a title's language, a publisher's page).
    pub optional: &'static str,
    /// Headings of the document's sections, by the key of the section.
    pub sections: &'static [(&'static str, &'static str)],
    pub problems_heading: &'static str,
    pub problems_none: &'static str,
    /// One problem: "1 problem: the widget would not use this content yet."
    pub problems_one: &'static str,
    /// "{count} problems: the widget would not use this content yet."
    pub problems_some: &'static str,
    pub problems_note: &'static str,
    pub go_to_field: &'static str,
    pub preview_heading: &'static str,
    pub preview_stale: &'static str,
    pub preview_none: &'static str,
    pub export_heading: &'static str,
    pub export_lead: &'static str,
    pub export_invalid: &'static str,
    pub download: &'static str,
    pub snippet_label: &'static str,
    pub snippet_hint: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub imported: &'static str,
    pub restored: &'static str,
    pub restore_failed: &'static str,
    pub discarded: &'static str,
    /// "{file} is {size} bytes: the editor reads files of at most {max} bytes."
    pub import_too_large: &'static str,
    pub import_not_json: &'static str,
    pub import_not_object: &'static str,
    pub import_missing: &'static str,
    pub import_wrong_id: &'static str,
    pub import_unreadable: &'static str,
    /// Ends every import error: what was typed is still there.
    pub nothing_lost: &'static str,
    pub skip_to_preview: &'static str,
}

/// English.
pub const EN: EditorUi = EditorUi {
    lang: "en",
    switch: "Français",
    switch_lang: "fr",
    title: "Translate the roadmap",
    lead: "Write the roadmap “The world of peers' engagement in care” in your language. Every text is listed with the original beside it; the preview shows the widget as your readers will see it.",
    privacy: "Everything stays in this browser: nothing is sent anywhere, and the editor works offline. Your work is saved on this page as you type.",
    start_heading: "1. Start",
    source_label: "Starting language",
    source_hint: "The original texts shown beside each field.",
    language_names: &[("en", "English"), ("fr", "Français")],
    target_label: "Language of your translation",
    target_hint: "A language tag: es for Spanish, ar for Arabic, fr-CA for Canadian French.",
    import_label: "Continue from a file",
    import_hint: "A JSON file exported from this editor (1 MB at most).",
    discard: "Discard my changes",
    discard_confirm: "Discard every change and start again from the original texts? This cannot be undone.",
    texts_heading: "2. Translate",
    progress: "{same} of {total} texts still read as in the starting language.",
    source_text: "Original",
    no_source: "(no original text here)",
    optional: "Optional: leave it empty if it does not apply.",
    sections: &[
        ("lang", "Language"),
        ("ui", "Interface labels"),
        ("intro", "Introduction"),
        ("terms", "Words in use"),
        ("formality", "Question 1: formal or informal support"),
        ("bases", "Question 2: on what basis peers connect"),
        ("roles", "What peers do"),
        ("history", "History"),
        ("case_study", "Case study"),
        ("about", "About"),
    ],
    problems_heading: "Problems",
    problems_none: "No problem: the widget will use this content.",
    problems_one: "1 problem: the widget would not use this content yet.",
    problems_some: "{count} problems: the widget would not use this content yet.",
    problems_note: "The messages are the widget's own, in English, each with the path of its field.",
    go_to_field: "Go to the field",
    preview_heading: "Preview",
    preview_stale: "The preview shows the last valid version: fix the problems to update it.",
    preview_none: "No valid version yet: fix the problems to see the preview.",
    export_heading: "3. Export",
    export_lead: "Put the file on your site, or paste the snippet into your page after the script that loads embed.js.",
    export_invalid: "This content still has problems: the widget would show its original text instead.",
    download: "Download the JSON file",
    snippet_label: "Snippet to paste into your page",
    snippet_hint: "The content and the element that shows it, ready to paste.",
    copy: "Copy the snippet",
    copied: "The snippet is copied.",
    copy_failed: "The browser did not allow copying: select the snippet and copy it (Ctrl+C).",
    imported: "{file} is imported.",
    restored: "Your work in progress is back, as you left it.",
    restore_failed: "The work saved in this browser could not be read: the editor starts from the original texts.",
    discarded: "Your changes are discarded: the editor starts again from the original texts.",
    import_too_large: "{file} is {size} bytes: the editor reads files of at most {max} bytes.",
    import_not_json: "{file} is not a JSON file ({message}).",
    import_not_object: "{file} is not roadmap content: it does not hold a JSON object.",
    import_missing: "{file} is not roadmap content: no text at {paths}.",
    import_wrong_id: "{file} is not roadmap content: {path} should be \"{expected}\".",
    import_unreadable: "{file} could not be read.",
    nothing_lost: "Nothing was changed: your work is as it was.",
    skip_to_preview: "Skip to the preview",
};

/// Français (Québec).
pub const FR: EditorUi = EditorUi {
    lang: "fr",
    switch: "English",
    switch_lang: "en",
    title: "Traduire la feuille de route",
    lead: "Rédigez la feuille de route «\u{a0}L’univers de l’engagement des pairs dans les soins\u{a0}» dans votre langue. Chaque texte est présenté avec l’original à côté; l’aperçu montre le module tel que vos lectrices et lecteurs le verront.",
    privacy: "Tout reste dans ce navigateur\u{a0}: rien n’est envoyé nulle part, et l’éditeur fonctionne hors ligne. Votre travail est enregistré sur cette page au fil de la saisie.",
    start_heading: "1. Commencer",
    source_label: "Langue de départ",
    source_hint: "Les textes originaux affichés à côté de chaque champ.",
    language_names: &[("en", "English"), ("fr", "Français")],
    target_label: "Langue de votre traduction",
    target_hint: "Une étiquette de langue\u{a0}: es pour l’espagnol, ar pour l’arabe, fr-CA pour le français canadien.",
    import_label: "Reprendre à partir d’un fichier",
    import_hint: "Un fichier JSON exporté par cet éditeur (1\u{a0}Mo au plus).",
    discard: "Abandonner mes modifications",
    discard_confirm: "Abandonner toutes les modifications et repartir des textes originaux? Cette action est irréversible.",
    texts_heading: "2. Traduire",
    progress: "{same} textes sur {total} sont encore tels que dans la langue de départ.",
    source_text: "Original",
    no_source: "(aucun texte original ici)",
    optional: "Facultatif\u{a0}: laissez-le vide s’il ne s’applique pas.",
    sections: &[
        ("lang", "Langue"),
        ("ui", "Libellés de l’interface"),
        ("intro", "Introduction"),
        ("terms", "Les mots en usage"),
        ("formality", "Question 1\u{a0}: soutien formel ou informel"),
        ("bases", "Question 2\u{a0}: sur quelle base les pairs se rejoignent"),
        ("roles", "Ce que font les pairs"),
        ("history", "Historique"),
        ("case_study", "Étude de cas"),
        ("about", "À propos"),
    ],
    problems_heading: "Problèmes",
    problems_none: "Aucun problème\u{a0}: le module utilisera ce contenu.",
    problems_one: "1 problème\u{a0}: le module n’utiliserait pas encore ce contenu.",
    problems_some: "{count} problèmes\u{a0}: le module n’utiliserait pas encore ce contenu.",
    problems_note: "Les messages sont ceux du module, en anglais, chacun avec le chemin de son champ.",
    go_to_field: "Aller au champ",
    preview_heading: "Aperçu",
    preview_stale: "L’aperçu montre la dernière version valide\u{a0}: corrigez les problèmes pour le mettre à jour.",
    preview_none: "Aucune version valide pour l’instant\u{a0}: corrigez les problèmes pour voir l’aperçu.",
    export_heading: "3. Exporter",
    export_lead: "Déposez le fichier sur votre site, ou collez l’extrait dans votre page après le script qui charge embed.js.",
    export_invalid: "Ce contenu a encore des problèmes\u{a0}: le module afficherait plutôt son texte original.",
    download: "Télécharger le fichier JSON",
    snippet_label: "Extrait à coller dans votre page",
    snippet_hint: "Le contenu et l’élément qui l’affiche, prêts à coller.",
    copy: "Copier l’extrait",
    copied: "L’extrait est copié.",
    copy_failed: "Le navigateur n’a pas permis la copie\u{a0}: sélectionnez l’extrait et copiez-le (Ctrl+C).",
    imported: "{file} est importé.",
    restored: "Votre travail en cours est de retour, tel que vous l’aviez laissé.",
    restore_failed: "Le travail enregistré dans ce navigateur n’a pas pu être lu\u{a0}: l’éditeur repart des textes originaux.",
    discarded: "Vos modifications sont abandonnées\u{a0}: l’éditeur repart des textes originaux.",
    import_too_large: "{file} fait {size}\u{a0}octets\u{a0}: l’éditeur lit des fichiers d’au plus {max}\u{a0}octets.",
    import_not_json: "{file} n’est pas un fichier JSON ({message}).",
    import_not_object: "{file} n’est pas un contenu de la feuille de route\u{a0}: il ne contient pas d’objet JSON.",
    import_missing: "{file} n’est pas un contenu de la feuille de route\u{a0}: aucun texte à {paths}.",
    import_wrong_id: "{file} n’est pas un contenu de la feuille de route\u{a0}: {path} devrait valoir «\u{a0}{expected}\u{a0}».",
    import_unreadable: "{file} n’a pas pu être lu.",
    nothing_lost: "Rien n’a changé\u{a0}: votre travail est intact.",
    skip_to_preview: "Passer à l’aperçu",
};

/// Every language of the editor's own words.
pub const ALL: &[&EditorUi] = &[&EN, &FR];

/// The editor's words for a BCP 47 tag (`fr-CA` gives French); English for any other.
pub fn for_tag(tag: &str) -> &'static EditorUi {
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    ALL.iter().copied().find(|ui| ui.lang == primary).unwrap_or(&EN)
}

impl EditorUi {
    /// The name of a starting language, by its tag (the tag itself if it has none).
    pub fn language_name<'a>(&self, tag: &'a str) -> &'a str {
        self.language_names.iter().find(|(t, _)| *t == tag).map_or(tag, |(_, name)| name)
    }

    /// The heading of a section of the document, by its key (the key itself if it has none).
    pub fn section<'a>(&self, key: &'a str) -> &'a str {
        self.sections.iter().find(|(k, _)| *k == key).map_or(key, |(_, name)| name)
    }
}
