import ArgumentParser
import CiteTrace
import Foundation

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a reproducible synthetic corpus with planted quotes, and its truth.",
        discussion: """
        Builds article files from the real speeches and article prose of --seeds: quotes of \
        the speeches are planted at known offsets under known changes (exact, script, width, \
        line and page breaks, substituted or deleted words, splices, paraphrases, wrong \
        claimed dates, words of a held-out speech, officials' words). Writes OUT/corpus/ \
        (the speech texts and the articles; some traditional, GB18030 or UTF-16) and \
        OUT/truth.json, whose quotes have the shape of citations.json's. The same seed and \
        size give the same bytes. Check a run with:
          citetrace analyze OUT/corpus --out R
          citetrace score OUT/truth.json R/citations.json
        """
    )

    @Option(help: "Corpus size: 200KB, 1MB, 10MB, 100MB (decimal units).") var size: String = "1MB"
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "The output folder (OUT/corpus must not exist yet).") var out: String
    @Option(help: "The real corpus the material comes from.") var seeds: String = "seeds"
    @Option(help: "Speech whose witnesses are left out but whose words are quoted: auto (chosen by the seed), none, or a speech id.")
    var holdOut: String = "auto"
    @Flag(help: "Write every article into one UTF-8 file, corpus/articles/archive.txt (an archive exported as one text).")
    var oneFile = false

    func run() throws {
        guard let parsed = SynthSize(size) else { throw ValidationError("cannot read size '\(size)'; write e.g. 200KB, 10MB") }
        let material = try SynthMaterial.load(paths: [seeds])
        let hold: SynthHoldOut = holdOut == "auto" ? .auto : holdOut == "none" ? .none : .speech(holdOut)
        if case .speech(let id) = hold, !material.sources.contains(where: { $0.id == id }) {
            throw ValidationError("no speech '\(id)' in \(seeds); have \(material.sources.map(\.id).joined(separator: ", "))")
        }
        let truth = try SynthCorpus.write(material, SynthOptions(size: parsed, seed: seed, holdOut: hold, oneFile: oneFile), to: out)
        let linked = truth.quotes.filter { $0.source != nil }.count
        Output.info("wrote \(truth.files) files (\(truth.bytes) bytes) to \(out)/corpus and \(truth.quotes.count) planted quotes (\(linked) with a source) to \(out)/truth.json")
        Output.info("speeches: \(truth.speeches.joined(separator: ", "))\(truth.heldOut.isEmpty ? "" : "; held out: " + truth.heldOut.joined(separator: ", "))")
    }
}
