import Foundation

/// Reads a settings file (docs/settings.md) from its root mapping, checking every mapping
/// against `SettingsSchema` and every path against the file system, each problem reported
/// where it stands in the file.
struct SettingsDecoder {
    let context: DecodingContext
    /// The folder the settings' paths are relative to: the settings file's own.
    let folder: String

    func decode(_ root: MappingReader) -> Settings {
        root.check(SettingsSchema.root)
        let common = MeetingDecoder(context: context, recordFolder: folder)
        var settings = Settings(file: context.file)
        if let map = root.mapping("organization") {
            map.check(SettingsSchema.organization)
            settings.organization = OrganizationDefaults(name: map.name("name"), parent: map.text("parent"),
                                                         code: map.text("code"), place: map.text("place"))
        }
        settings.chair = root.mapping("chair").flatMap(common.person)
        settings.secretary = root.mapping("secretary").flatMap(common.person)
        if let map = root.mapping("signers") {
            map.check(SettingsSchema.signers)
            settings.signers = SignerDefaults(chair: map.mapping("chair").flatMap(signer),
                                              secretary: map.mapping("secretary").flatMap(signer),
                                              report: map.mapping("report").flatMap(signer))
        }
        settings.recipients = root.textList("recipients")
        settings.archive = root.text("archive")
        settings.publisher = root.name("publisher")
        if let map = root.mapping("layout") { settings.layouts = layouts(map) }
        settings.photoFolders = root.list("photo_folders").compactMap { folderPath($0) }
        settings.locations = context.locations
        return settings
    }

    private func signer(_ map: MappingReader) -> SignerDefault? {
        map.check(SettingsSchema.signer)
        let authority = map.text("authority")
        let title = map.text("title", required: true)
        let name = map.name("name")
        return title.map { SignerDefault(authority: authority, title: $0, name: name) }
    }

    /// `minutes: mau/bien-ban.yaml`, or for minutes and reports `{ party: …, state: … }`.
    private func layouts(_ map: MappingReader) -> LayoutChoice {
        map.check(SettingsSchema.layout)
        var choice = LayoutChoice()
        for product in LayoutProduct.allCases {
            guard let reader = map.child(product.rawValue) else { continue }
            if case .mapping = reader.node {
                guard product.hasRegimes else {
                    context.error(reader.path, at: reader.location, Localized.settingsLayoutNoRegimes(product.rawValue))
                    continue
                }
                guard let byRegime = reader.mapping() else { continue }
                byRegime.check(SettingsSchema.layoutByRegime)
                for regime in Regime.allCases {
                    if let path = byRegime.child(regime.rawValue).flatMap(layoutPath) { choice.paths[product, default: [:]][regime] = path }
                }
            } else if case .scalar = reader.node {
                if let path = layoutPath(reader) { choice.paths[product, default: [:]][nil] = path }
            } else {
                context.error(reader.path, at: reader.location, Localized.settingsLayoutExpected())
            }
        }
        return choice
    }

    /// A layout file that exists, as an absolute path.
    private func layoutPath(_ reader: NodeReader) -> String? {
        guard let written = reader.scalar(expected: .filePathValue) else { return nil }
        guard !written.isEmpty else {
            context.error(reader.path, at: reader.location, Localized.settingsEmptyPath())
            return nil
        }
        let path = resolved(written)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            context.error(reader.path, at: reader.location, Localized.settingsLayoutMissing(written))
            return nil
        }
        return path
    }

    /// A folder photos may come from, which must exist, as an absolute path.
    private func folderPath(_ reader: NodeReader) -> String? {
        guard let written = reader.scalar(expected: .filePathValue) else { return nil }
        guard !written.isEmpty else {
            context.error(reader.path, at: reader.location, Localized.settingsEmptyPath())
            return nil
        }
        let path = resolved(written)
        guard FileManager.default.isFolderPath(path) else {
            context.error(reader.path, at: reader.location, Localized.settingsFolderMissing(written))
            return nil
        }
        return path
    }

    /// `written` relative to the settings file's folder (unless absolute), standardised.
    private func resolved(_ written: String) -> String {
        let absolute = written.hasPrefix("/") ? written : folder + "/" + written
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }
}

extension FileManager {
    /// Whether `path` is a folder (links followed).
    func isFolderPath(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
