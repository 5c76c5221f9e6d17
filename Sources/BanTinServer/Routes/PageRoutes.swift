import Foundation
import Hummingbird
import NIOPosix
import Records
import WebPages

/// The clerk's pages: `/` (records), `/meetings/new`, `/edit/{path}` (the meeting form or,
/// for a report record, the text editor) and `/products`, rendered by `WebPages` from the
/// workspace's records; the pages' scripts do the rest through the API.
struct PageRoutes {
    let workspace: Workspace
    let engine: any DocumentEngine
    let summaries: RecordSummaryCache

    func add(to router: Router<ServerContext>) {
        router.get("/") { request, _ in try await Self.page(RecordsPage.render(entries(), language: Self.language(request))) }
        router.get("/products") { request, _ in try await Self.page(ProductsPage.render(entries(), language: Self.language(request))) }
        router.get("/meetings/new") { request, _ in
            let regime = request.uri.queryParameters.get("regime").map { String($0) } ?? Regime.party.rawValue
            return Self.page(MeetingFormPage.render(path: nil, regime: regime, language: Self.language(request)))
        }
        router.get("/edit/**") { request, context in try await edit(request, context) }
    }

    /// The pages speak Vietnamese, whatever language the browser prefers, unless the clerk
    /// asks for English with `?lang=en` (the pages' own link does).
    static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang").flatMap { Language(option: String($0)) } ?? .vi
    }

    /// The records list, as `GET /api/records` gives it (checked off the event loop, records
    /// unchanged since the last call not checked again).
    func entries() async throws -> [RecordEntry] {
        let workspace = self.workspace, engine = self.engine, summaries = self.summaries
        return try await NIOThreadPool.singleton.runIfActive { summaries.summaries(of: workspace, engine: engine) }
    }

    /// The editor of the record at the catch-all path: its kind chooses the page.
    func edit(_ request: Request, _ context: ServerContext) async throws -> Response {
        let relative = context.parameters.getCatchAll().joined(separator: "/")
        let path: String
        do { path = try workspace.resolve(relative) } catch {
            return APIResponse.error(error.message, status: .forbidden, context: context)
        }
        guard RecordName.isRecord(path), FileManager.default.isReadableFile(atPath: path), !FileManager.default.isDirectory(path) else {
            return APIResponse.error(.recordNotFound(relative), status: .notFound, context: context)
        }
        let engine = self.engine
        let kind = try await NIOThreadPool.singleton.runIfActive { engine.summary(ofFile: path).kind }
        let shown = workspace.relative(path)
        if kind?.lowercased() == RecordKind.report.rawValue {
            return Self.page(ReportEditorPage.render(path: shown, language: Self.language(request)))
        }
        return Self.page(MeetingFormPage.render(path: shown, regime: Regime.party.rawValue, language: Self.language(request)))
    }

    /// An HTML page, with a policy that lets it run only this server's scripts and show the
    /// preview's PDF from a blob.
    static func page(_ html: String) -> Response {
        var response = APIResponse.text(html, contentType: "text/html; charset=utf-8")
        response.headers[.contentSecurityPolicy] = policy
        return response
    }

    static let policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self' blob:; "
        + "frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
}
