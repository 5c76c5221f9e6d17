import Documents
import Records
import Testing
import TestSupport
import Typesetting

/// Issue 12, point 5 on laid-out pages: the seal of a final state report at its real size,
/// over the left third of the signature image (Decree 30, Appendix I, cell 8); none on a draft
/// and none in a Party layout that does not allow it.
@Suite(.englishMessages) struct ReportSealTests {
    static let signature = SignatureImage(file: "chu-ky-mau.png", resolvedPath: Fixtures.path("Examples/reports/signatures/chu-ky-mau.png"),
                                          pixelWidth: 600, pixelHeight: 240, contentID: "sig")
    static let seal = SealImage(image: SignatureImage(file: "dau-mau.png", resolvedPath: Fixtures.path("Examples/reports/signatures/dau-mau.png"),
                                                      pixelWidth: 425, pixelHeight: 425, contentID: "seal"),
                                widthMillimetres: 36, heightMillimetres: 36)

    static func report(_ regime: Regime, draft: Bool = false, signature: SignatureImage? = signature) -> Report {
        var report = ReportFixtures.report(regime, draft: draft, round: nil, signature: signature)
        report.signer.seal = seal
        return report
    }

    static func images(_ probe: DocumentProbe) -> [ImageElement] {
        probe.pages.flatMap { $0.elements.compactMap { if case .image(let i) = $0 { return i } else { return nil } } }
    }

    @Test func theSealCoversTheLeftThirdOfTheSignatureAtItsRealSize() throws {
        let probe = ReportFixtures.pages(Self.report(.state)).probe
        let images = Self.images(probe)
        try #require(images.count == 2, "\(images)")
        let (signature, seal) = (images[0], images[1])   // the seal is stamped on top
        #expect(signature.source.id == "sig" && seal.source.id == "seal")
        let mm = millimetres(1)
        #expect(abs(seal.size.width - 36 * mm) < 0.01 && abs(seal.size.height - 36 * mm) < 0.01, "\(seal.size)")
        // Its right edge a third of the way into the signature; both centred on one line.
        let covered = (seal.origin.x + seal.size.width - signature.origin.x) / signature.size.width
        #expect(abs(covered - 0.33) < 0.001, "covers \(covered) of the signature")
        #expect(seal.origin.x < signature.origin.x, "the seal is not on the signature's left")
        #expect(abs((seal.origin.y + seal.size.height / 2) - (signature.origin.y + signature.size.height / 2)) < 0.01)
        // Within the signature's column, clear of Nơi nhận.
        let label = try #require(probe.line("Nơi nhận:"))
        let recipients = probe.lines(startingWith: "- ").filter { $0.page == label.page }
        #expect(seal.origin.x > recipients.map(\.line.maxX).max()!, "the seal covers Nơi nhận")
    }

    @Test func aSealWithoutASignatureImageStandsInTheRoom() throws {
        let images = Self.images(ReportFixtures.pages(Self.report(.state, signature: nil)).probe)
        #expect(images.map(\.source.id) == ["seal"])
    }

    @Test func aDraftOrAPartyLayoutPrintsNoSeal() throws {
        #expect(Self.images(ReportFixtures.pages(Self.report(.state, draft: true)).probe).isEmpty)
        // The bundled Party layout does not allow a seal (`bantin report` refuses the record).
        #expect(Self.images(ReportFixtures.pages(Self.report(.party)).probe).map(\.source.id) == ["sig"])
    }
}
