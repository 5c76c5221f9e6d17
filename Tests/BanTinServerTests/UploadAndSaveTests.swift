import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// Photo uploads and saves: only sound JPEG and PNG are kept; a save is whole or not at all.
@Suite struct UploadAndSaveTests {
    static let gif: [UInt8] = Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B]

    @Test func soundPhotoIsKept() async throws {
        let harness = try ServerHarness()
        let png = ImageBytes.png(width: 40, height: 30)
        let (raw, multipart) = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let raw = try await client.execute(uri: "/api/upload?dir=photos&name=moi.png", method: .post,
                                               headers: credentials.headers(contentType: "image/png"), body: ByteBuffer(bytes: png))
            let boundary = "----bantin"
            var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hop.png\"\r\nContent-Type: image/png\r\n\r\n".utf8)
            body += png + Array("\r\n--\(boundary)--\r\n".utf8)
            let multipart = try await client.execute(uri: "/api/upload?dir=photos", method: .post,
                                                     headers: credentials.headers(contentType: "multipart/form-data; boundary=\(boundary)"),
                                                     body: ByteBuffer(bytes: body))
            return (raw, multipart)
        }
        #expect(raw.status == .ok)
        #expect((raw.json as? [String: String])?["written"] == "photos/moi.png")
        #expect(multipart.status == .ok)
        #expect(FileManager.default.contents(atPath: harness.folder + "/photos/moi.png") == Data(png))
        #expect(FileManager.default.contents(atPath: harness.folder + "/photos/hop.png") == Data(png))
    }

    @Test(arguments: [
        ("ghi-chu.jpg", Array("không phải ảnh, chỉ là chữ\n".utf8), HTTPResponse.Status.unprocessableContent),
        ("anh.gif", gif, .unsupportedMediaType),
        ("anh-gif.png", gif, .unprocessableContent),
        ("cut.png", Array(ImageBytes.png(width: 64, height: 64).prefix(60)), .unprocessableContent),
        ("bad-deflate.png", ImageBytes.pngWithBadDeflate(width: 8, height: 8), .unprocessableContent),
        ("../thoat.png", ImageBytes.png(width: 4, height: 4), .ok),
    ])
    func badUploadIsRefusedAndNothingKept(_ name: String, _ bytes: [UInt8], _ status: HTTPResponse.Status) async throws {
        let harness = try ServerHarness()
        let response = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await client.execute(uri: "/api/upload?dir=photos&name=\(name)", method: .post,
                                            headers: credentials.headers(), body: ByteBuffer(bytes: bytes))
        }
        #expect(response.status == status, "\(name): \(response.text)")
        let photos = try FileManager.default.contentsOfDirectory(atPath: harness.folder + "/photos")
        // Only the base name is ever used: `../thoat.png` lands in photos/ as thoat.png.
        #expect(!FileManager.default.fileExists(atPath: harness.folder + "/thoat.png"))
        if status == .ok { #expect(photos.contains("thoat.png")) } else {
            #expect(!photos.contains((name as NSString).lastPathComponent))
            #expect(photos.allSatisfy { !$0.hasPrefix(".") })
        }
        if status == .unprocessableContent {
            let diagnostics = try #require((response.json as? [String: Any])?["diagnostics"] as? [[String: Any]])
            #expect((diagnostics.first?["message"] as? String)?.contains(name) == true)
        }
    }

    @Test func concurrentSavesOfOneRecordLeaveOneWhole() async throws {
        let harness = try ServerHarness()
        let original = try #require(harness.text("2023-07-03.yaml"))
        let versions = (0..<6).map { index in
            original.replacingOccurrences(of: "venue: Hội trường Sở Lao động - Thương binh và Xã hội",
                                          with: "venue: Phòng họp số \(index) " + String(repeating: "rộng ", count: index * 40))
        }
        let statuses = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for round in 0..<3 {
                    for version in versions {
                        group.addTask {
                            try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put, headers: credentials.headers(),
                                                     body: ByteBuffer(string: version + String(repeating: "\n", count: round))).status
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        #expect(statuses.allSatisfy { $0 == .ok })
        let final = try #require(harness.text("2023-07-03.yaml"))
        let candidates = versions.flatMap { version in (0..<3).map { version + String(repeating: "\n", count: $0) } }
        #expect(candidates.contains(final))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: harness.folder).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func jsonSaveWritesCanonicalYAMLAndAsksBeforeDroppingComments() async throws {
        let harness = try ServerHarness()
        let before = try #require(harness.text("2023-07-03.yaml"))
        let outcome = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let json = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .get, headers: [.accept: "application/json"])
            let edited = json.text.replacingOccurrences(of: "Hội trường Sở Lao động - Thương binh và Xã hội", with: "Phòng họp A")
            let fresh = try await client.execute(uri: "/api/records/moi.yaml", method: .put,
                                                 headers: credentials.headers(contentType: "application/json"), body: ByteBuffer(string: edited))
            let conflict = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put,
                                                    headers: credentials.headers(contentType: "application/json"), body: ByteBuffer(string: edited))
            let forced = try await client.execute(uri: "/api/records/2023-07-03.yaml?overwrite=1", method: .put,
                                                  headers: credentials.headers(contentType: "application/json"), body: ByteBuffer(string: edited))
            let check = try await client.execute(uri: "/api/check?path=moi.yaml", method: .post, headers: credentials.headers(),
                                                 body: ByteBuffer(string: harness.text("moi.yaml") ?? ""))
            return (json.status, fresh.status, conflict.status, conflict.text, forced.status, check.text)
        }
        #expect(outcome.0 == .ok)
        #expect(outcome.1 == .ok)
        let saved = try #require(harness.text("moi.yaml"))
        #expect(saved.hasPrefix("kind: meeting\nregime: party\norganization:\n"))
        #expect(saved.contains("venue: Phòng họp A\n"))
        #expect(!saved.contains("{"))
        #expect(outcome.2 == .conflict)
        #expect(outcome.3.contains(#""conflict":"comments""#))
        #expect(outcome.4 == .ok)
        #expect(outcome.5 == #"{"diagnostics":[]}"#)
        #expect(harness.text("2023-07-03.yaml") != before)
        #expect(harness.text("2023-07-03.yaml") == saved)
    }
}
