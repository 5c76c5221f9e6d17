/// The catalogue's messages about the paths named on the command line and the folder
/// entries left out while searching them.
extension Localized {
    static var noSuchFileOrFolder: Localized { Localized(vi: "không có tệp hay thư mục này", en: "no such file or folder") }
    static var folderUnreadable: Localized { Localized(vi: "không đọc được thư mục", en: "folder cannot be read") }

    static func folderSkipped(_ cause: String) -> Localized {
        Localized(vi: "không đọc được thư mục này (\(cause)); các biên bản trong đó bị bỏ qua",
                  en: "this folder cannot be read (\(cause)); its records are left out")
    }

    static var danglingLinkSkipped: Localized {
        Localized(vi: "liên kết tượng trưng (symlink) trỏ đến chỗ không có gì; bị bỏ qua", en: "a symbolic link to nothing; left out")
    }

    static var linkLoopSkipped: Localized {
        Localized(vi: "liên kết tượng trưng (symlink) trỏ vòng về chính nó; bị bỏ qua", en: "a symbolic link that loops back on itself; left out")
    }

    static func specialFileSkipped(_ kind: Localized) -> Localized {
        Localized(vi: "đây là \(kind.vi), không phải tệp; bị bỏ qua (không mở ra)", en: "a \(kind.en), not a file; left out (never opened)")
    }

    static var fifoKind: Localized { Localized(vi: "một FIFO (ống có tên)", en: "FIFO (named pipe)") }
    static var socketKind: Localized { Localized(vi: "một socket (cổng giao tiếp)", en: "socket") }
    static var deviceKind: Localized { Localized(vi: "một thiết bị", en: "device") }
}
