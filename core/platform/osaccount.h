#pragma once
// Who is at the keyboard, as the operating system knows it: the login name of the account the
// process runs as, from the system's user database (getpwuid on Unix), never from the environment
// ($USER can be unset or set to anything) or a folder's name. The one platform-specific file.
#include <QString>

namespace credsync::platform {

// The account's login name; "uid <n>" when the user database has no entry for the uid.
QString osLoginName();

} // namespace credsync::platform
