/// A struct's stored fields kept in one immutable, shared box.
///
/// For the engine's large values (`Quote`, `MatchedQuote`, `Article`), copied all the
/// time by every stage after the one that makes them: a copy of a plain struct of a
/// dozen strings and arrays retains each of them, a copy of this retains the box.
/// Setting a field makes a new box, so a value never changes under another copy and
/// the box is `Sendable` without locks.
struct SharedValues<Values: Sendable & Equatable>: Sendable, Equatable {
    private final class Box: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }

    private var box: Box

    init(_ values: Values) {
        box = Box(values)
    }

    /// The fields, lent in place.
    var values: Values {
        _read { yield box.values }
    }

    /// One field; setting it makes a new box.
    subscript<T>(_ field: WritableKeyPath<Values, T>) -> T {
        get { box.values[keyPath: field] }
        set {
            var values = box.values
            values[keyPath: field] = newValue
            box = Box(values)
        }
    }

    static func == (a: SharedValues, b: SharedValues) -> Bool {
        a.box === b.box || a.box.values == b.box.values
    }
}
