#include "case.h"

namespace credsync::cases {

QStringList Case::targets() const
{
    QStringList out;
    for (const CaseMember &member : members)
        out << (member.contactId.isEmpty() ? member.therapistId : member.contactId);
    return out;
}

} // namespace credsync::cases
