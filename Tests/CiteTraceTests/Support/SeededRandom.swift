/// A small deterministic generator (SplitMix64) so property tests are reproducible.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

extension SeededRandom {
    /// Up to `maxLength` scalars drawn from `alphabet`, the length drawn first.
    mutating func scalars(from alphabet: [Unicode.Scalar], maxLength: Int) -> [Unicode.Scalar] {
        (0..<Int.random(in: 0...maxLength, using: &self)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &self)] }
    }

    /// `scalars(from:maxLength:)` as a string.
    mutating func text(from alphabet: [Unicode.Scalar], maxLength: Int) -> String {
        String(String.UnicodeScalarView(scalars(from: alphabet, maxLength: maxLength)))
    }
}

/// Scalars from their values: test alphabets hold noncharacters, which literals cannot.
func scalars(_ values: [UInt32]) -> [Unicode.Scalar] {
    values.map { Unicode.Scalar($0)! }
}
