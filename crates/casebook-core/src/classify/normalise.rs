//! Folding text into comparable words while remembering where each word came from.
//!
//! Patterns are written in folded form (lower case, no accents, `ß` as `ss`),
//! so "Löschung", "LÖSCHUNG" and "Loschung" all meet the pattern `loschung`.
//! Every token keeps the byte range of the original text it came from, so the
//! phrase shown to the DPO is the requester's own wording, not our folding.

/// One folded word of the text, with its place in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    /// Lower-case, accent-free, ASCII-only when the script is Latin.
    pub text: String,
    /// Byte range of the word in the original text.
    pub start: usize,
    pub end: usize,
    /// Clauses are separated by `, ; : . ! ?` and blank lines. A negation or a
    /// pattern gap never reaches across a clause.
    pub clause: u32,
    /// Sentences are separated by `. ! ?` and blank lines.
    pub sentence: u32,
}

/// Lower-cases and folds one character: accents dropped, ligatures and `ß`
/// spelled out. Characters outside the Latin tables are only lower-cased.
pub(super) fn fold_char(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        let folded: &str = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ċ' => "c",
            'ð' => "d",
            'ġ' | 'ģ' => "g",
            'ħ' => "h",
            'ķ' => "k",
            'ļ' => "l",
            'ņ' => "n",
            'þ' => "th",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ł' | 'ľ' | 'ĺ' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'ŕ' | 'ř' => "r",
            'ß' => "ss",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ť' | 'ţ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            // Greek: accents and diaeresis dropped, final sigma as sigma,
            // so "διαγραφή" meets the pattern `διαγραφη`.
            'ά' => "α",
            'έ' => "ε",
            'ή' => "η",
            'ί' | 'ϊ' | 'ΐ' => "ι",
            'ό' => "ο",
            'ύ' | 'ϋ' | 'ΰ' => "υ",
            'ώ' => "ω",
            'ς' => "σ",
            // Typographic quotes and dashes become their ASCII forms.
            '\u{2018}' | '\u{2019}' | '\u{00b4}' | '`' => "'",
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '«' | '»' => "\"",
            '\u{2010}'..='\u{2015}' => "-",
            '\u{00a0}' | '\u{2009}' | '\u{202f}' => " ",
            _ => {
                out.push(l);
                continue;
            }
        };
        out.push_str(folded);
    }
}

/// Folds a whole text and collapses runs of whitespace to one space, trimmed.
pub fn normalise(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut folded);
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a text into folded words. Punctuation separates words (so "d'accès"
/// is `d` + `acces` and "don't" is `don` + `t`) and marks clause and sentence
/// ends; a full stop inside "Art. 15" or "z.B." does not end a sentence.
pub(super) fn tokenise(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut clause = 0u32;
    let mut sentence = 0u32;
    let mut current = String::new();
    let mut start = 0usize;
    let mut newlines = 0u32;
    // One buffer for every character's folding (a new one each time cost an
    // allocation a character: most of the time to read a long body).
    let mut folded = String::new();
    for (i, c) in text.char_indices() {
        let word_char = if c.is_ascii_alphanumeric() {
            folded.clear();
            folded.push(c.to_ascii_lowercase());
            true
        } else if c.is_ascii() {
            false
        } else {
            folded.clear();
            fold_char(c, &mut folded);
            !folded.is_empty() && folded.chars().all(char::is_alphanumeric)
        };
        if word_char {
            if current.is_empty() {
                start = i;
            }
            current.push_str(&folded);
            newlines = 0;
            continue;
        }
        if !current.is_empty() {
            tokens.push(Token { text: std::mem::take(&mut current), start, end: i, clause, sentence });
        }
        match c {
            '\n' => {
                newlines += 1;
                if newlines == 2 {
                    clause += 1;
                    sentence += 1;
                }
            }
            ',' | ';' | ':' | '(' | ')' | '[' | ']' => clause += 1,
            '.' | '!' | '?' => {
                // "Art. 15", "Abs. 3", "z.B. die": the next visible character
                // is a digit or a lower-case letter, so the sentence goes on.
                let next = text[i + c.len_utf8()..].chars().find(|n| !n.is_whitespace());
                let goes_on = c == '.' && next.is_some_and(|n| n.is_ascii_digit() || n.is_lowercase());
                if !goes_on {
                    clause += 1;
                    sentence += 1;
                }
            }
            _ => {}
        }
        if !c.is_whitespace() {
            newlines = 0;
        }
    }
    if !current.is_empty() {
        tokens.push(Token { text: current, start, end: text.len(), clause, sentence });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_umlauts_and_eszett() {
        let table = [
            ("Löschung   meiner\n Daten", "loschung meiner daten"),
            ("GROẞE Straße", "grosse strasse"),
            ("droit d’accès", "droit d'acces"),
            ("Derecho de SUPRESIÓN", "derecho de supresion"),
            ("  Registerutdrag för mig  ", "registerutdrag for mig"),
            ("Œuvre Ærø", "oeuvre aero"),
            ("ΔΙΑΓΡΑΦΉ των δεδομένων μου", "διαγραφη των δεδομενων μου"),
            ("Πρόσβαση στα δεδομένα σας", "προσβαση στα δεδομενα σασ"),
            ("dzēšana personas datu, Ģimene, ķīla, ļoti, ņemt", "dzesana personas datu, gimene, kila, loti, nemt"),
            ("aċċess għad-data", "access ghad-data"),
            ("Þú eyðir gögnum", "thu eydir gognum"),
            ("Доступ до ЛИЧНИТЕ данни", "доступ до личните данни"),
        ];
        for (input, expected) in table {
            assert_eq!(normalise(input), expected, "{input}");
        }
    }

    #[test]
    fn tokens_keep_original_ranges_and_clauses() {
        let text = "Bitte Löschung, nach Art. 15 DSGVO. Danke";
        let tokens = tokenise(text);
        let words: Vec<_> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["bitte", "loschung", "nach", "art", "15", "dsgvo", "danke"]);
        assert_eq!(&text[tokens[1].start..tokens[1].end], "Löschung");
        assert_eq!(tokens[3].sentence, tokens[4].sentence, "Art. 15 is one sentence");
        assert_ne!(tokens[1].clause, tokens[2].clause, "the comma ends a clause");
        assert_ne!(tokens[5].sentence, tokens[6].sentence);
    }
}
