#pragma once
// The export dialog (Ctrl+E in the main window): format, language and redaction, a live preview of
// the write-up, Copy Markdown for the tracker, and Save… to a file in any format.
#include "core/export/exportcontent.h"
#include "core/export/exporter.h"

#include <QDialog>

#include <optional>

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
    // The Markdown of the content rendered beforehand (off the GUI thread) with these options.
    struct Prepared
    {
        exporting::ExportOptions options;
        QString markdown;
    };

    // A case (caseContent()), a was → now comparison, or fixes applied: anything ExportContent holds.
    // With `prepared` rendered for initialOptions(), the first preview is shown without rendering again.
    explicit ExportDialog(exporting::ExportContent content, QWidget *parent = nullptr,
                          std::optional<Prepared> prepared = std::nullopt);

    // The options a new dialog starts with: the language chosen last time (else the locale's), names
    // shown, the reader's zone.
    static exporting::ExportOptions initialOptions();

    exporting::Format format() const;
    void setFormat(exporting::Format format);
    void setLanguage(const QString &code);
    void setRedacted(bool redact);

    const exporting::ExportContent &content() const { return m_content; }
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
    std::optional<Prepared> m_prepared;
};

} // namespace credsync
