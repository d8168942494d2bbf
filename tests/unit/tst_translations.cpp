// The translation catalogues (translations/*.ts): every language is there, every message is finished and
// translated (plural forms included), nothing vanished or obsolete, and the files match the sources — lupdate,
// run over a copy with the options and sources of the update_translations target, neither adds nor drops a message.
// The checks run first against small fixtures in tests/data/translations, so each can be seen to fail.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", unfinished, vanished, obsolete
    QStringList translations; // one, or one per plural form
    bool hasTranslation = false;

    QString key() const
    {
        return context + u" | "_s + source + (comment.isEmpty() ? QString() : u" ("_s + comment + u')')
            + (numerus ? u" [plural]"_s : QString());
    }
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(u"language"_s).toString();
                ts.sourceLanguage = xml.attributes().value(u"sourcelanguage"_s).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.hasTranslation = true;
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// What keeps a catalogue from shipping. The source language's catalogue (English) needs only its plural forms: its
// other messages may stay empty, because Qt shows the source text then.
QStringList problems(const TsFile& ts)
{
    QStringList out;
    if (!ts.error.isEmpty())
        return { ts.error };
    const bool sourceLanguage = !ts.sourceLanguage.isEmpty() ? ts.language == ts.sourceLanguage : ts.language == u"en";
    for (const TsMessage& m : ts.messages) {
        if (m.type == u"vanished" || m.type == u"obsolete") {
            out << m.type + u": "_s + m.key();
            continue;
        }
        if (sourceLanguage && !m.numerus) {
            const bool emptyFallback = m.type == u"unfinished" && m.translations.join(QString()).isEmpty();
            if (!emptyFallback && (m.type == u"unfinished" || m.translations.join(QString()).trimmed().isEmpty()))
                out << u"unfinished: "_s + m.key();
            continue;
        }
        if (m.type == u"unfinished") {
            out << u"unfinished: "_s + m.key();
            continue;
        }
        bool empty = !m.hasTranslation || m.translations.isEmpty();
        for (const QString& t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        if (empty)
            out << u"empty: "_s + m.key();
    }
    return out;
}

QSet<QString> keys(const TsFile& ts)
{
    QSet<QString> out;
    for (const TsMessage& m : ts.messages) {
        if (m.type != u"vanished" && m.type != u"obsolete")
            out.insert(m.key());
    }
    return out;
}

QString listed(QStringList items, int max = 25)
{
    items.sort();
    const qsizetype total = items.size();
    if (total > max) {
        items = items.mid(0, max);
        items << u"… and %1 more"_s.arg(total - max);
    }
    return items.join(u"\n  "_s);
}

// Runs lupdate over `sources` (files, or "@list") into copies of `tsFiles`; returns, per file, how the message set
// would change: "+ key" for a message the sources have and the file lacks, "- key" for one the file has and the
// sources no longer have. An error string when lupdate cannot run.
struct SyncResult
{
    QString error;
    QHash<QString, QStringList> changes; // file name -> changes
};

SyncResult syncCheck(const QStringList& tsFiles, const QStringList& sources)
{
    SyncResult result;
    QTemporaryDir dir;
    if (!dir.isValid())
        return { u"no temporary folder"_s, {} };
    QStringList copies;
    for (const QString& ts : tsFiles) {
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy))
            return { u"cannot copy "_s + ts, {} };
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    QStringList args = sources;
    args << QStringLiteral(PLUMBLINE_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    args << u"-silent"_s << u"-ts"_s << copies;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PLUMBLINE_LUPDATE), args);
    if (!lupdate.waitForFinished(180000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return { u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAll()) + lupdate.errorString(), {} };
    for (int i = 0; i < tsFiles.size(); ++i) {
        const TsFile before = readTs(tsFiles[i]);
        const TsFile after = readTs(copies[i]);
        if (!after.error.isEmpty())
            return { after.error, {} };
        QStringList changes;
        const QSet<QString> b = keys(before);
        const QSet<QString> a = keys(after);
        for (const QString& k : a - b)
            changes << u"+ "_s + k;
        for (const QString& k : b - a)
            changes << u"- "_s + k;
        // lupdate also drops vanished and obsolete entries (-no-obsolete) that the file still carries.
        if (before.messages.size() != after.messages.size() && changes.isEmpty())
            changes << u"vanished or obsolete entries that lupdate drops"_s;
        result.changes.insert(QFileInfo(tsFiles[i]).fileName(), changes);
    }
    return result;
}

QString fixture(const QString& name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA) + u"/translations/"_s + name;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerOnFixtures_data();
    void checkerOnFixtures();
    void syncCheckOnFixtures();
    void everyLanguageIsThere();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cataloguesMatchTheSources();
};

void TestTranslations::checkerOnFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem"); // empty: none expected
    QTest::newRow("finished") << u"finished_de.ts"_s << QString();
    QTest::newRow("English source, plural forms only") << u"source_en.ts"_s << QString();
    QTest::newRow("English plural unfinished") << u"source_unfinished_plural_en.ts"_s << u"unfinished"_s;
    QTest::newRow("unfinished") << u"unfinished_de.ts"_s << u"unfinished: Fixture | Hello"_s;
    QTest::newRow("empty") << u"empty_de.ts"_s << u"empty: Fixture | Hello"_s;
    QTest::newRow("one plural form empty") << u"plural_de.ts"_s << u"empty: Fixture | %n integration(s) [plural]"_s;
    QTest::newRow("vanished") << u"vanished_de.ts"_s << u"vanished: Fixture | Goodbye"_s;
    QTest::newRow("obsolete") << u"obsolete_de.ts"_s << u"obsolete: Fixture | Goodbye"_s;
}

void TestTranslations::checkerOnFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const TsFile ts = readTs(fixture(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size() >= 3, true);
    const QStringList found = problems(ts);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    } else {
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(problem), qPrintable(found.first()));
    }
}

void TestTranslations::syncCheckOnFixtures()
{
    const SyncResult r = syncCheck({ fixture(u"finished_de.ts"_s), fixture(u"missing_de.ts"_s),
                                       fixture(u"stale_de.ts"_s), fixture(u"vanished_de.ts"_s) },
        { fixture(u"fixture_source.cpp"_s) });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.changes.value(u"finished_de.ts"_s), QStringList());
    QCOMPARE(r.changes.value(u"missing_de.ts"_s), QStringList { u"+ Fixture | Hello"_s });
    QCOMPARE(r.changes.value(u"stale_de.ts"_s), QStringList { u"- Fixture | Goodbye"_s });
    QCOMPARE(r.changes.value(u"vanished_de.ts"_s).size(), 1);
}

void TestTranslations::everyLanguageIsThere()
{
    const QDir dir(QStringLiteral(PLUMBLINE_TRANSLATIONS));
    for (const QString& language : { u"en"_s, u"de"_s, u"fr"_s, u"es"_s }) {
        const QString path = dir.filePath(u"plumbline_%1.ts"_s.arg(language));
        QVERIFY2(QFile::exists(path), qPrintable(u"missing: "_s + path));
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language.section(u'_', 0, 0), language);
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(path + u" has no messages"_s));
    }
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PLUMBLINE_TRANSLATIONS));
    for (const QString& name : dir.entryList({ u"*.ts"_s }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    const QStringList found = problems(readTs(path));
    QVERIFY2(found.isEmpty(),
        qPrintable(u"%1: %2 messages to finish (translations/tstool.py export/import):\n  %3"_s.arg(path)
                       .arg(found.size())
                       .arg(listed(found))));
}

void TestTranslations::cataloguesMatchTheSources()
{
    const QDir dir(QStringLiteral(PLUMBLINE_TRANSLATIONS));
    QStringList files;
    for (const QString& name : dir.entryList({ u"*.ts"_s }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    const SyncResult r = syncCheck(files, { u"@"_s + QStringLiteral(PLUMBLINE_LUPDATE_LIST) });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QStringList stale;
    for (auto it = r.changes.cbegin(); it != r.changes.cend(); ++it) {
        if (!it.value().isEmpty())
            stale << u"%1 (%2 changes):\n  %3"_s.arg(it.key()).arg(it.value().size()).arg(listed(it.value(), 10));
    }
    stale.sort();
    QVERIFY2(stale.isEmpty(),
        qPrintable(u"out of date with the sources; build the update_translations target:\n"_s + stale.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
