//! The two languages of WLanguage and of wlang's messages: French and English. Every stage that
//! words something for the user picks one of two texts through `Lang::pick`. Below everything.

/// The language of messages.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// French when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, first one set) starts with `fr`.
    pub fn from_env() -> Lang {
        let locale =
            ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        if locale.is_some_and(|l| l.starts_with("fr")) { Lang::Fr } else { Lang::En }
    }

    /// Picks the English or the French text.
    pub fn pick<T>(self, en: T, fr: T) -> T {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        match s {
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            other => Err(format!("unknown language `{other}` (use en or fr)")),
        }
    }
}
