"""Social-commerce posts (a page whose <title> is the poster, "Name | Platform"), and tidy label values.

On a post the document title names the account, which is the seller; the product is named in the caption, on the
first line after the author and time lines that names a brand or model (a line like "ไลฟ์สดวันนี้!" does not).
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from tools.thai_text import collapse_spaces

# "Name | Platform": the platform is a short name (at most three words, no digits), not a product line
_POSTER_TITLE = re.compile(r"^(?P<name>.{2,60}?)\s+(?:\||·|-|–|—|on)\s+(?P<site>[^|·\d\s]{2,20}(?:\s[^|·\d\s]{2,20}){0,2})$",
                           re.IGNORECASE)
_THAI_MONTH = r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\."
_TIMEISH = re.compile(r"\b\d+\s?[hdmw]\b|ชม\.|นาที|วินาที|เมื่อวาน|เมื่อ\s?\d|เวลา\s?\d|\bLIVE\b|ผู้ชม|\bago\b|" + _THAI_MONTH
                      + r"|^\d{1,2}\s?\S{0,6}\.?\s?\d{0,4}$", re.IGNORECASE)
_MODEL_CODE = re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z0-9-]*\b")
_NAMES_A_PRODUCT = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b|" + _MODEL_CODE.pattern)
_DECORATION = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]+|#\S+")
_LETTERS = re.compile(r"[A-Za-z\u0E01-\u0E2E]")
CAPTION_LINES = 4


class PostReading(BaseModel):
    author: str
    title: str  # the caption line naming the product, decorations removed
    title_quote: str  # that line as it appears in the visible text


def _clean(line: str) -> str:
    return collapse_spaces(_DECORATION.sub(" ", line)).strip(" -–|·:")


def read_post(document_title: str | None, visible_text: str) -> PostReading | None:
    """The author and product line of a social post, or None when the page is not one."""
    match = _POSTER_TITLE.match(collapse_spaces(document_title or ""))
    if not match:
        return None
    author = match.group("name").strip()
    if _MODEL_CODE.search(author):
        return None  # "Steam Iron SR-2200 | MegaMall": a product title, not an account name
    lines = [collapse_spaces(line) for line in visible_text.splitlines() if line.strip()]
    try:
        start = next(i for i, line in enumerate(lines[:6]) if line == author)
    except StopIteration:
        return None  # the title's name is not the post's author line: not a post page
    caption = [line for line in lines[start + 1:start + 1 + CAPTION_LINES + 2]
               if len(_LETTERS.findall(line)) >= 10 and not _TIMEISH.search(line)][:CAPTION_LINES]
    if not caption:
        return None  # no caption under the name: nothing says this is a post
    chosen = next((line for line in caption if _NAMES_A_PRODUCT.search(_clean(line))), caption[0])
    return PostReading(author=author, title=_clean(chosen) or chosen, title_quote=chosen)


_LATIN_RUN = re.compile(r"^[A-Za-z][A-Za-z0-9&.'\-]*(?:\s+[A-Z][A-Za-z0-9&.'\-]*){0,2}")
_CODE = re.compile(r"^(?=[A-Za-z0-9./\-]*\d)(?=[A-Za-z0-9./\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9./\-]{1,20}")


def cut_at_labels(value: str, labels: tuple[str, ...]) -> str:
    """'PUYPUY รุ่น K3' -> 'PUYPUY' when 'รุ่น' is another field's label."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.split(rf"\s+(?:{alternatives})(?=[\s:：]|$)", value, maxsplit=1, flags=re.IGNORECASE)[0].strip()


def tidy_brand(value: str) -> str:
    """A Latin brand followed by Thai sales talk keeps only the brand: 'SUNNO ของแท้ ประกันศูนย์' -> 'SUNNO'."""
    run = _LATIN_RUN.match(value)
    return run.group(0).strip() if run and re.search(r"[\u0E00-\u0E7F]", value[run.end():]) else value


def tidy_model(value: str) -> str:
    """A model code followed by description keeps only the code: 'PD-45 สายทองแดงแท้' -> 'PD-45'."""
    code = _CODE.match(value)
    return code.group(0) if code and " " in value else value
