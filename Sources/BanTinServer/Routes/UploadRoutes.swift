import Foundation
import Hummingbird
import NIOPosix
import Records

/// `POST /api/upload?dir=FOLDER&name=FILE`: a photo into a folder of the workspace. The body
/// is the image itself, or a multipart form with one file (its file name used when `name`
/// is not given). Only `.jpg`, `.jpeg`, `.png` names; the bytes go through the same checks
/// as a record's photos before the file appears (written beside it under a hidden name,
/// checked, then renamed into place).
struct UploadRoutes {
    let workspace: Workspace
    /// Forgotten after an upload: a record's check reads its photos.
    let summaries: RecordSummaryCache

    func add(to router: Router<ServerContext>) {
        router.post("/api/upload") { request, context in try await upload(request, context) }
    }

    func upload(_ request: Request, _ context: ServerContext) async throws -> Response {
        let query = request.uri.queryParameters
        let folderName = query.get("dir").map { "\($0)" } ?? ""
        let folder: String
        if folderName.isEmpty || folderName == "." {
            folder = workspace.root
        } else {
            do throws(WorkspaceError) { folder = try workspace.resolve(folderName) } catch {
                return APIResponse.error(error.message, status: .forbidden, context: context)
            }
        }
        guard FileManager.default.isDirectory(folder) else {
            return APIResponse.error(.recordNotFound(folderName), status: .notFound, context: context)
        }
        var bytes: Data
        switch await RequestBody.bytes(request, limit: ServerLimits.uploadBytes, context: context) {
        case .failure(let refusal): return refusal.response
        case .success(let data): bytes = data
        }
        var name = query.get("name").map { "\($0)" }
        if let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data") {
            guard let part = Multipart.firstFile(bytes, contentType: type) else {
                return APIResponse.error(.multipartMalformed, status: .badRequest, context: context)
            }
            bytes = part.bytes
            name = name ?? part.fileName
        }
        guard let name, !name.isEmpty else { return APIResponse.error(.uploadNeedsName, status: .badRequest, context: context) }
        let base = (name as NSString).lastPathComponent
        guard ["jpg", "jpeg", "png"].contains((base as NSString).pathExtension.lowercased()), !base.hasPrefix(".") else {
            return APIResponse.error(.uploadNotAnImage(base), status: .unsupportedMediaType, context: context)
        }
        let target: String
        let inFolder = folder == workspace.root ? "" : workspace.relative(folder) + "/"
        do throws(WorkspaceError) { target = try workspace.resolve(inFolder + base) } catch {
            return APIResponse.error(error.message, status: .forbidden, context: context)
        }
        if FileManager.default.fileExists(atPath: target), query.get("overwrite") != "1" {
            return APIResponse.error(.uploadExists(base), status: .conflict, context: context)
        }
        let data = bytes
        let outcome = try await NIOThreadPool.singleton.runIfActive { () -> [Diagnostic] in
            Self.checkAndKeep(data, as: target, in: folder)
        }
        if outcome.contains(where: { $0.severity == .error }) {
            return APIResponse.diagnostics(outcome, context: context)
        }
        summaries.invalidate()
        return APIResponse.json(["written": workspace.relative(target)])
    }

    /// Writes `bytes` into a hidden folder inside `folder` under the photo's own name (so the
    /// messages name it as the user did), checks it as a record's photo, and renames it to
    /// `target` if it passes; the problems found otherwise (nothing kept).
    static func checkAndKeep(_ bytes: Data, as target: String, in folder: String) -> [Diagnostic] {
        let shown = (target as NSString).lastPathComponent
        let hiddenFolder = (folder as NSString).appendingPathComponent(".upload-\(Token.random().prefix(16))")
        let staged = (hiddenFolder as NSString).appendingPathComponent(shown)
        let refused = [Diagnostic(location: SourceLocation(file: shown, line: 1, column: 1), field: "photos", message: .cannotWrite(shown))]
        guard mkdir(hiddenFolder, 0o700) == 0 else { return refused }
        defer { unlink(staged); rmdir(hiddenFolder) }
        do { try AtomicFile.write(bytes, to: staged) } catch { return refused }
        var problems = ImageFileCheck.problems(ofFile: staged, inFolder: hiddenFolder)
        for index in problems.indices { problems[index].location.file = shown }
        guard !problems.contains(where: { $0.severity == .error }) else { return problems }
        guard rename(staged, target) == 0 else { return refused }
        return problems
    }
}

/// The first file part of a `multipart/form-data` body (RFC 7578), enough for one upload.
enum Multipart {
    static func firstFile(_ body: Data, contentType: String) -> (fileName: String?, bytes: Data)? {
        guard let boundaryRange = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[boundaryRange.upperBound...])
        if let end = boundary.firstIndex(of: ";") { boundary = String(boundary[..<end]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty, let delimiter = ("--" + boundary).data(using: .utf8) else { return nil }
        var searchStart = body.startIndex
        while let start = body.range(of: delimiter, in: searchStart..<body.endIndex) {
            let partStart = start.upperBound
            guard let next = body.range(of: delimiter, in: partStart..<body.endIndex) else { return nil }
            let part = body[partStart..<next.lowerBound]
            searchStart = next.lowerBound
            guard let headerEnd = part.range(of: Data("\r\n\r\n".utf8)) else { continue }
            let headers = String(decoding: part[part.startIndex..<headerEnd.lowerBound], as: UTF8.self)
            guard headers.contains("filename=") else { continue }
            var content = part[headerEnd.upperBound..<part.endIndex]
            if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
            var fileName: String?
            if let range = headers.range(of: "filename=\"") {
                let rest = headers[range.upperBound...]
                if let close = rest.firstIndex(of: "\"") { fileName = String(rest[..<close]) }
            }
            return (fileName, Data(content))
        }
        return nil
    }
}
