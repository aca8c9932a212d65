#include "delaychart.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace credsync::reports {

namespace {

constexpr int kPanelHeight = 220;
constexpr int kMarginLeft = 50;
constexpr int kMarginRight = 20;
constexpr int kTitleHeight = 30;
constexpr int kAxisHeight = 30;

// lupdate files the strings under the same context the run time asks for.
struct DelayChartText
{
    Q_DECLARE_TR_FUNCTIONS(DelayChart)
};

std::vector<double> delaysOf(const DelayReport &report, const QString &type)
{
    std::vector<double> delays;
    for (const DelaySample &sample : report.samples) {
        if (sample.objectType == type)
            delays.push_back(sample.delaySeconds());
    }
    return delays;
}

QString panelTitle(const DelayReport &report, const TypeDelayStats &stats)
{
    return DelayChartText::tr("%1: %2 objects, p50 %3 s, p99 %4 s; today's %5 s finds %6 %")
        .arg(stats.objectType)
        .arg(stats.objects)
        .arg(stats.p50, 0, 'f', 1)
        .arg(stats.p99, 0, 'f', 1)
        .arg(report.currentDelaySeconds)
        .arg(stats.foundAtCurrentDelay * 100.0, 0, 'f', 1);
}

// The geometry both renderers share.
struct Panel
{
    QString title;
    DelayHistogram histogram;
    int maxCount = 1;
    double currentX = -1; // x of the current delay, -1 when off the axis
    double p99X = -1;
    double left = 0, right = 0, top = 0, bottom = 0;
    double barWidth() const { return histogram.counts.empty() ? 0 : (right - left) / double(histogram.counts.size()); }
    double xOf(double seconds) const
    {
        const double span = histogram.binSeconds * double(histogram.counts.size());
        if (span <= 0 || seconds < 0 || seconds > span)
            return -1;
        return left + (right - left) * seconds / span;
    }
};

std::vector<Panel> layout(const DelayReport &report, int width)
{
    std::vector<Panel> panels;
    int y = 0;
    for (const TypeDelayStats &stats : report.perType) {
        Panel panel;
        panel.title = panelTitle(report, stats);
        panel.histogram = histogramOf(delaysOf(report, stats.objectType));
        for (int count : panel.histogram.counts)
            panel.maxCount = std::max(panel.maxCount, count);
        panel.left = kMarginLeft;
        panel.right = width - kMarginRight;
        panel.top = y + kTitleHeight;
        panel.bottom = y + kPanelHeight - kAxisHeight;
        panel.currentX = panel.xOf(report.currentDelaySeconds);
        panel.p99X = stats.objects > 0 ? panel.xOf(stats.delayFor99) : -1;
        panels.push_back(panel);
        y += kPanelHeight;
    }
    return panels;
}

QString escapeXml(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;")).replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

int heightFor(const DelayReport &report)
{
    return std::max<int>(kPanelHeight, int(report.perType.size()) * kPanelHeight);
}

} // namespace

QImage renderDelayChart(const DelayReport &report, int width)
{
    QImage image(width, heightFor(report), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Panel &panel : layout(report, width)) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(panel.left, panel.top - kTitleHeight, panel.right - panel.left, kTitleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, panel.title);
        painter.drawLine(QPointF(panel.left, panel.bottom), QPointF(panel.right, panel.bottom));
        const double barWidth = panel.barWidth();
        for (size_t i = 0; i < panel.histogram.counts.size(); ++i) {
            const double h = (panel.bottom - panel.top) * panel.histogram.counts[i] / double(panel.maxCount);
            painter.fillRect(QRectF(panel.left + barWidth * double(i) + 1, panel.bottom - h, std::max(1.0, barWidth - 2), h),
                             QColor(0x3b, 0x82, 0xc4));
        }
        for (size_t i = 0; i <= panel.histogram.counts.size(); i += std::max<size_t>(1, panel.histogram.counts.size() / 6)) {
            const double x = panel.left + barWidth * double(i);
            painter.drawText(QRectF(x - 40, panel.bottom + 2, 80, kAxisHeight - 4), Qt::AlignHCenter | Qt::AlignTop,
                             DelayChartText::tr("%1 s").arg(panel.histogram.binSeconds * double(i)));
        }
        painter.drawText(QRectF(0, panel.top, kMarginLeft - 6, 20), Qt::AlignRight | Qt::AlignTop, QString::number(panel.maxCount));
        if (panel.currentX >= 0) {
            painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine));
            painter.drawLine(QPointF(panel.currentX, panel.top), QPointF(panel.currentX, panel.bottom));
            painter.drawText(QPointF(panel.currentX + 4, panel.top + 12), DelayChartText::tr("today: %1 s").arg(report.currentDelaySeconds));
        }
        if (panel.p99X >= 0) {
            painter.setPen(QPen(QColor(0x27, 0xae, 0x60), 2, Qt::DashLine));
            painter.drawLine(QPointF(panel.p99X, panel.top), QPointF(panel.p99X, panel.bottom));
            painter.drawText(QPointF(std::min(panel.p99X + 4, panel.right - 40), panel.top + 28), DelayChartText::tr("99 %"));
        }
    }
    return image;
}

QString delayChartSvg(const DelayReport &report, int width)
{
    const int height = heightFor(report);
    QString svg = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                      .arg(width)
                      .arg(height);
    for (const Panel &panel : layout(report, width)) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n").arg(panel.left).arg(panel.top - 10).arg(escapeXml(panel.title));
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"black\"/>\n").arg(panel.left).arg(panel.bottom).arg(panel.right);
        const double barWidth = panel.barWidth();
        for (size_t i = 0; i < panel.histogram.counts.size(); ++i) {
            const double h = (panel.bottom - panel.top) * panel.histogram.counts[i] / double(panel.maxCount);
            svg += QStringLiteral("<rect class=\"bar\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#3b82c4\"><title>%5</title></rect>\n")
                       .arg(panel.left + barWidth * double(i) + 1, 0, 'f', 1)
                       .arg(panel.bottom - h, 0, 'f', 1)
                       .arg(std::max(1.0, barWidth - 2), 0, 'f', 1)
                       .arg(h, 0, 'f', 1)
                       .arg(panel.histogram.counts[i]);
        }
        for (size_t i = 0; i <= panel.histogram.counts.size(); i += std::max<size_t>(1, panel.histogram.counts.size() / 6))
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                       .arg(panel.left + barWidth * double(i), 0, 'f', 1)
                       .arg(panel.bottom + 16)
                       .arg(escapeXml(DelayChartText::tr("%1 s").arg(panel.histogram.binSeconds * double(i))));
        if (panel.currentX >= 0)
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#c0392b\" stroke-dasharray=\"4\"/>"
                                  "<text x=\"%4\" y=\"%5\" fill=\"#c0392b\">%6</text>\n")
                       .arg(panel.currentX, 0, 'f', 1).arg(panel.top).arg(panel.bottom)
                       .arg(panel.currentX + 4, 0, 'f', 1).arg(panel.top + 12)
                       .arg(escapeXml(DelayChartText::tr("today: %1 s").arg(report.currentDelaySeconds)));
        if (panel.p99X >= 0)
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#27ae60\" stroke-dasharray=\"4\"/>"
                                  "<text x=\"%4\" y=\"%5\" fill=\"#27ae60\">%6</text>\n")
                       .arg(panel.p99X, 0, 'f', 1).arg(panel.top).arg(panel.bottom)
                       .arg(panel.p99X + 4, 0, 'f', 1).arg(panel.top + 28)
                       .arg(escapeXml(DelayChartText::tr("99 %")));
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

Status writeDelayChart(const DelayReport &report, const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QStringLiteral(".svg"))) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::make(Error::Kind::Validation, DelayChartText::tr("cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("report"));
        file.write(delayChartSvg(report).toUtf8());
        return Ok{};
    }
    if (lower.endsWith(QStringLiteral(".png"))) {
        if (!renderDelayChart(report).save(path, "PNG"))
            return Error::make(Error::Kind::Validation, DelayChartText::tr("cannot write %1").arg(path), QStringLiteral("report"));
        return Ok{};
    }
    return Error::make(Error::Kind::Validation, DelayChartText::tr("-o takes a .png or .svg file, got %1").arg(path), QStringLiteral("report"));
}

} // namespace credsync::reports
