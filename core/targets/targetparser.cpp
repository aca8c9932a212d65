#include "targetparser.h"

#include "hubspotlink.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace credsync::targets {

namespace {

// A paste bigger than this is not a ticket; reading it all would only freeze the GUI.
constexpr qsizetype MaxInput = 1'000'000;
constexpr qsizetype MaxToken = 512;
constexpr int MinContactIdDigits = 5;
// In running text a shorter number is a count, a year, a ticket or an order number: real contact ids
// are 64-bit numbers of 8 digits and more. A lone token keeps the lower bound (someone meant it).
constexpr int MinTextContactIdDigits = 8;

// Words after which a number is the ticket's own number, never a contact id ("Ticket #48213",
// "caso 48213", "nº 48213"). Case-folded.
bool isTicketWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("ticket"), QStringLiteral("tickets"), QStringLiteral("tiquet"), QStringLiteral("caso"),
        QStringLiteral("case"), QStringLiteral("incidencia"), QStringLiteral("incidente"), QStringLiteral("solicitud"),
        QStringLiteral("nº"), QStringLiteral("n°"), QStringLiteral("n.º"),
        QStringLiteral("núm"), QStringLiteral("num"), QStringLiteral("número"), QStringLiteral("numero"),
    };
    QString folded = word.toCaseFolded();
    while (!folded.isEmpty() && (folded.back() == QLatin1Char('.') || folded.back() == QLatin1Char('-')))
        folded.chop(1);
    return words.contains(folded);
}

// Words after which "#<digits>" is still a contact ("contact #161204877310").
bool isContactWord(const QString &word)
{
    static const QSet<QString> words = {QStringLiteral("contact"), QStringLiteral("contacto"), QStringLiteral("id"),
                                        QStringLiteral("hubspot"), QStringLiteral("contactid")};
    return words.contains(word.toCaseFolded());
}

struct Candidate
{
    qsizetype position = 0;
    std::optional<ParsedTarget> target;
    std::optional<UnresolvedTarget> rejected;
};

Candidate accept(qsizetype position, ParsedTarget target)
{
    return Candidate{position, std::move(target), std::nullopt};
}

Candidate reject(qsizetype position, const QString &text, const QString &reason)
{
    return Candidate{position, std::nullopt, UnresolvedTarget{text, reason}};
}

// Separators of running text, CSV and Markdown. '/', '-', '.', '@' and '_' stay inside tokens so that
// paths, dates, emails and UUIDs are judged whole and never split into a wrong id.
bool isSeparator(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (c) {
    case U',': case U';': case U'|': case U'<': case U'>': case U'(': case U')': case U'[': case U']':
    case U'{': case U'}': case U'"': case U'`': case U':': case U'=': case U'#': case U'*': case U'\\':
    case U'\u201C': case U'\u201D': case U'\u00AB': case U'\u00BB':
        return true;
    default:
        return false;
    }
}

bool isInvisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_NotAssigned
        || category == QChar::Other_PrivateUse || category == QChar::Other_Surrogate;
}

bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// What a token would be if it were clean; used to decide whether garbage inside it matters.
bool looksLikeTarget(const QString &clean)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{5,}$"));
    static const QRegularExpression uuid(QStringLiteral("^[0-9A-Fa-f]{8}-"));
    return digits.match(clean).hasMatch() || uuid.match(clean).hasMatch()
        || (clean.contains(QLatin1Char('@')) && !clean.startsWith(QLatin1Char('@')));
}

QString emailProblem(const QString &email)
{
    static const QRegularExpression local(QStringLiteral("^[A-Za-z0-9!$%&'+/=?^_{}~-]+(\\.[A-Za-z0-9!$%&'+/=?^_{}~-]+)*$"));
    static const QRegularExpression domain(QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (email.size() > 254)
        return QStringLiteral("email is too long");
    if (email.count(QLatin1Char('@')) != 1)
        return QStringLiteral("malformed email (more than one @)");
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const QString localPart = email.left(at);
    const QString domainPart = email.mid(at + 1);
    for (QChar c : email) {
        if (c.unicode() > 127)
            return QStringLiteral("email contains non-ASCII characters");
    }
    if (localPart.size() > 64 || !local.match(localPart).hasMatch())
        return QStringLiteral("malformed email (the part before @)");
    if (domainPart.isEmpty())
        return QStringLiteral("malformed email (no domain after @)");
    if (!domain.match(domainPart).hasMatch())
        return QStringLiteral("malformed email (the domain \"%1\")").arg(domainPart.left(80));
    return {};
}

class TokenClassifier
{
public:
    explicit TokenClassifier(bool single) : m_single(single) {}

    // previousWord: the token before this one in the text (empty at the start); afterHash: a '#' stands
    // right before the token.
    std::optional<Candidate> classify(qsizetype position, QString token, const QString &previousWord = {}, bool afterHash = false) const
    {
        token = trimmed(token);
        if (!token.isEmpty() && std::all_of(token.begin(), token.end(), [](QChar c) { return isAsciiDigit(c.unicode()); })) {
            // A ticket's own number is not a contact, however long.
            if (isTicketWord(previousWord) || (afterHash && !isContactWord(previousWord)))
                return ignoreOr(position, token, QStringLiteral("a ticket number, not a HubSpot id"));
        }
        if (token.isEmpty())
            return std::nullopt;
        if (token.size() > MaxToken)
            return ignoreOr(position, token.left(60) + QStringLiteral("…"), QStringLiteral("too long to be a target"));

        const std::u32string codePoints = token.toStdU32String();
        int asciiDigits = 0;
        int otherDigits = 0;
        std::optional<char32_t> invisible;
        QString clean;
        for (char32_t c : codePoints) {
            if (isInvisible(c)) {
                if (!invisible)
                    invisible = c;
                continue;
            }
            clean += QString::fromUcs4(&c, 1);
            if (isAsciiDigit(c))
                ++asciiDigits;
            else if (QChar::isDigit(c))
                ++otherDigits;
        }
        const QString shown = printable(token);
        if (invisible) {
            // A zero-width or direction mark inside an id may hide or reorder digits: never guess.
            if (looksLikeTarget(clean) || otherDigits + asciiDigits >= MinContactIdDigits)
                return reject(position, shown, QStringLiteral("contains an invisible or control character (%1)").arg(codePointName(*invisible)));
            return ignoreOr(position, shown, QStringLiteral("contains an invisible or control character (%1)").arg(codePointName(*invisible)));
        }
        if (otherDigits > 0 && otherDigits + asciiDigits >= MinContactIdDigits && !token.contains(QLatin1Char('@')))
            return reject(position, shown, QStringLiteral("contains non-ASCII digits; type the id with 0-9"));

        if (token.contains(QLatin1Char('@')))
            return classifyEmail(position, token);
        if (asciiDigits == token.size())
            return classifyDigits(position, token);
        static const QRegularExpression uuid(QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
        if (uuid.match(token).hasMatch())
            return accept(position, ParsedTarget{ParsedTarget::Kind::TherapistKey, token, token.toLower(), {}, {}});
        static const QRegularExpression uuidLike(QStringLiteral("^[0-9A-Fa-f]{8}(-[0-9A-Za-z]+){2,}$"));
        if (uuidLike.match(token).hasMatch() && token.size() >= 20)
            return reject(position, token, QStringLiteral("malformed UUID (expected 8-4-4-4-12 hexadecimal digits)"));
        // Numbers that spreadsheets and floats make of ids: the digits are gone, so say so.
        static const QRegularExpression exponent(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+$"));
        if (exponent.match(token).hasMatch())
            return reject(position, token, QStringLiteral("a number in scientific notation is not an exact id"));
        static const QRegularExpression negative(QStringLiteral("^-[0-9]{%1,}$").arg(MinContactIdDigits));
        if (negative.match(token).hasMatch())
            return reject(position, token, QStringLiteral("a negative number is not a HubSpot id"));
        static const QRegularExpression decimal(QStringLiteral("^\\+?[0-9]{%1,}\\.[0-9]+$").arg(MinContactIdDigits));
        if (decimal.match(token).hasMatch())
            return reject(position, token, QStringLiteral("a decimal number is not an exact id"));
        return ignoreOr(position, token, QStringLiteral("not a contact id, email, therapist UUID or HubSpot link"));
    }

private:
    static QString trimmed(QString token)
    {
        static const QString edge = QStringLiteral(".,!?_~'\u2018\u2019");
        if (token.endsWith(QStringLiteral("'s")) || token.endsWith(QStringLiteral("\u2019s")))
            token.chop(2);
        while (!token.isEmpty() && edge.contains(token.back()))
            token.chop(1);
        while (!token.isEmpty() && edge.contains(token.front()) && token.front() != QLatin1Char('.'))
            token.remove(0, 1);
        return token;
    }

    // Rejections are shown to a person: keep invisible characters visible.
    static QString printable(const QString &token)
    {
        QString out;
        for (char32_t c : token.toStdU32String()) {
            if (isInvisible(c))
                out += QLatin1Char('<') + codePointName(c) + QLatin1Char('>');
            else
                out += QString::fromUcs4(&c, 1);
        }
        return out;
    }

    std::optional<Candidate> ignoreOr(qsizetype position, const QString &token, const QString &reason) const
    {
        if (m_single)
            return reject(position, token, reason);
        return std::nullopt;
    }

    std::optional<Candidate> classifyDigits(qsizetype position, const QString &token) const
    {
        if (token.size() < MinContactIdDigits)
            return ignoreOr(position, token, QStringLiteral("too short for a HubSpot contact id (at least %1 digits)").arg(MinContactIdDigits));
        if (!m_single && token.size() < MinTextContactIdDigits)
            return std::nullopt; // a count, a year or an order number in the ticket's prose
        if (!isHubSpotId(token))
            return reject(position, token, QStringLiteral("too large for a 64-bit HubSpot id"));
        if (token.startsWith(QLatin1Char('0')))
            return reject(position, token, QStringLiteral("a HubSpot id does not start with 0"));
        return accept(position, ParsedTarget{ParsedTarget::Kind::ContactId, token, token, {}, {}});
    }

    std::optional<Candidate> classifyEmail(qsizetype position, const QString &token) const
    {
        // "@alice" is a mention in prose, not an email someone meant.
        if (token.startsWith(QLatin1Char('@')))
            return ignoreOr(position, token, QStringLiteral("malformed email (nothing before @)"));
        const QString problem = emailProblem(token);
        if (!problem.isEmpty())
            return reject(position, token, problem);
        return accept(position, ParsedTarget{ParsedTarget::Kind::Email, token, token.toLower(), {}, {}});
    }

    bool m_single;
};

QString dedupeKey(const ParsedTarget &target)
{
    // A contact named by a bare id and by a link is one contact.
    const QString type = target.kind == ParsedTarget::Kind::ContactId ? QString() : target.objectTypeId;
    return QString::number(int(target.kind)) + QLatin1Char('|') + type + QLatin1Char('|') + target.value;
}

} // namespace

QString kindName(ParsedTarget::Kind kind)
{
    switch (kind) {
    case ParsedTarget::Kind::ContactId: return QStringLiteral("contact id");
    case ParsedTarget::Kind::Email: return QStringLiteral("email");
    case ParsedTarget::Kind::TherapistKey: return QStringLiteral("therapist id");
    case ParsedTarget::Kind::ObjectUrl: return QStringLiteral("object link");
    }
    return {};
}

ParseResult parseTargets(const QString &input)
{
    ParseResult result;
    QString text = input;
    std::vector<Candidate> candidates;
    if (text.size() > MaxInput) {
        qsizetype cut = MaxInput;
        while (cut > 0 && !text.at(cut).isSpace())
            --cut;
        text.truncate(cut);
        candidates.push_back(reject(MaxInput, QStringLiteral("(the rest of the input)"),
                                    QStringLiteral("input truncated: only the first %1 characters were read").arg(MaxInput)));
    }

    // Links first, so the digits inside somebody else's URL (a Sentry issue, a Grafana panel) are never
    // mistaken for contact ids.
    static const QRegularExpression link(
        QStringLiteral("(?:[A-Za-z][A-Za-z0-9+.-]{0,15}://|www\\.|\\bapp(?:-[A-Za-z0-9]+)?\\.hubspot(?:qa)?\\.com/)[^\\s<>\"'`()\\[\\]{}|\\\\^,]*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    std::vector<std::pair<qsizetype, qsizetype>> linkSpans;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString url = match.captured(0);
        while (!url.isEmpty() && QStringLiteral(".;:!?*_~'").contains(url.back()))
            url.chop(1);
        linkSpans.emplace_back(match.capturedStart(0), match.capturedEnd(0));
        if (url.size() > 2048) {
            candidates.push_back(reject(match.capturedStart(0), url.left(80) + QStringLiteral("…"), QStringLiteral("link is too long")));
            continue;
        }
        const HubSpotLink parsed = parseHubSpotLink(url);
        if (!parsed.isHubSpot)
            continue;
        if (!parsed.problem.isEmpty()) {
            candidates.push_back(reject(match.capturedStart(0), url, parsed.problem));
            continue;
        }
        const auto kind = parsed.objectTypeId == QStringLiteral("0-1") ? ParsedTarget::Kind::ContactId : ParsedTarget::Kind::ObjectUrl;
        candidates.push_back(accept(match.capturedStart(0), ParsedTarget{kind, url, parsed.objectId, parsed.objectTypeId, parsed.portalId}));
    }

    // Then the words between links.
    struct Token { qsizetype position; QString text; bool afterHash; bool newLine; };
    std::vector<Token> tokens;
    bool hashPending = false; // the last separator before the current token was '#'
    const std::u32string codePoints = text.toStdU32String();
    std::size_t span = 0;
    qsizetype position = 0; // in UTF-16 units, to match the links' positions
    QString current;
    qsizetype currentStart = 0;
    bool currentAfterHash = false;
    bool lineBreakPending = false; // a line ended since the last token
    bool currentNewLine = false;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens.push_back({currentStart, current, currentAfterHash, currentNewLine});
        current.clear();
    };
    for (char32_t c : codePoints) {
        const qsizetype width = c > 0xFFFF ? 2 : 1;
        while (span < linkSpans.size() && linkSpans[span].second <= position)
            ++span;
        const bool inLink = span < linkSpans.size() && position >= linkSpans[span].first;
        if (inLink || isSeparator(c)) {
            flush();
            hashPending = !inLink && c == U'#';
            if (inLink || c == U'\n' || c == U'\r')
                lineBreakPending = true;
        } else {
            if (current.isEmpty()) {
                currentStart = position;
                currentAfterHash = hashPending;
                currentNewLine = lineBreakPending;
                lineBreakPending = false;
            }
            current += QString::fromUcs4(&c, 1);
        }
        position += width;
    }
    flush();

    const bool single = tokens.size() + linkSpans.size() == 1;
    const TokenClassifier classifier(single);
    QString previousWord;
    for (const Token &token : tokens) {
        if (token.newLine)
            previousWord.clear(); // "Ticket:" ending a line does not make the next line's id a ticket number
        if (auto candidate = classifier.classify(token.position, token.text, previousWord, token.afterHash))
            candidates.push_back(std::move(*candidate));
        previousWord = token.text;
    }
    if (single && linkSpans.size() == 1 && candidates.empty()) {
        candidates.push_back(reject(linkSpans.front().first, text.mid(linkSpans.front().first, linkSpans.front().second - linkSpans.front().first).left(200),
                                    QStringLiteral("not a HubSpot record link")));
    }

    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.position < b.position; });
    QSet<QString> seenTargets;
    QSet<QString> seenRejected;
    for (Candidate &candidate : candidates) {
        if (candidate.target) {
            const QString key = dedupeKey(*candidate.target);
            if (!seenTargets.contains(key)) {
                seenTargets.insert(key);
                result.targets.push_back(std::move(*candidate.target));
            }
        } else if (candidate.rejected) {
            const QString key = candidate.rejected->target + QLatin1Char('|') + candidate.rejected->reason;
            if (!seenRejected.contains(key)) {
                seenRejected.insert(key);
                result.rejected.push_back(std::move(*candidate.rejected));
            }
        }
    }
    if (result.targets.empty() && result.rejected.empty() && !input.trimmed().isEmpty()) {
        result.rejected.push_back({input.trimmed().left(200), QStringLiteral("no contact id, email, therapist UUID or HubSpot link found")});
    }
    return result;
}

} // namespace credsync::targets
