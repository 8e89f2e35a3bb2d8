#!/usr/bin/env bash
# Builds the Debian package with CPack, checks its metadata and contents, installs it (with dpkg
# as root; otherwise unpacked into a temporary root), runs the installed program headless, and
# validates the desktop file, the AppStream metainfo and the man page. Removes it again.
#   tests/package/test_package.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: test_package.sh BUILD_DIR}" && pwd)"
work="$(mktemp -d)"
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg -r tricholog >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export XDG_RUNTIME_DIR="$work/xdg"; mkdir -m 700 "$XDG_RUNTIME_DIR"
app_id=org.tricholog.Tricholog

(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null) || fail "cpack failed"
deb="$(ls "$work"/pkg/tricholog_*.deb)"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6charts6 libqt6svg6 qt6-qpa-plugins \
           libqt6printsupport6 qt6-translations-l10n; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
contents="$(dpkg-deb -c "$deb")"
for f in ./usr/bin/tricholog \
         "./usr/share/applications/$app_id.desktop" \
         "./usr/share/metainfo/$app_id.metainfo.xml" \
         "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
         "./usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         ./usr/share/man/man1/tricholog.1.gz \
         ./usr/share/tricholog/translations/tricholog_de.qm \
         ./usr/share/tricholog/translations/tricholog_fr.qm \
         ./usr/share/tricholog/translations/tricholog_es.qm; do
  grep -qF " $f" <<<"$contents" || fail "package lacks $f"
done

if [ "$(id -u)" = 0 ]; then
  dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
  installed=1
  root=""
  echo "installed with dpkg"
else
  dpkg-deb -x "$deb" "$work/root"
  root="$work/root"
  echo "not root: unpacked into $root"
fi
bin="$root/usr/bin/tricholog"
version="$("$bin" --version)"
grep -q "0\." <<<"$version" || fail "--version: $version"
"$bin" demo --database "$work/demo.sqlite" --patients 3 >/dev/null || fail "demo"
TRICHOLOG_USER=clinician TRICHOLOG_PASSWORD=tricholog-clinician \
  "$bin" report --database "$work/demo.sqlite" --patient DEMO-00001 --output "$work/r.pdf" \
  --lang de >/dev/null || fail "report"
# (Outputs are captured first: with pipefail, grep -q closing a pipe early would fail it.)
info="$(pdfinfo "$work/r.pdf")"
grep -q "Pages:" <<<"$info" || fail "the report is not a PDF"
text="$(pdftotext "$work/r.pdf" -)"
grep -q "Seite 1 von" <<<"$text" || fail "the German report is not in German"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop file"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  >"$work/as.txt" 2>&1 || { cat "$work/as.txt"; fail "metainfo"; }
man="$(zcat "$root/usr/share/man/man1/tricholog.1.gz" | groff -man -Tascii -P-c -P-b -P-u -P-o 2>/dev/null || true)"
grep -q "restore --database" <<<"$man" || fail "man page: no restore verb in the rendered page"
echo "package test passed"
