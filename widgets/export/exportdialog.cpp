#include "core/clock.h"
#include "widgets/export/exportdialog.h"
#include "widgets/common/dialogsize.h"

#include "core/export/exportlanguage.h"
#include "core/export/markdownexport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace credsync {

ExportDialog::ExportDialog(const std::vector<TherapistReport> &reports, const Profile &profile, const AccountInfo &account,
                           QWidget *parent)
    : QDialog(parent)
{
    m_content.profile = profile;
    m_content.account = account;
    m_content.reports = reports;
    m_content.generatedAt = clock::nowUtc();
    build();
}

ExportDialog::ExportDialog(exporting::ExportContent content, QWidget *parent, std::optional<Prepared> prepared)
    : QDialog(parent)
    , m_content(std::move(content))
    , m_prepared(std::move(prepared))
{
    if (!m_content.generatedAt.isValid())
        m_content.generatedAt = clock::nowUtc();
    build();
}

void ExportDialog::build()
{
    setWindowTitle(tr("Export write-up"));
    dialogsize::fit(this, QSize(900, 700));

    m_format = new QComboBox(this);
    m_format->addItem(tr("Markdown (for the tracker)"), int(exporting::Format::Markdown));
    m_format->addItem(tr("PDF"), int(exporting::Format::Pdf));
    m_format->addItem(tr("JSON"), int(exporting::Format::Json));
    m_format->addItem(tr("CSV (one row per therapist)"), int(exporting::Format::Csv));
    m_format->setAccessibleName(tr("Export format"));

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(m_language->findData(initialOptions().language));
    m_language->setAccessibleName(tr("Language of the write-up"));

    m_redact = new QCheckBox(tr("Mask names and email addresses"), this);
    m_redact->setToolTip(tr("For sharing outside the team: every name and address becomes a placeholder."));
    m_source = new QCheckBox(tr("Show the text"), this);
    m_source->setToolTip(tr("Show the Markdown, JSON or CSV text instead of the rendered preview."));

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Language:"), m_language);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_redact);
    checks->addWidget(m_source);
    checks->addStretch();
    form->addRow(QString(), checks);

    m_rendered = new QTextBrowser(this);
    m_rendered->setOpenExternalLinks(true);
    m_rendered->setAccessibleName(tr("Preview"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Export text"));
    m_previews = new QStackedWidget(this);
    m_previews->addWidget(m_rendered);
    m_previews->addWidget(m_text);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Markdown"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the write-up as Markdown, ready to paste into the ticket"));
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyMarkdown);
    connect(save, &QPushButton::clicked, this, &ExportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyShortcut, &QShortcut::activated, this, &ExportDialog::copyMarkdown);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previews, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (QComboBox *combo : {m_format, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(QStringLiteral("export/language"), m_language->currentData().toString()); });
    for (QCheckBox *check : {m_redact, m_source})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::refresh);
    refresh();
}

exporting::ExportOptions ExportDialog::initialOptions()
{
    exporting::ExportOptions o;
    // The language chosen last time (a Spanish-speaking team should not re-pick it on every export).
    const QString remembered = QSettings().value(QStringLiteral("export/language")).toString();
    o.language = exporting::ExportLanguage::available().contains(remembered) ? remembered
                                                                             : exporting::ExportLanguage(exporting::ExportLanguage::defaultCode()).code();
    // A reader on UTC (often named "Etc/UTC" or "UTC" by the system) reads UTC: one time column, not
    // "UTC (UTC)" beside "Etc/UTC".
    const QTimeZone system = QTimeZone::systemTimeZone();
    const QDateTime now = clock::nowUtc();
    o.readerZone = system.isValid() && (system.offsetFromUtc(now) != 0 || system.hasDaylightTime()) ? system : QTimeZone::utc();
    return o;
}

exporting::ExportOptions ExportDialog::options() const
{
    exporting::ExportOptions o = initialOptions();
    o.language = m_language->currentData().toString();
    o.redact = m_redact->isChecked();
    return o;
}

exporting::Format ExportDialog::format() const
{
    return exporting::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(exporting::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(exporting::ExportLanguage(code).code());
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ExportDialog::setRedacted(bool redact)
{
    m_redact->setChecked(redact);
}

QString ExportDialog::markdown() const
{
    return m_markdown;
}

Result<QByteArray> ExportDialog::rendered() const
{
    return exporting::render(format(), m_content, options());
}

void ExportDialog::refresh()
{
    // The first preview may have been rendered off the GUI thread while the progress showed
    // (CaseController::prepareExport); any change of option renders again. The PDF is only laid out on Save.
    const exporting::ExportOptions o = options();
    if (m_prepared && m_prepared->options.language == o.language && m_prepared->options.redact == o.redact
        && m_prepared->options.readerZone == o.readerZone)
        m_markdown = m_prepared->markdown;
    else
        m_markdown = exporting::markdownExport(m_content, o);
    m_prepared.reset();
    const exporting::Format chosen = format();
    const bool textual = chosen == exporting::Format::Json || chosen == exporting::Format::Csv;
    if (textual) {
        Result<QByteArray> bytes = exporting::render(chosen, m_content, options());
        m_text->setPlainText(bytes ? QString::fromUtf8(*bytes) : bytes.error().message);
        m_previews->setCurrentWidget(m_text);
    } else if (m_source->isChecked()) {
        m_text->setPlainText(m_markdown);
        m_previews->setCurrentWidget(m_text);
    } else {
        m_rendered->setMarkdown(m_markdown);
        m_previews->setCurrentWidget(m_rendered);
    }
    m_status->setText(tr("%n therapist(s) · profile %1", nullptr, int(m_content.reports.size())).arg(m_content.profile.name)
                      + (m_redact->isChecked() ? tr(" · names and emails masked") : QString()));
}

void ExportDialog::copyMarkdown()
{
    auto *mime = new QMimeData;
    mime->setText(m_markdown);
    mime->setData(QStringLiteral("text/markdown"), m_markdown.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Markdown copied to the clipboard."));
}

void ExportDialog::saveAs()
{
    const exporting::Format chosen = format();
    const QString suggested = (m_content.caseHeader ? m_content.caseHeader->name : tr("write-up")) + exporting::formatExtension(chosen);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the write-up"), suggested);
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = rendered();
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        m_status->setText(tr("Could not save %1: %2").arg(path, bytes ? file.errorString() : bytes.error().message));
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace credsync
