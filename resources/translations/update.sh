#!/bin/sh
# The translation sweep: re-extracts every source text of the whole tree (app, core, models, widgets,
# sandbox) into the .ts files, fills what the glossary in fill_ts.py knows, and lists what is left
# unfinished (or whose placeholders differ from the source). Translate those in Qt Linguist
# (linguist resources/translations/credsync_es.ts) or add them to fill_ts.py, then run this again until
# it lists nothing: tst_translations fails the build's tests otherwise.
# Run from anywhere; needs lupdate (qt6-l10n-tools) and python3.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources="$root/app $root/core $root/models $root/widgets $root/sandbox"
extract() {
    "$lupdate" -no-obsolete -locations none -extensions cpp,h -I "$root" $sources -ts "$here/credsync_es.ts" >/dev/null
    "$lupdate" -pluralonly -no-obsolete -locations none -extensions cpp,h -I "$root" $sources -ts "$here/credsync_en.ts" >/dev/null
}
extract
python3 "$here/fill_ts.py" "$here/credsync_es.ts" >/dev/null || true
python3 "$here/fill_ts.py" "$here/credsync_en.ts" >/dev/null || true
# lupdate writes the canonical layout back (the script's XML writer drops the DOCTYPE).
extract
python3 "$here/check_translations.py" "$here/credsync_es.ts" --list
python3 "$here/check_translations.py" "$here/credsync_en.ts" --list
