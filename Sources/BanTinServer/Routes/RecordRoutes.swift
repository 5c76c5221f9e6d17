import Foundation
import Hummingbird
import NIOPosix
import Records

/// `/api/records…`, `/api/check`, `/api/preview`: the records of the workspace, read, written,
/// checked and typeset by the engine (off the event loop, on NIO's thread pool, within the
/// render gate's time and concurrency bounds).
struct RecordRoutes {
    let workspace: Workspace
    let engine: any DocumentEngine
    let gate: RenderGate
    let summaries: RecordSummaryCache

    func add(to router: Router<ServerContext>) {
        router.get("/api/records") { _, _ in try await list() }
        router.get("/api/records/**") { request, context in try await get(request, context) }
        router.put("/api/records/**") { request, context in try await put(request, context) }
        router.post("/api/check") { request, context in try await check(request, context) }
        router.post("/api/preview") { request, context in try await preview(request, context) }
    }

    /// Runs blocking pipeline work on NIO's thread pool (one thread per core).
    func offLoop<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async throws -> Value {
        try await NIOThreadPool.singleton.runIfActive(work)
    }

    func list() async throws -> Response {
        let workspace = self.workspace, engine = self.engine, cache = self.summaries
        return APIResponse.json(try await offLoop { cache.summaries(of: workspace, engine: engine) })
    }

    /// The catch-all part of the route as a workspace path, or the refusal.
    func target(_ context: ServerContext) -> Result<(relative: String, pdf: Bool), ResponseRefusal> {
        var parts = context.parameters.getCatchAll().map(String.init)
        var pdf = false
        if parts.count >= 2, parts.last == "pdf" { parts.removeLast(); pdf = true }
        return .success((parts.joined(separator: "/"), pdf))
    }

    func resolve(_ relative: String, _ context: ServerContext) -> Result<String, ResponseRefusal> {
        do { return .success(try workspace.resolve(relative)) } catch {
            return .failure(ResponseRefusal(APIResponse.error(error.message, status: .forbidden, context: context)))
        }
    }

    func get(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard case .success(let (relative, pdf)) = target(context) else { return Response(status: .notFound) }
        let path: String
        switch resolve(relative, context) {
        case .failure(let refusal): return refusal.response
        case .success(let found): path = found
        }
        guard RecordName.isRecord(path), FileManager.default.isReadableFile(atPath: path), !FileManager.default.isDirectory(path) else {
            return APIResponse.error(.recordNotFound(relative), status: .notFound, context: context)
        }
        if pdf {
            let engine = self.engine
            switch await gate.bounded(context, { () -> EngineOutcome in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .failed(.recordNotFound(relative)) }
                return engine.preview(text, as: path)
            }) {
            case .failure(let refusal): return refusal.response
            case .success(let outcome): return respond(outcome, name: RecordName.pdfName(path), context: context)
            }
        }
        guard let data = FileManager.default.contents(atPath: path), data.count <= ServerLimits.recordBytes else {
            return APIResponse.error(.recordNotFound(relative), status: .notFound, context: context)
        }
        let text = String(decoding: data, as: UTF8.self)
        if (request.headers[.accept] ?? "").contains("application/json") {
            switch RecordYAML.json(from: text) {
            case .some(let json): return APIResponse.text(json, contentType: "application/json; charset=utf-8")
            case .none: return APIResponse.diagnostics(engine.check(text, as: path), context: context)
            }
        }
        return APIResponse.text(text, contentType: "application/yaml; charset=utf-8")
    }

    /// Writes the record when it has no errors: YAML as sent; JSON as canonical YAML, which
    /// drops hand-written comments of the file it replaces, so that needs `?overwrite=1` (409).
    func put(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard case .success(let (relative, pdf)) = target(context), !pdf else {
            return APIResponse.error(.recordNotFound(relative(context)), status: .notFound, context: context)
        }
        let path: String
        switch resolve(relative, context) {
        case .failure(let refusal): return refusal.response
        case .success(let found): path = found
        }
        guard RecordName.isRecord(path) else { return APIResponse.error(.notARecordName(relative), status: .badRequest, context: context) }
        guard FileManager.default.isDirectory((path as NSString).deletingLastPathComponent) else {
            return APIResponse.error(.recordNotFound(relative), status: .notFound, context: context)
        }
        var text: String
        switch await RequestBody.text(request, limit: ServerLimits.recordBytes, context: context) {
        case .failure(let refusal): return refusal.response
        case .success(let body): text = body
        }
        let isJSON = (request.headers[.contentType] ?? "").contains("json")
        let engine = self.engine, sent = text
        let diagnostics: [Diagnostic]
        // A check that ends too late writes nothing: the answer is 503 and the file is untouched.
        switch await gate.bounded(context, { engine.check(sent, as: path) }) {
        case .failure(let refusal): return refusal.response
        case .success(let found): diagnostics = found
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return APIResponse.diagnostics(diagnostics, context: context)
        }
        if isJSON {
            guard let yaml = RecordYAML.canonical(fromJSON: text) else {
                return APIResponse.diagnostics(diagnostics, context: context)
            }
            let overwrite = request.uri.queryParameters.get("overwrite") == "1"
            if !overwrite, let old = try? String(contentsOfFile: path, encoding: .utf8), RecordYAML.hasComments(old) {
                return APIResponse.json(["conflict": "comments", "error": Localized.recordHasComments(relative).text(in: context.language)],
                                        status: .conflict)
            }
            // The canonical text must say what the form sent: checked again before it is kept.
            let rechecked: [Diagnostic]
            switch await gate.bounded(context, { engine.check(yaml, as: path) }) {
            case .failure(let refusal): return refusal.response
            case .success(let found): rechecked = found
            }
            if rechecked.contains(where: { $0.severity == .error }) { return APIResponse.diagnostics(rechecked, context: context) }
            text = yaml
        }
        do { try AtomicFile.write(Data(text.utf8), to: path) } catch {
            return APIResponse.error(.cannotWrite(relative), status: .internalServerError, context: context)
        }
        // A saved bantin.yaml or layout changes other records' checks too.
        summaries.invalidate()
        return APIResponse.json(["written": workspace.relative(path)])
    }

    func relative(_ context: ServerContext) -> String { context.parameters.getCatchAll().joined(separator: "/") }

    /// Where a record sent for checking lives: `?path=` (for its photos and settings), else a
    /// new file at the workspace's top.
    func place(_ request: Request, _ context: ServerContext) -> Result<String, ResponseRefusal> {
        resolve(request.uri.queryParameters.get("path").map { "\($0)" } ?? "ban-moi.yaml", context)
    }

    /// The record sent for checking or preview and where it lives, or why it is refused.
    func sentRecord(_ request: Request, _ context: ServerContext) async -> Result<(path: String, text: String), ResponseRefusal> {
        let path: String
        switch place(request, context) { case .failure(let refusal): return .failure(refusal); case .success(let found): path = found }
        return await RequestBody.text(request, limit: ServerLimits.recordBytes, context: context).map { (path, $0) }
    }

    func check(_ request: Request, _ context: ServerContext) async throws -> Response {
        let path: String, text: String
        switch await sentRecord(request, context) {
        case .failure(let refusal): return refusal.response
        case .success(let sent): (path, text) = sent
        }
        let engine = self.engine
        switch await gate.bounded(context, { engine.check(text, as: path) }) {
        case .failure(let refusal): return refusal.response
        case .success(let diagnostics): return APIResponse.diagnostics(diagnostics, status: .ok, context: context)
        }
    }

    func preview(_ request: Request, _ context: ServerContext) async throws -> Response {
        let path: String, text: String
        switch await sentRecord(request, context) {
        case .failure(let refusal): return refusal.response
        case .success(let sent): (path, text) = sent
        }
        let engine = self.engine
        switch await gate.bounded(context, { engine.preview(text, as: path) }) {
        case .failure(let refusal): return refusal.response
        case .success(let outcome): return respond(outcome, name: RecordName.pdfName(path), context: context)
        }
    }

    func respond(_ outcome: EngineOutcome, name: String, context: ServerContext) -> Response {
        switch outcome {
        case .pdf(let data): return APIResponse.pdf(data, name: name)
        case .rejected(let diagnostics): return APIResponse.diagnostics(diagnostics, context: context)
        case .failed(let message): return APIResponse.error(message, status: .unprocessableContent, context: context)
        }
    }
}

/// Names of record files and of their PDFs.
enum RecordName {
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    static func isRecord(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    static func pdfName(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
    }
}
