#!/bin/sh
# Writes the man page credsync.1 from the program's own --help texts (the top level and every
# command's), so the page never drifts from the program. help2man would do the same, but it is one more
# build dependency for a few lines of sed.
# Usage: make-manpage.sh PATH/TO/credsync OUTPUT.1 VERSION
set -eu
program=$1
output=$2
version=$3
commands="inspect scan doctor fix export case sandbox"

# roff: escape backslashes and leading dots/quotes, keep the text verbatim in .nf blocks.
escape() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\\&'/" -e 's/^-/\\-/'; }

{
    printf '.TH CREDSYNC 1 "" "credsync %s" "User Commands"\n' "$version"
    printf '.SH NAME\ncredsync \\- console and command line for therapist credentialing ids and HubSpot labels\n'
    printf '.SH SYNOPSIS\n.B credsync\n[\\fB\\-\\-demo\\fR | \\fB\\-\\-profile\\fR \\fIFILE\\fR] [\\fB\\-\\-lang\\fR es|en] [\\fICOMMAND\\fR] [\\fIoptions\\fR]\n'
    printf '.SH DESCRIPTION\n.nf\n'
    LANG=C LC_ALL=C LANGUAGE= QT_QPA_PLATFORM=offscreen "$program" --help | escape
    printf '.fi\n'
    for command in $commands; do
        printf '.SH "COMMAND: %s"\n.nf\n' "$(echo "$command" | tr a-z A-Z)"
        LANG=C LC_ALL=C LANGUAGE= QT_QPA_PLATFORM=offscreen "$program" "$command" --help | escape
        printf '.fi\n'
    done
    printf '.SH ENVIRONMENT\n'
    printf '.TP\n.B LANGUAGE, LC_ALL, LC_MESSAGES, LANG\nchoose the language (Spanish or English) when \\fB\\-\\-lang\\fR is not given.\n'
    printf '.TP\n.B CREDSYNC_DEMO_NOW\npins the demo world'"'"'s clock (ISO-8601).\n'
    printf '.SH "EXIT STATUS"\n0 ran; 1 a fix was refused, failed or did not verify; 2 bad command line;\n'
    printf '3 a source is misconfigured or rejected the credentials; 4 ran but could not finish.\n'
} > "$output"
