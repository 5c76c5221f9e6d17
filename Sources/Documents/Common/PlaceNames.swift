/// Names of places a line never splits, like a person's (`ProtectedNames`): the country,
/// its provinces and centrally-run cities as the 2008–2025 administrative map names them
/// (63, both placements of the tone mark, `Hòa`/`Hoà`), and the districts of Lạng Sơn, whose records the
/// examples are. Names of one syllable (`Huế`) need no protection.
enum PlaceNames {
    static let all: [String] = {
        let provinces = [
            "Việt Nam", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang",
            "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận",
            "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
            "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng",
            "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
            "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
            "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
            "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
            "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
            // Lạng Sơn's districts.
            "Bắc Sơn", "Bình Gia", "Cao Lộc", "Chi Lăng", "Đình Lập", "Hữu Lũng", "Lộc Bình", "Tràng Định",
            "Văn Lãng", "Văn Quan",
        ]
        // Both placements of the tone mark: Hòa Bình and Hoà Bình, Thanh Hóa and Thanh Hoá.
        return provinces.flatMap { TonePlacement.spellings($0).sorted() }
    }()
}
