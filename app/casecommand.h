#pragma once
// `credsync case`: the cases in the workspace from a terminal. To be added to app/cli.cpp's command
// table by its owner: {"case", "Keep a ticket's therapists with the evidence seen: new, add, list, show, rename, notes, ticket, close.", &runCaseCommand}
#include <QStringList>

namespace credsync::app {
int runCaseCommand(const QStringList &arguments);
} // namespace credsync::app
