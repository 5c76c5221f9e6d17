import Foundation
import HTTPTypes
import Hummingbird
import Records

/// The JSON and PDF responses of the API, built one way everywhere.
enum APIResponse {
    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"error": message}` in the request's language.
    static func error(_ message: Localized, status: HTTPResponse.Status, context: ServerContext) -> Response {
        json(["error": message.text(in: context.language)], status: status)
    }

    /// 422 `{"diagnostics": [...]}`.
    static func diagnostics(_ diagnostics: [Diagnostic], status: HTTPResponse.Status = .unprocessableContent,
                            context: ServerContext) -> Response {
        json(DiagnosticList(diagnostics, language: context.language), status: status)
    }

    static func pdf(_ data: Data, name: String) -> Response {
        let safe = name.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0.value >= 0x20 } ? name : "bantin.pdf"
        return Response(status: .ok, headers: [.contentType: "application/pdf", .cacheControl: "no-store",
                                               .contentDisposition: "inline; filename=\"\(safe)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// `{"diagnostics": [{line, column, field, severity, message}]}`.
struct DiagnosticList: Encodable {
    struct Item: Encodable {
        var line: Int
        var column: Int
        var field: String
        var severity: String
        var message: String
    }
    var diagnostics: [Item]

    init(_ diagnostics: [Diagnostic], language: Language) {
        self.diagnostics = diagnostics.map {
            Item(line: $0.location.line, column: $0.location.column, field: $0.field,
                 severity: $0.severity == .error ? "error" : "warning", message: $0.message.text(in: language))
        }
    }
}
