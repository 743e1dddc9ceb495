#!/usr/bin/env bash
# Idempotent set-up: system packages (Chromium, Thai fonts), a .venv with Sodsong installed editable.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -d /usr/share/fonts/truetype/tlwg ] || need_apt+=(fonts-thai-tlwg)
# OCR of listing images (a TIS mark or licence number shown only in a photo); optional: without it images are not read
want_apt=()
[ -x /usr/bin/tesseract ] || want_apt+=(tesseract-ocr tesseract-ocr-eng)
compgen -G "/usr/share/tesseract-ocr/*/tessdata/tha.traineddata" >/dev/null || want_apt+=(tesseract-ocr-tha)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need_apt[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fontconfig >/dev/null
  else
    echo "setup: missing system packages: ${need_apt[*]}" >&2
    echo "setup: install them as root, e.g.: sudo apt-get install ${need_apt[*]}" >&2
    echo "setup: (or point SODSONG_BROWSER__CHROMIUM_PATH at another Chromium)" >&2
    exit 1
  fi
fi

if [ ${#want_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${want_apt[*]} with apt-get (OCR of listing images)"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq --no-install-recommends "${want_apt[@]}" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${want_apt[@]}" >/dev/null; }; } ||
      echo "setup: could not install ${want_apt[*]}; listing images will not be read (OCR off)" >&2
  else
    echo "setup: optional packages missing: ${want_apt[*]} — without them listing images are not read (OCR off)" >&2
    echo "setup: install them as root, e.g.: sudo apt-get install ${want_apt[*]}" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.sodsong-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Sodsong and its dependencies into .venv"
  .venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
  touch "$stamp"
fi
echo "setup: ready ($(.venv/bin/python --version), $(/usr/bin/chromium --version 2>/dev/null | head -1), $(/usr/bin/tesseract --version 2>/dev/null | head -1 || echo 'no OCR'))"
