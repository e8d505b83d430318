/// Writes JSON straight into UTF-8 bytes, byte for byte as Foundation's `JSONEncoder`
/// with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` writes it, without
/// building a tree of values first (the encoder's tree of a large graph costs more time
/// and memory than the text).
///
/// The encoder's format, kept here: two-space indentation; `"key" : value`; members and
/// elements separated by `,\n`; an empty container is `{` or `[`, two line breaks, the
/// indentation and the closing bracket; strings escape `"` `\` as `\"` `\\`, 0x08 0x0C
/// LF CR tab as `\b \f \n \r \t`, other bytes below 0x20 as `\u00xx` (lower-case hex), and
/// nothing else (not `/`, not DEL, not non-ASCII); an integral `Double` drops its `.0`.
///
/// Keys must be written in ascending UTF-8 byte order, as `.sortedKeys` sorts them:
/// callers list them in that order (checked in debug builds); `[String: Int]` maps are
/// sorted here.
final class PrettyJSONWriter {
    /// What the writer changes as it goes, held outside the object (`WriterState`).
    private struct State: ~Copyable {
        /// Bytes not yet handed to `output`.
        var bytes = OutputBytes(capacity: ByteSink.chunkSize + 4096)
        var depth = 0
        /// For each open container: no member written yet.
        var first: [Bool] = []
        /// A key was written and its value is next.
        var afterKey = false
    }

    private let storage = WriterState(State())
    private let output: ByteSink
    #if DEBUG
    /// For each open object: its last key, to check the order.
    private var lastKey: [String?] = []
    #endif

    /// The state, reached through `storage`'s pointer: not checked at run time.
    private var state: State {
        _read { yield storage.pointer.pointee }
        _modify { yield &storage.pointer.pointee }
    }

    /// A writer whose bytes go to `output`, in chunks, as containers close.
    init(output: ByteSink) {
        self.output = output
    }

    /// Hands the bytes still held to `output`; call when the document is complete.
    func flush() {
        state.bytes.withUnsafeBytes { output.write($0) }
        state.bytes.removeAll()
    }

    // MARK: Containers

    func object(_ body: () -> Void) {
        open(UInt8(ascii: "{"))
        #if DEBUG
        lastKey.append(nil)
        #endif
        body()
        #if DEBUG
        lastKey.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    func array(_ body: () -> Void) {
        open(UInt8(ascii: "["))
        body()
        close(UInt8(ascii: "]"))
    }

    func array<S: Sequence>(_ elements: S, _ each: (S.Element) -> Void) {
        array { for element in elements { each(element) } }
    }

    /// Starts an object member; its value is written next.
    func key(_ name: String) {
        #if DEBUG
        if let last = lastKey[lastKey.count - 1] {
            assert(last.utf8.lexicographicallyPrecedes(name.utf8), "JSON keys out of order: \(last), \(name)")
        }
        lastKey[lastKey.count - 1] = name
        #endif
        separate()
        appendString(name)
        state.bytes.append(" : ")
        state.afterKey = true
    }

    // MARK: Values

    func string(_ value: String?) {
        startValue()
        if let value { appendString(value) } else { state.bytes.append("null") }
    }

    func int(_ value: Int) {
        startValue()
        state.bytes.append(String(value))
    }

    func bool(_ value: Bool) {
        startValue()
        state.bytes.append(value ? "true" : "false")
    }

    /// A finite number (the encoder refuses NaN and infinities; exporters round scores
    /// with `ExportScore`, which makes them finite).
    func double(_ value: Double) {
        precondition(value.isFinite, "JSON has no \(value)")
        startValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        state.bytes.append(text)
    }

    func null() {
        startValue()
        state.bytes.append("null")
    }

    /// An object of `map`'s entries, keys in UTF-8 byte order.
    func counts(_ map: [String: Int]) {
        object {
            for (name, value) in map.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                key(name)
                int(value)
            }
        }
    }

    // MARK: Members (key and value)

    func field(_ name: String, _ value: String?) { key(name); string(value) }
    func field(_ name: String, _ value: Int) { key(name); int(value) }
    func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    func field(_ name: String, _ value: Double) { key(name); double(value) }
    func field(_ name: String, _ values: [String]) { key(name); array(values) { string($0) } }
    func field(_ name: String, counts map: [String: Int]) { key(name); counts(map) }
    func field(_ name: String, object body: () -> Void) { key(name); object(body) }

    // MARK: Layout

    private func open(_ bracket: UInt8) {
        startValue()
        state.bytes.append(bracket)
        state.bytes.append(0x0A)
        state.depth += 1
        state.first.append(true)
    }

    private func close(_ bracket: UInt8) {
        state.first.removeLast()
        state.depth -= 1
        state.bytes.append(0x0A)
        indent()
        state.bytes.append(bracket)
        if state.bytes.count >= ByteSink.chunkSize { flush() }
    }

    /// Before a value: nothing after a key, else the element separator and indentation.
    private func startValue() {
        if state.afterKey {
            state.afterKey = false
        } else if !state.first.isEmpty {
            separate()
        }
    }

    private func separate() {
        if state.first[state.first.count - 1] {
            state.first[state.first.count - 1] = false
        } else {
            state.bytes.append(UInt8(ascii: ","))
            state.bytes.append(0x0A)
        }
        indent()
    }

    private func indent() {
        state.bytes.append(repeating: 0x20, count: 2 * state.depth)
    }

    private func appendString(_ value: String) {
        state.bytes.append(UInt8(ascii: "\""))
        value.withUTF8Bytes { text in
            var run = 0    // start of the bytes not yet copied
            for i in 0..<text.count {
                let c = text[i]
                guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
                state.bytes.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: text[run..<i])))
                run = i + 1
                switch c {
                case UInt8(ascii: "\""): state.bytes.append("\\\"")
                case UInt8(ascii: "\\"): state.bytes.append("\\\\")
                case 0x08: state.bytes.append("\\b")
                case 0x0C: state.bytes.append("\\f")
                case 0x0A: state.bytes.append("\\n")
                case 0x0D: state.bytes.append("\\r")
                case 0x09: state.bytes.append("\\t")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    state.bytes.append("\\u00")
                    state.bytes.append(hex[Int(c >> 4)])
                    state.bytes.append(hex[Int(c & 0x0F)])
                }
            }
            state.bytes.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: text[run...])))
        }
        state.bytes.append(UInt8(ascii: "\""))
    }
}
