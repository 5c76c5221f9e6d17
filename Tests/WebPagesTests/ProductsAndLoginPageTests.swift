import Records
import Testing
@testable import WebPages

/// The products page offers what the workspace holds; the login page never sends the clerk
/// to another site.
@Suite struct ProductsAndLoginPageTests {
    @Test func productsOfferTheMeetingsPeriodsAndReports() {
        let page = ProductsPage.render(RecordsPageTests.entries, language: .vi)
        #expect(page.contains("value=\"2023-H1/2023-03-14.yaml\""))
        #expect(page.contains("<option value=\"2023-H2\">2023-H2 — 6 tháng cuối năm 2023</option>"))
        #expect(page.contains("<option value=\"2023-Q1\">2023-Q1 — quý I năm 2023</option>"))
        // The whole year comes first, then its halves, then its quarters.
        let year = page.range(of: "<option value=\"2023\">")!.lowerBound
        #expect(year < page.range(of: "<option value=\"2023-H1\">")!.lowerBound)
        #expect(page.range(of: "<option value=\"2023-H2\">")!.lowerBound < page.range(of: "<option value=\"2023-Q1\">")!.lowerBound)
        #expect(page.contains("<option value=\"reports/bc.yaml\">"))
        #expect(page.contains("data-endpoint=\"/api/bulletin\""))
        // A meeting with errors cannot go into a bulletin.
        #expect(page.contains("value=\"2023-07-03.yaml\" disabled"))
    }

    @Test func loginFollowsOnlyAPathOfThisServer() {
        #expect(LoginPage.render(next: "/products", refused: false, language: .vi).contains("value=\"/products\""))
        for outside in ["//evil.example/", "https://evil.example/", "/\\evil"] {
            #expect(LoginPage.render(next: outside, refused: false, language: .vi).contains("name=\"next\" value=\"/\""))
        }
        let refused = LoginPage.render(next: "/", refused: true, language: .vi)
        #expect(refused.contains("Mật khẩu không đúng"))
        #expect(!refused.contains("<nav"))
    }
}
