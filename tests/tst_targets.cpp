#include <QtTest>

#include "core/targets/targetparser.h"

using namespace credsync;
using namespace credsync::targets;

namespace {

// Compact rendering so that table rows stay readable: c:<id>[@portal], e:<email>, k:<uuid>, o:<type>/<id>[@portal].
QString render(const ParsedTarget &t)
{
    QString out;
    switch (t.kind) {
    case ParsedTarget::Kind::ContactId: out = QStringLiteral("c:") + t.value; break;
    case ParsedTarget::Kind::Email: out = QStringLiteral("e:") + t.value; break;
    case ParsedTarget::Kind::TherapistKey: out = QStringLiteral("k:") + t.value; break;
    case ParsedTarget::Kind::ObjectUrl: out = QStringLiteral("o:") + t.objectTypeId + QLatin1Char('/') + t.value; break;
    }
    if (!t.portalId.isEmpty())
        out += QLatin1Char('@') + t.portalId;
    return out;
}

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

class TestTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("rejected"); // "<text>|<reason substring>"

        auto row = [](const char *name, const QString &input, const QStringList &targets, const QStringList &rejected = {}) {
            QTest::newRow(name) << input << targets << rejected;
        };
        // Single targets.
        row("contact id", u("161204877310"), {u("c:161204877310")});
        row("contact id padded", u("  161204877310 \n"), {u("c:161204877310")});
        row("int64 max", u("9223372036854775807"), {u("c:9223372036854775807")});
        row("int64 overflow", u("9223372036854775808"), {}, {u("9223372036854775808|too large for a 64-bit")});
        row("20 digits", u("12345678901234567890"), {}, {u("12345678901234567890|too large")});
        row("five digits", u("12345"), {u("c:12345")});
        row("too short alone", u("1234"), {}, {u("1234|too short")});
        row("leading zero", u("0161204877310"), {}, {u("0161204877310|does not start with 0")});
        row("email", u("Jane.Doe+cred@Example.COM"), {u("e:jane.doe+cred@example.com")});
        row("uuid", u("3F2C9A1E-7B4D-4C1A-9E8F-0A1B2C3D4E5F"), {u("k:3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5f")});
        row("contact record url", u("https://app.hubspot.com/contacts/4634981/record/0-1/161204877310"), {u("c:161204877310@4634981")});
        row("legacy contact url", u("https://app.hubspot.com/contacts/4634981/contact/161204877310/"), {u("c:161204877310@4634981")});
        row("eu host, view segment", u("https://app-eu1.hubspot.com/contacts/4634981/record/0-1/161204877310/view/1"), {u("c:161204877310@4634981")});
        row("query and fragment", u("https://app.hubspot.com/contacts/4634981/record/0-1/161204877310?eschref=%2Fcontacts#activity"), {u("c:161204877310@4634981")});
        row("contacts type name", u("https://app.hubspot.com/contacts/4634981/record/contacts/161204877310"), {u("c:161204877310@4634981")});
        row("no scheme", u("app.hubspot.com/contacts/4634981/record/0-1/161204877310"), {u("c:161204877310@4634981")});
        row("http scheme", u("http://APP.HUBSPOT.COM/contacts/4634981/record/0-1/161204877310"), {u("c:161204877310@4634981")});
        row("custom object", u("https://app.hubspot.com/contacts/4634981/record/2-31374266/21374266001/"), {u("o:2-31374266/21374266001@4634981")});
        // Links that are HubSpot's but name no usable record.
        row("url without id", u("https://app.hubspot.com/contacts/4634981/record/0-1/"), {}, {u("https://app.hubspot.com/contacts/4634981/record/0-1/|no record id")});
        row("url without type", u("https://app.hubspot.com/contacts/4634981/record/"), {}, {u("|no record type or id")});
        row("url id too large", u("https://app.hubspot.com/contacts/4634981/record/0-1/99999999999999999999"), {}, {u("|too large for a 64-bit id")});
        row("url company", u("https://app.hubspot.com/contacts/4634981/record/0-2/1234567"), {}, {u("|points to a company record")});
        row("url list view", u("https://app.hubspot.com/contacts/4634981/objects/0-1/views/all/list"), {}, {u("|no record id")});
        row("url not record page", u("https://app.hubspot.com/reports-dashboard/4634981/view/123456"), {}, {u("|not a record page")});
        row("url bad portal", u("https://app.hubspot.com/contacts/abc/record/0-1/161204877310"), {}, {u("|no valid portal id")});
        row("url id with letters", u("https://app.hubspot.com/contacts/4634981/record/0-1/16120487731O"), {}, {u("|invalid record id")});
        row("url zero width in id", u("https://app.hubspot.com/contacts/4634981/record/0-1/1612048\u200B77310"), {}, {u("|invalid record id")});
        row("other site alone", u("https://example.com/161204877310"), {}, {u("https://example.com/161204877310|not a HubSpot record link")});
        // Malformed lookalikes.
        row("email no tld", u("jane@example"), {}, {u("jane@example|malformed email (the domain")});
        row("email double at", u("jane@@example.com"), {}, {u("jane@@example.com|more than one @")});
        row("email double dot", u("jane..doe@example.com"), {}, {u("|the part before @")});
        row("email non-ascii", u("jos\u00e9@example.com"), {}, {u("|non-ASCII")});
        row("uuid short", u("3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5"), {}, {u("|malformed UUID")});
        row("uuid bad hex", u("3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5g"), {}, {u("|malformed UUID")});
        row("prose word alone", u("jane"), {}, {u("jane|not a contact id, email")});
        // Hostile numbers: never a wrong id.
        row("scientific", u("1e12"), {}, {u("1e12|scientific notation")});
        row("spreadsheet float", u("1.6e11"), {}, {u("1.6e11|scientific notation")});
        row("excel", u("1.61205E+11"), {}, {u("1.61205E+11|scientific notation")});
        row("float id", u("161204877310.0"), {}, {u("161204877310.0|decimal number")});
        row("negative", u("-161204877310"), {}, {u("-161204877310|negative")});
        row("arabic-indic digits", u("\u0661\u0666\u0661\u0662\u0660\u0664\u0668\u0667\u0667\u0663\u0661\u0660"), {}, {u("|non-ASCII digits")});
        row("fullwidth digits", u("\uFF11\uFF16\uFF11\uFF12\uFF10\uFF14\uFF18\uFF17\uFF17\uFF13\uFF11\uFF10"), {}, {u("|non-ASCII digits")});
        row("math bold digits", u("\U0001D7CF\U0001D7D4\U0001D7CF\U0001D7D0\U0001D7CE\U0001D7D2"), {}, {u("|non-ASCII digits")});
        row("zero width inside", u("1612\u200B04877310"), {}, {u("1612<U+200B>04877310|invisible or control character (U+200B)")});
        row("rtl override", u("\u202E013778402161"), {}, {u("<U+202E>013778402161|U+202E")});
        row("rtl mark after", u("161204877310\u200F"), {}, {u("|U+200F")});
        row("control char", u("161204\x01" "877310"), {}, {u("|U+0001")});
        row("nul char", QString(QStringLiteral("16120")) + QChar(0) + QStringLiteral("4877310"), {}, {u("|U+0000")});
        row("empty", QString(), {});
        row("only spaces", u(" \t\n "), {});
        // Whole tickets.
        row("ticket", u("Hi team,\nThese 3 therapists can't submit: 161204877310, jane.doe@example.com and "
                        "https://app.hubspot.com/contacts/4634981/record/0-1/161204877311/view/1.\n"
                        "Also <https://app-eu1.hubspot.com/contacts/4634981/contact/161204877312> — thanks!\n"
                        "Sentry: https://sentry.io/organizations/acme/issues/4567891234/ (ignore)"),
            {u("c:161204877310"), u("e:jane.doe@example.com"), u("c:161204877311@4634981"), u("c:161204877312@4634981")});
        row("log line", u("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5f] "
                          "Did not found Associated Custom Objects for Hubspot ID: 161204877310"),
            {u("k:3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5f"), u("c:161204877310")});
        row("csv", u("contact_id,email,therapist\n\"161204877310\",\"JANE@example.com\",3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5f\n"
                     "161204877311;bob@example.org;\n"),
            {u("c:161204877310"), u("e:jane@example.com"), u("k:3f2c9a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5f"), u("c:161204877311"), u("e:bob@example.org")});
        row("markdown link", u("See [Jane](https://app.hubspot.com/contacts/4634981/record/0-1/161204877310) and **161204877311**."),
            {u("c:161204877310@4634981"), u("c:161204877311")});
        row("markdown link text is the url", u("[https://app.hubspot.com/contacts/1/record/0-1/161204877310](https://app.hubspot.com/contacts/1/record/0-1/161204877310)"),
            {u("c:161204877310@1")});
        row("duplicates keep first", u("161204877310 jane@x.io 161204877310 JANE@X.IO https://app.hubspot.com/contacts/9/record/0-1/161204877310"),
            {u("c:161204877310"), u("e:jane@x.io")});
        row("object and contact", u("obj https://app.hubspot.com/contacts/4634981/record/2-31374266/55512345678/ for 161204877310"),
            {u("o:2-31374266/55512345678@4634981"), u("c:161204877310")});
        row("prose numbers ignored", u("On 2025-09-14 at 10:42 ticket #4412 said 2 ids changed 3 times in 42 minutes"), {});
        row("bad and good in text", u("ids: 161204877310, 1.6e11 and 99999999999999999999; mail bob@localhost"),
            {u("c:161204877310")}, {u("1.6e11|scientific"), u("99999999999999999999|too large"), u("bob@localhost|malformed email")});
        row("mention is prose", u("cc @alice about 161204877310"), {u("c:161204877310")});
        row("quoted and possessive", u("'161204877310' and 161204877311's row, \u201c161204877312\u201d"),
            {u("c:161204877310"), u("c:161204877311"), u("c:161204877312")});
        row("mailto", u("<mailto:jane@example.com>"), {u("e:jane@example.com")});
        row("sentence email dot", u("Write to jane@example.com."), {u("e:jane@example.com")});
        row("zero width in text", u("contact 1612\u200B04877310 please"), {}, {u("1612<U+200B>04877310|invisible")});
        row("path without host", u("contacts/4634981/record/0-1/161204877310"), {}, {});
        // Numbers that are not ids: a ticket's own number, counts and short numbers in prose.
        row("ticket hash number", u("Ticket #48213: 161204877310 can't sign"), {u("c:161204877310")});
        row("ticket word long number", u("ticket 4821345678 for 161204877310"), {u("c:161204877310")});
        row("spanish case number", u("Caso nº 48213456, contacto 161204877310"), {u("c:161204877310")});
        row("hash number in prose", u("see #48213 and #161204877399 then 161204877310"), {u("c:161204877310")});
        row("ticket only", u("Ticket #48213"), {}, {u("Ticket #48213|no contact id")});
        row("hash alone", u("#48213"), {}, {u("48213|ticket number")});
        row("contact hash stays", u("contact #161204877310"), {u("c:161204877310")});
        row("short number in prose", u("called 1234567 times about 161204877310"), {u("c:161204877310")});
        row("eight digits in prose", u("id 24681357 please"), {u("c:24681357")});
        row("ticket word, then id on next line", u("Ticket 48213\n161204877310"), {u("c:161204877310")});
        row("ticket word ends the line", u("Ticket:\n161204877310"), {u("c:161204877310")});
        row("prose only", u("please help, nothing works"), {}, {u("please help, nothing works|no contact id, email")});
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, rejected);
        const ParseResult result = parseTargets(input);
        QStringList got;
        for (const ParsedTarget &t : result.targets)
            got << render(t);
        QCOMPARE(got, targets);
        QStringList gotRejected;
        for (const UnresolvedTarget &r : result.rejected)
            gotRejected << r.target + QLatin1Char('|') + r.reason;
        if (rejected.isEmpty() && !(targets.isEmpty() && !input.trimmed().isEmpty()))
            QCOMPARE(gotRejected, QStringList());
        if (!rejected.isEmpty()) {
            QCOMPARE(gotRejected.size(), rejected.size());
            for (int i = 0; i < rejected.size(); ++i) {
                const QString text = rejected[i].section(QLatin1Char('|'), 0, 0);
                const QString reason = rejected[i].section(QLatin1Char('|'), 1);
                QVERIFY2(text.isEmpty() || result.rejected[std::size_t(i)].target == text, qPrintable(gotRejected[i]));
                QVERIFY2(result.rejected[std::size_t(i)].reason.contains(reason), qPrintable(gotRejected[i]));
            }
        }
    }

    void keepsTextAsFound()
    {
        const ParseResult result = parseTargets(u("see <https://app.hubspot.com/contacts/4634981/record/0-1/161204877310/view/1>."));
        QCOMPARE(result.targets.size(), std::size_t(1));
        QCOMPARE(result.targets[0].text, u("https://app.hubspot.com/contacts/4634981/record/0-1/161204877310/view/1"));
        QCOMPARE(result.targets[0].objectTypeId, u("0-1"));
        const ParseResult bare = parseTargets(u("161204877310"));
        QCOMPARE(bare.targets[0].objectTypeId, QString());
        QCOMPARE(bare.targets[0].portalId, QString());
    }

    void hugeInputs()
    {
        // A 3 MB paste: bounded work, the leading ids found, the truncation reported.
        QString huge = u("161204877310 ");
        huge += QString(3'000'000, QLatin1Char('9'));
        huge += u(" 161204877311");
        const ParseResult result = parseTargets(huge);
        QCOMPARE(result.targets.size(), std::size_t(1));
        QCOMPARE(result.targets[0].value, u("161204877310"));
        QVERIFY(std::any_of(result.rejected.begin(), result.rejected.end(), [](const UnresolvedTarget &r) { return r.reason.contains(u("truncated")); }));

        QString many;
        for (int i = 0; i < 20000; ++i)
            many += QString::number(100000000000LL + i) + QLatin1Char('\n');
        QCOMPARE(parseTargets(many).targets.size(), std::size_t(20000));

        // Pathological shapes must not crash or produce ids.
        const QString shapes[] = {QString(200000, QLatin1Char('@')), QString(200000, QChar(0x200B)), u("https://") + QString(100000, QLatin1Char('/')),
                                  QString(100000, QLatin1Char('-')) + u("1"), QString(50000, QChar(0xD800)), u("@.@.@.") + QString(1000, QLatin1Char('.'))};
        for (const QString &shape : shapes) {
            const ParseResult r = parseTargets(shape);
            QVERIFY(r.targets.empty());
        }
    }

    void randomGarbageNeverYieldsAWrongId()
    {
        // Whatever the noise, every id reported must appear verbatim in the input as a digit run.
        QRandomGenerator rng(20250914);
        const QString alphabet = u("0123456789 .,-+e@:/_\u200B\u202E\u0661x\n\"'#");
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const int length = int(rng.bounded(1, 60));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(int(rng.bounded(alphabet.size())));
            for (const ParsedTarget &t : parseTargets(text).targets) {
                if (t.kind != ParsedTarget::Kind::ContactId)
                    continue;
                QVERIFY2(text.contains(t.value), qPrintable(text));
                QVERIFY(isHubSpotId(t.value));
                const qsizetype at = text.indexOf(t.value);
                const auto digitAt = [&](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isDigit(); };
                QVERIFY2(!digitAt(at - 1) && !digitAt(at + t.value.size()), qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
