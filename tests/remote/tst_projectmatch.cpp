// SPDX-License-Identifier: GPL-3.0-or-later
// A project named on the command line or over D-Bus: any case, then a unique part of a name;
// ambiguous and unknown names list the candidates.
#include "app/remote/ProjectMatch.h"

#include <QTest>

using namespace punchclock;
using namespace Qt::StringLiterals;

class TestProjectMatch : public QObject
{
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void longListsAreCut();
};

namespace {

Project project(qint64 id, const QString &name, bool active = true)
{
    Project p;
    p.id = id;
    p.workspaceId = 1;
    p.name = name;
    p.active = active;
    return p;
}

const QList<Project> kProjects{project(1, u"Docs"_s),       project(2, u"docs"_s),
                               project(3, u"Website"_s),    project(4, u"Web shop"_s),
                               project(5, u"Old"_s, false), project(6, u"Backend"_s)};

} // namespace

void TestProjectMatch::matches_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("message");
    QTest::newRow("exact, any case") << u"BACKEND"_s << int(ProjectMatch::Outcome::Found) << qint64(6)
                                     << QString();
    QTest::newRow("a unique part") << u"site"_s << int(ProjectMatch::Outcome::Found) << qint64(3)
                                   << QString();
    QTest::newRow("archived, exactly")
        << u"old"_s << int(ProjectMatch::Outcome::Found) << qint64(5) << QString();
    QTest::newRow("same name twice") << u"DOCS"_s << int(ProjectMatch::Outcome::Ambiguous) << qint64(0)
                                     << u"Project “DOCS” is ambiguous: docs, Docs (client 1)"_s;
    QTest::newRow("a shared part") << u"web"_s << int(ProjectMatch::Outcome::Ambiguous) << qint64(0)
                                   << u"Project “web” is ambiguous: Web shop, Website"_s;
    QTest::newRow("unknown")
        << u"nope"_s << int(ProjectMatch::Outcome::Unknown) << qint64(0)
        << u"Unknown project “nope”; projects: Backend, docs, Docs (client 1), Web shop, Website"_s;
    QTest::newRow("archived, a part")
        << u"ol"_s << int(ProjectMatch::Outcome::Unknown) << qint64(0)
        << u"Unknown project “ol”; projects: Backend, docs, Docs (client 1), Web shop, Website"_s;
}

void TestProjectMatch::matches()
{
    QFETCH(QString, name);
    QFETCH(int, outcome);
    QFETCH(qint64, id);
    QFETCH(QString, message);
    const ProjectMatch match(kProjects, name,
                             [](const Project &p) { return p.id == 1 ? u"client 1"_s : QString(); });
    QCOMPARE(int(match.outcome()), outcome);
    if (outcome == int(ProjectMatch::Outcome::Found))
        QCOMPARE(match.project().id, id);
    QCOMPARE(match.errorMessage(), message);
}

void TestProjectMatch::longListsAreCut()
{
    QList<Project> many;
    for (int i = 0; i < 14; ++i)
        many.append(project(i + 1, u"P%1"_s.arg(i, 2, 10, QLatin1Char('0'))));
    const ProjectMatch match(many, u"zzz"_s);
    QCOMPARE(match.candidates().size(), 14);
    QCOMPARE(match.errorMessage(),
             u"Unknown project “zzz”; projects: P00, P01, P02, P03, P04, P05, P06, P07, P08, P09, 4 more"_s);
    QCOMPARE(ProjectMatch({}, u"x"_s).errorMessage(), u"Unknown project “x”: there are no projects"_s);
}

QTEST_GUILESS_MAIN(TestProjectMatch)
#include "tst_projectmatch.moc"
