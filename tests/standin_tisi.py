"""A local stand-in for TISI's public licence pages, for tests only. It is NOT TISI and holds no TISI data.

It reproduces the structure third-party code shows for TISI's pages (a search form POSTed as
application/x-www-form-urlencoded, a results table #table1 with the licence number in column 1, issue date in 3, type
in 4 and company in 5, and a detail page with values in <font> elements inside div.panel-success) so that
tools/tisi_remote.py can be exercised offline. Column 2 (standard) and column 6 (status), the header words, the field
names and the "ไม่พบข้อมูล" (no data) wording are this stand-in's own choices.

DEMO DATA: every company, tax ID, trademark and licence number below is invented; the "9xxxx" licensee numbers were
picked to look unlike real ones.

Switches, for in-process tests: `fail_next(n, status, retry_after)` answers the next n requests with that status,
`delay_s` delays every answer, `malformed` breaks the results table, `charset` picks the encoding ("utf-8" or "cp874").
The same behaviours are reachable by a path prefix, for recording cassettes against a stand-in in its own process:
`/malformed/...` (broken table), `/flaky/...` (every odd-numbered request under the prefix answers 503).

Run it in the foreground (to record tests/cassettes/test_tisi_remote/):
    .venv/bin/python -m tests.standin_tisi --port 18765
"""

from __future__ import annotations

import argparse
import html
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

SEARCH_PATH = "/tis_dev/p4_license_report/p4license_report.php"
DETAIL_PATH = "/l/"
FIELD = "license_no"
FIXED_PORT = 18765  # the port the cassettes were recorded on

DEMO_RECORDS: list[dict[str, str]] = [
    {"licence_no": "น 90001-1/2879", "tis": "มอก. 2879-2560", "issued": "๑๕ พ.ค. ๒๕๖๖", "type": "น",
     "holder": "บริษัท สาธิตพาวเวอร์ จำกัด", "status": "ใช้งาน", "tax_id": "0-1055-66000-01-9",
     "address": "99/9 ถนนสาธิต แขวงทดสอบ เขตตัวอย่าง กรุงเทพมหานคร 10000", "factory_reg": "-",
     "factory_address": "Demo Factory Co., Ltd., Shenzhen (demo)", "trademarks": "DEMOPOWER, เดโมพาวเวอร์", "origin": "จีน",
     "product": "แบตเตอรี่สำรอง (พาวเวอร์แบงก์) มอก. 2879-2560 ขนาด 10000 mAh (ข้อมูลสาธิต)"},
    {"licence_no": "ท 90002-3/2432", "tis": "มอก. 2432-2555", "issued": "01/03/2562", "type": "ท",
     "holder": "ห้างหุ้นส่วนจำกัด ปลั๊กสาธิต", "status": "พักใช้", "tax_id": "0103562000027",
     "address": "12 หมู่ 3 ตำบลทดลอง อำเภอสาธิต จังหวัดนนทบุรี 11000", "factory_reg": "3-64(1)-12/62นบ",
     "factory_address": "12 หมู่ 3 ตำบลทดลอง อำเภอสาธิต จังหวัดนนทบุรี", "trademarks": "PLUGDEMO", "origin": "ไทย",
     "product": "เต้าเสียบและเต้ารับ (ข้อมูลสาธิต)"},
    {"licence_no": "ส 90003-1/1187", "tis": "มอก. 1187-2536", "issued": "2020-07-20", "type": "ส",
     "holder": "บริษัท ตัวอย่างสีสาธิต จำกัด (มหาชน)", "status": "เพิกถอน", "tax_id": "0107563000033",
     "address": "1 ถนนตัวอย่าง กรุงเทพมหานคร", "factory_reg": "-", "factory_address": "-", "trademarks": "COLOURDEMO",
     "origin": "ไทย", "product": "สีเคลือบ (ข้อมูลสาธิต)"},
    {"licence_no": "นค 90004-2/685", "tis": "มอก. 685 เล่ม 1-2562", "issued": "10 มกราคม พ.ศ. 2567", "type": "นค",
     "holder": "บริษัท นำเข้าสาธิต จำกัด", "status": "ใช้งาน", "tax_id": "0105567000044",
     "address": "44 ถนนนำเข้า กรุงเทพมหานคร", "factory_reg": "-", "factory_address": "Demo Works, Taiwan (demo)",
     "trademarks": "", "origin": "ไต้หวัน", "product": "ยางล้อรถยนต์ (ข้อมูลสาธิต)"},
    {"licence_no": "น 90005-1/2879", "tis": "มอก. 2879-2560", "issued": "2024-02-02", "type": "น",
     "holder": "บริษัท สถานะแปลก จำกัด", "status": "รอตรวจสอบ", "tax_id": "0105567000055",
     "address": "55 ถนนสาธิต กรุงเทพมหานคร", "factory_reg": "-", "factory_address": "-", "trademarks": "ODDSTATUS",
     "origin": "จีน", "product": "แบตเตอรี่สำรอง (ข้อมูลสาธิต)"},
]

_PAGE = """<!DOCTYPE html>
<html lang="th"><head><meta charset="{charset}"><title>{title} (stand-in, not TISI)</title></head>
<body><p class="standin">Local test stand-in, demo data only: this is not TISI.</p>
{body}
</body></html>
"""


def _key(text: str) -> str:
    """Loose comparison key for the stand-in's own lookups: no spaces, Arabic digits."""
    return text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(" ", "")


def form_page() -> str:
    return (
        '<h3>ค้นหาใบอนุญาต</h3>\n<form id="form1" name="form1" method="post" action="p4license_report.php">\n'
        f'  <input type="text" name="{FIELD}" size="30"> <select name="license_type"><option value="">ทั้งหมด</option>'
        '<option value="ท">ท</option><option value="น">น</option></select>\n'
        '  <input type="submit" name="btn_search" value="ค้นหา">\n</form>'
    )


def results_page(rows: list[dict[str, str]], *, malformed: bool = False) -> str:
    head = "<tr><th>เลขที่ใบอนุญาต</th><th>มอก.</th><th>วันที่ออกใบอนุญาต</th><th>ประเภท</th><th>ผู้รับใบอนุญาต</th><th>สถานะ</th></tr>"
    if malformed:
        # Cells lost and tags left open, as a broken page template would produce.
        body = "<tr><td>น ???<td>มอก.\n<tr><td colspan=3>ข้อมูลผิดพลาด</td></tr>"
    elif rows:
        body = "".join(
            f"<tr><td>{html.escape(r['licence_no'])}</td><td>{html.escape(r['tis'])}</td><td>{html.escape(r['issued'])}</td>"
            f"<td>{r['type']}</td><td><a href=\"#\">{html.escape(r['holder'])}</a></td><td><span>{r['status']}</span></td></tr>\n"
            for r in rows
        )
    else:
        body = f'<tr><td colspan="6" align="center">{"ไม่พบข้อมูล"}</td></tr>'
    return f'<p>ผลการค้นหา {len(rows)} รายการ</p>\n<table id="table1" class="table">\n<thead>{head}</thead>\n<tbody>\n{body}</tbody>\n</table>'


def detail_page(record: dict[str, str] | None) -> str:
    if record is None:
        return '<div class="alert alert-warning">ไม่พบข้อมูลใบอนุญาต</div>'
    rows = [
        ("เลขที่ใบอนุญาต", record["licence_no"]), ("มาตรฐาน", record["tis"]), ("วันที่ออกใบอนุญาต", record["issued"]),
        ("ประเภทใบอนุญาต", record["type"]), ("สถานะใบอนุญาต", record["status"]),
        ("เลขประจำตัวผู้เสียภาษีอากร", record["tax_id"]), ("ที่อยู่ผู้รับใบอนุญาต", record["address"]),
        ("ชื่อผู้รับใบอนุญาต", record["holder"]), ("เลขทะเบียนโรงงาน", record["factory_reg"]),
        ("ที่ตั้งโรงงาน", record["factory_address"]), ("เครื่องหมายการค้า", record["trademarks"]),
        ("ประเทศผู้ผลิต", record["origin"]), ("รายละเอียดผลิตภัณฑ์", record["product"]),
    ]
    divs = "\n".join(f'  <div class="row"><b>{label} :</b> <font color="blue">{html.escape(value)}</font></div>' for label, value in rows)
    return f'<div class="panel panel-success">\n <div class="panel-heading">รายละเอียดใบอนุญาต</div>\n <div class="panel-body">\n{divs}\n </div>\n</div>'


class StandinTisi:
    """The stand-in server on 127.0.0.1 (port 0 = any free port), threaded, started and stopped by `with`."""

    def __init__(self, port: int = 0, records: list[dict[str, str]] | None = None) -> None:
        self.records = DEMO_RECORDS if records is None else records
        self.delay_s = 0.0
        self.malformed = False
        self.charset = "utf-8"
        self.requests: list[tuple[float, str, str, bytes]] = []  # (monotonic time, method, path, body)
        self._failures: list[tuple[int, str | None]] = []
        self._prefix_counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        """Switches off, request log and failure queue emptied (between tests sharing one server)."""
        with self._lock:
            self.delay_s, self.malformed, self.charset = 0.0, False, "utf-8"
            self.requests.clear()
            self._failures.clear()
            self._prefix_counts.clear()

    def fail_next(self, count: int, status: int = 503, retry_after: str | None = None) -> None:
        with self._lock:
            self._failures.extend([(status, retry_after)] * count)

    def start(self) -> "StandinTisi":
        self._thread = threading.Thread(target=self._server.serve_forever, name="standin-tisi", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "StandinTisi":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # request handling ------------------------------------------------------------------------------------------

    def _find(self, query: str) -> list[dict[str, str]]:
        key = _key(query)
        exact = [r for r in self.records if _key(r["licence_no"]) == key]
        return exact or [r for r in self.records if key and (key in _key(r["licence_no"]) or key in _key(r["holder"]))]

    def _answer(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], str]:
        with self._lock:
            self.requests.append((time.monotonic(), method, path, body))
            failure = self._failures.pop(0) if self._failures else None
            prefix = next((p for p in ("/malformed", "/flaky") if path.startswith(p + "/")), "")
            count = self._prefix_counts[prefix] = self._prefix_counts.get(prefix, 0) + 1
        if failure is not None:
            status, retry_after = failure
            return status, ({"Retry-After": retry_after} if retry_after else {}), f"<h1>{status}</h1>"
        if prefix == "/flaky" and count % 2 == 1:
            return 503, {}, "<h1>503 Service Unavailable</h1>"
        path = path[len(prefix):]
        form = parse_qs(body.decode("utf-8", errors="replace"))
        query = (form.get(FIELD) or [""])[0]
        if path == SEARCH_PATH and method == "GET":
            return 200, {}, _PAGE.format(charset=self.charset, title="ค้นหาใบอนุญาต", body=form_page())
        if path == SEARCH_PATH and method == "POST":
            page = results_page(self._find(query), malformed=self.malformed or prefix == "/malformed")
            return 200, {}, _PAGE.format(charset=self.charset, title="ผลการค้นหา", body=page)
        if path == DETAIL_PATH and method == "POST":
            found = [r for r in self.records if _key(r["licence_no"]) == _key(query)]
            return 200, {}, _PAGE.format(charset=self.charset, title="รายละเอียด", body=detail_page(found[0] if found else None))
        return 404, {}, "<h1>404 Not Found</h1>"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, headers, text = standin._answer(method, self.path.split("?")[0], body)
                if standin.delay_s:
                    time.sleep(standin.delay_s)
                data = text.encode(standin.charset)
                try:
                    self.send_response(status)
                    # The charset is only in the page's <meta> tag, as on many Thai government sites.
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(data)))
                    self.send_header("Set-Cookie", "PHPSESSID=standin-demo-session; path=/")
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def do_GET(self) -> None:  # noqa: N802
                self._serve("GET")

            def do_POST(self) -> None:  # noqa: N802
                self._serve("POST")

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Local stand-in for TISI's licence pages (demo data, not TISI).")
    parser.add_argument("--port", type=int, default=FIXED_PORT)
    port = parser.parse_args().port
    with StandinTisi(port) as standin:
        print(f"stand-in (not TISI, demo data) at {standin.base_url}{SEARCH_PATH}; Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
