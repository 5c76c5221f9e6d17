import Foundation
import Hummingbird
import NIOPosix
import Records

/// `POST /api/bulletin`, `/api/compile`, `/api/report`: a JSON object of the command's
/// options (`{"records": ["2024"], "period": "2024-H1"}`) becomes the command's arguments,
/// records confined to the workspace; the command runs in the server's process and its PDF
/// comes back.
struct ProductRoutes {
    let workspace: Workspace
    let engine: any DocumentEngine
    let scratch: ScratchFolder
    let gate: RenderGate

    /// The options each command takes through the API (value options, then flags). Options
    /// naming files outside the workspace (`--layout`, `--allow-folder`) are not offered.
    static let options: [ProductKind: (values: [String], flags: [String])] = [
        .bulletin: (["order", "issue", "date", "publisher"], []),
        .compile: (["period", "from", "to", "style", "group-by", "impose", "bleed"], ["marks"]),
        .report: (["period", "from", "to"], ["watermark"]),
    ]

    func add(to router: Router<ServerContext>) {
        for product in ProductKind.allCases {
            router.post("/api/\(product.rawValue)") { request, context in try await make(product, request, context) }
        }
    }

    func make(_ product: ProductKind, _ request: Request, _ context: ServerContext) async throws -> Response {
        let body: Data
        switch await RequestBody.bytes(request, limit: ServerLimits.optionsBytes, context: context) {
        case .failure(let refusal): return refusal.response
        case .success(let data): body = data
        }
        let arguments: [String]
        switch Self.arguments(product, body, workspace: workspace) {
        case .failure(let problem):
            return APIResponse.error(problem.message, status: problem.status, context: context)
        case .success(let found): arguments = found
        }
        let output = scratch.newFile(extension: "pdf")
        let engine = self.engine
        // The scratch PDF is removed when the work ends, even after its answer went out as 503.
        let outcome: EngineOutcome
        switch await gate.bounded(context, product: true, { () -> EngineOutcome in
            defer { unlink(output) }
            return engine.make(product, arguments: arguments, output: output)
        }) {
        case .failure(let refusal): return refusal.response
        case .success(let made): outcome = made
        }
        switch outcome {
        case .pdf(let data): return APIResponse.pdf(data, name: "\(product.rawValue).pdf")
        case .rejected(let diagnostics): return APIResponse.diagnostics(diagnostics, context: context)
        case .failed(let message): return APIResponse.error(message, status: .unprocessableContent, context: context)
        }
    }

    /// Why options were refused.
    struct Problem: Error {
        var message: Localized
        var status: HTTPResponse.Status
    }

    /// The command line for `product` from the JSON options in `body`.
    static func arguments(_ product: ProductKind, _ body: Data, workspace: Workspace) -> Result<[String], Problem> {
        guard let object = (try? JSONSerialization.jsonObject(with: body.isEmpty ? Data("{}".utf8) : body)) as? [String: Any] else {
            return .failure(Problem(message: .optionsNotJSON, status: .badRequest))
        }
        let known = options[product]!
        var positional: [String] = []
        var named: [String] = []
        func paths(_ value: Any, _ key: String) -> Result<[String], Problem> {
            let list = (value as? [Any]) ?? [value]
            var out: [String] = []
            for item in list {
                guard let text = item as? String else { return .failure(Problem(message: .badOptionValue(key), status: .badRequest)) }
                if text == "." || text.isEmpty { out.append(workspace.root); continue }
                do { out.append(try workspace.resolve(text)) } catch { return .failure(Problem(message: error.message, status: .forbidden)) }
            }
            return .success(out)
        }
        if product == .report {
            guard let report = object["report"] else { return .failure(Problem(message: .badOptionValue("report"), status: .badRequest)) }
            switch paths(report, "report") {
            case .failure(let problem): return .failure(problem)
            case .success(let found) where found.count == 1: positional += found
            default: return .failure(Problem(message: .badOptionValue("report"), status: .badRequest))
            }
        }
        for key in object.keys.sorted() {
            let value = object[key]!
            let name = optionName(key)
            if name == "report", product == .report { continue }
            if name == "records" {
                switch paths(value, key) {
                case .failure(let problem): return .failure(problem)
                case .success(let found): positional += found
                }
            } else if known.flags.contains(name) {
                guard let flag = value as? Bool else { return .failure(Problem(message: .badOptionValue(key), status: .badRequest)) }
                if flag { named.append("--\(name)") }
            } else if known.values.contains(name) {
                if value is NSNull { continue }
                guard let text = scalarText(value), !text.hasPrefix("-") else {
                    return .failure(Problem(message: .badOptionValue(key), status: .badRequest))
                }
                named += ["--\(name)", text]
            } else {
                let all = ["records"] + (product == .report ? ["report"] : []) + known.values + known.flags
                return .failure(Problem(message: .unknownOption(key, product.rawValue, all), status: .badRequest))
            }
        }
        if positional.isEmpty { positional = [workspace.root] }
        return .success(positional + named)
    }

    /// `groupBy`, `group_by` and `group-by` alike.
    static func optionName(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase { out += "-" + character.lowercased() } else if character == "_" { out += "-" } else { out.append(character) }
        }
        return out
    }

    private static func scalarText(_ value: Any) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }
}
