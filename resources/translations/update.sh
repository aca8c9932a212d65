#!/bin/sh
# Re-extracts the export's and the case widgets' strings and fills the glossary translations.
# Run from anywhere; needs lupdate (qt6-l10n-tools) and python3.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=$(ls -d "$root/core/export" "$root/core/cases" "$root"/widgets/export/exportdialog.cpp "$root"/widgets/cases/casepanel.cpp 2>/dev/null || true)
"$lupdate" -no-obsolete -locations none $sources -ts "$here/credsync_es.ts"
"$lupdate" -pluralonly -no-obsolete -locations none $sources -ts "$here/credsync_en.ts"
python3 "$here/fill_ts.py" "$here/credsync_es.ts"
python3 "$here/fill_ts.py" "$here/credsync_en.ts"
# lupdate writes the canonical layout back (the script's XML writer drops the DOCTYPE).
"$lupdate" -no-obsolete -locations none $sources -ts "$here/credsync_es.ts" >/dev/null
"$lupdate" -pluralonly -no-obsolete -locations none $sources -ts "$here/credsync_en.ts" >/dev/null
