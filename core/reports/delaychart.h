#pragma once
// The delay report's histogram for a ticket: a PNG (QPainter on a QImage; needs a QGuiApplication for
// fonts) or an SVG (written as text). One panel per object type, with the current delay and the
// 99 % delay marked.
#include "delayreport.h"

#include <QImage>
#include <QString>

namespace credsync::reports {

QImage renderDelayChart(const DelayReport &report, int width = 900);
QString delayChartSvg(const DelayReport &report, int width = 900);

// Writes PNG or SVG by the file's extension; a Validation error for any other extension.
Status writeDelayChart(const DelayReport &report, const QString &path);

} // namespace credsync::reports
