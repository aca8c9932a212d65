#pragma once
// Small helpers for writing Markdown that survives any text put into it: names with pipes or
// asterisks, log lines with backticks. Shared by the Markdown export and the export dialog's preview.
#include <QString>

namespace credsync::exporting::markdown {

// Escapes characters with Markdown meaning in running text and table cells.
QString escape(const QString &text);
// `text` with a fence longer than any backtick run inside; pipes escaped for table cells.
QString code(const QString &text, bool inTable = false);
// A fenced block whose fence is longer than any backtick run in the body.
QString codeBlock(const QString &body, const QString &language = {});
// [text](url), or the escaped text alone when there is no url.
QString link(const QString &text, const QString &url);

} // namespace credsync::exporting::markdown
