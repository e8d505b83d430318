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

    /// One field; setting it to another value makes a new box.
    subscript<T>(_ field: WritableKeyPath<Values, T>) -> T {
        get { box.values[keyPath: field] }
        set {
            var values = box.values
            values[keyPath: field] = newValue
            box = Box(values)
        }
    }

    /// One field; setting it to the value it has keeps the box. Stages that recompute a
    /// field for every value (a quote's parent) mostly find it right already, and a new
    /// box for each, with the old ones still held elsewhere, doubled their memory.
    subscript<T: Equatable>(_ field: WritableKeyPath<Values, T>) -> T {
        get { box.values[keyPath: field] }
        set {
            guard box.values[keyPath: field] != newValue else { return }
            var values = box.values
            values[keyPath: field] = newValue
            box = Box(values)
        }
    }

    /// Whether both hold the very same box (equal values need not).
    func sharesBox(with other: SharedValues) -> Bool {
        box === other.box
    }

    static func == (a: SharedValues, b: SharedValues) -> Bool {
        a.sharesBox(with: b) || a.box.values == b.box.values
    }
}
