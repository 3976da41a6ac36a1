//! The package's README, in the request's language.

/// The README in the request's language (en, de, fr; else English).
pub(super) fn readme(
    lang: &str,
    reference: &str,
    org: &str,
    systems: &[String],
    letter: &str,
) -> (String, &'static str) {
    let list = systems.iter().map(|s| format!("  data/{s}.json, data/{s}.csv")).collect::<Vec<_>>().join("\n");
    let list = if list.is_empty() { "  -".to_string() } else { list };
    match lang {
        "de" => (
            format!(
                "Ihre personenbezogenen Daten – {org} – Anfrage {reference}\n\n\
                 Dieses Paket enthält:\n\
                 {letter}\n  das Antwortschreiben.\n\
                 report.pdf\n  Ihre Daten in lesbarer Form, mit den Informationen nach Art. 15 DSGVO\n  (Zwecke, Empfänger, Speicherdauer, Herkunft, Ihre Rechte).\n\
                 data/\n  Ihre Daten je System, als JSON (beschrieben durch das Schema\n  portability-package.schema.json) und als CSV, in UTF-8, zur Übernahme\n  durch einen anderen Dienst (Art. 20 DSGVO):\n{list}\n\
                 manifest.json\n  Größe und SHA-256-Prüfsumme jeder Datei; damit lässt sich prüfen,\n  dass nichts verändert wurde.\n\n\
                 Der Wert [redacted] steht für Angaben, die zurückgehalten wurden, weil sie\n  andere Personen betreffen oder eine Ausnahme gilt.\n"
            ),
            "de",
        ),
        "fr" => (
            format!(
                "Vos données personnelles – {org} – demande {reference}\n\n\
                 Ce paquet contient :\n\
                 {letter}\n  la lettre de réponse.\n\
                 report.pdf\n  vos données sous une forme lisible, avec les informations de l'article 15\n  du RGPD (finalités, destinataires, durée de conservation, source, vos droits).\n\
                 data/\n  vos données par système, en JSON (décrit par le schéma\n  portability-package.schema.json) et en CSV, en UTF-8, pour les transmettre\n  à un autre service (article 20 du RGPD) :\n{list}\n\
                 manifest.json\n  la taille et l'empreinte SHA-256 de chaque fichier, pour vérifier que rien\n  n'a été modifié.\n\n\
                 La valeur [redacted] signale une information retenue parce qu'elle concerne\n  une autre personne ou qu'une exception s'applique.\n"
            ),
            "fr",
        ),
        _ => (
            format!(
                "Your personal data - {org} - request {reference}\n\n\
                 This package holds:\n\
                 {letter}\n  our letter answering your request.\n\
                 report.pdf\n  your data in readable form, with the information Article 15 GDPR gives\n  you (purposes, recipients, retention, sources, your rights).\n\
                 data/\n  your data per system, as JSON (described by the schema\n  portability-package.schema.json) and CSV, in UTF-8, for another service\n  to import (Article 20 GDPR):\n{list}\n\
                 manifest.json\n  the size and SHA-256 checksum of every file, to check that nothing was\n  changed.\n\n\
                 A value reading [redacted] was withheld because it is about someone else or\n  an exemption applies.\n"
            ),
            "en",
        ),
    }
}
