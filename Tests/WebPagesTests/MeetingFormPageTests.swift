import Records
import Testing
@testable import WebPages

/// The meeting form is made from the record schema: every field a meeting record may have has
/// its control, its Vietnamese label and the schema's help, at any depth.
@Suite struct MeetingFormPageTests {
    /// Every (mapping, field) reachable from the meeting schema, with the path a diagnostic names.
    static func reachable(_ schema: MappingSchema, path: String = "") -> [(schema: MappingSchema, field: MappingSchema.Field, path: String)] {
        var out: [(MappingSchema, MappingSchema.Field, String)] = []
        for field in schema.fields {
            let here = path.isEmpty ? field.name : "\(path).\(field.name)"
            out.append((schema, field, here))
            var kind = field.kind
            var itemPath = here
            if case .list(let element) = kind { kind = element; itemPath += "[0]" }
            if let id = SchemaForm.mappingID(kind), let inner = SchemaForm.schema(id) {
                out += reachable(inner, path: itemPath)
            }
        }
        return out
    }

    @Test func everyFieldOfTheSchemaHasAControlAndALabel() {
        let page = MeetingFormPage.render(path: nil, regime: "party", language: .vi)
        let fields = Self.reachable(RecordSchema.meeting)
        #expect(fields.count > 50)
        for (schema, field, path) in fields {
            #expect(page.contains("data-key=\"\(field.name)\""), "no control for \(path)")
            #expect(Localized.fieldLabels["\(schema.id).\(field.name)"] != nil, "no label for \(schema.id).\(field.name) (\(path))")
            // `kind` is fixed (a hidden `meeting`); every other field shows the schema's help.
            #expect(path == "kind" || page.contains(HTML.escape(field.description)), "no help for \(path)")
        }
    }

    @Test func theFormIsVietnameseByDefaultAndEnglishOnRequest() {
        let vi = MeetingFormPage.render(path: nil, regime: "state", language: .vi)
        #expect(vi.contains("<html lang=\"vi\">"))
        #expect(vi.contains(">Ngày họp<"))
        #expect(vi.contains(">Lưu hồ sơ<"))
        #expect(vi.contains("data-regime=\"state\""))
        let en = MeetingFormPage.render(path: "2023/a.yaml", regime: "party", language: .en)
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains(">Date<"))
        #expect(en.contains("data-record-path=\"2023/a.yaml\""))
    }

    @Test func aRegimeOutsideTheChoicesBecomesParty() {
        let page = MeetingFormPage.render(path: nil, regime: "\"><script>", language: .vi)
        #expect(page.contains("data-regime=\"party\""))
        #expect(!page.contains("<script>alert"))
    }

    @Test func listsCarryAnItemTemplateAndChoicesTheirOptions() {
        let page = MeetingFormPage.render(path: nil, regime: "party", language: .vi)
        #expect(page.contains("<fieldset class=\"list\" data-key=\"guests\">"))
        #expect(page.contains("<template><li class=\"item\" data-mapping=\"person\">"))
        #expect(page.contains("<option value=\"cell-meeting\">buổi sinh hoạt chi bộ</option>"))
        #expect(page.contains("type=\"file\" accept=\"image/jpeg,image/png\""))
    }

    @Test func thePageLoadsOnlyItsOwnScripts() {
        let page = MeetingFormPage.render(path: nil, regime: "party", language: .vi)
        #expect(page.contains("<script src=\"/static/common.js\"></script>"))
        #expect(page.contains("<script src=\"/static/meeting-form.js\"></script>"))
        #expect(!page.contains("http://") && !page.contains("https://"), "nothing is loaded from another site")
    }
}
