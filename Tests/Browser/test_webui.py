"""The clerk's pages in a real browser: headless Chromium driven by Selenium opens
`bantin serve` on a copy of the examples, writes a meeting record through the form (a bad
date is answered at the date field, the fixed record's preview follows the text, a guest is
added in place), saves it, and the saved file passes `bantin check` with what was typed.
With a password file, every page leads to the login page, a wrong password is refused and
the right one gets in. No page logs a JavaScript error.

Run from the repository root (`make test` does, after `swift test`):
    python3 -m unittest discover -s Tests/Browser -v
BANTIN names the binary (default .build/debug/bantin).
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

import yaml
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BANTIN = os.path.abspath(os.environ.get("BANTIN", os.path.join(ROOT, ".build", "debug", "bantin")))
WAIT = 60  # seconds; a debug build on a loaded machine renders slowly


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`bantin serve` on a temporary copy of Examples/, stopped at the end."""

    def __init__(self, password=None):
        self.folder = tempfile.mkdtemp(prefix="bantin-webui-")
        self.workspace = os.path.join(self.folder, "ho-so")
        shutil.copytree(os.path.join(ROOT, "Examples"), self.workspace)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        arguments = [BANTIN, "serve", self.workspace, "--host", "127.0.0.1", "--port", str(self.port)]
        if password is not None:
            password_file = os.path.join(self.folder, "mat-khau.txt")
            subprocess.run([BANTIN, "serve", "--hash-password", "--password-file", password_file],
                           input=password + "\n", text=True, check=True, capture_output=True)
            arguments += ["--password-file", password_file]
        self.log = open(os.path.join(self.folder, "serve.log"), "w")
        self.process = subprocess.Popen(arguments, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + WAIT
        while True:
            try:
                urllib.request.urlopen(self.url + "/api/token", timeout=2)
                break
            except urllib.error.HTTPError:
                break  # it answers (401 behind a password)
            except OSError:
                if self.process.poll() is not None or time.time() > deadline:
                    self.stop()
                    raise RuntimeError("bantin serve did not start: " + open(self.log.name).read())
                time.sleep(0.2)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--lang=vi"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's chromium and chromium-driver: nothing is downloaded (Selenium Manager stays out).
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


class PageTest(unittest.TestCase):
    def assertNoScriptErrors(self, driver, page):
        """No script error in the browser console since the last look (the log is drained).
        Chrome also logs each answer with an error status as a "network" entry (a refused
        password is one); those are what the test provokes, not script errors."""
        errors = [entry for entry in driver.get_log("browser")
                  if entry["level"] == "SEVERE" and entry.get("source") != "network"]
        self.assertEqual(errors, [], f"JavaScript errors on {page}")

    def click(self, driver, element):
        """Clicks `element` after scrolling it to the middle of the window (clear of the
        sticky save bar), as a clerk would."""
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def wait(self, driver, condition, message):
        return WebDriverWait(driver, WAIT, poll_frequency=0.2).until(lambda d: condition(d), message)


class MeetingFormTest(PageTest):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    def field(self, path):
        """The control of the field at `path` (paths as diagnostics name them)."""
        return self.driver.find_element(By.CSS_SELECTOR, f'[data-path="{path}"] .value')

    def type(self, path, text):
        control = self.field(path)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", control)
        control.clear()
        control.send_keys(text)

    def preview_text(self):
        """The text of the PDF the preview frame shows, read back with pdftotext."""
        data = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            fetch(document.getElementById('preview').src).then(r => r.arrayBuffer()).then(b => {
              let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s));
            }).catch(e => done(''));""")
        pdf = base64.b64decode(data)
        self.assertTrue(pdf.startswith(b"%PDF"), "the preview is a PDF")
        return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()

    def test_records_page_lists_the_examples(self):
        d = self.driver
        d.get(self.server.url + "/")
        rows = d.find_elements(By.CSS_SELECTOR, "tr.record")
        self.assertGreaterEqual(len(rows), 8)
        self.assertIn("Hồ sơ", d.find_element(By.TAG_NAME, "h1").text)
        search = d.find_element(By.ID, "search")
        search.send_keys("bao cao")  # without the marks still finds "báo cáo"
        shown = [r for r in rows if r.is_displayed()]
        self.assertTrue(0 < len(shown) < len(rows), "the search filters the rows")
        self.assertNoScriptErrors(d, "/")

    def test_products_are_made_and_downloaded(self):
        d = self.driver
        downloads = os.path.join(self.server.folder, "downloads")
        os.makedirs(downloads)
        d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        d.get(self.server.url + "/products")
        bulletin = d.find_element(By.ID, "bulletin-form")
        self.click(d, bulletin.find_element(By.CSS_SELECTOR, ".select-all"))
        for form, name in [(bulletin, "ban-tin.pdf"), (d.find_element(By.ID, "compile-form"), "tap-bien-ban.pdf"),
                           (d.find_element(By.ID, "report-form"), "bao-cao.pdf")]:
            self.click(d, form.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
            path = os.path.join(downloads, name)
            self.wait(d, lambda d: os.path.exists(path) and os.path.getsize(path) > 0, f"{name} is downloaded")
            with open(path, "rb") as f:
                self.assertEqual(f.read(4), b"%PDF", name)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#general-diags li"), [])
        self.assertNoScriptErrors(d, "/products")

    def test_a_hand_commented_record_is_overwritten_only_when_the_clerk_agrees(self):
        d = self.driver
        path = os.path.join(self.server.workspace, "2023-06-28.yaml")
        with open(path, encoding="utf-8") as f:
            before = f.read()
        self.assertIn("#", before)
        d.get(self.server.url + "/edit/2023-06-28.yaml")
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-preview") == "pdf", "the record loads")
        self.type("venue", "Hội trường mới")
        self.click(d, d.find_element(By.ID, "save"))
        self.wait(d, lambda d: self.alert(d), "the clerk is asked first").dismiss()
        self.wait(d, lambda d: "huỷ" in d.find_element(By.ID, "status").text, "the page says it was cancelled")
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), before, "nothing written without the clerk's yes")
        self.click(d, d.find_element(By.ID, "save"))
        self.wait(d, lambda d: self.alert(d), "asked again").accept()
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-saved"), "saved after the yes")
        with open(path, encoding="utf-8") as f:
            self.assertEqual(yaml.safe_load(f)["venue"], "Hội trường mới")
        self.assertNoScriptErrors(d, "the form of a commented record")

    def fill_in(self, title, date):
        """The fields a meeting record needs, as a clerk types them."""
        self.type("organization.name", "Chi bộ Văn phòng")
        self.type("organization.code", "CB")
        self.type("organization.place", "Lạng Sơn")
        self.type("title", title)
        self.type("venue", "Phòng họp tầng 2")
        self.type("chair.name", "Nguyễn Văn An")
        self.type("secretary.name", "Trần Thị Bình")
        self.type("attendance.members", "10")
        self.type("attendance.present", "10")
        self.type("date", date)

    def test_a_new_record_never_replaces_another_silently(self):
        d = self.driver
        path = os.path.join(self.server.workspace, "2023-07-03.yaml")
        with open(path, encoding="utf-8") as f:
            before = f.read()
        d.get(self.server.url + "/meetings/new?regime=party")
        self.wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-path="date"]'), "the form is ready")
        self.fill_in("Một cuộc họp khác", "2023-07-03")
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-preview") == "pdf", "previewed")
        self.assertEqual(d.find_element(By.ID, "record-file").get_attribute("value"), "2023-07-03.yaml")
        self.click(d, d.find_element(By.ID, "save"))
        alert = self.wait(d, lambda d: self.alert(d), "the clerk is asked before another record is replaced")
        self.assertIn("Đã có", alert.text)
        alert.dismiss()
        self.wait(d, lambda d: "huỷ" in d.find_element(By.ID, "status").text, "the page says it was cancelled")
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), before)
        self.assertNoScriptErrors(d, "the new record's form")

    def test_a_photo_is_uploaded_beside_the_record(self):
        d = self.driver
        d.get(self.server.url + "/meetings/new?regime=party")
        self.wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-path="date"]'), "the form is ready")
        photos = d.find_element(By.CSS_SELECTOR, '[data-key="photos"]')
        self.click(d, photos.find_element(By.TAG_NAME, "summary"))
        self.click(d, photos.find_element(By.CSS_SELECTOR, ":scope > button.add"))
        item = photos.find_element(By.CSS_SELECTOR, "li.item")
        item.find_element(By.CSS_SELECTOR, 'input[type="file"]').send_keys(os.path.join(ROOT, "Examples", "photos", "logo.png"))
        file_field = item.find_element(By.CSS_SELECTOR, '[data-key="file"] .value')
        self.wait(d, lambda d: file_field.get_attribute("value") == "logo.png", "the uploaded photo's name fills the file field")
        self.assertTrue(os.path.isfile(os.path.join(self.server.workspace, "logo.png")))
        self.assertNoScriptErrors(d, "the photo upload")

    @staticmethod
    def alert(driver):
        try:
            return driver.switch_to.alert
        except Exception:
            return None

    def test_report_editor_loads(self):
        d = self.driver
        d.get(self.server.url + "/edit/reports/bao-cao-so-ket-6-thang-2023.yaml")
        self.wait(d, lambda d: "kind: report" in d.find_element(By.ID, "yaml").get_attribute("value"), "the report's text loads")
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-preview"), "the report is checked")
        self.assertNoScriptErrors(d, "the report editor")

    def test_a_clerk_writes_a_meeting_record(self):
        d = self.driver
        d.get(self.server.url + "/")
        d.find_element(By.ID, "new-party").click()
        self.wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-path="date"]'), "the form is ready")
        # A new record has errors: they stand in place of the preview.
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-preview") == "errors",
                  "the errors of an empty record replace the preview")
        self.assertFalse(d.find_element(By.ID, "preview").is_displayed())

        self.fill_in("Hội nghị chi bộ tháng Hai", "2024-02-30")

        date_messages = '[data-path="date"] > .diags li'
        self.wait(d, lambda d: any("2024-02-30" in li.text for li in d.find_elements(By.CSS_SELECTOR, date_messages)),
                  "the bad date is answered at the date field")
        self.assertEqual(self.field("date").get_attribute("aria-invalid"), "true")
        self.assertEqual(d.find_element(By.TAG_NAME, "body").get_attribute("data-preview"), "errors")

        self.type("date", "2024-02-29")
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-preview") == "pdf",
                  "the fixed record is previewed")
        self.assertFalse(d.find_elements(By.CSS_SELECTOR, date_messages), "the date's message is gone")
        self.assertIn("tháng Hai", self.preview_text())
        shown = int(d.find_element(By.TAG_NAME, "body").get_attribute("data-preview-count"))

        self.type("title", "Hội nghị chi bộ tháng Ba")
        self.wait(d, lambda d: int(d.find_element(By.TAG_NAME, "body").get_attribute("data-preview-count") or 0) > shown,
                  "the preview follows the edit")
        text = self.preview_text()
        self.assertIn("tháng Ba", text)
        self.assertNotIn("tháng Hai", text)

        guests = d.find_element(By.CSS_SELECTOR, '[data-key="guests"]')
        self.click(d, guests.find_element(By.CSS_SELECTOR, ":scope > button.add"))
        items = guests.find_elements(By.CSS_SELECTOR, "li.item")
        self.assertEqual(len(items), 1, "a guest is added in place")
        items[0].find_element(By.CSS_SELECTOR, '[data-key="name"] .value').send_keys("Hoàng Văn Cường")
        items[0].find_element(By.CSS_SELECTOR, '[data-key="role"] .value').send_keys("Bí thư Đảng ủy")
        shown = int(d.find_element(By.TAG_NAME, "body").get_attribute("data-preview-count"))
        self.wait(d, lambda d: int(d.find_element(By.TAG_NAME, "body").get_attribute("data-preview-count") or 0) > shown,
                  "the guest is previewed")
        self.assertIn("Hoàng Văn Cường", self.preview_text())

        self.assertEqual(d.find_element(By.ID, "record-file").get_attribute("value"), "2024-02-29.yaml")
        self.click(d, d.find_element(By.ID, "save"))
        self.wait(d, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-saved"), "the record is saved")
        self.assertNoScriptErrors(d, "the meeting form")

        saved = os.path.join(self.server.workspace, "2024-02-29.yaml")
        check = subprocess.run([BANTIN, "check", saved], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        with open(saved, encoding="utf-8") as f:
            record = yaml.safe_load(f)
        self.assertEqual(record["title"], "Hội nghị chi bộ tháng Ba")
        self.assertEqual(str(record["date"]), "2024-02-29")
        self.assertEqual(record["organization"]["name"], "Chi bộ Văn phòng")
        self.assertEqual(record["guests"][0]["name"], "Hoàng Văn Cường")
        self.assertEqual(record["guests"][0]["role"], "Bí thư Đảng ủy")
        self.assertEqual(str(record["attendance"]["members"]), "10")

        # Opened again, the form shows what was saved.
        d.get(self.server.url + "/edit/2024-02-29.yaml")
        self.wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-path="guests[0]"]'), "the saved record loads")
        self.assertEqual(self.field("title").get_attribute("value"), "Hội nghị chi bộ tháng Ba")
        self.assertNoScriptErrors(d, "the saved record's form")


class LoginTest(PageTest):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(password="mật khẩu đúng 123")
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    def test_pages_need_the_password(self):
        d = self.driver
        for page in ["/", "/products", "/meetings/new?regime=party"]:
            d.get(self.server.url + page)
            self.assertTrue(d.current_url.startswith(self.server.url + "/login"), f"{page} leads to the login page")
        self.assertNoScriptErrors(d, "/login")

        d.find_element(By.CSS_SELECTOR, 'input[type="password"]').send_keys("sai mật khẩu")
        d.find_element(By.CSS_SELECTOR, 'form button[type="submit"]').click()
        self.wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, '[role="alert"]'), "a wrong password is refused")
        d.get(self.server.url + "/")
        self.assertTrue(d.current_url.startswith(self.server.url + "/login"), "still locked out")

        d.find_element(By.CSS_SELECTOR, 'input[type="password"]').send_keys("mật khẩu đúng 123")
        d.find_element(By.CSS_SELECTOR, 'form button[type="submit"]').click()
        self.wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "tr.record"), "the right password gets in")
        cookie = d.get_cookie("bantin_session")
        self.assertTrue(cookie and cookie["httpOnly"], "the login cookie is HttpOnly")
        self.assertNoScriptErrors(d, "/ after login")


if __name__ == "__main__":
    unittest.main()
