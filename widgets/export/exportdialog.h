#pragma once
// The export dialog (Ctrl+E in the main window): format, language and redaction, a live preview of
// the write-up, Copy Markdown for the tracker, and Save… to a file in any format.
#include "core/export/exportcontent.h"
#include "core/export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace credsync {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // The common case: the therapists selected in the window, exported as they are now.
    ExportDialog(const std::vector<TherapistReport> &reports, const Profile &profile, const AccountInfo &account,
                 QWidget *parent = nullptr);
    // A case (caseContent()), a was → now comparison, or fixes applied: anything ExportContent holds.
    explicit ExportDialog(exporting::ExportContent content, QWidget *parent = nullptr);

    exporting::Format format() const;
    void setFormat(exporting::Format format);
    void setLanguage(const QString &code);
    void setRedacted(bool redact);

    // What the preview shows and Copy Markdown copies.
    QString markdown() const;
    // The bytes Save… writes for the chosen format.
    Result<QByteArray> rendered() const;

public Q_SLOTS:
    void copyMarkdown();
    void saveAs();

private:
    void build();
    void refresh();
    exporting::ExportOptions options() const;

    exporting::ExportContent m_content;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_redact = nullptr;
    QCheckBox *m_source = nullptr;
    QStackedWidget *m_previews = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_markdown;
};

} // namespace credsync
