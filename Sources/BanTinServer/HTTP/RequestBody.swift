import Foundation
import Hummingbird
import Records

/// Reads bodies with a bound: a body over the limit is refused with 413 before it is all read.
enum RequestBody {
    /// The body as bytes, or the 413 response.
    static func bytes(_ request: Request, limit: Int, context: ServerContext) async -> Result<Data, ResponseRefusal> {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            return .failure(ResponseRefusal(APIResponse.error(.bodyTooLarge(limit), status: .contentTooLarge, context: context)))
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return .success(Data(buffer.readableBytesView))
        } catch {
            return .failure(ResponseRefusal(APIResponse.error(.bodyTooLarge(limit), status: .contentTooLarge, context: context)))
        }
    }

    /// The body as UTF-8 text (a record), BOM kept for the loader to drop.
    static func text(_ request: Request, limit: Int, context: ServerContext) async -> Result<String, ResponseRefusal> {
        switch await bytes(request, limit: limit, context: context) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let data):
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(ResponseRefusal(APIResponse.error(.bodyNotUTF8, status: .badRequest, context: context)))
            }
            return .success(text)
        }
    }
}

/// A response that ends a request early (an error), carried through `Result`.
struct ResponseRefusal: Error {
    let response: Response
    init(_ response: Response) { self.response = response }
}
