extension EventType {
    /// The ACLED event type and sub-event type this type corresponds to ("Riots / Violent demonstration"), or
    /// `"none"` for types ACLED does not record as events (statements, requests).
    ///
    /// The table lives in the built-in trigger lexicon (`EventLexicon`), beside the words of each type.
    public var acledCategory: String {
        EventLexicon.builtIn.categories(of: self)?.acled ?? "none"
    }

    /// The CAMEO root code and name this type corresponds to ("14 Protest"), or `"none"`.
    public var cameoRoot: String {
        EventLexicon.builtIn.categories(of: self)?.cameo ?? "none"
    }
}
