import NewsExtraction

/// The JSON shape of `timeline extract`, with its key order fixed (the scorer in `../shared/eval/` reads it).
extension Extraction {
    package var json: JSONValue {
        .object([
            (
                "article",
                .object([
                    ("title", JSONValue(article.title)),
                    ("url", JSONValue(article.url)),
                    ("source", JSONValue(article.source)),
                    ("published", JSONValue(article.published?.iso)),
                ])
            ),
            (
                "actors",
                .array(
                    actors.map { actor in
                        .object([
                            ("name", .string(actor.name)),
                            ("kind", .string(actor.kind.rawValue)),
                            ("mentions", .array(actor.mentions.map { .string($0) })),
                        ])
                    }
                )
            ),
            (
                "events",
                .array(
                    events.map { event in
                        .object([
                            ("date", JSONValue(event.date?.iso)),
                            ("precision", JSONValue(event.date?.precision.rawValue)),
                            ("date_basis", JSONValue(event.dateBasis?.rawValue)),
                            ("type", .string(event.type.rawValue)),
                            ("actors", .array(event.actors.map { .string($0) })),
                            ("location", JSONValue(event.location)),
                            ("summary", .string(event.summary)),
                            ("quote", .string(event.quote)),
                            ("start", .int(event.start)),
                            ("end", .int(event.end)),
                            // Not in the shape: the end of a range ("from 2 to 11 January"), added last
                            // so that the shape's own keys keep their order.
                            ("date_to", JSONValue(event.dateTo?.iso)),
                        ])
                    }
                )
            ),
            (
                "figures",
                .array(
                    figures.map { figure in
                        .object([
                            ("category", .string(figure.category.rawValue)),
                            ("group", .string(figure.group.rawValue)),
                            ("low", JSONValue(figure.low)),
                            ("high", JSONValue(figure.high)),
                            ("approximate", .bool(figure.isApproximate)),
                            ("location", JSONValue(figure.location)),
                            ("as_of", JSONValue(figure.asOf?.iso)),
                            ("attributed_to", JSONValue(figure.attributedTo)),
                            ("quote", .string(figure.quote)),
                            ("start", .int(figure.start)),
                            ("end", .int(figure.end)),
                        ])
                    }
                )
            ),
        ])
    }
}
