/// Markup assembled as UTF-8 bytes, for the pieces a report repeats for every quote (rows,
/// notes, diffs, links): each is dozens of short pieces, and appending one to a `String`
/// costs several times copying its bytes.
struct HTMLBuilder: ~Copyable {
    /// How much markup a page gathers before handing it to its file (`flushIfFull`).
    static let piece = 1 << 16

    private var bytes: OutputBytes

    init(capacity: Int = 1024) {
        bytes = OutputBytes(capacity: capacity)
    }

    var count: Int { bytes.count }

    /// Markup as it is.
    mutating func raw(_ markup: String) {
        bytes.append(markup)
    }

    /// `text` escaped as `HTML.text` escapes it, without making the escaped string.
    mutating func text(_ text: String) {
        if HTML.needsNoEscaping(text) {
            bytes.append(text)
        } else {
            for scalar in text.unicodeScalars { HTML.appendEscaped(scalar, to: &bytes) }
        }
    }

    /// `HTML.token(value)`.
    mutating func token(_ value: String) {
        bytes.append(HTML.token(value))
    }

    /// A decimal integer.
    mutating func int(_ value: Int) {
        bytes.append(String(value))
    }

    /// `HTML.score(x)`: a similarity in [0, 1] with two decimals, `–` when not finite.
    /// Written digit by digit: every quote row, note and diff has one.
    mutating func score(_ x: Double) {
        guard x.isFinite else { raw("–"); return }
        let hundredths = Int((min(max(x, 0), 1) * 100).rounded())
        bytes.append(UInt8(ascii: "0") + UInt8(hundredths / 100))
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(hundredths % 100 / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(hundredths % 10))
    }

    /// The markup as a string.
    consuming func string() -> String {
        bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the markup to `output` once it holds a `piece`, so a long page is written as
    /// it is made.
    mutating func flushIfFull(to output: ByteSink) {
        if bytes.count >= Self.piece { flush(to: output) }
    }

    /// Writes the markup to `output` and empties the builder.
    mutating func flush(to output: ByteSink) {
        bytes.withUnsafeBytes { output.write($0) }
        bytes.removeAll()
    }
}
